"""``scrapy crawl``, with arguments checked first and an exit status a cron job can act on.

Before anything starts, the spider name and every ``-a`` argument are checked: a wrong
one gives one line on stderr and exit status 2, never a traceback; an unknown spider
name lists the close names ``scrapy list`` knows. Scrapy's own crawl exits 0 whenever
the process ran; this one exits 3 when the run verdict (unionnews.extensions) judged the
run failed.
"""

from __future__ import annotations

import difflib
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl

from unionnews.extensions import FAILED_RUNS
from unionnews.spiders.base import BadArgument

RUN_FAILED = 3
BAD_USAGE = 2


def usage_error(spider_loader, name: str, spargs: dict) -> str | None:
    """What is wrong with ``scrapy crawl name -a …``, as one line; None when all is well."""
    try:
        spidercls = spider_loader.load(name)
    except KeyError:
        known = spider_loader.list()
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see scrapy list"
        return f"no spider named {name!r}{hint}"
    try:
        spidercls(**spargs)  # the spiders check their arguments as they are built
    except (BadArgument, TypeError) as exc:
        return str(exc)
    return None


class Command(ScrapyCrawl):
    def run(self, args, opts):
        FAILED_RUNS.clear()
        if len(args) == 1:
            problem = usage_error(self.crawler_process.spider_loader, args[0], opts.spargs)
            if problem:
                print(f"error: {problem}", file=sys.stderr)
                self.exitcode = BAD_USAGE
                return
        super().run(args, opts)
        if FAILED_RUNS and not self.exitcode:
            self.exitcode = RUN_FAILED
