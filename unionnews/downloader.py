"""Downloader middlewares for what real servers do wrong.

- RetryAfterMiddleware: a 503 or 429 with ``Retry-After`` is retried after the delay
  the server asks for (up to UNIONNEWS_MAX_RETRY_AFTER seconds), without holding up
  other requests, within the request's RETRY_TIMES like any other retry.
- CharsetRepairMiddleware: a page whose declared charset is wrong (GBK bytes said to be
  UTF-8, or the reverse) is re-read with the one that decodes it cleanly, before any
  spider reads it: list pages' links and articles alike (stat ``unionnews/charset_fixed``).
- TruncatedGzipMiddleware: a gzip or deflate body cut short would decompress to half a
  page and so to half a record; it is refused instead. Only as much is inflated as
  DOWNLOAD_MAXSIZE allows, so a decompression bomb costs no more than a big page (the
  bomb itself is then refused by Scrapy's HttpCompressionMiddleware).
"""

from __future__ import annotations

import logging
import zlib

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.exceptions import IgnoreRequest
from scrapy.http import TextResponse
from twisted.internet.task import deferLater

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


def redecode(body: bytes, text: str, declared: str) -> tuple[str, str | None]:
    """The page's text, decoded again when its declared charset is wrong.

    A page that declares GB2312 or Big5 but whose bytes are valid UTF-8 with Chinese in
    them is UTF-8: GB18030 reads almost any bytes without a replacement character, so
    such a page would otherwise come out as mojibake, while Chinese text in GBK is
    practically never valid UTF-8. A page that says utf-8 but is GBK (or the reverse)
    decodes to replacement characters; when another encoding reads it cleanly, that one
    is right."""
    if "utf" not in declared.lower().replace("-", "") and not body.isascii():
        try:
            return body.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
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


class RetryAfterMiddleware:
    """Built on Scrapy's ``get_retry_request``: a Retry-After retry counts against the
    same RETRY_TIMES as every other retry of the request, in the same ``retry/*`` stats,
    and is given up the same way."""

    def __init__(self, crawler, max_delay: float) -> None:
        self.crawler = crawler
        self.max_delay = max_delay

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.getfloat("UNIONNEWS_MAX_RETRY_AFTER", 120))

    def process_response(self, request, response, spider=None):
        # Synchronous on purpose: this runs for every response, and only a retry waits.
        if response.status not in (429, 503):
            return response
        header = response.headers.get("Retry-After")
        try:
            delay = float(header.decode()) if header else None
        except ValueError:
            delay = None  # an HTTP date: leave it to the ordinary retry
        if delay is None or delay > self.max_delay:
            return response
        retry = get_retry_request(
            request, spider=self.crawler.spider, reason=f"{response.status} Retry-After"
        )
        if retry is None:
            return response  # retries used up: given up and counted by Scrapy
        self.crawler.stats.inc_value("unionnews/retry_after")
        logger.info(
            "%s answered %d, Retry-After %g s: retrying then", request.url, response.status, delay
        )
        from twisted.internet import reactor

        return deferLater(reactor, delay, lambda: retry)  # waits without blocking the crawl


class TruncatedGzipMiddleware:
    def __init__(self, stats, max_size: int) -> None:
        self.stats = stats
        self.max_size = max_size

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats, crawler.settings.getint("DOWNLOAD_MAXSIZE"))

    def process_response(self, request, response, spider=None):
        encoding = response.headers.get("Content-Encoding", b"").strip().lower()
        if encoding not in (b"gzip", b"x-gzip", b"deflate") or not response.body:
            return response
        if self._complete(response.body, encoding):
            return response
        self.stats.inc_value("unionnews/refused/truncated_body")
        logger.warning("refused %s: its %s body is cut short", response.url, encoding.decode())
        raise IgnoreRequest(f"truncated {encoding.decode()} body")

    def _complete(self, body: bytes, encoding: bytes) -> bool:
        """Whether the compressed stream ends properly (or is already too large to tell)."""
        wbits = 16 + zlib.MAX_WBITS if encoding != b"deflate" else zlib.MAX_WBITS
        inflater = zlib.decompressobj(wbits)
        produced = 0
        data = body
        try:
            while data and not inflater.eof:
                chunk = inflater.decompress(data, 1 << 20)
                produced += len(chunk)
                if self.max_size and produced > self.max_size:
                    return True  # a bomb: HttpCompressionMiddleware refuses it by size
                data = inflater.unconsumed_tail
        except zlib.error:
            return encoding == b"deflate"  # raw deflate without a header: Scrapy copes
        return inflater.eof


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
