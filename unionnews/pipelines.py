"""Item pipelines, in the order settings.ITEM_PIPELINES runs them:

1. TrailingBlocksPipeline: cut the body where trailing blocks (相关阅读 …) begin.
2. ValidatePipeline: drop a record without title or body, with a reason stat.
3. DedupePipeline: drop a second record of the same URL or the same body in one run.

Every drop and every fix is counted under ``unionnews/`` in the crawl stats.
"""

from __future__ import annotations

import hashlib
import logging

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from unionnews.normalize import trailing
from unionnews.normalize.text import squeeze

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


class TrailingBlocksPipeline(_StatsPipeline):
    """Cut the body at the first trailing block heading or end-of-article mark."""

    def process_item(self, item):
        adapter = ItemAdapter(item)
        lines = (adapter.get("body") or "").split("\n")
        end = trailing.article_end(lines)
        if end < len(lines):
            removed = sum(1 for line in lines[end:] if trailing.is_trailing(line))
            self.inc("trailing_removed", removed)
            adapter["body"] = "\n".join(lines[:end]) or None
        return item


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
    """Drop a record whose URL or body was already emitted in this run."""

    def __init__(self, stats=None) -> None:
        super().__init__(stats)
        self.urls: set[str] = set()
        self.bodies: set[bytes] = set()

    def process_item(self, item):
        adapter = ItemAdapter(item)
        url = adapter.get("url")
        digest = hashlib.sha1(squeeze(adapter.get("body")).encode()).digest()
        if url in self.urls:
            self.inc("dropped/duplicate_url")
            raise DropItem(f"duplicate url: {url}")
        if digest in self.bodies:
            self.inc("dropped/duplicate_body")
            raise DropItem(f"duplicate body: {url}")
        self.urls.add(url)
        self.bodies.add(digest)
        return item
