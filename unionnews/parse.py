"""One response → one loaded Article (before the pipelines), or NotAnArticle."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

from unionnews.extraction.fields import RawFields, read_fields, undated_page
from unionnews.extraction.page import Hints, NotAnArticle, extract
from unionnews.extraction.regions import resolve_region, union_site_region
from unionnews.extraction.sources import names_an_outlet
from unionnews.items import Article
from unionnews.loaders import ArticleLoader
from unionnews.middlewares.charset import looks_binary, redecode
from unionnews.sites.base import Site

__all__ = [
    "NotAnArticle",
    "ReadPage",
    "count_trailing",
    "load_record",
    "page_text",
    "parse_article",
    "read_page",
    "read_record",
]

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
    text = page_text(response, stats)
    record, trailing_lines = read_record(text, response.url, site, continuation, now)
    count_trailing(stats, trailing_lines)
    return record


def count_trailing(stats, trailing_lines: int) -> None:
    if trailing_lines and stats is not None:
        stats.inc_value("unionnews/trailing_removed", trailing_lines)


def page_text(response: Response, stats=None) -> str:
    """The page's text, read in the charset it is really written in. Raises NotAnArticle
    for binary or undecodable content."""
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
    return text


@dataclass(frozen=True)
class ReadPage:
    """What the page itself says, before normalising: a pure function of its text, so it
    may be computed in another process (unionnews.readers)."""

    raw: RawFields
    site_name: str | None


def read_page(
    text: str, hints: Hints | None = None, continuation: bool = False, url: str | None = None
) -> ReadPage:
    """Find the parts of the page and read its fields. Raises NotAnArticle."""
    parts = extract(text, hints, continuation)
    raw = read_fields(parts, url)
    # A later page of an article dates nothing of its own: only page 1 is judged so.
    if not continuation and undated_page(raw, parts.body_lines):
        raise NotAnArticle("undated: no date, outlet or credit anywhere")
    return ReadPage(raw, parts.site_name)


def read_record(
    text: str,
    url: str,
    site: Site | None = None,
    continuation: bool = False,
    now: datetime | None = None,
) -> tuple[Article, int]:
    """The record of the page at ``url`` whose text is ``text``, and how many lines of
    trailing blocks were cut from its body: a pure function of its arguments, so it may
    run in another process (unionnews.readers). Raises NotAnArticle."""
    page = read_page(text, site.hints if site else None, continuation, url)
    return load_record(url, page, site, now), page.raw.trailing_lines


def load_record(
    url: str, page: ReadPage, site: Site | None = None, now: datetime | None = None
) -> Article:
    """The record of a page read by read_page, normalised by the article loader."""
    now = now or datetime.now(timezone.utc)
    raw = page.raw
    # A page that names no outlet is the site's own: the site is the source.
    own_name = (site.label if site else None) or page.site_name
    loader_class = (site.loader if site else None) or ArticleLoader
    loader = loader_class(
        now=now,
        reference=raw.reference_date,
        published=raw.published_hint,
        own_name=own_name,
    )
    loader.add_value("url", url)
    loader.add_value("site", urlsplit(url).hostname)
    loader.add_value("title", raw.title)
    # A labelled 来源 first, then an outlet shown beside the date or credited as the
    # author (作者：某某日报), then the news lead's (§5), then the one a closing note says
    # the text comes from (本文来自…), then the medium the page's own data names (a
    # portal's <meta name="mediaid">); an unlabelled guess only when it has an outlet's form.
    source_raw = raw.source_raw
    if source_raw is None:
        guesses = (
            raw.outlet_guess,
            raw.credited_outlet,
            raw.dateline_outlet,
            raw.provenance_outlet,
            raw.media_meta,
        )
        source_raw = next((g for g in guesses if g and names_an_outlet(g)), None)
    loader.add_value("source_raw", source_raw)
    # An empty value still goes through: the loader makes it the site's own name. A
    # text compiled from several outlets (a closing 综合整理自…等) has none: 综合 says so.
    loader.add_value("source", source_raw or ("综合" if raw.compiled else ""))
    loader.add_value("published_at", raw.date_text)
    loader.add_value("published_precision", raw.date_text)
    loader.add_value("authors", raw.credits)
    loader.add_value("editor", raw.editor)
    loader.add_value("tags", raw.tags)
    loader.add_value("body", raw.body_lines)
    first = raw.body_lines[0] if raw.body_lines else None
    # A registered site's region, else the one a federation's own name gives (辽宁省总工会).
    site_region = site.region if site else union_site_region(page.site_name)
    loader.add_value("region", resolve_region(site_region, raw.title, first))
    loader.add_value("crawled_at", now.astimezone(timezone.utc).isoformat(timespec="seconds"))
    return loader.load_article()
