"""Public API: re-extract a saved page without fetching it again.

``extract_page(body, url, headers)`` returns the record a crawl of ``url`` writes: the
same loader and the same item pipelines, in the same order (``crawled_at`` aside, which
is the time of this call).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from datetime import datetime
from functools import cache
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from scrapy.http import HtmlResponse
from scrapy.utils.misc import load_object

from unionnews import settings
from unionnews.parse import NotAnArticle, parse_article
from unionnews.sites.registry import site_for

logger = logging.getLogger(__name__)


@cache
def _pipeline_classes() -> tuple[type, ...]:
    # The project's own pipelines; the schema check (Spidermon's) is a crawl's, and the
    # records it checks are these.
    ordered = sorted(settings.ITEM_PIPELINES.items(), key=lambda kv: kv[1])
    return tuple(load_object(path) for path, _ in ordered if path.startswith("unionnews."))


def _pipelines() -> list[Any]:
    # New instances each call: DedupePipeline and RepostPipeline remember what they saw.
    return [cls() for cls in _pipeline_classes()]


def extract_page(
    body: bytes,
    url: str,
    headers: Mapping[str, str] | None = None,
    now: datetime | None = None,
) -> dict | None:
    """The record for one saved page, or None (with a logged reason) for a non-article."""
    response = HtmlResponse(url=url, body=body, headers=dict(headers or {}))
    site = site_for(url)
    try:
        item = parse_article(response, now=now, site=site)
    except NotAnArticle as exc:
        logger.info("not an article: %s (%s)", url, exc.reason)
        return None
    try:
        for pipeline in _pipelines():
            item = pipeline.process_item(item)
    except DropItem as exc:
        logger.info("dropped: %s (%s)", url, exc)
        return None
    return ItemAdapter(item).asdict()
