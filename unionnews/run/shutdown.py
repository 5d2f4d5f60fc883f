"""RunShutdown: the order in which the run's components finish, written once.

When the engine stops (the feeds are closed and their last lines synced by then):
1. the state commits its last marks, so that a commit that fails is a finding;
2. the verdict is given (it still reads the open state: articles found by earlier runs);
3. the state records the run's end and closes;
4. the run lock is released, last, so no other run starts before all of this is done.

It runs before Spidermon's own engine-stop handler (settings.EXTENSIONS), whose
end-of-run monitors read the verdict. A run closed while it opened (locked, state lost)
never stops its engine: the verdict and the state finish as the spider closes instead
(RunVerdict.EARLY).
"""

from __future__ import annotations

from scrapy import signals

from unionnews.run.incremental import IncrementalState
from unionnews.run.lock import RunLock
from unionnews.run.verdict import RunVerdict


class RunShutdown:
    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        shutdown = cls(crawler)
        crawler.signals.connect(shutdown.engine_stopped, signal=signals.engine_stopped)
        return shutdown

    def engine_stopped(self) -> None:
        state = self.crawler.get_extension(IncrementalState)
        verdict = self.crawler.get_extension(RunVerdict)
        lock = self.crawler.get_extension(RunLock)
        if state is not None:
            state.commit()
        if verdict is not None:
            verdict.engine_stopped()
        if state is not None:
            state.engine_stopped()
        if lock is not None:
            lock.release()
