"""One response → one loaded Article (before the pipelines), or NotAnArticle."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

from unionnews.extraction.fields import read_fields
from unionnews.extraction.page import NotAnArticle, extract
from unionnews.extraction.regions import resolve_region
from unionnews.extraction.sources import names_an_outlet
from unionnews.items import Article
from unionnews.loaders import ArticleLoader
from unionnews.middlewares.charset import looks_binary, redecode
from unionnews.sites.base import Site

__all__ = ["NotAnArticle", "parse_article"]

logger = logging.getLogger(__name__)


def parse_article(
    response: Response,
    now: datetime | None = None,
    site: Site | None = None,
    stats=None,
    continuation: bool = False,
) -> Article:
    """Extract and normalise the article on ``response``.

    ``site`` is the page's registry entry, if any: its region is the record's region (else
    the region is read from the union organisation the title or first paragraph names),
    and its name is the source of a page that names no outlet.

    Raises NotAnArticle when the page is not an article or cannot be read as text.
    """
    now = now or datetime.now(timezone.utc)
    if not isinstance(response, TextResponse) or looks_binary(response.body):
        raise NotAnArticle("binary content")
    try:
        text = response.text
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotAnArticle(f"undecodable: {exc}") from exc
    # In a crawl CharsetRepairMiddleware has done this already; a saved page read on its
    # own (unionnews extract, evaluate) comes here as it was served.
    text, fixed = redecode(response.body, text, response.encoding)
    if fixed:
        logger.warning("%s declares %s but reads as %s", response.url, response.encoding, fixed)
        if stats is not None:
            stats.inc_value("unionnews/charset_fixed")
    parts = extract(text, site.hints if site else None, continuation)
    raw = read_fields(parts)
    if raw.trailing_lines and stats is not None:
        stats.inc_value("unionnews/trailing_removed", raw.trailing_lines)
    # A page that names no outlet is the site's own: the site is the source.
    own_name = (site.label if site else None) or parts.site_name
    loader_class = (site.loader if site else None) or ArticleLoader
    loader = loader_class(
        now=now, default_year=raw.default_year, published=raw.published_hint, own_name=own_name
    )
    loader.add_value("url", response.url)
    loader.add_value("site", urlsplit(response.url).hostname)
    loader.add_value("title", raw.title)
    # A labelled 来源 first, then an outlet shown beside the date, then the news lead's
    # (§5); an unlabelled guess only when it has an outlet's form.
    source_raw = raw.source_raw
    if source_raw is None:
        guesses = (raw.outlet_guess, raw.dateline_outlet)
        source_raw = next((g for g in guesses if g and names_an_outlet(g)), None)
    loader.add_value("source_raw", source_raw)
    # An empty value still goes through: the loader makes it the site's own name.
    loader.add_value("source", source_raw or "")
    loader.add_value("published_at", raw.date_text)
    loader.add_value("published_precision", raw.date_text)
    loader.add_value("authors", raw.credits)
    loader.add_value("editor", raw.editor)
    loader.add_value("tags", raw.tags)
    loader.add_value("body", raw.body_lines)
    first = raw.body_lines[0] if raw.body_lines else None
    loader.add_value("region", resolve_region(site.region if site else None, raw.title, first))
    loader.add_value("crawled_at", now.astimezone(timezone.utc).isoformat(timespec="seconds"))
    return loader.load_article()
