"""RunLock: one lock per state file, taken before any output file opens, so two runs
on one state never overlap; the second closes at once (reason ``locked``)."""

from __future__ import annotations

import fcntl
import logging
import os
from pathlib import Path

from scrapy import signals

from unionnews import settings as defaults  # every UNIONNEWS_* default lives there
from unionnews.run.engine import close_spider

logger = logging.getLogger(__name__)


class RunLock:
    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        state_path = settings.get("UNIONNEWS_STATE", defaults.UNIONNEWS_STATE)
        folder = (
            Path(state_path).parent if state_path and state_path != "off" else Path(".unionnews")
        )
        self.folder = Path(settings.get("UNIONNEWS_LOCK_DIR") or folder)
        # One lock per state file, whichever spider runs: two spiders on one state would
        # each take the other's articles for new. Without a state, one per spider.
        self.state_name = Path(state_path).name if state_path and state_path != "off" else None
        self.fd: int | None = None
        self.held_elsewhere = False
        self.problem = ""  # why the lock could not be taken, when it was not held elsewhere

    @classmethod
    def from_crawler(cls, crawler):
        lock = cls(crawler)
        if not crawler.settings.get("REDIS_URL"):  # many workers of one spider, by design
            lock.acquire(crawler.spidercls.name)
            crawler.signals.connect(lock.spider_opened, signal=signals.spider_opened)
            # Released last, once the verdict is given and the state closed (shutdown.py).
        return lock

    def acquire(self, name: str) -> None:
        path = self.folder / f"{self.state_name or name}.lock"
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            # A folder that cannot be made, a lock file owned by another user: the run
            # cannot tell whether another one is under way, so it does not start.
            self.held_elsewhere = True
            self.problem = f"cannot take the run lock {path} ({exc.strerror or exc})"
            logger.error("%s: closing this run of %s", self.problem, name)
            return
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            self.held_elsewhere = True
            logger.error("another run holds %s: closing this run of %s", path, name)
            return
        self.fd = fd

    def spider_opened(self, spider) -> None:
        if self.held_elsewhere:
            close_spider(self.crawler, spider, "locked")

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None
