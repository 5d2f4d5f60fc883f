"""The one settings file of unionnews.

UNIONNEWS_* settings are the project's own; everything else is Scrapy's.
"""

import os
from pathlib import Path

from unionnews.items import FIELDS, Article

BOT_NAME = "unionnews"
SPIDER_MODULES = ["unionnews.spiders"]
NEWSPIDER_MODULE = "unionnews.spiders"

# Who we are, and where a site owner can reach us: the User-Agent is
# "unionnews/<version> (+UNIONNEWS_CONTACT_URL)" (unionnews/addons.py). Set your own.
UNIONNEWS_CONTACT_URL = "https://example.org/unionnews-contact"

# Politeness: robots.txt, AutoThrottle, few requests per site at a time, retries.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 4
# A response gives one record or a page of links, and the pipelines never wait on I/O:
# Scrapy starts this many workers per response to process its output, and 100 (the
# default) idle ones cost more than the records themselves.
CONCURRENT_ITEMS = 4
DOWNLOAD_DELAY = 0.25
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 2.0
RETRY_ENABLED = True
RETRY_TIMES = 3
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024

# Answer requests from saved pages instead of the network (see unionnews/middlewares/replay.py).
UNIONNEWS_REPLAY_DIR = ""
DOWNLOADER_MIDDLEWARES = {
    "unionnews.middlewares.replay.ReplayMiddleware": 50,
    "unionnews.middlewares.private_addresses.PrivateAddressMiddleware": 60,
    "unionnews.distributed.ledger.LedgerMiddleware": 70,
    # process_response runs from high to low: these see a response before Scrapy's
    # RetryMiddleware (550) and HttpCompressionMiddleware (590) do.
    "unionnews.middlewares.retry_after.RetryAfterMiddleware": 560,
    "unionnews.middlewares.gzip.TruncatedGzipMiddleware": 595,
    # Runs after decompression (process_response, high to low): the body is the page.
    "unionnews.middlewares.charset.CharsetRepairMiddleware": 580,
}
UNIONNEWS_MAX_RETRY_AFTER = 120  # seconds; a longer Retry-After is an ordinary failure
UNIONNEWS_MAX_LIST_PAGES = 500  # list pages fetched per site and run at most (traps)
UNIONNEWS_MAX_PAGES = 20000  # pages the generic spider fetches per run at most
# Pages are read (extraction, fields) in this many worker processes while the crawl's own
# process fetches and writes (unionnews/readers.py); 0 reads them in the crawl's process.
UNIONNEWS_READ_PROCESSES = 1 if (os.cpu_count() or 1) > 1 else 0
# Requests to loopback, private or link-local addresses are refused unless this is True.
UNIONNEWS_ALLOW_PRIVATE = False

ITEM_PIPELINES = {
    "unionnews.pipelines.ValidatePipeline": 200,
    "unionnews.pipelines.DedupePipeline": 300,
    "unionnews.pipelines.RepostPipeline": 400,
    # Every record is checked against the schema shipped in unionnews/schema/article.json;
    # one that does not fit is dropped and fails the run (the verdict reads the stats).
    "spidermon.contrib.scrapy.pipelines.ItemValidationPipeline": 800,
    # Last, once nothing else can drop the record: distributed workers claim it.
    "unionnews.pipelines.ClaimPipeline": 900,
}
SPIDERMON_VALIDATION_SCHEMAS = {Article: str(Path(__file__).parent / "schema" / "article.json")}
SPIDERMON_VALIDATION_DROP_ITEMS_WITH_ERRORS = True

# Feeds come from the command line: -O out.jsonl, or one file per run for cron jobs,
# -o "data/%(name)s/%(time)s.jsonl". A record is written whole or not at all.
FEED_STORAGES = {
    "": "unionnews.run.feeds.WholeLineFileFeedStorage",
    "file": "unionnews.run.feeds.WholeLineFileFeedStorage",
}

# Incremental state, run lock and verdict (unionnews/run/sqlite_state.py, unionnews/run/verdict.py).
UNIONNEWS_STATE = ".unionnews/state.sqlite"  # "off": every run emits everything again
# The store behind the state (an ArticleStore, unionnews/run/store.py); the Redis add-on
# sets the shared one.
UNIONNEWS_STATE_CLASS = "unionnews.run.sqlite_state.ArticleState"
UNIONNEWS_DROP_REPOSTS = False  # True: drop copies of an article instead of marking them
UNIONNEWS_MAX_ERRORS = 50  # more errors and failed fetches than this fail the run
UNIONNEWS_LATEST = False  # True: copy a successful run's file to latest.jsonl beside it
UNIONNEWS_RETRY_NIGHTS = 3  # an article whose fetch failed is retried on this many runs
UNIONNEWS_MIN_DATE_COVERAGE = 0.5  # a site with fewer of its records dated fails the run

# The end-of-run checks as Spidermon monitors (unionnews/run/monitors.py). Alerts when a
# check fails: UNIONNEWS_ALERTS = ["email", "slack", "telegram"], each with Spidermon's
# own settings (SPIDERMON_SMTP_*, SPIDERMON_SLACK_*, SPIDERMON_TELEGRAM_*) and the
# "alerts" extra installed.
SPIDERMON_ENABLED = True
SPIDERMON_ENGINE_STOP_MONITORS = ["unionnews.run.monitors.RunMonitorSuite"]
UNIONNEWS_ALERTS: list[str] = []
# The alert mail's subject (Spidermon needs one); the body is Spidermon's report of the
# failed checks, each naming the site and the reason.
SPIDERMON_EMAIL_SUBJECT = "unionnews: a run of {{ data.spider.name }} failed"
SPIDERMON_BODY_TEXT = (
    "The run of {{ data.spider.name }} failed:\n"
    "{% for r in result.monitors_failed_results %}"
    "- {{ r.monitor.name }}: {{ r.error.strip().splitlines()[-1] }}\n{% endfor %}"
)
# Order matters as the engine stops: the verdict first, then the state commits and
# closes, then the lock is released.
EXTENSIONS = {
    # How the run finishes (state, verdict, lock), in one place: unionnews/run/shutdown.py.
    # Before Spidermon: its end-of-run monitors read the verdict.
    "unionnews.run.shutdown.RunShutdown": 490,
    "unionnews.run.verdict.RunVerdict": 500,
    "spidermon.contrib.scrapy.extensions.Spidermon": 505,
    "unionnews.run.incremental.IncrementalState": 510,
    "unionnews.run.lock.RunLock": 520,
    "unionnews.distributed.worker.DistributedWorker": 530,
    "unionnews.run.progress.Progress": 540,
    "unionnews.readers.PageReaders": 550,
}

# Distributed mode: set REDIS_URL (e.g. -s REDIS_URL=redis://host:6379/0) and every
# spider becomes a worker of a frontier shared through scrapy-redis (unionnews/distributed/).
REDIS_URL = ""
ADDONS = {"unionnews.addons.UserAgentAddon": 0, "unionnews.distributed.addon.RedisAddon": 0}
SPIDER_MIDDLEWARES = {
    "unionnews.distributed.worker.NoStartRequests": 10,
    # Records outside the run's dates or emitted by an earlier run (under any URL they
    # were known by) are left out; a response is released from the shared ledger once.
    # Last before the engine (the lowest order of output): every request it lets through
    # reaches the scheduler, which the release waits for.
    "unionnews.run.scope.RunScope": 40,
}
UNIONNEWS_IDLE_SECONDS = 30  # a worker closes once the shared queue was empty this long
UNIONNEWS_LEASE_SECONDS = 300  # a request held longer by a silent worker is taken over
COMMANDS_MODULE = "unionnews.commands"

# JSON Lines in UTF-8 with Chinese as written, not \u escapes. Use -O out.jsonl / -o.
FEED_EXPORT_ENCODING = "utf-8"
FEED_EXPORT_FIELDS = list(FIELDS)  # the Article fields, in their order

# Saved pages are re-read when HTTPCACHE_ENABLED is set on the command line.
HTTPCACHE_DIR = "httpcache"
HTTPCACHE_IGNORE_HTTP_CODES = [500, 502, 503, 504, 408, 429]

# With JOBDIR, pending requests are kept in SQLite, committed at every push and pop: the
# default file queue writes its index only on a clean close, and after a kill -9 a
# resumed run could lose what it queued.
# (Scrapy 2.19 and later: the lowest version pyproject.toml allows.)
SCHEDULER_DISK_QUEUE = "scrapy.squeues.PickleLifoSQLiteQueue"

REQUEST_FINGERPRINTER_IMPLEMENTATION = "2.7"
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
LOG_LEVEL = "INFO"
# Scrapy's banners, component lists and stats dump: shown with -L INFO/DEBUG or this.
UNIONNEWS_VERBOSE = False
LOG_VERSIONS: list[str] = []  # the versions table under Scrapy's start line
UNIONNEWS_PROGRESS_SECONDS = 30  # a progress line this often during a crawl
# Names that resolve to private addresses are refused where the connection is made.
TWISTED_DNS_RESOLVER = "unionnews.middlewares.private_addresses.PublicOnlyResolver"
TELNETCONSOLE_ENABLED = False  # nobody here logs in to a running crawl
REMOTE_CONTROL_ENABLED = False  # nor drives it over HTTP (Scrapy 2.19 turns it on)
