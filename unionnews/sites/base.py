"""What a row of the site table (table.py) says: where a site's lists start, which URLs
are its articles, its region; and, only for a site whose layout the generic extractor
gets wrong, its own selectors (``hints``) and loader, which live in a module of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from unionnews.extraction.page import Hints
from unionnews.loaders import ArticleLoader


@dataclass(frozen=True)
class Site:
    name: str  # the spider name: scrapy crawl <name>
    label: str  # the site's own name, e.g. 中工网
    domains: tuple[str, ...]
    start_urls: tuple[str, ...]  # list pages; "{date:%Y/%m/%d}" is filled per run
    article_url: str  # regex: an article page
    list_url: str | None = None  # regex: a list or pagination page to follow
    date_in_url: str | None = None  # regex with y, m, d groups: skip old links for `since`
    region: dict[str, str | None] = field(default_factory=dict)  # empty for national sites
    sections: tuple[str, ...] = ()  # what the start pages are, for the README table
    evidence: str = ""  # what is evidenced and what is assumed
    # Only where the generic reader gets a layout wrong: the site's own selectors, and a
    # loader subclass for fields it normalises its own way.
    hints: Hints | None = None
    loader: type[ArticleLoader] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "_article", re.compile(self.article_url))
        object.__setattr__(self, "_list", re.compile(self.list_url) if self.list_url else None)
        object.__setattr__(
            self, "_date", re.compile(self.date_in_url) if self.date_in_url else None
        )

    def owns(self, url: str) -> bool:
        return self.owns_host(urlsplit(url).hostname or "")

    def owns_host(self, host: str) -> bool:
        return any(host == d or host.endswith("." + d) for d in self.domains)

    def is_article(self, url: str) -> bool:
        return bool(self.owns(url) and self._article.search(url))  # type: ignore[attr-defined]

    def is_list(self, url: str) -> bool:
        pattern = self._list  # type: ignore[attr-defined]
        return bool(self.owns(url) and pattern is not None and pattern.search(url))

    def url_date(self, url: str) -> date | None:
        pattern = self._date  # type: ignore[attr-defined]
        m = pattern.search(url) if pattern else None
        if not m:
            return None
        try:
            return date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None

    def starts(self, day: date) -> list[str]:
        return [url.format(date=day) for url in self.start_urls]
