"""The scheduler of a distributed worker: scrapy-redis's, taking each request on in the
ledger before it leaves the shared queue.

A request popped from Redis exists nowhere else until the worker takes it on in the
ledger; a worker killed between the pop and the take would lose it (it happened: a
worker killed while it started its next request). So the worker looks at the head of
the queue, takes that request on, and only then removes it from the queue: killed before
the take, the request is still queued; killed after it, the request is an orphan that
another worker takes over when the lease runs out (unionnews/distributed/). A worker
that cannot take the head (another live worker holds it: a copy of a request already
in flight, or one being taken this instant) removes that copy: its holder has it.

So a request a worker holds must never wait in the shared queue: a request it takes over
from a dead worker waits in its own queue (``taken_over``) instead. Pushed to the shared
queue, another worker found it held, removed it, and nobody fetched it.

A link enters the frontier in one step too: its fingerprint is marked seen and the
request queued together. scrapy-redis does it in two calls, and a worker killed between
them left an article seen and never queued: the worker taking over its list page found
the link seen and dropped it (an article lost).

Loaded only in distributed mode (REDIS_URL), by the Redis add-on.
"""

from __future__ import annotations

from collections import deque

from scrapy import Request
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.queue import PriorityQueue
from scrapy_redis.scheduler import Scheduler

from unionnews.distributed.worker import DistributedWorker

_SEE_AND_QUEUE = """
if redis.call('sadd', KEYS[1], ARGV[1]) == 0 then
    return 0
end
redis.call('zadd', KEYS[2], ARGV[2], ARGV[3])
return 1
"""


class LedgerScheduler(Scheduler):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.taken_over: deque[Request] = deque()  # requests this worker took over, held
        self._see_and_queue = self.server.register_script(_SEE_AND_QUEUE)

    def enqueue_request(self, request: Request) -> bool:
        if request.meta.get("unionnews_taken_over"):
            self.taken_over.append(request)
            return True
        queue, seen = self.queue, self.df
        if (
            request.dont_filter
            or not isinstance(queue, PriorityQueue)
            or not isinstance(seen, RFPDupeFilter)
        ):
            return super().enqueue_request(request)
        fingerprint = seen.request_fingerprint(request)
        data = queue._encode_request(request)
        keys = [seen.key, queue.key]
        if not self._see_and_queue(keys=keys, args=[fingerprint, -request.priority, data]):
            seen.log(request, self.spider)
            return False
        self.stats.inc_value("scheduler/enqueued/redis", spider=self.spider)
        return True

    def __len__(self) -> int:
        return len(self.taken_over) + super().__len__()

    def next_request(self):
        if self.taken_over:
            return self.taken_over.popleft()
        worker = self.spider.crawler.get_extension(DistributedWorker) if self.spider else None
        ledger = worker.ledger if worker is not None else None
        if ledger is None or not isinstance(self.queue, PriorityQueue):
            return super().next_request()
        queue = self.queue
        head = queue.server.zrange(queue.key, 0, 0)
        if not head:
            return None
        data = head[0]
        request = queue._decode_request(data)
        entry = request.meta.get("unionnews_ledger")
        if entry is not None and not ledger.take(request.url, entry):
            queue.server.zrem(queue.key, data)
            self.stats.inc_value("unionnews/distributed/held_elsewhere")
            return None  # another live worker holds it
        if not queue.server.zrem(queue.key, data) and entry is None:
            return None  # another worker popped this untracked request first
        self.stats.inc_value("scheduler/dequeued/redis")
        return request
