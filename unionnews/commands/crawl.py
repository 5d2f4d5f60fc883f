"""``scrapy crawl``, with arguments checked first, a console worth reading and an exit
status a cron job can act on.

Before anything starts, the spider name and every ``-a`` argument are checked: a wrong
one gives one line on stderr and exit status 2, never a traceback; an unknown spider
name lists the close names ``scrapy list`` knows. Scrapy's own banners, component lists
and stats dump are left out (``-L DEBUG``, ``-L INFO`` or ``-s UNIONNEWS_VERBOSE=True``
bring them back); the run's own start, progress and summary lines stay. Scrapy's crawl
exits 0 whenever the process ran; this one exits 3 when the run verdict
(unionnews.run.verdict) judged the run failed.
"""

from __future__ import annotations

import difflib
import inspect
import logging
import sys
from typing import Any

import scrapy
from scrapy.commands.crawl import Command as ScrapyCrawl
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.spiderloader import SpiderLoader
from scrapy.utils.misc import load_object

from unionnews.middlewares.replay import replay_error
from unionnews.run.monitors import alerts_error
from unionnews.spiders.base import BadArgument

RUN_FAILED = 3
BAD_USAGE = 2


def spider_arguments(spidercls) -> set[str]:
    """The ``-a`` names a spider class takes: the named parameters of its __init__ and
    of its bases' up to scrapy.Spider."""
    names: set[str] = set()
    for cls in spidercls.__mro__:
        if cls is scrapy.Spider:
            break
        init = cls.__dict__.get("__init__")
        if init is None:
            continue
        for param in inspect.signature(init).parameters.values():
            if param.kind in (param.POSITIONAL_OR_KEYWORD, param.KEYWORD_ONLY):
                names.add(param.name)
    names.discard("self")
    return names


def usage_error(spider_loader, name: str, spargs: dict) -> str | None:
    """What is wrong with ``scrapy crawl name -a …``, as one line; None when all is well."""
    try:
        spidercls = spider_loader.load(name)
    except KeyError:
        known = spider_loader.list()
        close = difflib.get_close_matches(name, known, n=3, cutoff=0.5)
        hint = f"; did you mean {', '.join(close)}?" if close else "; see scrapy list"
        return f"no spider named {name!r}{hint}"
    known_args = spider_arguments(spidercls)
    for arg in spargs:
        if arg not in known_args and not arg.startswith("_"):  # _job: scrapyd's own
            close = difflib.get_close_matches(arg, sorted(known_args), n=1, cutoff=0.6)
            hint = f"; did you mean {close[0]}?" if close else ""
            takes = ", ".join(sorted(known_args)) or "none"
            return f"{name} takes no argument {arg!r}{hint} (it takes: {takes})"
    try:
        spidercls(**spargs)  # the spiders check their arguments as they are built
    except (BadArgument, TypeError) as exc:
        return str(exc)
    return None


def quiet_console(settings) -> None:
    """Leave Scrapy's own INFO lines (and Spidermon's report, unionnews.run.progress) out
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


def redis_error(settings) -> tuple[int, str] | None:
    """With REDIS_URL, what keeps the run from its shared frontier, as an exit status and
    one line: the redis extra not installed (2), or the server not answering (3)."""
    url = settings.get("REDIS_URL")
    if not url:
        return None
    try:
        import redis
        import scrapy_redis  # noqa: F401
    except ImportError:
        return BAD_USAGE, "REDIS_URL needs the redis extra: pip install -e '.[redis]'"
    try:
        redis.Redis.from_url(url, socket_connect_timeout=5).ping()
    except (redis.exceptions.RedisError, ValueError) as exc:
        return RUN_FAILED, f"cannot reach Redis at {url}: {exc}"
    return None


class Command(ScrapyCrawl):
    _run_crawler: Any = None  # this run's crawler, whose stats hold the verdict

    def process_options(self, args, opts):
        super().process_options(args, opts)
        # Checked here, before the crawler process exists and logs anything.
        if len(args) == 1:
            loader_class = load_object(self.settings.get("SPIDER_LOADER_CLASS"))
            loader: SpiderLoader = loader_class.from_settings(self.settings.frozencopy())
            problem = (
                usage_error(loader, args[0], opts.spargs)
                or feed_error(self.settings)
                or alerts_error(self.settings)
                or replay_error(self.settings)
            )
            if problem:
                print(f"error: {problem}", file=sys.stderr)
                sys.exit(BAD_USAGE)
            unreachable = redis_error(self.settings)
            if unreachable:
                print(f"error: {unreachable[1]}", file=sys.stderr)
                sys.exit(unreachable[0])

    def run(self, args, opts):
        # A log file that cannot be written (a full disk) is reported by the run's own
        # checks; logging must not print a traceback for every line it could not write.
        logging.raiseExceptions = False
        quiet_console(self.settings)
        forced = self._acknowledge_signals()
        super().run(args, opts)
        if forced:
            print(
                "stopped at once: the run did not finish; what it wrote stays, and the next "
                "run reads it back and fetches the rest",
                file=sys.stderr,
            )
            self.exitcode = RUN_FAILED
        # The run's verdict (run/verdict.py) leaves its findings in the stats.
        elif self._failed() and not self.exitcode:
            self.exitcode = RUN_FAILED

    def _failed(self) -> bool:
        return bool(self._run_crawler and self._run_crawler.stats.get_value("unionnews/run_failed"))

    def _create_crawler(self, spname: Any) -> Any:
        # Kept, to read the verdict off its stats once the crawl is over.
        self._run_crawler = super()._create_crawler(spname)
        return self._run_crawler

    def _acknowledge_signals(self) -> list[int]:
        """Say so on the console when Ctrl-C (or SIGTERM) arrives, and note a second one,
        which stops the process at once: such a run failed. Returns the list the second
        signal is noted in."""
        process: Any = self.crawler_process  # Scrapy sets it before a command runs
        forced: list[int] = []
        shutdown, kill = process._signal_shutdown, process._signal_kill

        def first(signum, frame) -> None:
            shutdown(signum, frame)  # from now on the next signal goes to second()
            print(
                "interrupted: finishing the pages under way and writing the summary "
                "(interrupt again to stop at once)",
                file=sys.stderr,
                flush=True,
            )

        def second(signum, frame) -> None:
            forced.append(signum)
            kill(signum, frame)

        process._signal_shutdown = first
        process._signal_kill = second
        return forced
