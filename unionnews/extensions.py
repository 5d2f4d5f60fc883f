"""RunGuard: what makes a run safe to schedule.

- A lock (``<state folder>/<spider>.lock``, flock) so two runs of one spider never
  overlap; the second closes at once with reason ``locked``.
- The incremental state: opened and reconciled with earlier run files at start, and
  every record written by the feed marked as emitted.
- A verdict: the run failed when it closed for any reason but ``finished``, when fetch
  failures and errors pass UNIONNEWS_MAX_ERRORS, or when a site found no articles though
  its last run found some. ``scrapy crawl`` then exits 3 (unionnews.commands.crawl).
- A one-screen summary in the log: pages, records, drops by reason, field coverage per
  site, the verdict.
- With UNIONNEWS_LATEST, a copy of a successful run's file as ``latest.jsonl`` beside it.
"""

from __future__ import annotations

import fcntl
import logging
import os
import shutil
import time
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.extensions.feedexport import FeedExporter

from unionnews.state import DEFAULT_PATH, state_for

logger = logging.getLogger(__name__)

FAILED_RUNS: list[str] = []  # read by the crawl command for its exit status
COVERAGE_FIELDS = ("title", "source", "published_at", "authors", "editor", "tags", "body")


class RunGuard:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        state_path = settings.get("UNIONNEWS_STATE", DEFAULT_PATH)
        folder = (
            Path(state_path).parent if state_path and state_path != "off" else Path(".unionnews")
        )
        self.lock_folder = Path(settings.get("UNIONNEWS_LOCK_DIR") or folder)
        self.max_errors = settings.getint("UNIONNEWS_MAX_ERRORS", 50)
        self.latest = settings.getbool("UNIONNEWS_LATEST")
        self.distributed = bool(settings.get("REDIS_URL"))
        self.lock_fd: int | None = None
        self.started = time.monotonic()
        self.records: Counter[str] = Counter()
        self.filled: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.feed_paths: list[Path] = []

    @classmethod
    def from_crawler(cls, crawler):
        guard = cls(crawler)
        crawler.signals.connect(guard.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(guard.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(guard.spider_closed, signal=signals.spider_closed)
        return guard

    # -- start ---------------------------------------------------------------------
    def spider_opened(self, spider) -> None:
        if self.distributed:  # many workers of one spider run at once, by design
            spider.article_state = state_for(self.crawler)
            return
        self.lock_folder.mkdir(parents=True, exist_ok=True)
        lock_path = self.lock_folder / f"{spider.name}.lock"
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            logger.error("another run of %s holds %s: closing this one", spider.name, lock_path)
            self.crawler.engine.close_spider(spider, "locked")
            return
        self.lock_fd = fd
        self.feed_paths = self._feed_paths()
        state = state_for(self.crawler)
        spider.article_state = state
        if state is not None:
            if state.begin_run(spider.name):
                # Lists are paged only until a page holds nothing new; after a crash the
                # older pages may never have been read, so this run reads them all.
                logger.warning(
                    "the last run of %s did not finish: reading every list page", spider.name
                )
                spider.walk_all_lists = True
            added = state.reconcile(self._run_folders(spider.name), spider.name)
            if added:
                logger.info("state: %d records of earlier run files marked emitted", added)
                self.crawler.stats.set_value("unionnews/state/reconciled", added)

    def _run_folders(self, name: str) -> list[Path]:
        """Folders of this spider's run files: feeds whose path names the spider
        (``data/%(name)s/%(time)s.jsonl``). A fixed ``-O out.jsonl`` names no run."""
        folders = set()
        for uri in self.crawler.settings.getdict("FEEDS"):
            path = _local_path(uri)
            if path is not None and "%(name)s" in path:
                folders.add(Path(str(Path(path).parent) % {"name": name}))
        return sorted(folders)

    def _feed_paths(self) -> list[Path]:
        paths = []
        for ext in self.crawler.extensions.middlewares:
            if isinstance(ext, FeedExporter):
                for slot in ext.slots:
                    path = _local_path(slot.uri)
                    if path is not None:
                        paths.append(Path(path))
        return paths

    # -- each record ---------------------------------------------------------------
    def item_scraped(self, item, spider) -> None:
        adapter = ItemAdapter(item)
        site = adapter.get("site") or "-"
        self.records[site] += 1
        for name in COVERAGE_FIELDS:
            if adapter.get(name):
                self.filled[site][name] += 1
        state = getattr(spider, "article_state", None)
        if state is not None:
            state.mark_emitted(adapter["url"], adapter.get("fingerprint"), spider.name, site)
        ledger = getattr(spider, "ledger", None)
        if ledger is not None:  # written and marked: this worker is done with it
            ledger.done(adapter["url"])

    # -- end -----------------------------------------------------------------------
    def spider_closed(self, spider, reason: str) -> None:
        if self.distributed:
            problems = [f"closed early: {reason}"] if reason != "finished" else []
            if problems:
                FAILED_RUNS.append(f"{spider.name}: {problems[0]}")
            logger.info("%s", self.summary(spider, reason, problems))
            return
        if self.lock_fd is None:  # this run never held the lock
            FAILED_RUNS.append(f"{spider.name}: {reason}")
            self.crawler.stats.set_value("unionnews/run_failed", reason)
            return
        problems = self._verdict(spider, reason)
        state = getattr(spider, "article_state", None)
        if state is not None and reason == "finished":
            state.end_run(spider.name)
        if problems:
            FAILED_RUNS.append(f"{spider.name}: {'; '.join(problems)}")
            self.crawler.stats.set_value("unionnews/run_failed", "; ".join(problems))
        elif self.latest:
            self._copy_latest()
        logger.info("%s", self.summary(spider, reason, problems))
        if state is not None:
            state.close()  # commits the last batch of marks
        os.close(self.lock_fd)
        self.lock_fd = None

    def _verdict(self, spider, reason: str) -> list[str]:
        stats = self.crawler.stats.get_stats()
        problems = []
        if reason != "finished":
            problems.append(f"closed early: {reason}")
        errors = stats.get("log_count/ERROR", 0) + sum(
            v for k, v in stats.items() if k.startswith("unionnews/fetch_failed/")
        )
        if errors > self.max_errors:
            problems.append(
                f"{errors} errors and failed fetches (UNIONNEWS_MAX_ERRORS={self.max_errors})"
            )
        state = getattr(spider, "article_state", None)
        found = {
            site.name: stats.get(f"unionnews/{site.name}/articles_found", 0)
            for site in getattr(spider, "sites", ())
        }
        if state is not None:
            for site, count in found.items():
                before = state.found_before(spider.name, site)
                if count == 0 and before:
                    problems.append(f"{site} found no articles (its last run found {before})")
            # Keep the last count that was not zero, so a broken site fails every night.
            state.record_found(spider.name, {s: c for s, c in found.items() if c})
        return problems

    def _copy_latest(self) -> None:
        for path in self.feed_paths:
            if path.exists() and path.suffix == ".jsonl" and path.name != "latest.jsonl":
                tmp = path.with_name(".latest.jsonl.tmp")
                shutil.copyfile(path, tmp)
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


def _local_path(uri: str) -> str | None:
    """The file path of a feed URI (``file://…`` or a bare path); None for other schemes."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return unquote(parts.path)
    return uri if parts.scheme == "" else None
