"""Ordinary nights that once lost or doubled articles, one test each. The invariant they
check is the harness's (tests/harness.py): every article the site showed is in the
output files exactly once, or the night exited non-zero and a later night delivers it."""

from __future__ import annotations

import csv
import json
import resource
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

from harness import moved_to
from helpers import LOCALSITE_PATTERN, ROOT, crawl_args, run_crawl
from localsite import LocalSite, article_path


def _generic(site: LocalSite) -> list[str]:
    return ["-a", f"start={site.url}/news/", "-a", LOCALSITE_PATTERN]


def crawl(tmp_path: Path, site: LocalSite, *args: str, limit: int | None = None):
    """``scrapy crawl generic`` with the tests' settings and the caller's output; the
    exit status and the log."""
    log = tmp_path / "crawl.log"
    command = [sys.executable, "-m", "scrapy", "crawl", "generic", *_generic(site)]
    command += [*crawl_args(tmp_path, tmp_path / "unused.jsonl", log, None), *args]

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    result = subprocess.run(
        command,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
        preexec_fn=limit_files if limit else None,
    )
    return result.returncode, (log.read_text("utf-8") if log.exists() else "") + result.stderr


def emitted(*files: Path) -> Counter[str]:
    """How often each article URL stands in ``files`` (every line must be valid JSON)."""
    seen: Counter[str] = Counter()
    for path in files:
        if path.exists():
            for line in path.read_bytes().splitlines():
                seen[json.loads(line)["url"]] += 1
    return seen


def test_an_output_folder_that_cannot_be_made_fails_and_marks_nothing(tmp_path):
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the folder should be")
    with LocalSite(articles=6).running() as site:
        status, log = crawl(tmp_path, site, "-o", str(blocker / "out.jsonl"))
        assert status == 3
        assert "cannot write to" in log
        assert "Traceback" not in log
        records, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len(records) == 6  # nothing was marked: the next night brings them all


def test_a_csv_export_with_a_state_is_refused_before_the_crawl(tmp_path):
    with LocalSite(articles=3).running() as site:
        status, log = crawl(tmp_path, site, "-O", str(tmp_path / "out.csv"))
        assert status == 2
        assert "JSON Lines output only" in log
        assert "UNIONNEWS_STATE=off" in log
        assert site.hits["/news/"] == 0
        assert not (tmp_path / "out.csv").exists()
        # Without a state the export is the user's one-off: it works.
        status, _ = crawl(
            tmp_path, site, "-O", str(tmp_path / "out.csv"), "-s", "UNIONNEWS_STATE=off"
        )
        assert status == 0
        with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert sorted(r["url"] for r in rows) == sorted(
            site.url + article_path(i) for i in site.ids
        )


def test_a_crawl_with_no_output_marks_nothing(tmp_path):
    with LocalSite(articles=4).running() as site:
        status, _ = crawl(tmp_path, site)
        assert status == 0
        records, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len(records) == 4


def test_overwrite_after_a_reset_keeps_every_record(tmp_path):
    # -O never reads its own target as history: after the README's reset (the state's
    # folder removed) the same -O file gets every article again, none lost.
    with LocalSite(articles=30).running() as site:
        first, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len(first) == 30
        for name in ("state.sqlite", "state.sqlite.runs", "state.sqlite-wal", "state.sqlite-shm"):
            (tmp_path / name).unlink(missing_ok=True)
        again, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len({r["url"] for r in again}) == 30


def test_a_full_disk_delays_articles_to_the_next_night_and_loses_none(tmp_path):
    runs = tmp_path / "data"
    feed = ["-o", f"{runs}/%(name)s/%(time)s.jsonl"]
    with LocalSite(articles=40, per_page=5).running() as site:
        status, log = crawl(tmp_path, site, *feed, limit=6000)
        assert status == 3
        assert "Traceback" not in log
        status, _ = crawl(tmp_path, site, *feed)
        assert status == 0
        seen = emitted(*sorted(runs.rglob("*.jsonl")))
        assert set(seen) == {site.url + article_path(i) for i in site.ids}
        assert max(seen.values()) == 1


def test_a_locked_state_stops_the_run_and_is_not_moved_aside(tmp_path):
    state = tmp_path / "state.sqlite"
    with LocalSite(articles=5).running() as site:
        first, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len(first) == 5
        site.add(3)
        holder = sqlite3.connect(state, isolation_level=None)
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        try:
            status, log = crawl(tmp_path, site, "-O", str(tmp_path / "locked.jsonl"))
        finally:
            holder.execute("COMMIT")
            holder.close()
        assert status == 3
        assert f"state {state} cannot be used" in log
        assert not list(tmp_path.glob("*.unreadable-*"))
        assert emitted(tmp_path / "locked.jsonl") == Counter()  # nothing emitted, no doubles
        later, _ = run_crawl(tmp_path, "generic", *_generic(site))
        assert len(later) == 3


def test_a_folder_where_the_state_should_be_stops_the_run(tmp_path):
    (tmp_path / "state.sqlite").mkdir()
    with LocalSite(articles=2).running() as site:
        status, log = crawl(tmp_path, site, "-O", str(tmp_path / "out.jsonl"))
    assert status == 3
    assert "cannot be used" in log
    assert "Traceback" not in log
    assert emitted(tmp_path / "out.jsonl") == Counter()


def test_articles_listed_through_redirects_come_once(tmp_path):
    with LocalSite(articles=30).running() as site:
        for i in site.ids:
            site.aliases[i] = f"/news/2026/0000/{i}.html"
            site.raw[site.aliases[i]] = moved_to(article_path(i))
        nights = [run_crawl(tmp_path / f"n{n}", "generic", *_generic(site), "-s",
                            f"UNIONNEWS_STATE={tmp_path / 'state.sqlite'}")[0] for n in range(3)]  # fmt: skip
        assert [len(n) for n in nights] == [30, 0, 0]
        # The record keeps the article's own URL.
        assert {r["url"] for r in nights[0]} == {site.url + article_path(i) for i in site.ids}


def test_a_file_truncated_from_outside_gets_no_hole(tmp_path):
    from unionnews.run.feeds import _WholeLines

    path = tmp_path / "out.jsonl"
    out = _WholeLines(path, "wb")
    out.write(b'{"url": "http://a.cn/1.html"}\n')
    path.write_bytes(b"")  # logrotate's copytruncate
    out.write(b'{"url": "http://a.cn/2.html"}\n')
    out.close()
    assert path.read_bytes() == b'{"url": "http://a.cn/2.html"}\n'


def test_a_second_interrupt_stops_at_once_and_fails_the_run(tmp_path):
    import threading

    held = threading.Event()
    with LocalSite(articles=5).running() as site:
        page = article_path(3)

        def hold(handler) -> None:
            held.wait(60)  # the crawl is busy with this page while it is interrupted
            handler.send_response(500)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        site.raw[page] = hold
        command = [sys.executable, "-m", "scrapy", "crawl", "generic", *_generic(site)]
        command += [*crawl_args(tmp_path, tmp_path / "o.jsonl", tmp_path / "crawl.log", None)]
        command += ["-O", str(tmp_path / "out.jsonl"), "-s", "UNIONNEWS_VERBOSE=False"]
        proc = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        try:
            while site.hits[page] == 0 and proc.poll() is None:
                threading.Event().wait(0.05)  # until the crawl holds the page
            proc.send_signal(signal.SIGINT)
            assert "interrupted: finishing the pages under way" in proc.stderr.readline()
            proc.send_signal(signal.SIGINT)
            _, err = proc.communicate(timeout=60)
        finally:
            held.set()
    assert proc.returncode == 3
    assert "stopped at once: the run did not finish" in err
    assert "Traceback" not in err
