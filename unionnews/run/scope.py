"""RunScope: what a run keeps of each response's output, and when a response is done.

One spider middleware (the way scrapy-deltafetch filters), so that no spider decides it:

- A record whose article an earlier run emitted is dropped (``unionnews/dropped/
  already_emitted``). An article's identity is every URL it was known by: the link a
  list showed, the URLs a redirect went through, the URL the page was read from. The URLs
  a new record was known by are handed to the incremental state, so marking the record
  marks them all and the list's link is recognised next night without a fetch.
- A record dated outside the run's window (``-a since`` / ``-a until``) is dropped
  (``unionnews/skipped/outside_dates``).
- Once a response's output has been read, a distributed worker is done with it and
  releases it from the shared ledger (unionnews/distributed/), unless the response handed
  its article on: a record (released once written or dropped, DistributedWorker) or the
  request for the article's next page. A response is released once, here; only a fetch
  that failed is released by the spider's errback, which no middleware sees.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from itemadapter import ItemAdapter, is_item
from scrapy import Request
from scrapy.http import Response

from unionnews.distributed.worker import DistributedWorker
from unionnews.run.incremental import IncrementalState

logger = logging.getLogger(__name__)


@dataclass
class _Output:
    """What one response's output came to."""

    left_out: list[Any] = field(default_factory=list)  # records this run does not want
    handed_on: bool = False  # a record, or the request for the article's next page


class RunScope:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _outside_dates(self, adapter: ItemAdapter, spider: Any) -> bool:
        published = adapter.get("published_at")
        day = date.fromisoformat(published[:10]) if published else None
        since, until = getattr(spider, "since", None), getattr(spider, "until", None)
        return bool(day and ((since and day < since) or (until and day > until)))

    def _unwanted(self, item: Any, response: Response, spider: Any) -> bool:
        """Whether this run leaves ``item`` out (counted); else its other URLs are noted."""
        adapter = ItemAdapter(item)
        stats = self.crawler.stats
        if self._outside_dates(adapter, spider):
            stats.inc_value("unionnews/skipped/outside_dates")
            return True
        state = self.crawler.get_extension(IncrementalState)
        if state is None:
            return False
        url = adapter.get("url")
        known_as = [u for u in response.meta.get("redirect_urls", []) if u != url]
        if response.url != url:
            known_as.append(response.url)
        if any(state.is_emitted(u) for u in [url, *known_as] if u):
            stats.inc_value("unionnews/dropped/already_emitted")
            logger.info("already emitted by an earlier run: %s", url)
            return True
        if known_as:
            state.known_as(url, known_as)
        return False

    def _release(self, response: Response, seen: _Output) -> None:
        worker = self.crawler.get_extension(DistributedWorker)
        if worker is None:
            return
        urls = {ItemAdapter(item).get("url") for item in seen.left_out}
        if not seen.handed_on:
            if response.meta.get("unionnews_ledger") is not None:  # taken by this worker
                urls.add(response.url)
                urls.update(response.meta.get("redirect_urls", []))
            first_page = response.request.cb_kwargs.get("item") if response.request else None
            if first_page is not None:  # a later page of an article: page 1 is done too
                urls.add(ItemAdapter(first_page).get("url"))
        worker.release_urls(u for u in urls if u)

    def _sift(self, obj: Any, response: Response, spider: Any, seen: _Output) -> bool:
        """Whether ``obj`` goes on; what became of the response's output is noted."""
        if is_item(obj) and self._unwanted(obj, response, spider):
            seen.left_out.append(obj)
            return False
        # A record, or the request for the article's next page, carries the article on.
        carries = is_item(obj) or (isinstance(obj, Request) and "item" in obj.cb_kwargs)
        seen.handed_on = seen.handed_on or carries
        return True

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider=None
    ) -> Iterator[Any]:
        seen = _Output()
        for obj in result:
            if self._sift(obj, response, spider, seen):
                yield obj
        self._release(response, seen)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider=None
    ) -> AsyncIterator[Any]:
        seen = _Output()
        async for obj in result:
            if self._sift(obj, response, spider, seen):
                yield obj
        self._release(response, seen)
