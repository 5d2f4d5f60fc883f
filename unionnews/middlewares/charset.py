"""CharsetRepairMiddleware: a page whose declared charset is wrong (GBK bytes said to be
UTF-8, UTF-8 said to be GB2312, …) is re-read with the one that decodes it, before any
spider reads it (stat ``unionnews/charset_fixed``); and what binary content looks like."""

from __future__ import annotations

import codecs
import logging
import re

from scrapy.http import TextResponse

logger = logging.getLogger(__name__)

_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 13))


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


def looks_binary(body: bytes) -> bool:
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
# Charsets a server says by default (Apache's ISO-8859-1) that no Chinese page is in:
# every byte reads as some Latin letter, so the page turns into mojibake without one
# replacement character.
_WESTERN = frozenset({"iso88591", "latin1", "l1", "windows1252", "cp1252", "ascii", "usascii"})
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I)


def _charset_name(value: str) -> str:
    return value.lower().replace("-", "").replace("_", "")


def _meta_charset(body: bytes) -> str | None:
    """The charset the page's own <meta> names, when it names one Python knows."""
    m = _META_CHARSET.search(body[:4096])
    if not m:
        return None
    name = m[1].decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return None
    # GB18030 reads all that GB2312 and GBK do, and the pages that say GB2312 but use
    # characters beyond it.
    return "gb18030" if codec in _GB_FAMILY else name


_GB_FAMILY = frozenset({"gb2312", "gbk", "gb18030"})


def _as_chinese(body: bytes) -> tuple[str, str] | None:
    """The text of a page said to be in a Western charset, in the one its own <meta>
    names, else in the first Chinese encoding that reads it without an error."""
    named = _meta_charset(body)
    names = [named] if named and _charset_name(named) not in _WESTERN else []
    for encoding in (*names, "gb18030", "big5"):
        try:
            return body.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def redecode(body: bytes, text: str, declared: str) -> tuple[str, str | None]:
    """The page's text, decoded again when its declared charset is wrong.

    A page that declares GB2312 or Big5 but whose bytes are valid UTF-8 with Chinese in
    them is UTF-8: GB18030 reads almost any bytes without a replacement character, so
    such a page would otherwise come out as mojibake, while Chinese text in GBK is
    practically never valid UTF-8. A page said to be in a Western charset (ISO-8859-1, a
    server's default) is read in the charset its own <meta> names, else in GB18030 or
    Big5 (_as_chinese). A page that says utf-8 but is GBK (or the reverse)
    decodes to replacement characters; when another encoding reads it cleanly, that one
    is right."""
    if "utf" not in declared.lower().replace("-", "") and not body.isascii():
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        if _charset_name(declared) in _WESTERN:
            chinese = _as_chinese(body)
            if chinese is not None:
                return chinese
    bad = text.count("\ufffd")
    if bad <= max(3, len(text) // 500):
        return text, None
    # The charset the page's own <meta> names first: Big5 bytes read as GB18030 with few
    # errors, but not as cleanly as in Big5.
    named = _meta_charset(body)
    for encoding in dict.fromkeys([*([named] if named else []), *_CANDIDATES]):
        if _charset_name(encoding) in _charset_name(declared):
            continue
        candidate = body.decode(encoding, errors="replace")
        if candidate.count("\ufffd") * 10 < bad:
            return candidate, encoding
    return text, None


class CharsetRepairMiddleware:
    def __init__(self, stats) -> None:
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_response(self, request, response, spider=None):
        if not isinstance(response, TextResponse) or looks_binary(response.body):
            return response  # binary content is no text to repair
        try:
            text = response.text
        except (UnicodeDecodeError, ValueError):
            return response  # parse_article says why it cannot read it
        _text, fixed = redecode(response.body, text, response.encoding)
        if not fixed:
            return response
        logger.warning("%s declares %s but reads as %s", response.url, response.encoding, fixed)
        self.stats.inc_value("unionnews/charset_fixed")
        return response.replace(encoding=fixed)
