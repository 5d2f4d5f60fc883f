"""RunScope: what a run keeps of each response's output, and when a response is done.

One spider middleware (the way scrapy-deltafetch filters), so that no spider decides it.
Spiders say what a page links to and what each link is (``meta["unionnews_link"]``:
``article``, ``list``, or ``page`` for a page that may be either); this decides which of
them the run fetches:

- An article link dated by its URL outside the run's window (``-a since`` / ``-a until``)
  is not fetched (``unionnews/skipped/older_than_since``), nor one already emitted
  (``unionnews/state/known``), nor one this run has requested already.
- A list stops paging (``unionnews/stopped_paging/<why>``) when its page showed only
  articles older than ``since`` or emitted by an earlier run, and nothing new: its links
  to other lists are dropped. An article this run emitted (shown on another list too, or
  written by a worker that died before queueing the page's next list) ends no list.
  After a run that did not finish (``walk_all_lists``) every list is walked. The list
  links a page keeps go to the spider's ``take_lists``, which applies its caps.
- A record whose article an earlier run emitted is dropped (``unionnews/dropped/
  already_emitted``). An article's identity is every URL it was known by: the link a
  list showed, the URLs a redirect went through, the URL the page was read from. The URLs
  a new record was known by are handed to the incremental state, so marking the record
  marks them all and the list's link is recognised next night without a fetch.
- A record dated outside the run's window (``-a since`` / ``-a until``) is dropped
  (``unionnews/skipped/outside_dates``).
- Once a response's output has been read and each request it led to has reached the
  scheduler, a distributed worker is done with it and releases it from the shared ledger
  (unionnews/distributed/), unless the response handed its article on: a record
  (released once written or dropped, DistributedWorker) or the request for the article's
  next page. A response is released once, here; only a fetch
  that failed is released by the spider's errback, which no middleware sees.
"""

from __future__ import annotations

import logging
from collections import Counter
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
    # What the page's article links were: old, new (outside the dates), known, fresh.
    verdicts: Counter[str] = field(default_factory=Counter)
    lists: list[Request] = field(default_factory=list)  # links to lists, held to the end


class RunScope:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _window(self) -> tuple[date | None, date | None]:
        """The run's dates, -a since / -a until (a spider of this project sets them)."""
        spider = self.crawler.spider
        return getattr(spider, "since", None), getattr(spider, "until", None)

    def _outside_dates(self, adapter: ItemAdapter) -> bool:
        published = adapter.get("published_at")
        day = date.fromisoformat(published[:10]) if published else None
        since, until = self._window()
        return bool(day and ((since and day < since) or (until and day > until)))

    def _unwanted(self, item: Any, response: Response) -> bool:
        """Whether this run leaves ``item`` out (counted); else its other URLs are noted."""
        adapter = ItemAdapter(item)
        stats = self.crawler.stats
        if self._outside_dates(adapter):
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

    # -- links ---------------------------------------------------------------------
    def _article_link(self, request: Request, seen: _Output) -> bool:
        """Whether the run fetches this article link; its verdict is counted."""
        site, url = request.cb_kwargs["site"], request.url
        stats = self.crawler.stats
        stats.inc_value(f"unionnews/{site.name}/articles_found")
        day = site.url_date(url)
        since, until = self._window()
        if since and day and day < since:
            seen.verdicts["old"] += 1
            return False
        if until and day and day > until:
            seen.verdicts["new"] += 1
            return False
        known = self._known(url)
        if known:
            seen.verdicts[known] += 1
            return False
        seen.verdicts["fresh"] += 1
        # Once per run: the spider's ``requested`` also holds what it started from.
        requested = self.crawler.spider.requested
        if url in requested:
            return False
        requested.add(url)
        return True

    def _known(self, url: str) -> str | None:
        """None for an article not emitted; else whether an earlier run emitted it
        (``known``) or this one did (``this_run``): only the first ends a list."""
        state = self.crawler.get_extension(IncrementalState)
        by = state.emitted_by(url) if state is not None else None
        if by is None:
            return None
        self.crawler.stats.inc_value("unionnews/state/known")
        return "known" if by == "earlier" else by

    def _list_link(self, request: Request, seen: _Output) -> bool:
        """Whether a link to a list (or to a page of either kind) is held for the end of
        the page; an emitted article met as a page of either kind counts as known."""
        if request.meta["unionnews_link"] == "page":
            known = self._known(request.url)
            if known:
                site = request.cb_kwargs["site"]
                self.crawler.stats.inc_value(f"unionnews/{site.name}/articles_found")
                seen.verdicts[known] += 1
                return False
            if request.url not in self.crawler.spider.requested:
                seen.verdicts["fresh"] += 1  # it may be a new article
        seen.lists.append(request)
        return False

    def _lists(self, response: Response, seen: _Output) -> Iterator[Request]:
        """The page's list links the run follows: none when the page stops the paging."""
        v = seen.verdicts
        stats = self.crawler.stats
        if v["old"]:
            stats.inc_value("unionnews/skipped/older_than_since", v["old"])
        state = self.crawler.get_extension(IncrementalState)
        only_known = v["known"] and not (state is not None and state.walk_all_lists)
        if (v["old"] or only_known) and not (v["fresh"] or v["new"] or v["this_run"]):
            old = v["old"] > 0
            since = self._window()[0]
            why = f"only articles before {since}" if old else "only articles already emitted"
            reason = "older_than_since" if old else "already_emitted"
            stats.inc_value(f"unionnews/stopped_paging/{reason}")
            logger.info("stop paging at %s: %s", response.url, why)
            return
        if seen.lists:
            yield from self.crawler.spider.take_lists(response, seen.lists)

    def _batch(self) -> Any:
        """What the response's requests are counted in, in distributed mode, else None."""
        worker = self.crawler.get_extension(DistributedWorker)
        return worker.open_batch() if worker is not None else None

    def _expect(self, batch: Any, request: Request) -> Request:
        """``request`` goes on to the engine: the response waits for it to be scheduled."""
        if batch is not None:
            self.crawler.get_extension(DistributedWorker).expect(batch, request)
        return request

    def _release(self, response: Response, seen: _Output, batch: Any) -> None:
        """Seal ``batch`` with what the response leaves done in the ledger."""
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
        worker.seal(batch, urls)

    def _sift(self, obj: Any, response: Response, seen: _Output) -> bool:
        """Whether ``obj`` goes on now; what became of the response's output is noted."""
        if is_item(obj) and self._unwanted(obj, response):
            seen.left_out.append(obj)
            return False
        link = obj.meta.get("unionnews_link") if isinstance(obj, Request) else None
        if link == "article":
            return self._article_link(obj, seen)
        if link is not None:
            return self._list_link(obj, seen)
        # A record, or the request for the article's next page, carries the article on.
        carries = is_item(obj) or (isinstance(obj, Request) and "item" in obj.cb_kwargs)
        seen.handed_on = seen.handed_on or carries
        return True

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider=None
    ) -> Iterator[Any]:
        seen, batch = _Output(), self._batch()
        for obj in result:
            if self._sift(obj, response, seen):
                yield self._expect(batch, obj) if isinstance(obj, Request) else obj
        for request in self._lists(response, seen):
            yield self._expect(batch, request)
        self._release(response, seen, batch)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider=None
    ) -> AsyncIterator[Any]:
        seen, batch = _Output(), self._batch()
        async for obj in result:
            if self._sift(obj, response, seen):
                yield self._expect(batch, obj) if isinstance(obj, Request) else obj
        for request in self._lists(response, seen):
            yield self._expect(batch, request)
        self._release(response, seen, batch)
