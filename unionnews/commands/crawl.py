"""``scrapy crawl``, with an exit status a cron job can act on.

Scrapy's own crawl exits 0 whenever the process ran. This one exits 3 when the run guard
judged a run failed (closed early, too many errors, a site that found no articles after
finding some before, or another run holding the lock).
"""

from __future__ import annotations

from scrapy.commands.crawl import Command as ScrapyCrawl

from unionnews.extensions import FAILED_RUNS

RUN_FAILED = 3


class Command(ScrapyCrawl):
    def run(self, args, opts):
        FAILED_RUNS.clear()
        super().run(args, opts)
        if FAILED_RUNS and not self.exitcode:
            self.exitcode = RUN_FAILED
