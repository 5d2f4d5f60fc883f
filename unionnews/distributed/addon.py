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

import logging

logger = logging.getLogger(__name__)

PREFIX = "unionnews"


class RedisAddon:
    """Scrapy add-on (settings.ADDONS): turns distributed mode on when REDIS_URL is set."""

    def update_settings(self, settings) -> None:
        if not settings.get("REDIS_URL"):
            return
        scheduler = "unionnews.distributed.scheduler.LedgerScheduler"
        settings.set("SCHEDULER", scheduler, priority="addon")
        # The state every worker shares (an ArticleStore, run/store.py). At the project's
        # priority: settings.py names the SQLite store, and an add-on's priority is lower;
        # a user's -s still wins.
        store = "unionnews.distributed.state.RedisArticleState"
        settings.set("UNIONNEWS_STATE_CLASS", store, priority="project")
        settings.set("DUPEFILTER_CLASS", "scrapy_redis.dupefilter.RFPDupeFilter", priority="addon")
        settings.set("SCHEDULER_PERSIST", True, priority="addon")  # the queue outlives a worker
        settings.set("SCHEDULER_QUEUE_CLASS", "scrapy_redis.queue.PriorityQueue", priority="addon")


def redis_for(settings):
    import redis

    return redis.Redis.from_url(settings.get("REDIS_URL"), decode_responses=True)
