"""A pipeline that kills its own worker, loaded into a worker's crawl by a test."""

from __future__ import annotations

import os
import signal

from itemadapter import ItemAdapter


class DieAfterClaim:
    """After ClaimPipeline: the worker dies between a record's claim and its write, at
    the record whose URL ends with UNIONNEWS_TEST_DIE_AT."""

    def process_item(self, item):
        if ItemAdapter(item)["url"].endswith(os.environ["UNIONNEWS_TEST_DIE_AT"]):
            os.kill(os.getpid(), signal.SIGKILL)
        return item
