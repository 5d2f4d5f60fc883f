"""Start a distributed run: ``scrapy seed <spider>`` queues its start requests in Redis."""

from __future__ import annotations

import logging

from unionnews.distributed.ledger import Ledger
from unionnews.distributed.state import RedisArticleState

logger = logging.getLogger(__name__)


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
    state.seeded(spider.name)
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
