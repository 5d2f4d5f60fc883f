"""Pages read in worker processes (unionnews/readers.py) give what the crawl's own
process gives, and a broken pool costs no page."""

from __future__ import annotations

import multiprocessing
import os
import signal
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

import pytest
import pytest_twisted
from crawling import crawl
from itemadapter import ItemAdapter
from localsite import LocalSite, article_html
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.test import get_crawler

from unionnews.parse import read_record
from unionnews.readers import PageReaders, _exit_with_parent

PAGE = article_html(7, "某市总工会").decode("utf-8")
URL = "http://127.0.0.1:8000/news/7.html"


def _fields(read: tuple) -> dict:
    record, trailing_lines = read
    fields = ItemAdapter(record).asdict()
    del fields["crawled_at"]  # the time each was read
    return {**fields, "trailing_lines": trailing_lines}


def _readers(processes: int) -> PageReaders:
    crawler = get_crawler(settings_dict={"UNIONNEWS_READ_PROCESSES": processes})
    crawler.stats.open_spider()
    return PageReaders.from_crawler(crawler)


@pytest_twisted.inlineCallbacks
def test_a_page_read_in_a_worker_is_read_as_at_home():
    readers = _readers(1)
    try:
        read = yield deferred_from_coro(readers.read(PAGE, URL, None))
    finally:
        readers.close()
    assert _fields(read) == _fields(read_record(PAGE, URL))
    assert read[0].title


@pytest_twisted.inlineCallbacks
def test_a_broken_pool_reads_at_home_and_counts():
    readers = _readers(1)
    first = yield deferred_from_coro(readers.read(PAGE, URL, None))
    for process in list(readers.pool._processes.values()):
        os.kill(process.pid, signal.SIGKILL)
    time.sleep(0.5)
    again = yield deferred_from_coro(readers.read(PAGE, URL, None))
    assert _fields(again) == _fields(first)
    assert readers.crawler.stats.get_value("unionnews/readers/broken") == 1
    assert readers.pool is None
    assert readers.processes == 0


def test_a_worker_leaves_when_its_crawl_is_gone():
    # The watch compares the worker's parent with the crawl that started it: given a
    # crawl that is not its parent, it leaves at once, as after a kill -9 of the crawl.
    pool = ProcessPoolExecutor(
        1,
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_exit_with_parent,
        initargs=(-1,),
    )
    try:
        with pytest.raises(BrokenProcessPool):
            pool.submit(time.sleep, 30).result(timeout=20)
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


@pytest_twisted.inlineCallbacks
def test_a_crawl_gives_the_same_records_whoever_reads_the_pages(tmp_path):
    site = LocalSite(articles=12, per_page=5, site_name="某市总工会")
    with site.running():
        records = {}
        for processes in (0, 1):
            run = yield crawl(
                "generic",
                tmp_path / str(processes),
                {"UNIONNEWS_READ_PROCESSES": processes},
                start=f"{site.url}/news/",
            )
            records[processes] = sorted(
                ({k: v for k, v in r.items() if k != "crawled_at"} for r in run.records),
                key=lambda r: r["url"],
            )
    assert len(records[1]) == 12
    assert records[0] == records[1]
