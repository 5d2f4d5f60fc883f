"""``scrapy crawl generic -a start=URL [-a article_pattern=REGEX]``: any union site.

For the long tail of sites that have no module yet. Every link on the start page's host
is followed (never another host); a page that reads as an article gives a record, any
other page is taken as a list and its links are followed in turn. Pagination (下一页,
index_2.html, ?page=2) is followed to its end; any other link is a hop, and pages more
than ``max_hops`` hops from the start (default 2) are not fetched. With
``article_pattern``, links matching it are articles and no other page is tried as one.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.parse import NotAnArticle
from unionnews.sites.base import Site
from unionnews.spiders.base import BadArgument
from unionnews.spiders.sites import NEXT_TEXTS, SiteSpider

# index_2.html, list_3.shtml, ?page=2, &pageNo=3: another page of the same list.
_PAGINATION = re.compile(r"(?:index|list)_\d+\.s?html?$|[?&](?:page|pageNo|pageNum|p)=\d+$", re.I)


class GenericSpider(SiteSpider):
    name = "generic"

    def __init__(
        self,
        start: str | None = None,
        article_pattern: str | None = None,
        max_hops: str = "2",
        **kwargs,
    ):
        parts = urlsplit(start) if start else None
        if not start or not parts or parts.scheme not in ("http", "https") or not parts.hostname:
            got = f", got {start!r}" if start else ""
            raise BadArgument(f"-a start= must be an http(s) URL{got}")
        self.host: str = parts.hostname
        if not max_hops.isdigit():
            raise BadArgument(f"-a max_hops= must be a whole number, got {max_hops!r}")
        if article_pattern:
            try:
                re.compile(article_pattern)
            except re.error as exc:
                raise BadArgument(
                    f"-a article_pattern= is not a regular expression: {exc}"
                ) from exc
        self.max_hops = int(max_hops)
        self.with_pattern = bool(article_pattern)
        self.sites = (
            Site(
                name=self.host,  # stats and the zero-articles check are per host
                label="",  # unknown: a page naming no outlet takes its footer name
                domains=(self.host,),
                start_urls=(start,),
                article_url=article_pattern or r"(?!)",  # (?!) matches nothing
            ),
        )
        super().__init__(**kwargs)
        self.max_pages = defaults.UNIONNEWS_MAX_PAGES  # read again once the crawler is set
        self.pages_requested = 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_pages = crawler.settings.getint(
            "UNIONNEWS_MAX_PAGES", defaults.UNIONNEWS_MAX_PAGES
        )
        return spider

    def parse_list(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        """Every link on the start page's host: articles by the pattern, other pages
        within ``max_hops`` (RunScope keeps what the run fetches)."""
        self.crawler.stats.inc_value("unionnews/generic/list_pages")
        self.crawler.stats.inc_value(f"unionnews/{site.name}/list_pages")
        hops = response.meta.get("hops", 0)
        pages: dict[str, int] = {}
        for url, text in self.links(response):
            if urlsplit(url).hostname != self.host:
                continue
            if site.is_article(url):
                yield self.article_link(url, site)
                continue
            step = 0 if text in NEXT_TEXTS or _PAGINATION.search(url) else 1
            if hops + step <= self.max_hops:
                pages[url] = hops + step
        # Without a pattern, a page of unknown kind may be a new article (or one an
        # earlier run emitted): RunScope weighs it so.
        link = "list" if self.with_pattern else "page"
        for url, page_hops in pages.items():
            request = self.list_request(url, site, link)
            request.meta["hops"] = page_hops
            yield request

    def take_lists(
        self, response: Response, requests: list[scrapy.Request]
    ) -> Iterator[scrapy.Request]:
        for request in super().take_lists(response, requests):
            if self.pages_requested >= self.max_pages:
                self.crawler.stats.inc_value("unionnews/generic/page_limit_reached")
                self.logger.warning(
                    "stop at %d pages this run (UNIONNEWS_MAX_PAGES): %s not fetched",
                    self.pages_requested,
                    request.url,
                )
                break
            self.pages_requested += 1
            if not self.with_pattern:
                # Tried by its shape, a page counts against the list-page cap only once
                # it reads as a list (parse_page): article pages are not list pages.
                site = request.cb_kwargs["site"]
                self.list_pages[site.name] -= 1
            # Without a pattern any page may be an article: try it by its shape.
            yield request.replace(callback=self.parse_page)

    async def parse_page(self, response: Response, site: Site) -> AsyncIterator[Any]:
        """An article by its shape, else a list."""
        if not self.with_pattern:
            try:
                item = await self.read_article(response, site)
            except NotAnArticle:
                self.list_pages[site.name] += 1  # it reads as a list: now it counts as one
            else:
                self.crawler.stats.inc_value(f"unionnews/{site.name}/articles_found")
                for out in self.article_parsed(response, item, site):
                    yield out
                return
        for request in self.parse_list(response, site):
            yield request
