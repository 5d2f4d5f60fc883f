"""IncrementalState: what earlier runs emitted and what they failed to fetch.

An extension that owns the state file (unionnews/run/sqlite_state.py), the way Scrapy's own
components own theirs; spiders, pipelines and the feed storage reach it through
``crawler.get_extension(IncrementalState)``. It keeps one invariant: an article is
marked emitted only once its record is durably in the run's output. The feed storage
(unionnews/run/feeds.py) reports every line it wrote and every flush to disk; only then are
the lines' articles marked. A write that fails leaves its articles unmarked, so the next
run emits them again, and fails this run.

At the start of a run it opens the state and checks it: a state file that is missing,
empty or unreadable while earlier output of the spider exists is rebuilt from that
output (the run files), and the run then reads every list page; one that cannot be
rebuilt stops the run with a line naming the file and what to do. It also reads back
the output files of earlier runs, so a record written just before a ``kill -9`` is
never emitted twice, and keeps article fetches that failed, to retry them first on
later runs, up to UNIONNEWS_RETRY_NIGHTS runs (one a night, run from cron).
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.utils.misc import load_object

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.extraction.dates import SHANGHAI
from unionnews.run.sqlite_state import DEFAULT_PATH, StateLost, StateUnavailable

logger = logging.getLogger(__name__)


def _state_errors() -> tuple[type[Exception], ...]:
    """What a state's store raises when it cannot be read or written: SQLite's errors and
    the disk's, and Redis's when the redis extra is installed (an outage, a timeout)."""
    errors: tuple[type[Exception], ...] = (sqlite3.Error, OSError)
    try:
        from redis.exceptions import RedisError
    except ImportError:
        return errors
    return (*errors, RedisError)


STATE_ERRORS = _state_errors()


def local_path(uri: str) -> str | None:
    """The file path of a feed URI (``file://…`` or a bare path); None for other schemes."""
    parts = urlsplit(uri)
    if parts.scheme == "file":
        return unquote(parts.path)
    return uri if parts.scheme == "" else None


class IncrementalState:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.path = Path(settings.get("UNIONNEWS_STATE") or DEFAULT_PATH)
        self.retry_nights = settings.getint(
            "UNIONNEWS_RETRY_NIGHTS", defaults.UNIONNEWS_RETRY_NIGHTS
        )
        # Whether the store (run/store.py, chosen by UNIONNEWS_STATE_CLASS, which the Redis
        # add-on sets) is shared by distributed workers: a shared store marks records as
        # they are handed over and has no run files of its own to read back. Known once
        # the state opens.
        self.shared = False
        self.state: Any = None
        self.spider_name: str | None = None
        self.walk_all_lists = False  # the last run did not finish, or the state was rebuilt
        self.problems: list[str] = []  # why this run failed, for the verdict
        self.writes_failed = 0
        self.pending: list[tuple[str, str | None, str, str | None]] = []
        self.aliases: dict[str, list[str]] = {}  # record URL -> other URLs it was known by
        # A shared store: record URL -> (its URLs, fingerprint, writes failed before) from
        # claim() until the feeds have written it.
        self.claimed: dict[str, tuple[list[str], str | None, int]] = {}
        self.durable_output = False  # a JSON Lines file feed marks records as it writes
        self._state_broken = False
        self.close_reason = ""
        self.was_unfinished = False
        self.opened = False  # open() ran to its end: a component error stops it midway
        self.run_id = datetime.now(SHANGHAI).isoformat()  # one failed attempt per run
        # When this run started, on the store's clock (a shared store: when it was seeded).
        # Until known, every emitted article counts as this run's: lists page on.
        self.started = 0.0

    @classmethod
    def from_crawler(cls, crawler):
        path = crawler.settings.get("UNIONNEWS_STATE", defaults.UNIONNEWS_STATE)
        if not path or path == "off":
            raise NotConfigured
        ext = cls(crawler)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        # The feed's files are closed (and their last lines synced) only as the spider
        # closes: the state is committed and closed after that, when the engine stops, in
        # the order run/shutdown.py writes down.
        return ext

    # -- opening ---------------------------------------------------------------------
    def open(self, spider_name: str) -> Any:
        """Open and check the state once per run (the feed storage may ask first)."""
        if self.spider_name is not None:
            return self.state
        self.spider_name = spider_name
        settings = self.crawler.settings
        store = load_object(settings.get("UNIONNEWS_STATE_CLASS", defaults.UNIONNEWS_STATE_CLASS))
        self.shared = bool(store.shared)
        if self.locked_out():
            return None  # another run owns the state: read and write nothing
        if self.shared:
            self.state = store.from_settings(settings, self.path)
            self._note_start(spider_name)
            return self.state
        problem = self._check_file()
        try:
            self.state = store.from_settings(settings, self.path)
        except StateUnavailable as exc:
            # Locked, a full disk, no permission: the run stops before it emits anything;
            # taking every article for new would write them all again.
            message = f"state {self.path} cannot be used ({exc}): the run stops"
            logger.error("%s", message)
            self.problems.append(message)
            self._state_broken = True
            self.crawler.stats.inc_value("unionnews/state/unavailable")
            return None
        except StateLost as exc:
            aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
            os.replace(self.path, aside)
            for suffix in ("-wal", "-shm"):
                Path(f"{self.path}{suffix}").unlink(missing_ok=True)
            logger.warning("state %s is unreadable (%s): moved to %s", self.path, exc, aside)
            problem = "unreadable"
            self.state = store.from_settings(settings, self.path)
        if problem:
            self._rebuild(problem)
            if self._state_broken:
                return self.state
        self._note_run()
        self._note_start(spider_name)
        self.was_unfinished = self.state.begin_run(spider_name)
        if self.was_unfinished:
            # Lists are paged only until a page holds nothing new; after a crash the
            # older pages may never have been read, so this run reads them all.
            logger.warning(
                "the last run of %s did not finish: reading every list page", spider_name
            )
            self.walk_all_lists = True
        return self.state

    def _note_start(self, spider_name: str) -> None:
        try:
            self.started = self.state.run_started(spider_name)
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def locked_out(self) -> bool:
        from unionnews.run.lock import RunLock

        lock = self.crawler.get_extension(RunLock)
        return bool(lock is not None and lock.held_elsewhere)

    def _check_file(self) -> str | None:
        """'missing' or 'empty' when the state file lost what earlier runs recorded."""
        if not self.path.exists():
            return "missing"
        if self.path.stat().st_size == 0:
            return "empty"
        return None

    @property
    def _runs_file(self) -> Path:
        # Beside the state: which spiders have run with it. Losing the state alone leaves
        # this behind, so the loss is noticed; a new state path, or the whole folder
        # removed, is a fresh start.
        return self.path.with_name(f"{self.path.name}.runs")

    def _earlier_runs(self) -> bool:
        """This spider has run with this state before."""
        try:
            names = self._runs_file.read_text("utf-8").split()
        except OSError:
            return False
        return self.spider_name in names

    def _note_run(self) -> None:
        if not self._earlier_runs():
            with self._runs_file.open("a", encoding="utf-8") as fh:
                fh.write(f"{self.spider_name}\n")

    def _rebuild(self, problem: str) -> None:
        if not self._earlier_runs():
            return  # a first run: nothing was lost
        files = self.output_files()
        folders = self.run_folders()
        if not files and not any(f.is_dir() and any(f.glob("*.jsonl")) for f in folders):
            self.problems.append(
                f"state {self.path} is {problem} and no run files to rebuild it from: "
                f"articles emitted before would be emitted again. Give the run files with "
                f"-o (as before), or remove {self._runs_file} to start afresh"
            )
            logger.error("%s", self.problems[-1])
            self._state_broken = True
            return
        added = self.state.reconcile(folders, self.spider_name or "", files)
        self.walk_all_lists = True
        logger.warning(
            "state %s was %s: rebuilt from the run files (%d records); reading every list page",
            self.path,
            problem,
            added,
        )
        self.crawler.stats.set_value("unionnews/state/rebuilt", added)

    def broken(self) -> bool:
        """True when the state was lost and could not be rebuilt: the run must stop."""
        return self._state_broken

    # -- the run's outputs -------------------------------------------------------------
    def _feed_uris(self) -> list[str]:
        return list(self.crawler.settings.getdict("FEEDS"))

    def run_folders(self) -> list[Path]:
        """Folders of this spider's run files: feeds whose path names the spider
        (``data/%(name)s/%(time)s.jsonl``)."""
        folders = set()
        for uri in self._feed_uris():
            path = local_path(uri)
            if path is not None and "%(" in path and "%(name)s" in path:
                folders.add(Path(str(Path(path).parent) % {"name": self.spider_name}))
        return sorted(folders)

    def output_files(self) -> list[Path]:
        """Fixed output files that already hold earlier runs' lines: ``-o out.jsonl``, and
        an ``-O`` target only after an unfinished run (it is appended to then). Otherwise
        ``-O`` overwrites its target, which is no history."""
        found = []
        for uri, options in self.crawler.settings.getdict("FEEDS").items():
            if (options or {}).get("overwrite") and not self.was_unfinished:
                continue
            path = local_path(uri)
            if path is not None and "%(" not in path:
                file = Path(path)
                if file.is_file() and file.stat().st_size > 0:
                    found.append(file)
        return found

    def unfinished(self, spider_name: str) -> bool:
        """True when the last run of this spider did not finish: its output is kept and
        appended to, even where ``-O`` asks to overwrite, so nothing it wrote is lost."""
        self.open(spider_name)
        return self.was_unfinished

    # -- marking ---------------------------------------------------------------------
    def reports_lines(self) -> bool:
        """A JSON Lines file feed opens: from now on records are marked only as that
        feed reports them on disk, never as Scrapy hands them over. False for a
        shared store (distributed workers claim records in it as they emit them)."""
        if self.shared:
            return False
        self.durable_output = True
        return True

    def line_written(self, line: bytes, spider_name: str) -> None:
        """The feed wrote one JSON line; it is marked once the line is on disk (a shared
        store claimed it before)."""
        if self.shared:
            return
        try:
            record = json.loads(line)
        except ValueError:
            return
        if isinstance(record, dict) and record.get("url"):
            self.pending.append(
                (record["url"], record.get("fingerprint"), spider_name, record.get("site"))
            )

    def known_as(self, url: str, others: list[str]) -> None:
        """The record of ``url`` was also known by ``others`` (a list's link, the URLs
        a redirect went through): marking it marks them too."""
        self.aliases[url] = others

    def _with_aliases(
        self, records: list[tuple[str, str | None, str, str | None]]
    ) -> list[tuple[str, str | None, str, str | None]]:
        out = list(records)
        for url, fingerprint, spider, site in records:
            out.extend((alias, fingerprint, spider, site) for alias in self.aliases.pop(url, []))
        return out

    def synced(self) -> None:
        """The feed flushed its lines to disk: mark their articles emitted."""
        pending, self.pending = self._with_aliases(self.pending), []
        if not pending or self.state is None or self._state_broken:
            return
        try:
            if hasattr(self.state, "mark_many"):
                self.state.mark_many(pending)
            else:
                for url, fingerprint, spider, site in pending:
                    self.state.mark_emitted(url, fingerprint, spider, site)
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def output_opened(self, path: Path) -> bool:
        """A JSON Lines feed opens ``path``: until it closes whole, the next run reads
        it back (the marks of a killed run's last lines would be lost otherwise). False
        when the state cannot note it: then nothing may be written there."""
        if self.shared:
            return True
        if self.state is None or self._state_broken:
            return False
        try:
            self.state.note_output(path.resolve(), self.spider_name or "")
        except STATE_ERRORS as exc:
            self._state_failed(exc)
            return False
        return True

    def output_closed(self, path: Path) -> None:
        """Every line of ``path`` reached the disk and was marked."""
        if self.state is None or self._state_broken or self.shared or self.pending:
            return
        try:
            self.state.output_closed(path.resolve())
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def write_failed(self, error: OSError, path: Path) -> None:
        """A line could not be written: its article stays unmarked, the run fails."""
        self.writes_failed += 1
        self.crawler.stats.inc_value("unionnews/write_failed")
        if self.writes_failed == 1:
            logger.error(
                "cannot write to %s (%s): records not written are emitted again by the next run",
                path,
                error.strerror or error,
            )
            self.problems.append(f"writing {path} failed: {error.strerror or error}")

    def _state_failed(self, exc: Exception) -> None:
        self._state_broken = True
        self.crawler.stats.inc_value("unionnews/state/write_failed")
        message = f"state {self.path} could not be written ({exc})"
        logger.error("%s: the next run re-reads this run's files", message)
        self.problems.append(message)

    def claim(self, item: Any) -> bool:
        """A shared store (distributed workers): take ``item`` as emitted, with the URLs it
        was also known by, in one step just before it is written; False when another
        worker emitted it first, or the store cannot be written (the run fails then, and
        the next one emits it). A store of one machine marks only what a JSON Lines file
        reported on disk (line_written, synced), so it always says True here: a crawl with
        no such file (no -o, a CSV or XML export) marks nothing, and the next run with a
        real output still emits every article."""
        if not self.shared or self.state is None:
            return True
        if self._state_broken:
            return False
        adapter = ItemAdapter(item)
        url = adapter["url"]
        urls = [url, *self.aliases.pop(url, [])]
        fingerprint = adapter.get("fingerprint")
        try:
            if not self.state.claim(urls, fingerprint, self._line_file()):
                return False
        except STATE_ERRORS as exc:
            self._state_failed(exc)
            return False
        self.claimed[url] = (urls, fingerprint, self.writes_failed)
        return True

    def _line_file(self) -> Path | None:
        """The JSON Lines file the feeds write this record to, named in its claim. Asked
        of the feeds' slots: Scrapy opens the file at its first record, after that
        record's claim, and a new one for each batch."""
        from scrapy.extensions.feedexport import FeedExporter

        exporter = self.crawler.get_extension(FeedExporter)
        for slot in getattr(exporter, "slots", ()):
            path = getattr(slot.storage, "path", None)
            if path and slot.format in ("jsonlines", "jsonl"):
                return Path(path).resolve()
        return None

    def item_scraped(self, item, spider) -> None:
        # The feeds have written the record (their handler runs first): a claim whose
        # write failed, or whose output never opened, is undone.
        url = ItemAdapter(item).get("url")
        if url not in self.claimed:
            return
        urls, fingerprint, failed_before = self.claimed.pop(url)
        lost = self.writes_failed != failed_before or self.crawler.stats.get_value(
            "unionnews/output_failed"
        )
        try:
            if lost:
                self.state.unclaim(urls, fingerprint)
            else:
                for written in urls:
                    self.state.forget_failure(written)
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def _ask(self, question: Callable[[], Any], broken: Any) -> Any:
        """The store's answer to ``question``; ``broken`` when the store cannot be read
        (locked, a disk error, Redis gone), which then fails the run."""
        if self._state_broken:
            return broken
        try:
            return question()
        except STATE_ERRORS as exc:
            self._state_failed(exc)
            return broken

    def is_emitted(self, url: str) -> bool:
        """Whether ``url`` was emitted by an earlier run. A state that cannot be read
        (locked, a disk error) answers True: the run emits nothing more and fails, and the
        next run, with a readable state, fetches what this one skipped. Taking every
        article as new would write them all again."""
        if self.state is None:
            return False
        return bool(self._ask(lambda: self.state.is_emitted(url), True))

    def emitted_by(self, url: str) -> str | None:
        """Who emitted ``url``: None (no one), ``this_run`` (this worker, or another
        sharing its frontier) or ``earlier`` (an earlier run, also the answer of a state
        that cannot be read, as in is_emitted). A list page whose articles earlier runs
        all emitted is where the last run stopped reading; one whose articles this run
        emitted (shown on another list too, or read by a worker that died before
        queueing the page's next page) is not."""
        if self.state is None:
            return None
        at = self._ask(lambda: self.state.emitted_at(url), float("-inf"))  # before any run
        if at is None:
            return None
        return "this_run" if at >= self.started else "earlier"

    def written(self, url: str) -> bool:
        """Whether the record emitted under ``url`` is in an output: a shared store asks
        the file a dead worker claimed it for (RedisArticleState.written)."""
        if not self.shared or self.state is None:
            return self.is_emitted(url)
        return bool(self._ask(lambda: self.state.written(url), True))

    # -- failed fetches ----------------------------------------------------------------
    def fetch_failed(self, url: str, site: str, error: str) -> None:
        if self.state is None or self._state_broken:
            return
        try:
            self.state.record_failure(url, self.spider_name or "", site, error, self.run_id)
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def retries(self) -> list[tuple[str, str]]:
        """(url, site) of earlier failed fetches to try again first; those that failed on
        UNIONNEWS_RETRY_NIGHTS runs are given up, with a stat and a log line."""
        if self.state is None or self._state_broken:
            return []
        due = []
        for url, site, attempts, error in self.state.failures(self.spider_name or ""):
            if attempts >= self.retry_nights:
                logger.warning(
                    "giving up %s: its fetch failed on %d runs (last: %s)", url, attempts, error
                )
                self.crawler.stats.inc_value("unionnews/retry/given_up")
                self.state.forget_failure(url)
            else:
                due.append((url, site))
        if due:
            self.crawler.stats.set_value("unionnews/retry/queued", len(due))
            logger.info("retrying %d article fetches that failed on earlier runs", len(due))
        return due

    # -- signals -----------------------------------------------------------------------
    def spider_opened(self, spider) -> None:
        self.open(spider.name)
        self.opened = True
        if self.shared or self._state_broken or self.state is None:
            return
        added = self.state.read_back_unclosed()
        added += self.state.reconcile(self.run_folders(), spider.name, self.output_files())
        if added:
            # The state was behind its run files (a kill before the marks were written,
            # a state restored from a backup): the lists' older pages may hold articles
            # it never fetched, so this run reads every list page.
            logger.info(
                "state: %d records of earlier run files marked emitted; reading every list page",
                added,
            )
            self.crawler.stats.set_value("unionnews/state/reconciled", added)
            self.walk_all_lists = True

    def spider_closed(self, spider, reason: str) -> None:
        self.close_reason = reason
        if reason == "state_lost":  # closed while opening: the engine never stops
            self.engine_stopped()

    def commit(self) -> None:
        """Mark what the feeds synced last and commit every mark (a failure is a problem
        of this run, for its verdict)."""
        self.synced()
        if self.state is None or self._state_broken:
            return
        try:
            self.state.flush()
        except STATE_ERRORS as exc:
            self._state_failed(exc)

    def engine_stopped(self) -> None:
        self.synced()
        if self.state is None:
            return
        try:
            if self.close_reason == "finished" and not self.problems and self.spider_name:
                self.state.end_run(self.spider_name)
            self.state.close()  # commits the last batch of marks
        except STATE_ERRORS as exc:
            self._state_failed(exc)
        self.state = None
