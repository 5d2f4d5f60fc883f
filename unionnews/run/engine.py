"""Helpers every run component uses: closing the spider, counting run errors."""

from __future__ import annotations

import logging

from scrapy.utils.defer import deferred_from_coro

logger = logging.getLogger(__name__)


def close_spider(crawler, spider, reason: str) -> None:
    """Close the spider from a signal handler, with the engine's newer API when present."""
    engine = crawler.engine
    if hasattr(engine, "close_spider_async"):
        deferred_from_coro(engine.close_spider_async(reason=reason))
    else:  # Scrapy before 2.14
        engine.close_spider(spider, reason)


def run_errors(stats: dict) -> int:
    """Errors logged and fetches failed so far: what UNIONNEWS_MAX_ERRORS bounds."""
    failed = sum(v for k, v in stats.items() if k.startswith("unionnews/fetch_failed/"))
    return stats.get("log_count/ERROR", 0) + failed
