"""``scrapy crawl``, with arguments checked first, a console worth reading and an exit
status a cron job can act on.

Before anything starts, the spider name and every ``-a`` argument are checked: a wrong
one gives one line on stderr and exit status 2, never a traceback; an unknown spider
name lists the close names ``scrapy list`` knows. Scrapy's own banners, component lists
and stats dump are left out (``-L DEBUG``, ``-L INFO`` or ``-s UNIONNEWS_VERBOSE=True``
bring them back); the run's own start, progress and summary lines stay. Scrapy's crawl
exits 0 whenever the process ran; this one exits 3 when the run verdict
(unionnews.extensions) judged the run failed.
"""

from __future__ import annotations

import difflib
import logging
import sys

from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import load_object

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


def quiet_console(settings) -> None:
    """Leave Scrapy's own INFO lines (and Spidermon's report, unionnews.progress) out
    unless the user asked for a log level or for them. Called once Scrapy has configured
    logging (it resets the ``scrapy`` logger's level)."""
    asked = settings.getpriority("LOG_LEVEL") >= SETTINGS_PRIORITIES["cmdline"]
    if not asked and not settings.getbool("UNIONNEWS_VERBOSE"):
        logging.getLogger("scrapy").setLevel(logging.WARNING)
        settings.set("UNIONNEWS_QUIET", True, priority="cmdline")


# The formats whose records can be read back line by line to know what is on disk.
LINE_FORMATS = frozenset({"jsonl", "jsonlines"})


def feed_error(settings) -> str | None:
    """A feed the nightly state cannot vouch for, as one line; None when all is well.

    The state marks an article only once its JSON line is on disk; a CSV, XML or JSON
    export cannot be read back that way, so with a state such a run would either mark
    nothing (and emit it all again next night) or mark what may not be written."""
    if settings.get("UNIONNEWS_STATE") == "off" or settings.get("REDIS_URL"):
        return None
    for uri, options in settings.getdict("FEEDS").items():
        fmt = (options or {}).get("format")
        if fmt not in LINE_FORMATS:
            return (
                f"{uri}: the nightly state keeps track of JSON Lines output only "
                f"(-O out.jsonl); for a one-off {fmt} export add -s UNIONNEWS_STATE=off"
            )
    return None


class Command(ScrapyCrawl):
    def process_options(self, args, opts):
        super().process_options(args, opts)
        # Checked here, before the crawler process exists and logs anything.
        if len(args) == 1:
            loader_class = load_object(self.settings.get("SPIDER_LOADER_CLASS"))
            loader: SpiderLoader = loader_class.from_settings(self.settings.frozencopy())
            problem = usage_error(loader, args[0], opts.spargs) or feed_error(self.settings)
            if problem:
                print(f"error: {problem}", file=sys.stderr)
                sys.exit(BAD_USAGE)

    def run(self, args, opts):
        # A log file that cannot be written (a full disk) is reported by the run's own
        # checks; logging must not print a traceback for every line it could not write.
        logging.raiseExceptions = False
        FAILED_RUNS.clear()
        quiet_console(self.settings)
        super().run(args, opts)
        if FAILED_RUNS and not self.exitcode:
            self.exitcode = RUN_FAILED
