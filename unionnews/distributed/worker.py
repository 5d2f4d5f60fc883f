"""DistributedWorker: renews the leases of the work it holds, releases finished work from
the ledger, takes over orphans, closes once the shared queue was empty
UNIONNEWS_IDLE_SECONDS; NoStartRequests: workers take their start requests from
``scrapy seed``."""

from __future__ import annotations

import logging
import os
import socket
import time

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, NotConfigured
from twisted.internet import task

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.distributed.addon import redis_for
from unionnews.distributed.ledger import Ledger

logger = logging.getLogger(__name__)


class _Batch:
    """The requests one response led to that have not reached the scheduler yet, and the
    URLs released once none is left (None until the response's output has ended)."""

    __slots__ = ("left", "urls")

    def __init__(self) -> None:
        self.left = 0
        self.urls: set[str] | None = None


class DistributedWorker:
    """The worker's side of the ledger, idle closing and orphan takeover."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.server = redis_for(settings)
        self.idle_seconds = settings.getfloat(
            "UNIONNEWS_IDLE_SECONDS", defaults.UNIONNEWS_IDLE_SECONDS
        )
        self.lease = settings.getint("UNIONNEWS_LEASE_SECONDS", defaults.UNIONNEWS_LEASE_SECONDS)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.idle_since: float | None = None
        self.ledger: Ledger | None = None
        self.heartbeat: task.LoopingCall | None = None
        # Requests on their way to the scheduler (each kept, so that its id is not reused
        # while it waits) → the batch of the response that led to it.
        self._awaiting: dict[int, tuple[object, _Batch]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        worker = cls(crawler)
        crawler.signals.connect(worker.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(worker.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(worker.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(worker.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(worker.request_dropped, signal=signals.request_dropped)
        crawler.signals.connect(worker.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(worker.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(worker.item_dropped, signal=signals.item_error)
        return worker

    # A response is released once each request it led to has reached the scheduler.
    # Scrapy may hand a callback's requests to the engine while the middlewares' output is
    # still being read, or only after it ends: a request is expected before it goes on, and
    # the batch is sealed with the response's URLs once the output has ended, so that both
    # orders release it. Released before its requests were pushed, a worker killed in that
    # moment lost the links not yet pushed (a list's 下一页, an article link).
    def open_batch(self) -> _Batch:
        return _Batch()

    def expect(self, batch: _Batch, request) -> None:
        """``request`` goes on to the engine: ``batch`` waits for it."""
        batch.left += 1
        self._awaiting[id(request)] = (request, batch)

    def seal(self, batch: _Batch, urls) -> None:
        """The response's output has ended: release ``urls`` once ``batch`` is empty."""
        batch.urls = {url for url in urls if url}
        if batch.left == 0:
            self.release_urls(batch.urls)

    def _reached_scheduler(self, request) -> None:
        entry = self._awaiting.pop(id(request), None)
        if entry is None:
            return
        batch = entry[1]
        batch.left -= 1
        if batch.left == 0 and batch.urls is not None:
            # The scheduler pushes the request to Redis right after this signal, in the
            # same call: the release waits for the loop's next turn.
            from twisted.internet import reactor

            # (twisted's interface stubs type callLater without self)
            reactor.callLater(0, self.release_urls, batch.urls)  # type: ignore[arg-type]

    def request_dropped(self, request, spider) -> None:
        self._reached_scheduler(request)

    def release_urls(self, urls) -> None:
        """This worker is done with ``urls`` (a response RunScope saw to the end)."""
        if self.ledger is None:
            return
        for url in urls:
            self.ledger.done(url)

    def _done(self, item, response) -> None:
        """Release every URL the article was taken on under: the record's, the response's
        and those its redirects went through (each was taken as its request started)."""
        urls = {ItemAdapter(item).get("url")}
        if response is not None:
            urls.add(response.url)
            urls.update(response.meta.get("redirect_urls", []))
        self.release_urls(url for url in urls if url)

    def item_scraped(self, item, response, spider) -> None:
        # Written and marked (IncrementalState runs before): this worker is done with it.
        self._done(item, response)

    def item_dropped(self, item, response, exception, spider) -> None:
        # A pipeline dropped it (a repost, a record without a title): done all the same.
        self._done(item, response)

    def spider_opened(self, spider) -> None:
        self.ledger = Ledger(self.server, spider.name, self.lease, self.worker)
        spider.ledger = self.ledger
        logger.info("worker %s of %s: shared frontier in Redis", self.worker, spider.name)
        # A lease only says the worker is alive: a request may wait in the downloader, or
        # a list's links on their way to the queue, longer than a lease. Unrenewed, another
        # worker took such a request over while this one still had it, and both wrote
        # the article.
        self.heartbeat = task.LoopingCall(self.renew)
        self.heartbeat.start(max(self.lease / 3, 0.2), now=False)

    def working_on(self) -> set[str]:
        """The URLs this worker is working on: requests it downloads or whose response it
        reads (with the URLs a redirect went through), requests it took over and has not
        started, and pages whose links are still on their way to the shared queue."""
        urls: set[str] = set()
        # The engine's own record of its requests in progress (no public interface has it).
        slot = getattr(self.crawler.engine, "_slot", None)
        if slot is not None:
            for request in list(slot.inprogress):
                urls.add(request.url)
                urls.update(request.meta.get("redirect_urls", []))
            urls.update(r.url for r in getattr(slot.scheduler, "taken_over", ()))
        for _, batch in list(self._awaiting.values()):
            urls.update(batch.urls or ())
        return urls

    def renew(self) -> None:
        """Renew the leases of what this worker is working on. Only of that: a request
        taken on and then let go by a path that never released it is not renewed, its
        lease runs out and another worker takes it over, as from a dead worker."""
        from redis.exceptions import RedisError  # the redis extra: loaded with REDIS_URL only

        if self.ledger is None:
            return
        try:
            self.ledger.renew(self.working_on())
        except RedisError as exc:  # Redis away for a moment: the next beat tries again
            logger.warning("could not renew this worker's leases: %s", exc)

    def spider_closed(self, spider) -> None:
        if self.heartbeat is not None and self.heartbeat.running:
            self.heartbeat.stop()

    def request_scheduled(self, request, spider) -> None:
        self.idle_since = None
        self._reached_scheduler(request)

    def spider_idle(self, spider) -> None:
        scheduler = self.crawler.engine._slot.scheduler
        if scheduler.has_pending_requests():
            self.idle_since = None
            raise DontCloseSpider
        ledger = self.ledger
        if ledger is None:
            return
        orphans = ledger.orphans()
        from unionnews.run.incremental import IncrementalState

        state = self.crawler.get_extension(IncrementalState)
        for url, entry in orphans:
            if entry["kind"] == "article" and state is not None and state.written(url):
                ledger.done(url)  # written after all: nothing to take over
                continue
            if ledger.take(url, entry):
                logger.warning("taking over %s from a worker that is gone", url)
                self.crawler.stats.inc_value("unionnews/distributed/taken_over")
                request = spider.rebuild_request(url, entry)
                request.meta["unionnews_taken_over"] = True  # held: not for the shared queue
                self.crawler.engine.crawl(request)
        if orphans or ledger.pending():
            self.idle_since = None  # others are still working: wait for their results
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        logger.info("shared queue empty for %.0f s: worker done", now - self.idle_since)


class NoStartRequests:
    """Spider middleware: in distributed mode start requests come from ``scrapy seed``."""

    def __init__(self, distributed: bool) -> None:
        self.distributed = distributed

    @classmethod
    def from_crawler(cls, crawler):
        return cls(bool(crawler.settings.get("REDIS_URL")))

    async def process_start(self, start):
        async for item_or_request in start:
            if not self.distributed:
                yield item_or_request
