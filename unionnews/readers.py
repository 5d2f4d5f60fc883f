"""PageReaders: pages are read into records (extraction, field reading and the article
loader: pure CPU work) in worker processes, so that the crawl's own process goes on
fetching and writing records while pages are read.

``UNIONNEWS_READ_PROCESSES`` worker processes (0: every page is read in the crawl's own
process). Reading is a pure function of the page's text, URL and site (parse.read_record), so a
page gives the same record wherever it is read. A pool that breaks (a worker killed) is
replaced by reading in the crawl's process for the rest of the run: counted
(``unionnews/readers/broken``) and logged, no page lost.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from scrapy import signals
from scrapy.utils.reactor import is_asyncio_reactor_installed

from unionnews import settings as defaults
from unionnews.items import Article
from unionnews.parse import read_record
from unionnews.sites.base import Site

logger = logging.getLogger(__name__)

# How often a worker looks whether the crawl that started it is still alive.
PARENT_CHECK_SECONDS = 1.0


def _exit_with_parent(parent: int) -> None:
    """A worker's watch: a crawl killed outright (kill -9) leaves no worker behind."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(PARENT_CHECK_SECONDS)
        os._exit(0)

    threading.Thread(target=watch, daemon=True).start()


class PageReaders:
    def __init__(self, crawler, processes: int) -> None:
        self.crawler = crawler
        self.processes = processes
        self.pool: ProcessPoolExecutor | None = None

    @classmethod
    def from_crawler(cls, crawler):
        processes = crawler.settings.getint(
            "UNIONNEWS_READ_PROCESSES", defaults.UNIONNEWS_READ_PROCESSES
        )
        if processes and not is_asyncio_reactor_installed():
            processes = 0  # the pool's futures are awaited on asyncio's loop
        readers = cls(crawler, processes)
        crawler.signals.connect(readers.close, signal=signals.spider_closed)
        return readers

    def _start(self) -> ProcessPoolExecutor:
        if self.pool is None:
            # spawn: a fork of a process running a reactor, sockets and SQLite is unsafe.
            self.pool = ProcessPoolExecutor(
                self.processes,
                mp_context=multiprocessing.get_context("spawn"),
                initializer=_exit_with_parent,
                initargs=(os.getpid(),),
            )
        return self.pool

    async def read(
        self, text: str, url: str, site: Site | None, continuation: bool = False
    ) -> tuple[Article, int]:
        """The page's record and its trailing lines cut (parse.read_record). Raises
        NotAnArticle as read_record does."""
        if not self.processes:
            return read_record(text, url, site, continuation)
        try:
            future = self._start().submit(read_record, text, url, site, continuation)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            logger.warning("page readers stopped: pages are read in the crawl's process")
            self.crawler.stats.inc_value("unionnews/readers/broken")
            self.processes = 0
            self.close()
            return read_record(text, url, site, continuation)

    def close(self, spider=None) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None
