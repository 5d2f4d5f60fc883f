"""Feed storage for run files that a crash cannot tear.

Scrapy's file storage writes through a buffer, so a killed run can leave half a record
on the last line. This storage writes each exported line with one unbuffered write, so a
record is on disk whole or not at all, and when it appends to an existing file it first
cuts any torn last line left by an older crash. Registered for the ``file`` scheme in
settings.FEED_STORAGES.
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from scrapy.extensions.feedexport import FileFeedStorage

logger = logging.getLogger(__name__)


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


class _WholeLines:
    """A binary file whose every write goes to disk at once, looping on short writes."""

    def __init__(self, path: Path, mode: str) -> None:
        flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if mode == "ab" else os.O_TRUNC)
        self.fd = os.open(path, flags, 0o644)
        self.closed = False

    def write(self, data: bytes) -> int:
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]
        return len(data)

    def flush(self) -> None:
        pass  # nothing is buffered

    def close(self) -> None:
        if not self.closed:
            os.fsync(self.fd)
            os.close(self.fd)
            self.closed = True


class WholeLineFileFeedStorage(FileFeedStorage):
    def open(self, spider):
        path = Path(self.path)
        path.parent.mkdir(parents=True, exist_ok=True)
        if self.write_mode == "ab":
            cut_torn_tail(path)
        return _WholeLines(path, self.write_mode)
