"""What makes a run safe to schedule, one extension per job.

- ``RunLock``: a lock (``<state folder>/<spider>.lock``, flock) taken as the crawler is
  built, before any output file is opened, so two runs of one spider never overlap; the
  second closes at once with reason ``locked`` and writes nothing.
- ``RunVerdict``: when the engine stops (after the feeds closed and synced their files),
  the verdict, a one-screen summary and ``latest.jsonl``.
  A run fails when it closed early, when its output or its state could not be written,
  when a site's lists could not be fetched (robots.txt, refused addresses, failures) or
  gave no article links at all, or when errors pass UNIONNEWS_MAX_ERRORS. ``scrapy
  crawl`` then exits 3 (unionnews.commands.crawl). A quiet night, lists fetched and
  nothing new on them, is a success.

The incremental state is unionnews.run.incremental.IncrementalState.
"""

from __future__ import annotations

import logging
import os
import time
from collections import Counter, defaultdict
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.extensions.feedexport import FeedExporter

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.run.engine import close_spider, run_errors
from unionnews.run.incremental import IncrementalState, local_path
from unionnews.run.lock import RunLock

logger = logging.getLogger(__name__)

# The checks of a run's verdict, one key each (the Spidermon monitors read them).
CHECKS = ("finish", "writes", "errors", "lists", "articles", "coverage")
COVERAGE_FIELDS = ("title", "source", "published_at", "authors", "editor", "tags", "body")


class _ComponentErrors(logging.Handler):
    """Counts the errors Scrapy catches in signal handlers: a component of the run that
    raised (the state, a feed, a monitor) is only logged by Scrapy, and the run goes on."""

    def __init__(self, stats) -> None:
        super().__init__(logging.ERROR)
        self.stats = stats

    def emit(self, record: logging.LogRecord) -> None:
        self.stats.inc_value("unionnews/component_errors")


# Where Scrapy logs an exception raised by a signal handler.
_SIGNAL_LOGGER = logging.getLogger("scrapy.utils.signal")


class RunVerdict:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.max_errors = settings.getint("UNIONNEWS_MAX_ERRORS", defaults.UNIONNEWS_MAX_ERRORS)
        self.latest = settings.getbool("UNIONNEWS_LATEST")
        self.distributed = bool(settings.get("REDIS_URL"))
        self.started = time.monotonic()
        self.records: Counter[str] = Counter()
        self.filled: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.min_date_coverage = settings.getfloat(
            "UNIONNEWS_MIN_DATE_COVERAGE", defaults.UNIONNEWS_MIN_DATE_COVERAGE
        )
        self.findings: dict[str, list[str]] = {key: [] for key in CHECKS}
        self.spider = None
        self.reason = ""
        # From the start: a spider_opened handler may be the one that raises.
        self.component_errors = _ComponentErrors(crawler.stats)
        _SIGNAL_LOGGER.addHandler(self.component_errors)

    @classmethod
    def from_crawler(cls, crawler):
        verdict = cls(crawler)
        crawler.signals.connect(verdict.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(verdict.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(verdict.spider_closed, signal=signals.spider_closed)
        return verdict

    def spider_opened(self, spider) -> None:
        self.spider = spider
        state = self.crawler.get_extension(IncrementalState)
        if state is not None and state.broken():
            close_spider(self.crawler, spider, "state_lost")

    def item_scraped(self, item, spider) -> None:
        adapter = ItemAdapter(item)
        site = adapter.get("site") or "-"
        self.records[site] += 1
        for name in COVERAGE_FIELDS:
            if adapter.get(name):
                self.filled[site][name] += 1

    # A spider closed while it opened (locked, state lost) never starts the engine, and
    # so never stops it: the verdict is then given as the spider closes.
    EARLY = frozenset({"locked", "state_lost"})

    def spider_closed(self, spider, reason: str) -> None:
        self.reason = reason
        if reason in self.EARLY:
            self.engine_stopped()

    def engine_stopped(self) -> None:
        spider, self.spider = self.spider, None  # once
        if spider is None:
            return
        _SIGNAL_LOGGER.removeHandler(self.component_errors)
        problems = self.verdict(spider, self.reason)
        if problems:
            self.crawler.stats.set_value("unionnews/run_failed", "; ".join(problems))
        elif self.latest:
            self._write_latest()
        logger.info("%s", self.summary(spider, self.reason, problems))

    def verdict(self, spider, reason: str) -> list[str]:
        """What went wrong, filed under one key per check in ``self.findings`` (read by
        the Spidermon monitors, unionnews/run/monitors.py); all of it, as one list."""
        findings = self.findings = {key: [] for key in CHECKS}
        stats = self.crawler.stats.get_stats()
        state = self.crawler.get_extension(IncrementalState)
        if reason == "locked":
            lock = self.crawler.get_extension(RunLock)
            findings["finish"].append(
                (lock.problem if lock is not None else "") or "another run holds the lock"
            )
        elif reason == "state_lost" or (state is not None and state.broken()):
            findings["writes"].extend(state.problems if state is not None else [reason])
        else:
            self._check(spider, reason, stats, state)
        return [problem for key in CHECKS for problem in findings[key]]

    def _check(self, spider, reason: str, stats: dict, state) -> None:
        findings = self.findings
        if reason != "finished":
            findings["finish"].append(f"closed early: {reason}")
        if state is not None:
            findings["writes"].extend(state.problems)
            if not state.opened:
                # Its opening raised (logged above as a signal handler's error): nothing
                # the run emitted was marked, and nothing it skipped is known to be done.
                findings["writes"].append(f"the state {state.path} could not be opened")
        capped = sorted(
            key.split("/")[1]
            for key in stats
            if key.endswith("/list_limit_reached") or key == "unionnews/generic/page_limit_reached"
        )
        if capped:
            findings["finish"].append(
                f"stopped at a page cap ({', '.join(capped)}): pages past it were not read; "
                "raise UNIONNEWS_MAX_LIST_PAGES / UNIONNEWS_MAX_PAGES"
            )
        invalid = stats.get("spidermon/validation/items/dropped")
        if invalid:
            findings["writes"].append(
                f"{invalid} records did not fit the record schema (unionnews/schema/article.json)"
                " and were left out"
            )
        if stats.get("unionnews/output_failed"):
            findings["writes"].append("an output file could not be opened: nothing written")
        broken = stats.get("unionnews/component_errors")
        if broken:
            findings["errors"].append(f"{broken} errors inside the run's own components (above)")
        errors = run_errors(stats)
        if errors > self.max_errors:
            findings["errors"].append(
                f"{errors} errors and failed fetches (UNIONNEWS_MAX_ERRORS={self.max_errors})"
            )
        for site, count in sorted(self.records.items()):
            dated = self.filled[site]["published_at"] / count
            if dated < self.min_date_coverage:
                findings["coverage"].append(
                    f"{site}: {dated:.0%} of its records have a date "
                    f"(UNIONNEWS_MIN_DATE_COVERAGE={self.min_date_coverage:.0%})"
                )
        if self.distributed or reason != "finished":
            return
        targets = getattr(spider, "targets", None)  # the article spider's given pages
        if targets and not stats.get("response_received_count"):
            why = self._why_no_lists(stats)
            findings["lists"].append(
                f"none of the {len(targets)} given pages could be fetched"
                + ("" if why == "no list page could be fetched" else f": {why}")
            )
        found = {}
        for site in getattr(spider, "sites", ()):
            lists = stats.get(f"unionnews/{site.name}/list_pages", 0)
            articles = stats.get(f"unionnews/{site.name}/articles_found", 0)
            found[site.name] = articles
            if not lists:
                findings["lists"].append(f"{site.name}: {self._why_no_lists(stats)}")
            elif not articles:
                before = state.state.found_before(spider.name, site.name) if state else None
                since = f" (its last run found {before})" if before else ""
                findings["articles"].append(f"{site.name} found no articles{since}")
        if state is not None and state.state is not None and not state.broken():
            # Keep the last count that was not zero, so a broken site fails every night.
            state.state.record_found(spider.name, {s: c for s, c in found.items() if c})

    @staticmethod
    def _why_no_lists(stats: dict) -> str:
        if stats.get("robotstxt/forbidden"):
            return "robots.txt forbids its list pages"
        if stats.get("unionnews/refused/private_address"):
            return (
                "every start URL was refused: it is a private or loopback address "
                "(allow with -s UNIONNEWS_ALLOW_PRIVATE=True)"
            )
        return "no list page could be fetched"

    def _feed_paths(self) -> list[tuple[Path, int]]:
        """Each local feed file, with the size it had before this run wrote to it."""
        paths = []
        for ext in self.crawler.extensions.middlewares:
            if isinstance(ext, FeedExporter):
                for slot in ext.slots:
                    path = local_path(slot.uri)
                    if path is not None:
                        paths.append((Path(path), getattr(slot.storage, "start_size", 0)))
        return paths

    def _write_latest(self) -> None:
        """latest.jsonl beside the run file: this successful run's records (only what it
        appended, when the file held earlier lines), empty when it had nothing new, so a
        consumer never reads an older run's records again."""
        for path, start in self._feed_paths():
            if path.suffix != ".jsonl" or path.name == "latest.jsonl":
                continue
            tmp = path.with_name(".latest.jsonl.tmp")
            written = b""
            if path.exists():
                with path.open("rb") as fh:
                    fh.seek(start)
                    written = fh.read()
            tmp.write_bytes(written)
            os.replace(tmp, path.with_name("latest.jsonl"))

    def summary(self, spider, reason: str, problems: list[str]) -> str:
        stats = self.crawler.stats.get_stats()

        def grouped(prefix: str) -> str:
            items = sorted((k[len(prefix) :], v) for k, v in stats.items() if k.startswith(prefix))
            return ", ".join(f"{k} {v}" for k, v in items) or "none"

        lines = [
            f"run summary: {spider.name} ({reason}, {time.monotonic() - self.started:.1f} s)",
            f"  pages fetched {stats.get('downloader/response_count', 0)}, "
            f"records {sum(self.records.values())}, "
            f"reposts {stats.get('unionnews/reposts', 0)}, "
            f"already emitted (skipped) {stats.get('unionnews/state/known', 0)}",
            f"  dropped: {grouped('unionnews/dropped/')}",
            f"  not articles: {grouped('unionnews/not_article/')}",
            f"  fetch failures: {grouped('unionnews/fetch_failed/')}",
            f"  retried from earlier runs: {stats.get('unionnews/retry/queued', 0)}, "
            f"given up: {stats.get('unionnews/retry/given_up', 0)}",
            "  field coverage per site:",
            "    "
            + f"{'site':<28}{'records':>8}"
            + "".join(f"{f[:9]:>10}" for f in COVERAGE_FIELDS),
        ]
        for site, count in sorted(self.records.items()):
            cells = "".join(f"{self.filled[site][f] / count:>10.0%}" for f in COVERAGE_FIELDS)
            lines.append(f"    {site:<28}{count:>8}{cells}")
        lines.append("  result: " + ("FAILED: " + "; ".join(problems) if problems else "OK"))
        return "\n".join(lines)
