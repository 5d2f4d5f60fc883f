"""One spider per registered site, and ``unionnews`` for all of them.

A spider starts at its site's list pages, follows pagination and list links within the
site, requests every article link, and stitches articles split over several pages into
one record. ``-a since=YYYY-MM-DD`` skips articles older than that day (by the date in
the URL where the site has one, else by the record's date) and stops paging a list once
a page holds only older articles; ``-a until=YYYY-MM-DD`` skips newer ones. Articles an
earlier run emitted are not fetched again, and a list stops paging once a page holds
only such articles (unionnews.run.scope.RunScope decides, from the links a spider
yields). ``-a date=YYYY-MM-DD`` picks the issue of an e-paper.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from datetime import date, datetime
from typing import Any
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.python.failure import Failure

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.extraction.dates import SHANGHAI
from unionnews.items import Article
from unionnews.parse import NotAnArticle, count_trailing, page_text, read_record
from unionnews.readers import PageReaders
from unionnews.run.incremental import IncrementalState
from unionnews.sites.base import Site
from unionnews.sites.registry import all_sites
from unionnews.spiders.base import BadArgument, CountingSpider, failed_url

# Link texts that lead to the next page of a list or of an article.
NEXT_TEXTS = frozenset(
    {"下一页", "下页", "后页", "下一页>", "下一页 >", "下一页»", "下一页>>", ">"}
)
_PAGE_SUFFIX = re.compile(r"_(\d+)(\.\w+)$")


def parse_day(value: str | None, name: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise BadArgument(f"-a {name}= must be YYYY-MM-DD, got {value!r}") from exc


def continuation_pages(url: str, links: list[tuple[str, str]]) -> list[str]:
    """Later pages of a split article: ``7654321_2.shtml``, ``…_3.shtml`` beside
    ``7654321.shtml``, in page order."""
    stem, ext = re.subn(r"(\.\w+)$", "", url)[0], urlsplit(url).path.rsplit(".", 1)[-1]
    pages: dict[int, str] = {}
    for href, _text in links:
        m = _PAGE_SUFFIX.search(href)
        if m and href[: m.start()] == stem and m[2] == f".{ext}" and int(m[1]) > 1:
            pages[int(m[1])] = href
    return [pages[n] for n in sorted(pages)]


class SiteSpider(CountingSpider):
    """Crawl the sites in ``sites``; subclasses set it."""

    sites: tuple[Site, ...] = ()  # per class; the generic spider sets its own
    ledger = None  # set by DistributedWorker in distributed mode (REDIS_URL)

    def __init__(
        self,
        since: str | None = None,
        until: str | None = None,
        date: str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        self.since = parse_day(since, "since")
        self.until = parse_day(until, "until")
        if self.since and self.until and self.since > self.until:
            raise BadArgument(f"-a since={since} is later than -a until={until}")
        self.day = parse_day(date, "date") or datetime.now(SHANGHAI).date()
        self.requested: set[str] = set()
        self.max_list_pages = defaults.UNIONNEWS_MAX_LIST_PAGES  # read again with the crawler
        self.list_pages: Counter[str] = Counter()  # list pages requested per site, this run
        self.allowed_domains = sorted({d for site in self.sites for d in site.domains})

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.max_list_pages = crawler.settings.getint(
            "UNIONNEWS_MAX_LIST_PAGES", defaults.UNIONNEWS_MAX_LIST_PAGES
        )
        return spider

    @property
    def incremental(self) -> IncrementalState | None:
        """The incremental state of this run, None when UNIONNEWS_STATE=off."""
        return self.crawler.get_extension(IncrementalState)

    async def start(self):
        # Articles whose fetch failed on an earlier run come first, whether or not a
        # list still shows them.
        state = self.incremental
        if state is not None and state.broken():
            return  # the run stops at once (RunVerdict): fetch nothing
        by_name = {site.name: site for site in self.sites}
        for url, site_name in state.retries() if state is not None else []:
            site = by_name.get(site_name)
            if site is not None and url not in self.requested:
                self.requested.add(url)
                yield self._article(url, site, dont_filter=True)
        for request in self.seed_requests():
            yield request

    def seed_requests(self) -> Iterator[scrapy.Request]:
        """The list requests a run starts from (also what ``scrapy seed`` queues)."""
        for site in self.sites:
            for url in site.starts(self.day):
                self.requested.add(url)
                self.list_pages[site.name] += 1
                yield self.list_request(url, site)

    def rebuild_request(self, url: str, entry: dict) -> scrapy.Request:
        """A request again from its ledger entry, for a worker taking over."""
        site = next((s for s in self.sites if s.name == entry["site"]), self.sites[0])
        if entry["kind"] == "list":
            return self.list_request(url, site)
        return self._article(url, site, dont_filter=True)

    def release(self, url: str) -> None:
        """This worker is done with ``url``, whose fetch failed (distributed mode); every
        response is released by RunScope once its output is read."""
        if self.ledger is not None:
            self.ledger.done(url)

    # -- lists ---------------------------------------------------------------
    def links(self, response: Response) -> list[tuple[str, str]]:
        if not isinstance(response, TextResponse):
            return []
        found = []
        # lxml directly: parsel's per-link selectors cost more than the rest of a page.
        for a in response.selector.root.iter("a"):
            href = (a.get("href") or "").strip()
            if not href or href.startswith(("javascript:", "mailto:", "#")):
                continue
            found.append((urljoin(response.url, href), " ".join(a.text_content().split())))
        return found

    def _article(self, url: str, site: Site, dont_filter: bool | None = None) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse_article,
            errback=self.failed,
            cb_kwargs={"site": site},
            priority=1,
            # Article requests bypass Scrapy's duplicate filter when the run is alone:
            # the incremental state and self.requested decide (RunScope), so a run
            # resumed after a crash fetches whatever was never written. Sharing a
            # frontier, the shared fingerprints in Redis keep workers from fetching one
            # page twice.
            dont_filter=self.ledger is None if dont_filter is None else dont_filter,
            meta={"unionnews_ledger": {"kind": "article", "site": site.name}},
        )

    def article_link(self, url: str, site: Site) -> scrapy.Request:
        """A list's link to an article: RunScope decides whether the run fetches it."""
        request = self._article(url, site)
        request.meta["unionnews_link"] = "article"
        return request

    def list_request(self, url: str, site: Site, link: str = "list") -> scrapy.Request:
        # List pages are fetched on every run and after a resume (dont_filter); a run
        # takes each once (take_lists).
        return scrapy.Request(
            url,
            callback=self.parse_list,
            errback=self.failed,
            cb_kwargs={"site": site},
            dont_filter=True,
            meta={"unionnews_ledger": {"kind": "list", "site": site.name}, "unionnews_link": link},
        )

    def parse_list(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        """Every article and list link of a list page (RunScope keeps what the run
        fetches)."""
        self.crawler.stats.inc_value(f"unionnews/{site.name}/list_pages")
        for url, text in self.links(response):
            if site.is_article(url):
                yield self.article_link(url, site)
            elif site.owns(url) and (site.is_list(url) or text in NEXT_TEXTS):
                yield self.list_request(url, site)

    def take_lists(
        self, response: Response, requests: list[scrapy.Request]
    ) -> Iterator[scrapy.Request]:
        """The list links of ``response`` that this run follows: each list once, and at
        most UNIONNEWS_MAX_LIST_PAGES list pages per site (RunScope calls this once the
        page's links were sifted)."""
        for request in requests:
            if request.url in self.requested:
                continue
            site = request.cb_kwargs["site"]
            if self.list_pages[site.name] >= self.max_list_pages:
                self.crawler.stats.inc_value(f"unionnews/{site.name}/list_limit_reached")
                self.logger.warning(
                    "stop following lists of %s at %s: %d list pages this run "
                    "(UNIONNEWS_MAX_LIST_PAGES)",
                    site.name,
                    response.url,
                    self.list_pages[site.name],
                )
                break
            self.requested.add(request.url)
            self.list_pages[site.name] += 1
            yield request

    # -- articles --------------------------------------------------------------
    async def parse_article(self, response: Response, site: Site) -> AsyncIterator[Any]:
        try:
            item = await self.read_article(response, site)
        except NotAnArticle as exc:
            self.not_article(response, exc)
            return
        for out in self.article_parsed(response, item, site):
            yield out

    async def read_article(
        self, response: Response, site: Site, continuation: bool = False
    ) -> Article:
        """The record of ``response``, its page read by the run's page readers."""
        stats = self.crawler.stats
        text = page_text(response, stats)
        readers = self.crawler.get_extension(PageReaders)
        if readers is None:
            item, trailing_lines = read_record(text, response.url, site, continuation)
        else:
            item, trailing_lines = await readers.read(text, response.url, site, continuation)
        count_trailing(stats, trailing_lines)
        return item

    def article_parsed(self, response: Response, item: Article, site: Site) -> Iterator[Any]:
        """Page 1 of an article is read: fetch its later pages, or emit it."""
        # Only a page that names its own page 2 (…/8920777_2.shtml) is split.
        stem = response.url.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        split = isinstance(response, TextResponse) and f"{stem}_2." in response.text
        rest = continuation_pages(response.url, self.links(response)) if split else []
        yield self._next_part(item, rest, site) if rest else item

    def _next_part(self, item: Article, rest: list[str], site: Site) -> scrapy.Request:
        return scrapy.Request(
            rest[0],
            callback=self.parse_continuation,
            errback=self.failed,
            cb_kwargs={"site": site, "item": item, "rest": rest[1:]},
            priority=2,
        )

    async def parse_continuation(
        self, response: Response, site: Site, item: Article, rest: list[str]
    ) -> AsyncIterator[Any]:
        """Add one later page's body to the record of page 1."""
        try:
            part = await self.read_article(response, site, continuation=True)
        except NotAnArticle as exc:
            self.logger.warning("page %s of %s unreadable (%s)", response.url, item.url, exc.reason)
            self.crawler.stats.inc_value("unionnews/stitch_failed")
            return  # a record missing a page is not emitted half-written
        # Each page's body already ends where its own article text ends.
        item.body = "\n".join(text for text in (item.body, part.body) if text)
        self.crawler.stats.inc_value("unionnews/pages_stitched")
        yield self._next_part(item, rest, site) if rest else item

    def failed(self, failure: Failure) -> None:
        url = failed_url(failure)
        request = getattr(failure, "request", None)
        # The URL failed, and every URL a redirect went through to it: each was taken on;
        # a later page of an article failing ends the article (page 1 is done too).
        taken = [url, *(request.meta.get("redirect_urls", []) if request is not None else [])]
        first_page = request.cb_kwargs.get("item") if request is not None else None
        if first_page is not None:
            taken.append(first_page.url or "")
        for done in taken:
            self.release(done)
        super().failed(failure)
        entry = request.meta.get("unionnews_ledger", {}) if request is not None else {}
        state = self.incremental
        if entry.get("kind") == "article" and state is not None:
            # Remembered, and tried again first on the next runs.
            state.fetch_failed(
                url, entry["site"], f"{failure.type.__name__}: {failure.getErrorMessage()}"
            )


def _spider_class(name: str, sites: tuple[Site, ...], doc: str) -> type[SiteSpider]:
    cls = type(
        f"{name.title().replace('_', '')}Spider",
        (SiteSpider,),
        {"name": name, "sites": sites, "__doc__": doc, "__module__": __name__},
    )
    return cls


for _site in all_sites():
    globals()[f"{_site.name}_spider"] = _spider_class(
        _site.name, (_site,), f"{_site.label}: {_site.evidence}"
    )
UnionnewsSpider = _spider_class("unionnews", all_sites(), "All registered sites.")
