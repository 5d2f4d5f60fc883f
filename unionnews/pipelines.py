"""Item pipelines, in the order settings.ITEM_PIPELINES runs them:

1. ValidatePipeline: drop a record without title or body, with a reason stat.
2. DedupePipeline: drop a second record of the same URL in one run.
3. RepostPipeline: fingerprint the body; a copy of an article already emitted (this run
   or an earlier one, through the incremental state) gets ``duplicate_of``, or is dropped
   when UNIONNEWS_DROP_REPOSTS is set.
4. ClaimPipeline (distributed workers only): take the record as emitted in Redis, in one
   step, just before the feeds write it; a record another worker emitted first is
   dropped.

Every drop and every fix is counted under ``unionnews/`` in the crawl stats.
"""

from __future__ import annotations

import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from unionnews.extraction.fingerprint import content_fingerprint
from unionnews.run.incremental import IncrementalState

logger = logging.getLogger(__name__)


class _StatsPipeline:
    def __init__(self, stats=None) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def inc(self, key: str, count: int = 1) -> None:
        if self.stats is not None:
            self.stats.inc_value(f"unionnews/{key}", count)


class ValidatePipeline(_StatsPipeline):
    """Drop records that lack what every record must have."""

    REQUIRED = ("url", "title", "body")

    def process_item(self, item):
        adapter = ItemAdapter(item)
        for name in self.REQUIRED:
            if not adapter.get(name):
                self.inc(f"dropped/no_{name}")
                raise DropItem(f"no {name}: {adapter.get('url')}")
        if not adapter.get("published_at"):
            self.inc("missing/published_at")
        return item


class DedupePipeline(_StatsPipeline):
    """Drop a record whose URL was already emitted in this run."""

    def __init__(self, stats=None) -> None:
        super().__init__(stats)
        self.urls: set[str] = set()

    def process_item(self, item):
        url = ItemAdapter(item).get("url")
        if url in self.urls:
            self.inc("dropped/duplicate_url")
            raise DropItem(f"duplicate url: {url}")
        self.urls.add(url)
        return item


class RepostPipeline(_StatsPipeline):
    """Recognise reposts by content fingerprint, within the run and across runs."""

    def __init__(self, stats=None, state=None, drop: bool = False, crawler=None) -> None:
        super().__init__(stats)
        self._state = state
        self.crawler = crawler
        self.drop = drop
        self.seen: dict[str, str] = {}  # fingerprint -> first URL, this run

    @classmethod
    def from_crawler(cls, crawler):
        drop = crawler.settings.getbool("UNIONNEWS_DROP_REPOSTS")
        return cls(crawler.stats, drop=drop, crawler=crawler)

    @property
    def state(self):
        """Earlier runs' fingerprints: the incremental state's, when it is on."""
        if self._state is None and self.crawler is not None:
            ext = self.crawler.get_extension(IncrementalState)
            return ext.state if ext is not None else None
        return self._state

    def process_item(self, item):
        adapter = ItemAdapter(item)
        fingerprint = content_fingerprint(adapter.get("body"))
        adapter["fingerprint"] = fingerprint
        if fingerprint is None:
            return item
        first = self.seen.get(fingerprint)
        if first is None and self.state is not None:
            first = self.state.first_with_fingerprint(fingerprint)
        if first is None or first == adapter.get("url"):
            self.seen.setdefault(fingerprint, adapter.get("url"))
            return item
        self.inc("reposts")
        if self.drop:
            self.inc("dropped/repost")
            raise DropItem(f"repost of {first}: {adapter.get('url')}")
        adapter["duplicate_of"] = first
        return item


class ClaimPipeline(_StatsPipeline):
    """The last pipeline: with a shared state (distributed workers), claim the record.

    Two workers can hold the same article (one took it over from a worker it thought
    gone); whichever claims it first writes it, the other drops its copy. A state of one
    machine claims nothing here: it marks records as its JSON Lines file reports them."""

    def __init__(self, stats=None, crawler=None) -> None:
        super().__init__(stats)
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler)

    def process_item(self, item):
        state = self.crawler.get_extension(IncrementalState) if self.crawler else None
        if state is None or state.claim(item):
            return item
        self.inc("dropped/emitted_elsewhere")
        url = ItemAdapter(item).get("url")
        logger.info("emitted by another worker, or the shared state is down: %s", url)
        raise DropItem(f"not claimed: {url}")
