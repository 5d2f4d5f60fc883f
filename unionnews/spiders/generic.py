"""``scrapy crawl generic -a start=URL [-a article_pattern=REGEX]``: any union site.

For the long tail of sites that have no module yet. Every link on the start page's host
is followed (never another host); a page that reads as an article gives a record, any
other page is taken as a list and its links are followed in turn, to DEPTH_LIMIT. With
``article_pattern``, links matching it are articles and no other page is tried as one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from unionnews.parse import NotAnArticle, parse_article
from unionnews.sites.base import Site
from unionnews.spiders.sites import SiteSpider


class GenericSpider(SiteSpider):
    name = "generic"
    custom_settings = {"DEPTH_LIMIT": 3}  # noqa: RUF012 - Scrapy reads it as a class attribute

    def __init__(self, start: str | None = None, article_pattern: str | None = None, **kwargs):
        if not start or not urlsplit(start).hostname:
            raise ValueError("give -a start=URL (an absolute http(s) URL)")
        self.host = urlsplit(start).hostname
        self.with_pattern = bool(article_pattern)
        self.sites = (
            Site(
                name="generic",
                label="",  # unknown: a page naming no outlet takes its footer name
                domains=(self.host,),
                start_urls=(start,),
                article_url=article_pattern or r"(?!)",  # (?!) matches nothing
            ),
        )
        super().__init__(**kwargs)

    def parse_list(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        self.crawler.stats.inc_value("unionnews/generic/list_pages")
        self.verdicts = Counter()
        pages = []
        for url, _text in self.links(response):
            if urlsplit(url).hostname != self.host:
                continue
            if site.is_article(url):
                request = self.article_request(url, site)
                if request is not None:
                    yield request
            elif self.article_state is not None and self.article_state.is_emitted(url):
                self.crawler.stats.inc_value("unionnews/state/known")
                self.verdicts["known"] += 1
            else:
                pages.append(url)
        for request in self.follow_lists(response, pages, site):
            # Without a pattern any page may be an article: try it by its shape.
            yield request.replace(callback=self.parse_page)

    def parse_page(self, response: Response, site: Site) -> Iterator[Any]:
        """An article by its shape, else a list."""
        if self.with_pattern:
            yield from self.parse_list(response, site)
            return
        try:
            parse_article(response)
        except NotAnArticle:
            yield from self.parse_list(response, site)
            return
        yield from self.parse_article(response, site)
