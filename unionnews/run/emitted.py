"""The already-emitted filter, as a spider middleware (the way scrapy-deltafetch filters).

An article's identity is every URL it was known by: the link a list showed, the URLs a
redirect went through, the URL the page was finally read from. A record whose URL, or
any URL its response was redirected from, an earlier run emitted is dropped here and
counted (``unionnews/dropped/already_emitted``); the URLs a new record was known by are
handed to the incremental state, so marking the record marks them all and the list's
link is recognised next night without a fetch.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy.http import Response

from unionnews.run.incremental import IncrementalState

logger = logging.getLogger(__name__)


class AlreadyEmittedFilter:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _keep(self, obj: Any, response: Response) -> bool:
        if not is_item(obj):
            return True
        state = self.crawler.get_extension(IncrementalState)
        if state is None:
            return True
        url = ItemAdapter(obj).get("url")
        known_as = [u for u in response.meta.get("redirect_urls", []) if u != url]
        if response.url != url:
            known_as.append(response.url)
        if any(state.is_emitted(u) for u in [url, *known_as] if u):
            self.crawler.stats.inc_value("unionnews/dropped/already_emitted")
            logger.info("already emitted by an earlier run: %s", url)
            if self.crawler.settings.get("REDIS_URL"):
                # A distributed worker is done with it: off the shared ledger.
                from unionnews.distributed.worker import DistributedWorker

                worker = self.crawler.get_extension(DistributedWorker)
                if worker is not None:
                    worker.release(obj, response)
            return False
        if known_as:
            state.known_as(url, known_as)
        return True

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider=None
    ) -> Iterator[Any]:
        for obj in result:
            if self._keep(obj, response):
                yield obj

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider=None
    ) -> AsyncIterator[Any]:
        async for obj in result:
            if self._keep(obj, response):
                yield obj
