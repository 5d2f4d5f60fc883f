"""``unionnews check``'s spider: a health check of registered sites, not a crawl.

For each site it fetches the start pages, counts the article links they show, and reads a
few articles; it follows no pagination, keeps no state and writes no file. With
UNIONNEWS_REPLAY_DIR the saved list pages of each site are its start pages, so the check
runs offline on them (an e-paper's saved issue has its own date). A site whose start
URLs name a date (an e-paper) is otherwise tried on today's issue and the six before.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import scrapy
from itemadapter import ItemAdapter
from scrapy.http import Response

from unionnews.middlewares.replay import load_index
from unionnews.parse import NotAnArticle, parse_article
from unionnews.sites.base import Site
from unionnews.sites.registry import all_sites
from unionnews.spiders.base import BadArgument
from unionnews.spiders.sites import SiteSpider

CHECKED_FIELDS = ("title", "source", "published_at", "authors", "body")
EPAPER_DAYS = 7


class CheckSpider(SiteSpider):
    name = "check"

    def __init__(self, sites: str = "", articles: str = "3", **kwargs: Any) -> None:
        known = {site.name: site for site in all_sites()}
        names = [n for n in sites.split(",") if n] or list(known)
        unknown = [n for n in names if n not in known]
        if unknown:
            raise BadArgument(f"no registered site named {', '.join(unknown)}; see scrapy list")
        if not articles.isdigit() or int(articles) < 1:
            raise BadArgument(f"--articles must be a whole number from 1, got {articles!r}")
        self.sites = tuple(known[n] for n in names)
        self.per_site = int(articles)
        super().__init__(**kwargs)
        self.lists_ok: Counter[str] = Counter()
        self.lists_tried: Counter[str] = Counter()
        self.found_links: defaultdict[str, set[str]] = defaultdict(set)
        self.records: defaultdict[str, list[dict]] = defaultdict(list)
        self.asked: Counter[str] = Counter()
        self.saved: dict[str, dict] | None = None  # the replay index, read once

    def start_urls_of(self, site: Site) -> list[str]:
        folder = self.settings.get("UNIONNEWS_REPLAY_DIR")
        if folder:
            if self.saved is None:
                self.saved = load_index(Path(folder))
            index = self.saved
            saved = [u for u, e in index.items() if e.get("kind") == "list" and site.owns(u)]
            if saved:
                return saved
        if any("{date" in url for url in site.start_urls):
            days = [self.day - timedelta(days=n) for n in range(EPAPER_DAYS)]
            return list(dict.fromkeys(u for day in days for u in site.starts(day)))
        return site.starts(self.day)

    async def start(self):
        for site in self.sites:
            for url in self.start_urls_of(site):
                self.lists_tried[site.name] += 1
                yield scrapy.Request(
                    url,
                    callback=self.check_list,
                    errback=self.failed,
                    cb_kwargs={"site": site},
                    dont_filter=True,
                )

    def check_list(self, response: Response, site: Site) -> Iterator[scrapy.Request]:
        self.lists_ok[site.name] += 1
        for url, _text in self.links(response):
            if site.is_article(url) and url not in self.found_links[site.name]:
                self.found_links[site.name].add(url)
                if self.asked[site.name] < self.per_site:
                    self.asked[site.name] += 1
                    yield scrapy.Request(
                        url,
                        callback=self.check_article,
                        errback=self.failed,
                        cb_kwargs={"site": site},
                    )

    def check_article(self, response: Response, site: Site) -> None:
        try:
            item = parse_article(response, site=site, stats=self.crawler.stats)
        except NotAnArticle as exc:
            self.not_article(response, exc)
            return
        self.records[site.name].append(ItemAdapter(item).asdict())

    def rows(self) -> list[dict[str, Any]]:
        """One row per site: lists answered, article links, records, field coverage,
        and the verdict."""
        rows = []
        for site in self.sites:
            records = self.records[site.name]
            coverage = {
                f: sum(1 for r in records if r.get(f)) / len(records) if records else 0.0
                for f in CHECKED_FIELDS
            }
            if not self.lists_ok[site.name]:
                verdict = "FAILED: no start page answered"
            elif not self.found_links[site.name]:
                verdict = "FAILED: no article links on its start pages"
            elif not records:
                verdict = "FAILED: no article gave a record"
            else:
                verdict = "ok"
            rows.append(
                {
                    "site": site.name,
                    "lists": f"{self.lists_ok[site.name]}/{self.lists_tried[site.name]}",
                    "links": len(self.found_links[site.name]),
                    "records": len(records),
                    "coverage": coverage,
                    "verdict": verdict,
                }
            )
        return rows
