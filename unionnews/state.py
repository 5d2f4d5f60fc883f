"""What earlier runs emitted: the incremental state that makes a nightly run fetch and
emit only what is new.

An embedded SQLite file (``UNIONNEWS_STATE``, default ``.unionnews/state.sqlite`` under
the working folder; ``off`` disables it) holds every emitted article URL with its content
fingerprint, and per site how many articles the last run found. Records are marked
emitted as the feed writes them; at start the state also reads back the run files of
earlier runs, so a crash between the write and the mark can never emit a record twice.

scrapy-crawl-once marks a URL when its response arrives, and scrapy-deltafetch keeps a
dbm of request keys; neither knows that a record was *written*, nor content
fingerprints, hence this small component.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
import weakref
from pathlib import Path
from typing import Any

logger = logging.getLogger(__name__)

DEFAULT_PATH = ".unionnews/state.sqlite"
_SCHEMA = """
CREATE TABLE IF NOT EXISTS emitted (
    url TEXT PRIMARY KEY, fingerprint TEXT, spider TEXT, site TEXT, emitted_at REAL
);
CREATE INDEX IF NOT EXISTS emitted_fingerprint ON emitted (fingerprint);
CREATE TABLE IF NOT EXISTS site_runs (
    spider TEXT, site TEXT, found INTEGER, finished_at REAL, PRIMARY KEY (spider, site)
);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
"""


class ArticleState:
    """The SQLite state file. One writer at a time (the run lock sees to that)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        self._pending = 0

    # Marks are committed in batches: a crash loses at most the last batch of marks, and
    # reconcile() reads those records back from the run files at the next start.
    BATCH = 200

    def close(self) -> None:
        self.flush()
        self.db.close()

    def flush(self) -> None:
        if self.db.in_transaction:
            self.db.execute("COMMIT")
        self._pending = 0

    # -- emitted articles ----------------------------------------------------------
    def is_emitted(self, url: str) -> bool:
        row = self.db.execute("SELECT 1 FROM emitted WHERE url = ?", (url,)).fetchone()
        return row is not None

    def first_with_fingerprint(self, fingerprint: str) -> str | None:
        row = self.db.execute(
            "SELECT url FROM emitted WHERE fingerprint = ? ORDER BY emitted_at LIMIT 1",
            (fingerprint,),
        ).fetchone()
        return row[0] if row else None

    def mark_emitted(
        self, url: str, fingerprint: str | None, spider: str, site: str | None
    ) -> None:
        if not self.db.in_transaction:
            self.db.execute("BEGIN")
        self.db.execute(
            "INSERT OR IGNORE INTO emitted VALUES (?, ?, ?, ?, ?)",
            (url, fingerprint, spider, site, time.time()),
        )
        self._pending += 1
        if self._pending >= self.BATCH:
            self.flush()

    # -- run bookkeeping -----------------------------------------------------------
    def found_before(self, spider: str, site: str) -> int | None:
        row = self.db.execute(
            "SELECT found FROM site_runs WHERE spider = ? AND site = ?", (spider, site)
        ).fetchone()
        return row[0] if row else None

    def record_found(self, spider: str, found: dict[str, int]) -> None:
        with self.db:
            for site, count in found.items():
                self.db.execute(
                    "INSERT OR REPLACE INTO site_runs VALUES (?, ?, ?, ?)",
                    (spider, site, count, time.time()),
                )

    def begin_run(self, spider: str) -> bool:
        """Note that a run started; True when the previous run never finished."""
        key = f"running:{spider}"
        unfinished = self.db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone()
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(time.time())))
        return unfinished is not None

    def end_run(self, spider: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (f"running:{spider}",))

    def reconcile(self, folders: list[Path], spider: str) -> int:
        """Mark the records of run files newer than the last look as emitted."""
        key = f"reconciled:{spider}"
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        since = float(row[0]) if row else 0.0
        started = time.time()
        added = 0
        for folder in folders:
            for path in sorted(folder.glob("*.jsonl")) if folder.is_dir() else []:
                if path.stat().st_mtime < since - 60:  # a minute's slack for clock steps
                    continue
                added += self._mark_file(path, spider)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(started)))
        return added

    def _mark_file(self, path: Path, spider: str) -> int:
        added = 0
        with path.open("rb") as fh, self.db:
            for line in fh:
                try:
                    record: dict[str, Any] = json.loads(line)
                except ValueError:
                    continue  # a torn line is not a record
                url = record.get("url")
                if url and not self.is_emitted(url):
                    self.mark_emitted(url, record.get("fingerprint"), spider, record.get("site"))
                    added += 1
        return added


_OPEN: weakref.WeakKeyDictionary[Any, Any] = weakref.WeakKeyDictionary()


def state_for(crawler) -> Any:
    """The state of a crawl, opened once and shared by its components; None when off.

    An ArticleState, or in distributed mode its Redis twin with the same methods."""
    if crawler not in _OPEN:
        path = crawler.settings.get("UNIONNEWS_STATE", DEFAULT_PATH)
        if not path or path == "off":
            _OPEN[crawler] = None
        elif crawler.settings.get("REDIS_URL"):
            from unionnews.distributed import RedisArticleState, redis_for

            _OPEN[crawler] = RedisArticleState(redis_for(crawler.settings))
        else:
            _OPEN[crawler] = ArticleState(path)
    return _OPEN[crawler]
