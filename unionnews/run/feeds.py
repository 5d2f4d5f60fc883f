"""Feed storage for run files that a crash cannot tear and whose records count only once
they are on disk.

Scrapy's file storage writes through a buffer, so a killed run can leave half a record
on the last line. This storage writes each exported line with one unbuffered write, so a
record is on disk whole or not at all; when it appends to an existing file it first
cuts any torn last line left by an older crash. A write that fails (a full disk) is
undone to the last whole line and reported to the incremental state, which leaves that
article unmarked and fails the run. Every ``SYNC_EVERY`` lines, and at the end, the file
is flushed to disk (fsync) and only then are its lines' articles marked emitted.

With ``-O`` the file is overwritten, except after a run of the same spider that did not
finish: then it is appended to, so what that run wrote stays (a resumed ``JOBDIR`` run
and a rerun after a ``kill -9`` both continue the file instead of emptying it).
Registered for the ``file`` scheme in settings.FEED_STORAGES.
"""

from __future__ import annotations

import io
import logging
import os
from pathlib import Path
from typing import Any

from scrapy.extensions.feedexport import FileFeedStorage

logger = logging.getLogger(__name__)

# Lines between two flushes to disk (and marks): a crash repeats none of them, since the
# next run reads the file back, and a power cut costs at most this many marks.
SYNC_EVERY = 100


def cut_torn_tail(path: Path) -> int:
    """Truncate ``path`` after its last newline; the number of bytes cut."""
    if not path.exists():
        return 0
    size = path.stat().st_size
    if size == 0:
        return 0
    with path.open("rb+") as fh:
        fh.seek(max(0, size - 65536))
        tail = fh.read()
        if tail.endswith(b"\n"):
            return 0
        keep = size - len(tail) + tail.rfind(b"\n") + 1 if b"\n" in tail else 0
        fh.truncate(keep)
    logger.warning("cut a torn last line (%d bytes) from %s", size - keep, path)
    return size - keep


class _WholeLines(io.RawIOBase):
    """A binary file whose every write goes to disk at once, looping on short writes,
    undone whole when it fails; reports lines and syncs to the incremental state. A raw
    stream, so every exporter can write to it (CSV and XML wrap it in a text layer)."""

    def __init__(self, path: Path, mode: str, state: Any = None, spider_name: str = "") -> None:
        # Always O_APPEND: a file truncated from outside (logrotate's copytruncate) is
        # written on from its new end, never after a hole of NUL bytes.
        flags = os.O_WRONLY | os.O_CREAT | os.O_APPEND | (0 if mode == "ab" else os.O_TRUNC)
        self.path = path
        self.fd = os.open(path, flags, 0o644)
        self.size = os.fstat(self.fd).st_size
        self.state = state
        self.spider_name = spider_name
        self.unsynced = 0
        self.failed = False

    def write(self, data: Any) -> int:  # bytes, or any buffer an exporter hands over
        view = memoryview(data)
        try:
            self.size = os.fstat(self.fd).st_size  # where an undo goes back to
            while view:
                view = view[os.write(self.fd, view) :]
        except OSError as exc:
            os.ftruncate(self.fd, self.size)  # no half line stays behind
            if self.state is not None:
                self.state.write_failed(exc, self.path)
            else:
                logger.error("cannot write to %s: %s", self.path, exc.strerror or exc)
            self.failed = True
            # Reported and undone: the record is neither written nor marked, the run
            # fails and the next one emits it. Raising would only print a traceback.
            return len(data)
        self.size += len(data)
        if self.state is not None:
            self.state.line_written(data, self.spider_name)
            self.unsynced += 1
            if self.unsynced >= SYNC_EVERY:
                self._sync()
        return len(data)

    def _sync(self) -> bool:
        """Flush to disk and mark what was written; False when the disk said no."""
        try:
            os.fsync(self.fd)
        except OSError as exc:
            if self.state is not None:
                self.state.write_failed(exc, self.path)
            return False
        self.unsynced = 0
        if self.state is not None:
            self.state.synced()
        return True

    def writable(self) -> bool:
        return True

    def flush(self) -> None:
        pass  # nothing is buffered

    def close(self) -> None:
        if not self.closed:
            synced = self._sync()
            os.close(self.fd)
            super().close()
            if synced and self.state is not None:
                self.state.output_closed(self.path)


class _Discard(io.RawIOBase):
    """Where records go when the output cannot be opened: nowhere, and nothing marked."""

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        return len(data)


class WholeLineFileFeedStorage(FileFeedStorage):
    def __init__(self, uri: str, *, feed_options: dict[str, Any] | None = None) -> None:
        super().__init__(uri, feed_options=feed_options)
        self.format = (feed_options or {}).get("format")
        self.crawler: Any = None
        self.start_size = 0  # the file's size before this run wrote to it

    @classmethod
    def from_crawler(cls, crawler, uri: str, *, feed_options: dict[str, Any] | None = None):
        storage = cls(uri, feed_options=feed_options)
        storage.crawler = crawler
        return storage

    def _incremental(self) -> Any:
        from unionnews.run.incremental import IncrementalState

        if self.crawler is None:
            return None
        return self.crawler.get_extension(IncrementalState)

    def open(self, spider):
        try:
            return self._open(spider)
        except OSError as exc:
            # An output folder that cannot be made or a file that cannot be opened: the
            # run stops and fails (exit 3) with nothing written and nothing marked.
            logger.error(
                "cannot write to %s (%s): the run stops, nothing is marked emitted",
                self.path,
                exc.strerror or exc,
            )
            if self.crawler is not None:
                from unionnews.run.engine import close_spider

                self.crawler.stats.inc_value("unionnews/output_failed")
                close_spider(self.crawler, spider, "output_failed")
            return _Discard()

    def _open(self, spider):
        path = Path(self.path)
        state = self._incremental()
        if state is not None and state.locked_out():
            # Another run holds the state's lock: this one writes nothing.
            return _Discard()
        if state is not None:
            state.open(spider.name)
            if state.broken():
                return _Discard()  # the run stops before it emits (see IncrementalState)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.write_mode == "wb" and state is not None and state.unfinished(spider.name):
            logger.warning(
                "the last run of %s did not finish: appending to %s instead of overwriting it",
                spider.name,
                path,
            )
            self.write_mode = "ab"
        if self.write_mode == "ab":
            cut_torn_tail(path)
        # Only JSON Lines can be read back line by line to know which record is on disk.
        jsonl = self.format in ("jsonlines", "jsonl")
        if state is not None and state.shared:
            marker = state  # distributed workers: a failed write undoes the record's claim
        else:
            marker = state if state is not None and jsonl and state.reports_lines() else None
        if marker is not None and not marker.output_opened(path):
            return _Discard()  # the state could not note the file: nothing goes in it
        out = _WholeLines(path, self.write_mode, marker, spider.name if marker else "")
        self.start_size = out.size
        return out
