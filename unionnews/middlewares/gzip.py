"""TruncatedGzipMiddleware: a gzip or deflate body cut short would decompress to half a
page and so to half a record; it is refused instead. Only as much is inflated as
DOWNLOAD_MAXSIZE allows, so a decompression bomb costs no more than a big page."""

from __future__ import annotations

import logging
import zlib

from scrapy.exceptions import IgnoreRequest

logger = logging.getLogger(__name__)


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


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
