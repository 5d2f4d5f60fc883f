"""The ledger: every request a worker takes on, with a lease, in Redis; a request whose
lease ran out belonged to a dead worker and is taken over. A live worker renews the
leases of the requests it is working on (DistributedWorker, every third of a lease), so a
request that waits in its downloader longer than a lease stays its own. LedgerMiddleware
takes a request on as the worker starts it."""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections.abc import Iterable
from typing import Any

from scrapy.exceptions import IgnoreRequest, NotConfigured

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.distributed.addon import PREFIX, redis_for

logger = logging.getLogger(__name__)


# Taking a request on is one step in Redis: the lease and the ledger entry are set
# together or not at all. Two calls apart, a worker killed between them left a lease with
# no entry: other workers saw the request held, dropped their queued copy of it, and no
# orphan was ever found once the lease ran out (a request lost).
_TAKE = """
if redis.call('set', KEYS[1], ARGV[1], 'NX', 'EX', ARGV[2]) then
    redis.call('hset', KEYS[2], ARGV[3], ARGV[4])
    return 1
end
if redis.call('get', KEYS[1]) == ARGV[1] then
    redis.call('expire', KEYS[1], ARGV[2])
    redis.call('hset', KEYS[2], ARGV[3], ARGV[4])
    return 1
end
return 0
"""

# Renewing is one step too, and only for leases still this worker's: a lease another
# worker took over while this one stalled stays theirs.
_RENEW = """
local renewed = 0
for _, key in ipairs(KEYS) do
    if redis.call('get', key) == ARGV[1] then
        redis.call('expire', key, ARGV[2])
        renewed = renewed + 1
    end
end
return renewed
"""


class Ledger:
    """Requests a worker has taken on, with leases, in Redis."""

    def __init__(self, server, spider: str, lease: int, worker: str) -> None:
        self.r = server
        self.key = f"{PREFIX}:{spider}:ledger"
        self.lease = lease
        self.worker = worker
        self._take = server.register_script(_TAKE)
        self._renew = server.register_script(_RENEW)

    @staticmethod
    def _lease_key(url: str) -> str:
        return f"{PREFIX}:lease:{hashlib.sha1(url.encode()).hexdigest()}"

    def take(self, url: str, entry: dict[str, Any]) -> bool:
        """Take ``url`` on, or renew the lease when it is ours already (taken over at
        idle); False when another live worker holds it."""
        data = json.dumps(entry, ensure_ascii=False)
        keys = [self._lease_key(url), self.key]
        return bool(self._take(keys=keys, args=[self.worker, self.lease, url, data]))

    def renew(self, urls: Iterable[str]) -> int:
        """Renew the leases this worker holds on ``urls``; how many it held."""
        keys = [self._lease_key(url) for url in set(urls)]
        if not keys:
            return 0
        return int(self._renew(keys=keys, args=[self.worker, self.lease]))

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


class LedgerMiddleware:
    """Downloader middleware: take a request on in the ledger as this worker starts it."""

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.server = redis_for(crawler.settings)
        self.lease = crawler.settings.getint(
            "UNIONNEWS_LEASE_SECONDS", defaults.UNIONNEWS_LEASE_SECONDS
        )
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
