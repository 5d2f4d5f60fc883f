"""``scrapy seed <spider> -s REDIS_URL=… [-a since=…]``: start a distributed run.

Queues the spider's start requests in Redis for its workers, on any machine, to pick
up, after clearing the previous run's request fingerprints and ledger.
"""

from __future__ import annotations

from scrapy.commands import ScrapyCommand
from scrapy.exceptions import UsageError
from scrapy.utils.conf import arglist_to_dict

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.distributed.addon import redis_for
from unionnews.distributed.seed import seed


class Command(ScrapyCommand):
    requires_project = True

    def syntax(self) -> str:
        return "<spider>"

    def short_desc(self) -> str:
        return "Queue a spider's start URLs in Redis for its distributed workers"

    def add_options(self, parser) -> None:
        super().add_options(parser)
        parser.add_argument(
            "-a",
            dest="spargs",
            action="append",
            default=[],
            metavar="NAME=VALUE",
            help="spider argument (may be repeated)",
        )

    def process_options(self, args, opts) -> None:
        super().process_options(args, opts)
        try:
            opts.spargs = arglist_to_dict(opts.spargs)
        except ValueError as exc:
            raise UsageError("Invalid -a value, use -a NAME=VALUE", print_help=False) from exc

    def run(self, args, opts) -> None:
        if len(args) != 1:
            raise UsageError()
        # Scrapy sets both before it runs a command.
        assert self.settings is not None
        assert self.crawler_process is not None
        if not self.settings.get("REDIS_URL"):
            raise UsageError("set the Redis to seed: -s REDIS_URL=redis://host:6379/0")
        spidercls = self.crawler_process.spider_loader.load(args[0])
        spider = spidercls(**opts.spargs)
        count = seed(
            spider,
            redis_for(self.settings),
            self.settings.getint("UNIONNEWS_RETRY_NIGHTS", defaults.UNIONNEWS_RETRY_NIGHTS),
        )
        print(f"queued {count} start requests of {spider.name} in {self.settings['REDIS_URL']}")
