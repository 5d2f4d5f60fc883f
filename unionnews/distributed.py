"""Many workers, one frontier: scrapy-redis, switched on by ``-s REDIS_URL=redis://…``.

With REDIS_URL set (and only then), the add-on below makes every spider a worker:

- scrapy-redis's scheduler and duplicate filter keep the request queue and the request
  fingerprints in Redis, shared by every worker of a spider, on any machine;
- the incremental state (emitted URLs, repost fingerprints) lives in Redis instead of
  the SQLite file, so no two workers emit the same article;
- workers issue no start requests: ``scrapy seed <spider>`` puts them in the queue;
- a worker closes once the shared queue has been empty for UNIONNEWS_IDLE_SECONDS;
- nothing is lost when a worker dies: every list and article request a worker takes on
  is written to a ledger in Redis with a lease (UNIONNEWS_LEASE_SECONDS); a request
  still in the ledger whose lease ran out belonged to a dead worker, and an idle worker
  takes it over.

What Redis must keep for a run: ``<spider>:requests`` (the queue), ``<spider>:dupefilter``,
``unionnews:<spider>:ledger`` and the ``unionnews:lease:*`` keys while the run lasts, and
``unionnews:emitted`` / ``unionnews:fingerprints`` / ``unionnews:found`` for good (the
state of all runs). Use a Redis with persistence (RDB or AOF) for the latter.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
import time
from typing import Any

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import DontCloseSpider, IgnoreRequest, NotConfigured

logger = logging.getLogger(__name__)

PREFIX = "unionnews"


class RedisAddon:
    """Scrapy add-on (settings.ADDONS): turns distributed mode on when REDIS_URL is set."""

    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        scheduler = "unionnews.distributed_scheduler.LedgerScheduler"
        settings.set("SCHEDULER", scheduler, priority="addon")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # the queue outlives a worker
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="addon")


def redis_for(settings):
    import redis

    return redis.Redis.from_url(settings.get("REDIS_URL"), decode_responses=True)


class RedisArticleState:
    """ArticleState's interface, kept in Redis and shared by every worker."""

    def __init__(self, server) -> None:
        self.r = server

    def close(self) -> None:
        self.r.close()

    def flush(self) -> None:
        pass  # every mark is written at once

    def is_emitted(self, url: str) -> bool:
        return bool(self.r.hexists(f"{PREFIX}:emitted", url))

    def mark_emitted(
        self, url: str, fingerprint: str | None, spider: str, site: str | None
    ) -> None:
        self.r.hsetnx(f"{PREFIX}:emitted", url, fingerprint or "")
        self.r.hdel(f"{PREFIX}:failed", url)
        if fingerprint:
            self.r.hsetnx(f"{PREFIX}:fingerprints", fingerprint, url)

    def first_with_fingerprint(self, fingerprint: str) -> str | None:
        return self.r.hget(f"{PREFIX}:fingerprints", fingerprint)

    def found_before(self, spider: str, site: str) -> int | None:
        value = self.r.hget(f"{PREFIX}:found", f"{spider}:{site}")
        return int(value) if value is not None else None

    def record_found(self, spider: str, found: dict[str, int]) -> None:
        for site, count in found.items():
            self.r.hset(f"{PREFIX}:found", f"{spider}:{site}", count)

    # -- fetches that failed, retried by later runs (ArticleState's interface) ----------
    def record_failure(self, url: str, spider: str, site: str, error: str, run: str) -> None:
        key = f"{PREFIX}:failed"
        raw = self.r.hget(key, url)
        old = json.loads(raw) if raw else None
        attempts = (old["attempts"] + (old["run"] != run)) if old else 1
        entry = {"spider": spider, "site": site, "attempts": attempts, "error": error[:300],
                 "at": time.time(), "run": run}  # fmt: skip
        self.r.hset(key, url, json.dumps(entry, ensure_ascii=False))

    def failures(self, spider: str) -> list[tuple[str, str, int, str]]:
        found = []
        for url, raw in self.r.hscan_iter(f"{PREFIX}:failed"):
            entry = json.loads(raw)
            if entry["spider"] == spider:
                found.append((entry["at"], url, entry["site"], entry["attempts"], entry["error"]))
        return [(url, site, attempts, error) for _, url, site, attempts, error in sorted(found)]

    def forget_failure(self, url: str) -> None:
        self.r.hdel(f"{PREFIX}:failed", url)

    def begin_run(self, spider: str) -> bool:
        return False  # a shared frontier resumes by itself: the ledger holds unfinished work

    def end_run(self, spider: str) -> None:
        pass

    def reconcile(self, folders, spider: str) -> int:
        return 0  # run files are on many machines; the emit claim guards instead


class Ledger:
    """Requests a worker has taken on, with leases, in Redis."""

    def __init__(self, server, spider: str, lease: int, worker: str) -> None:
        self.r = server
        self.key = f"{PREFIX}:{spider}:ledger"
        self.lease = lease
        self.worker = worker

    @staticmethod
    def _lease_key(url: str) -> str:
        return f"{PREFIX}:lease:{hashlib.sha1(url.encode()).hexdigest()}"

    def take(self, url: str, entry: dict[str, Any]) -> bool:
        """Take ``url`` on; False when another live worker already holds it."""
        key = self._lease_key(url)
        if not self.r.set(key, self.worker, nx=True, ex=self.lease):
            if self.r.get(key) != self.worker:
                return False
            self.r.expire(key, self.lease)  # ours already (taken over at idle): renew
        self.r.hset(self.key, url, json.dumps(entry, ensure_ascii=False))
        return True

    def done(self, url: str) -> None:
        # The entry goes before the lease: orphans() reads them in the other order, so
        # it can never see a finished request as an entry without a lease.
        self.r.hdel(self.key, url)
        self.r.delete(self._lease_key(url))

    def pending(self) -> int:
        return self.r.hlen(self.key)

    def orphans(self) -> list[tuple[str, dict[str, Any]]]:
        """Unfinished requests whose worker's lease ran out."""
        found = []
        for url, raw in self.r.hscan_iter(self.key):
            if self.r.exists(self._lease_key(url)):
                continue  # its worker is alive
            if not self.r.hexists(self.key, url):
                continue  # finished while we looked (see done())
            found.append((url, json.loads(raw)))
        return found

    def clear(self) -> None:
        self.r.delete(self.key)


class DistributedWorker:
    """The worker's side of the ledger, idle closing and orphan takeover."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.server = redis_for(settings)
        self.idle_seconds = settings.getfloat("UNIONNEWS_IDLE_SECONDS", 30)
        self.lease = settings.getint("UNIONNEWS_LEASE_SECONDS", 300)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.idle_since: float | None = None
        self.ledger: Ledger | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        worker = cls(crawler)
        crawler.signals.connect(worker.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(worker.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(worker.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(worker.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(worker.item_dropped, signal=signals.item_dropped)
        crawler.signals.connect(worker.item_dropped, signal=signals.item_error)
        return worker

    def _done(self, item, response) -> None:
        """Release every URL the article was taken on under: the record's, the response's
        and those its redirects went through (each was taken as its request started)."""
        if self.ledger is None:
            return
        urls = {ItemAdapter(item).get("url")}
        if response is not None:
            urls.add(response.url)
            urls.update(response.meta.get("redirect_urls", []))
        for url in urls:
            if url:
                self.ledger.done(url)

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

    def request_scheduled(self, request, spider) -> None:
        self.idle_since = None

    def spider_idle(self, spider) -> None:
        scheduler = self.crawler.engine._slot.scheduler
        if scheduler.has_pending_requests():
            self.idle_since = None
            raise DontCloseSpider
        ledger = self.ledger
        if ledger is None:
            return
        orphans = ledger.orphans()
        from unionnews.incremental import IncrementalState

        state = self.crawler.get_extension(IncrementalState)
        for url, entry in orphans:
            if entry["kind"] == "article" and state is not None and state.is_emitted(url):
                ledger.done(url)  # written after all: nothing to take over
                continue
            if ledger.take(url, entry):
                logger.warning("taking over %s from a worker that is gone", url)
                self.crawler.stats.inc_value("unionnews/distributed/taken_over")
                self.crawler.engine.crawl(spider.rebuild_request(url, entry))
        if orphans or ledger.pending():
            self.idle_since = None  # others are still working: wait for their results
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_seconds:
            raise DontCloseSpider
        logger.info("shared queue empty for %.0f s: worker done", now - self.idle_since)


class LedgerMiddleware:
    """Downloader middleware: take a request on in the ledger as this worker starts it."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.server = redis_for(crawler.settings)
        self.lease = crawler.settings.getint("UNIONNEWS_LEASE_SECONDS", 300)
        self.worker = f"{socket.gethostname()}:{os.getpid()}"
        self.ledger: Ledger | None = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.get("REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request, spider=None):
        entry = request.meta.get("unionnews_ledger")
        if entry is None:
            return None
        if self.ledger is None:
            self.ledger = Ledger(self.server, self.crawler.spider.name, self.lease, self.worker)
        if not self.ledger.take(request.url, entry):
            self.crawler.stats.inc_value("unionnews/distributed/held_elsewhere")
            raise IgnoreRequest(f"another worker holds {request.url}")
        return None


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


def seed(spider, server, retry_nights: int = 3) -> int:
    """Start a distributed run of ``spider``: clear the run's fingerprints and ledger,
    queue its start requests. The state of earlier runs (emitted URLs) is kept."""
    from scrapy_redis import picklecompat
    from scrapy_redis.queue import PriorityQueue

    server.delete(f"{spider.name}:dupefilter")
    Ledger(server, spider.name, 0, "seed").clear()
    queue = PriorityQueue(server, spider, key=f"{spider.name}:requests", serializer=picklecompat)
    count = 0
    # Articles whose fetch failed on earlier runs come first, whether or not a list
    # still shows them (a worker's fetch_failed keeps them in Redis, as SQLite does).
    by_name = {site.name: site for site in spider.sites}
    state = RedisArticleState(server)
    for url, site_name, attempts, error in state.failures(spider.name):
        if attempts >= retry_nights:
            logger.warning("giving up %s after %d failed runs (%s)", url, attempts, error)
            state.forget_failure(url)
            continue
        if site_name in by_name:
            queue.push(spider._article(url, by_name[site_name], dont_filter=True))
            count += 1
    for request in spider.seed_requests():
        queue.push(request)
        count += 1
    return count
