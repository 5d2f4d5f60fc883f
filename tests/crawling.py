"""Crawls run inside the test process: the records and the stats of one crawl.

``crawl(spider, tmp_path, ...)`` runs a spider with the project's settings under the
test's reactor (pytest-twisted) and returns a Deferred of ``Crawl``: the records its
JSON Lines feed holds and Scrapy's final stats. Subprocess crawls (helpers.run_crawl) are
kept for what only a process shows: exit statuses, kill -9, several workers.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.crawler import CrawlerRunner
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.project import get_project_settings
from twisted.internet.defer import Deferred, inlineCallbacks


@dataclass
class Crawl:
    records: list[dict]
    stats: dict[str, Any]
    fetched: list[str]  # the URL of every response, saved pages' included, in order
    log: list[str]  # what the crawl logged at INFO and above, one message each

    def stat(self, key: str, default: Any = None) -> Any:
        return self.stats.get(key, default)


def test_settings(tmp_path: Path, **overrides: Any):
    """The project's settings, as a test crawl runs them: its own state and feed, no
    politeness delays, the private test servers allowed."""
    settings = get_project_settings()
    settings.setdict(
        {
            "FEEDS": {str(tmp_path / "out.jsonl"): {"format": "jsonlines", "overwrite": True}},
            "UNIONNEWS_STATE": str(tmp_path / "state.sqlite"),
            "UNIONNEWS_LOCK_DIR": str(tmp_path),
            "AUTOTHROTTLE_ENABLED": False,
            "DOWNLOAD_DELAY": 0,
            "RETRY_TIMES": 0,
            "UNIONNEWS_ALLOW_PRIVATE": True,
            "LOG_ENABLED": False,
            **overrides,
        },
        priority="cmdline",
    )
    return settings


@inlineCallbacks
def crawl(spider: str, tmp_path: Path, settings: dict | None = None, **args: Any) -> Deferred:
    """Run ``spider`` with ``args`` (its ``-a`` arguments); a Deferred of Crawl."""
    tmp_path.mkdir(parents=True, exist_ok=True)
    full = test_settings(tmp_path, **(settings or {}))
    runner = CrawlerRunner(full)
    spidercls = SpiderLoader.from_settings(full).load(spider)
    crawler = runner.create_crawler(spidercls)
    fetched: list[str] = []
    crawler.signals.connect(
        lambda response, request, spider: fetched.append(request.url),
        signal=signals.response_received,
        weak=False,
    )
    handler, root = _Lines(), logging.getLogger()
    level = root.level
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    try:
        yield runner.crawl(crawler, **args)
    finally:
        root.removeHandler(handler)
        root.setLevel(level)
    out = tmp_path / "out.jsonl"
    raw = out.read_text("utf-8") if out.exists() else ""
    assert "\\u" not in raw  # UTF-8 as written
    records = [json.loads(line) for line in raw.splitlines()]
    return Crawl(records, dict(crawler.stats.get_stats()), fetched, handler.lines)


class _Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())
