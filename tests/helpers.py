"""Running a real ``scrapy crawl`` from the tests, as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parent.parent
# The article URLs of tests/localsite.py, for the generic spider.
LOCALSITE_PATTERN = r"article_pattern=/news/2026/\d{4}/\d+\.html$"


def generic_command(start: str, *args: str) -> list[str]:
    """``scrapy crawl generic`` over a local test site, unthrottled, as a command line."""
    return [
        sys.executable, "-m", "scrapy", "crawl", "generic",
        "-a", f"start={start}", "-a", LOCALSITE_PATTERN,
        "-s", "UNIONNEWS_ALLOW_PRIVATE=True", "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0", "-s", "UNIONNEWS_VERBOSE=True", *args,
    ]  # fmt: skip


def scrapy(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "scrapy", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def crawl_args(tmp_path: Path, out: Path, log: Path, replay: Path | None) -> list[str]:
    args = [
        "-s", f"LOG_FILE={log}",
        "-s", f"UNIONNEWS_STATE={tmp_path / 'state.sqlite'}",
        "-s", "AUTOTHROTTLE_ENABLED=False",
        "-s", "DOWNLOAD_DELAY=0",
        "-s", "RETRY_TIMES=0",
        "-s", "UNIONNEWS_ALLOW_PRIVATE=True",  # the test servers are on 127.0.0.1
        "-s", "UNIONNEWS_VERBOSE=True",  # Scrapy's stats dump: the tests read it
    ]  # fmt: skip
    if replay is not None:
        args += ["-s", f"UNIONNEWS_REPLAY_DIR={replay}"]
    return args


def run_crawl(
    tmp_path: Path, spider: str, *args: str, replay: Path | None = None, expect_exit: int = 0
) -> tuple[list[dict], str]:
    """Crawl into tmp_path/out.jsonl; the records (UTF-8 checked) and the log text."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    out, log = tmp_path / "out.jsonl", tmp_path / "crawl.log"
    # The caller's own -s settings come last, so they win over these defaults.
    output = [] if "-o" in args else ["-O", str(out)]  # the caller may name its own run files
    result = scrapy("crawl", spider, *output, *crawl_args(tmp_path, out, log, replay), *args)
    log_text = log.read_text("utf-8") if log.exists() else ""
    assert result.returncode == expect_exit, result.stderr + log_text
    raw = out.read_text("utf-8") if out.exists() else ""
    assert "\\u" not in raw  # UTF-8 as written
    return [json.loads(line) for line in raw.splitlines()], log_text
