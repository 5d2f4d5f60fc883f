"""What every unionnews spider does with pages that give no record: log and count."""

from __future__ import annotations

import scrapy
from scrapy.http import Response
from twisted.python.failure import Failure

from unionnews.parse import NotAnArticle


class BadArgument(ValueError):
    """A spider argument that cannot be used; ``scrapy crawl`` prints it as one line and
    exits 2 before the crawl starts."""


def failed_url(failure: Failure) -> str:
    """The URL of the request behind a download failure (Scrapy attaches it)."""
    request = getattr(failure, "request", None)
    return request.url if request is not None else ""


class CountingSpider(scrapy.Spider):
    def not_article(self, response: Response, exc: NotAnArticle) -> None:
        self.crawler.stats.inc_value(f"unionnews/not_article/{exc.key}")
        self.logger.info("not an article: %s (%s)", response.url, exc.reason)

    def failed(self, failure: Failure) -> None:
        self.crawler.stats.inc_value(f"unionnews/fetch_failed/{failure.type.__name__}")
        self.logger.warning(
            "fetch failed: %s (%s: %s)",
            failed_url(failure),
            failure.type.__name__,
            failure.getErrorMessage(),
        )
