"""RetryAfterMiddleware: a 503 or 429 with ``Retry-After`` is retried after the delay the
server asks for (up to UNIONNEWS_MAX_RETRY_AFTER seconds), without holding up other
requests, within the request's RETRY_TIMES like any other retry."""

from __future__ import annotations

import logging

from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.task import deferLater

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there

logger = logging.getLogger(__name__)


_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


class RetryAfterMiddleware:
    """Built on Scrapy's ``get_retry_request``: a Retry-After retry counts against the
    same RETRY_TIMES as every other retry of the request, in the same ``retry/*`` stats,
    and is given up the same way."""

    def __init__(self, crawler, max_delay: float) -> None:
        self.crawler = crawler
        self.max_delay = max_delay

    @classmethod
    def from_crawler(cls, crawler):
        return cls(
            crawler,
            crawler.settings.getfloat(
                "UNIONNEWS_MAX_RETRY_AFTER", defaults.UNIONNEWS_MAX_RETRY_AFTER
            ),
        )

    async def process_response(self, request, response, spider=None):
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

        # Waits without holding up the crawl: other requests go on meanwhile.
        await maybe_deferred_to_future(deferLater(reactor, delay, lambda: None))
        return retry
