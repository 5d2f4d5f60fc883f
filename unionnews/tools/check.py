"""``unionnews check [SITE ...] [-s NAME=VALUE ...]``: is each registered site still
readable? One row per site: start pages answered, article links found, records read
from a few articles, field coverage, verdict. Exit status 1 when a site gives no record,
2 for bad usage. Run it first against the real sites; with
``-s UNIONNEWS_REPLAY_DIR=tests/sites`` it runs offline on the saved pages."""

from __future__ import annotations

import difflib
import logging
import os
import sys

from scrapy.crawler import CrawlerProcess
from scrapy.utils.project import get_project_settings

from unionnews.sites.registry import all_sites
from unionnews.spiders.base import BadArgument
from unionnews.tools.check_spider import CHECKED_FIELDS, CheckSpider


def _settings(pairs: list[str]):
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "unionnews.settings")
    settings = get_project_settings()
    settings.set("UNIONNEWS_STATE", "off", priority="cmdline")  # a check remembers nothing
    settings.set("LOG_LEVEL", "WARNING", priority="cmdline")
    settings.set("UNIONNEWS_PROGRESS_SECONDS", 0, priority="cmdline")
    # The check gives its own verdict per site (the table): the nightly run's monitors,
    # which read other stats, would only report failures beside an all-ok table.
    settings.set("SPIDERMON_ENABLED", False, priority="cmdline")
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name:
            raise BadArgument(f"-s takes NAME=VALUE, got {pair!r}")
        settings.set(name, value, priority="cmdline")
    return settings


def format_rows(rows: list[dict]) -> str:
    head = f"{'site':<16}{'lists':>7}{'links':>7}{'records':>9}" + "".join(
        f"{f[:9]:>11}" for f in CHECKED_FIELDS
    )
    lines = [head + "  verdict"]
    for row in rows:
        cells = "".join(f"{row['coverage'][f]:>11.0%}" for f in CHECKED_FIELDS)
        lines.append(
            f"{row['site']:<16}{row['lists']:>7}{row['links']:>7}{row['records']:>9}{cells}"
            f"  {row['verdict']}"
        )
    return "\n".join(lines)


def run_check(sites: list[str], pairs: list[str], articles: str = "3") -> int:
    known = [site.name for site in all_sites()]
    for name in sites:
        if name not in known:
            close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
            hint = f"; did you mean {', '.join(close)}?" if close else "; see scrapy list"
            print(f"error: no registered site named {name!r}{hint}", file=sys.stderr)
            return 2
    try:
        settings = _settings(pairs)
        CheckSpider(sites=",".join(sites), articles=articles)  # arguments checked first
    except BadArgument as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    logging.root.handlers.clear()  # Scrapy's own handler, at LOG_LEVEL, takes over
    process = CrawlerProcess(settings)
    logging.getLogger("scrapy").setLevel(logging.WARNING)
    crawler = process.create_crawler(CheckSpider)
    process.crawl(crawler, sites=",".join(sites), articles=articles)
    process.start()
    spider = crawler.spider
    assert isinstance(spider, CheckSpider)
    rows = spider.rows()
    print(format_rows(rows))
    failed = [row["site"] for row in rows if row["verdict"] != "ok"]
    if failed:
        print(f"sites that gave no record: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0
