"""One response → one loaded Article (before the pipelines), or NotAnArticle."""

from __future__ import annotations

import logging
from datetime import datetime, timezone
from urllib.parse import urlsplit

from scrapy.http import Response, TextResponse

from unionnews.extraction.fields import read_fields
from unionnews.extraction.page import NotAnArticle, extract
from unionnews.extraction.regions import resolve_region
from unionnews.items import Article
from unionnews.loaders import ArticleLoader
from unionnews.sites.base import Site

__all__ = ["NotAnArticle", "parse_article"]

logger = logging.getLogger(__name__)


_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 13))


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def _looks_binary(body: bytes) -> bool:
    """An image or archive served as .html: NUL bytes or many control characters. Text
    that opens with a byte-order mark is text (UTF-16 is full of NUL bytes)."""
    if body.startswith(_BOMS):
        return False
    head = body[:4096]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > len(head) // 20


# Encodings Chinese pages really use; GB18030 reads GBK and GB2312 pages too.
_CANDIDATES = ("utf-8", "gb18030", "big5")


def redecode(body: bytes, text: str, declared: str) -> tuple[str, str | None]:
    """The page's text, decoded again when its declared charset is wrong.

    A page that says utf-8 but is GBK (or the reverse) decodes to replacement
    characters; when another encoding reads it cleanly, that one is right."""
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 500):
        return text, None
    for encoding in _CANDIDATES:
        if encoding.replace("-", "") in declared.lower().replace("-", ""):
            continue
        candidate = body.decode(encoding, errors="replace")
        if candidate.count("\ufffd") * 10 < bad:
            return candidate, encoding
    return text, None


def parse_article(
    response: Response,
    now: datetime | None = None,
    site: Site | None = None,
    stats=None,
) -> Article:
    """Extract and normalise the article on ``response``.

    ``site`` is the page's registry entry, if any: its region is the record's region (else
    the region is read from the union organisation the title or first paragraph names),
    and its name is the source of a page that names no outlet.

    Raises NotAnArticle when the page is not an article or cannot be read as text.
    """
    now = now or datetime.now(timezone.utc)
    if not isinstance(response, TextResponse) or _looks_binary(response.body):
        raise NotAnArticle("binary content")
    try:
        text = response.text
    except (UnicodeDecodeError, ValueError) as exc:
        raise NotAnArticle(f"undecodable: {exc}") from exc
    text, fixed = redecode(response.body, text, response.encoding)
    if fixed:
        logger.warning("%s declares %s but reads as %s", response.url, response.encoding, fixed)
        if stats is not None:
            stats.inc_value("unionnews/charset_fixed")
    parts = extract(text, site.hints if site else None)
    raw = read_fields(parts)
    # A page that names no outlet is the site's own: the site is the source.
    own_name = (site.label if site else None) or parts.site_name
    loader_class = (site.loader if site else None) or ArticleLoader
    loader = loader_class(
        now=now, default_year=raw.default_year, published=raw.published_hint, own_name=own_name
    )
    loader.add_value("url", response.url)
    loader.add_value("site", urlsplit(response.url).hostname)
    loader.add_value("title", raw.title)
    source_raw = raw.source_raw if raw.source_raw is not None else raw.outlet_guess
    loader.add_value("source_raw", source_raw)
    # An empty value still goes through: the loader makes it the site's own name.
    loader.add_value("source", source_raw or "")
    loader.add_value("published_at", raw.date_text)
    loader.add_value("authors", raw.credits)
    loader.add_value("editor", raw.editor)
    loader.add_value("tags", raw.tags)
    loader.add_value("body", raw.body_lines)
    first = raw.body_lines[0] if raw.body_lines else None
    loader.add_value("region", resolve_region(site.region if site else None, raw.title, first))
    loader.add_value("crawled_at", now.astimezone(timezone.utc).isoformat(timespec="seconds"))
    return loader.load_article()
