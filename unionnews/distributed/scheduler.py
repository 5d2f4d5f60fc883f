"""The scheduler of a distributed worker: scrapy-redis's, taking each request on in the
ledger the moment it leaves the shared queue.

A request popped from Redis exists nowhere else until the worker downloads it; a worker
killed in between would lose it. Taken on at once, it is an orphan instead, and another
worker takes it over when the lease runs out (unionnews/distributed/). Loaded only in
distributed mode (REDIS_URL), by the Redis add-on.
"""

from __future__ import annotations

from scrapy_redis.scheduler import Scheduler

from unionnews.distributed.worker import DistributedWorker


class LedgerScheduler(Scheduler):
    def next_request(self):
        request = super().next_request()
        if request is None:
            return None
        entry = request.meta.get("unionnews_ledger")
        worker = self.spider.crawler.get_extension(DistributedWorker) if self.spider else None
        ledger = worker.ledger if worker is not None else None
        if entry is not None and ledger is not None and not ledger.take(request.url, entry):
            self.stats.inc_value("unionnews/distributed/held_elsewhere", spider=self.spider)
            return None  # another live worker holds it
        return request
