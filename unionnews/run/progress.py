"""Progress: a start line, and a progress line every UNIONNEWS_PROGRESS_SECONDS while
the crawl runs (pages, records, records per site, errors). Scrapy's own LogStats line is
left out of a default console (unionnews.commands.crawl); this one says what a user of
unionnews watches for."""

from __future__ import annotations

import logging
from collections import Counter

from scrapy import signals
from twisted.internet import task

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.run.engine import run_errors
from unionnews.run.verdict import RunVerdict

logger = logging.getLogger("unionnews")


def _not_a_monitor_report(record: logging.LogRecord) -> bool:
    """Spidermon's report of its monitors, when none failed: the run summary says it."""
    return record.levelno >= logging.WARNING or not str(record.msg).startswith("[Spidermon]")


class OneLineErrors(logging.Filter):
    """An error that comes with a traceback (Scrapy's robots.txt middleware on a network
    that is down, a signal handler) is logged as one line: its message and the
    exception's. ``-L DEBUG`` keeps the tracebacks."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            exc = record.exc_info[1]
            message = record.getMessage()
            reason = f"{type(exc).__name__}: {exc}"
            record.msg = message if str(exc) in message else f"{message} ({reason})"
            record.args = ()
            record.exc_info = None
            record.exc_text = None
        return True


class Progress:
    def __init__(self, crawler, interval: float) -> None:
        self.crawler = crawler
        self.interval = interval
        self.loop: task.LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat(
            "UNIONNEWS_PROGRESS_SECONDS", defaults.UNIONNEWS_PROGRESS_SECONDS
        )
        progress = cls(crawler, interval)
        crawler.signals.connect(progress.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(progress.spider_closed, signal=signals.spider_closed)
        return progress

    def spider_opened(self, spider) -> None:
        # The crawler's own log handler exists from now on.
        settings = self.crawler.settings
        for handler in logging.root.handlers:
            if settings.getbool("UNIONNEWS_QUIET"):
                handler.addFilter(_not_a_monitor_report)
            if settings.get("LOG_LEVEL") != "DEBUG":
                handler.addFilter(OneLineErrors())
        feeds = ", ".join(settings.getdict("FEEDS")) or "no output file (-o/-O)"
        logger.info("crawling %s into %s", spider.name, feeds)
        if self.interval > 0:  # UNIONNEWS_PROGRESS_SECONDS=0: no progress lines
            self.loop = task.LoopingCall(self.report)
            self.loop.start(self.interval, now=False)

    def report(self) -> None:
        stats = self.crawler.stats.get_stats()
        errors = run_errors(stats)
        # Records per site are counted once, by the run's verdict.
        verdict = self.crawler.get_extension(RunVerdict)
        sites: Counter[str] = verdict.records if verdict is not None else Counter()
        per_site = ", ".join(f"{site} {n}" for site, n in sites.most_common(5))
        logger.info(
            "progress: pages %d, records %d%s, errors %d",
            stats.get("downloader/response_count", 0),
            sum(sites.values()),
            f" ({per_site})" if per_site else "",
            errors,
        )

    def spider_closed(self, spider) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
