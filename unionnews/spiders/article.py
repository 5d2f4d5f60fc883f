"""``scrapy crawl article -a url=URL[,URL…]`` or ``-a urls_file=PATH``: fetch given pages.

A line of the URL file that is not a URL is a path to a saved page, relative to the file;
it is read through a ``file://`` URL, so saved pages go through the same crawl.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response

from unionnews.items import Article
from unionnews.parse import NotAnArticle, parse_article
from unionnews.spiders.base import BadArgument, CountingSpider


def _targets(url: str | None, urls_file: str | None) -> list[str]:
    targets = [u.strip() for u in (url or "").split(",") if u.strip()]
    for target in targets:
        parts = urlsplit(target)
        if parts.scheme not in ("http", "https", "file") or not (parts.netloc or parts.path):
            raise BadArgument(f"-a url= must be an http(s) or file URL, got {target!r}")
    if urls_file:
        base = Path(urls_file).resolve().parent
        try:
            text = Path(urls_file).read_text(encoding="utf-8")
        except OSError as exc:
            raise BadArgument(
                f"-a urls_file= cannot be read: {urls_file} ({exc.strerror})"
            ) from exc
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            targets.append(line if "://" in line else (base / line).resolve().as_uri())
    return targets


class ArticleSpider(CountingSpider):
    name = "article"

    def __init__(self, url: str | None = None, urls_file: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.targets = _targets(url, urls_file)
        if not self.targets:
            raise BadArgument("give -a url=URL[,URL...] or -a urls_file=PATH")

    async def start(self):
        for target in self.targets:
            yield scrapy.Request(target, callback=self.parse, errback=self.failed)

    def parse(self, response: Response) -> Iterator[Article]:
        try:
            yield parse_article(response, stats=self.crawler.stats)
        except NotAnArticle as exc:
            self.not_article(response, exc)
