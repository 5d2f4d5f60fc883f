"""What earlier runs emitted: the incremental state that makes a nightly run fetch and
emit only what is new.

An embedded SQLite file (``UNIONNEWS_STATE``, default ``.unionnews/state.sqlite`` under
the working folder; ``off`` disables it) holds every emitted article URL with its content
fingerprint, per site how many articles the last run found, and the article fetches that
failed. The IncrementalState extension (unionnews/run/incremental.py) owns it during a run.

scrapy-crawl-once marks a URL when its response arrives, and scrapy-deltafetch keeps a
dbm of request keys; neither knows that a record was *written*, nor content
fingerprints, hence this small component.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import time
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
CREATE TABLE IF NOT EXISTS outputs (
    path TEXT PRIMARY KEY, spider TEXT, opened_at REAL, closed INTEGER
);
CREATE TABLE IF NOT EXISTS failed (
    url TEXT PRIMARY KEY, spider TEXT, site TEXT, attempts INTEGER, last_error TEXT,
    last_at REAL, run TEXT
);
"""


class StateLost(Exception):
    """The state file is there but cannot be read (corrupt or truncated)."""


class StateUnavailable(Exception):
    """The state cannot be used now (locked, a full disk, a folder in its place, no
    permission): nothing is wrong with what it holds, so nothing is moved aside."""


# Messages of errors that say the file's content is damaged; any other error is the
# file's surroundings (a lock, the disk, permissions) and the state is only unavailable.
_CORRUPT = ("not a database", "malformed", "corrupt", "integrity")


class ArticleState:
    """The SQLite state file (an ArticleStore, run/store.py). One writer at a time (the
    run lock sees to that)."""

    shared = False

    @classmethod
    def from_settings(cls, settings: Any, path: Path) -> ArticleState:
        return cls(path)

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error) as exc:
            raise StateUnavailable(str(exc)) from exc
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(_SCHEMA)
            ok = self.db.execute("PRAGMA quick_check").fetchone()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if any(word in str(exc).lower() for word in _CORRUPT):
                raise StateLost(str(exc)) from exc
            raise StateUnavailable(str(exc)) from exc
        if not ok or ok[0] != "ok":
            self.db.close()
            raise StateLost(f"integrity check: {ok[0] if ok else 'no answer'}")
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

    def emitted_at(self, url: str) -> float | None:
        row = self.db.execute("SELECT emitted_at FROM emitted WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def run_started(self, spider: str) -> float:
        return time.time()  # asked as the run opens its state; marks use this clock too

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
        self.db.execute("DELETE FROM failed WHERE url = ?", (url,))
        self._pending += 1
        if self._pending >= self.BATCH:
            self.flush()

    def mark_many(self, records: list[tuple[str, str | None, str, str | None]]) -> None:
        """Mark records written to the run's output, in one transaction."""
        if not records:
            return
        now = time.time()
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO emitted VALUES (?, ?, ?, ?, ?)",
                [(url, fp, spider, site, now) for url, fp, spider, site in records],
            )
            self.db.executemany("DELETE FROM failed WHERE url = ?", [(r[0],) for r in records])

    # -- fetches that failed, retried on later runs --------------------------------
    def record_failure(self, url: str, spider: str, site: str, error: str, run: str) -> None:
        """Note a failed article fetch; one attempt per run however often it fails."""
        with self.db:
            row = self.db.execute(
                "SELECT attempts, run FROM failed WHERE url = ?", (url,)
            ).fetchone()
            attempts = (row[0] + (row[1] != run)) if row else 1
            self.db.execute(
                "INSERT OR REPLACE INTO failed VALUES (?, ?, ?, ?, ?, ?, ?)",
                (url, spider, site, attempts, error[:300], time.time(), run),
            )

    def failures(self, spider: str) -> list[tuple[str, str, int, str]]:
        """(url, site, attempts, last error) of this spider's failed fetches, oldest first."""
        return self.db.execute(
            "SELECT url, site, attempts, last_error FROM failed WHERE spider = ? ORDER BY last_at",
            (spider,),
        ).fetchall()

    def forget_failure(self, url: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM failed WHERE url = ?", (url,))

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

    def unfinished(self, spider: str) -> bool:
        """True when a run of ``spider`` started and never finished."""
        key = f"running:{spider}"
        return self.db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone() is not None

    def begin_run(self, spider: str) -> bool:
        """Note that a run started; True when the previous run never finished."""
        key = f"running:{spider}"
        unfinished = self.db.execute("SELECT 1 FROM meta WHERE key = ?", (key,)).fetchone()
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(time.time())))
        return unfinished is not None

    def end_run(self, spider: str) -> None:
        self.db.execute("DELETE FROM meta WHERE key = ?", (f"running:{spider}",))

    def reconcile(self, folders: list[Path], spider: str, files: list[Path] | None = None) -> int:
        """Mark the records of run files newer than the last look as emitted: every
        ``*.jsonl`` in ``folders`` and each of ``files`` (fixed output files)."""
        key = f"reconciled:{spider}"
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        since = float(row[0]) if row else 0.0
        started = time.time()
        added = 0
        paths = [p for folder in folders if folder.is_dir() for p in sorted(folder.glob("*.jsonl"))]
        for path in [*paths, *(f for f in files or [] if f.is_file())]:
            if path.stat().st_mtime < since - 60:  # a minute's slack for clock steps
                continue
            added += self._mark_file(path, spider)
        self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, str(started)))
        return added

    # -- output files: the truth the marks index -------------------------------------
    def note_output(self, path: Path, spider: str) -> None:
        """A run opened ``path`` to write records into."""
        with self.db:
            self.db.execute(
                "INSERT OR REPLACE INTO outputs VALUES (?, ?, ?, 0)",
                (str(path), spider, time.time()),
            )

    def output_closed(self, path: Path) -> None:
        """Every line of ``path`` is on disk and marked."""
        with self.db:
            self.db.execute("UPDATE outputs SET closed = 1 WHERE path = ?", (str(path),))

    def read_back_unclosed(self) -> int:
        """Mark the records of output files that a run opened and never closed (killed,
        or its last lines not synced), whichever spider and feed form wrote them."""
        added = 0
        rows = self.db.execute("SELECT path, spider FROM outputs WHERE closed = 0").fetchall()
        for name, spider in rows:
            path = Path(name)
            if path.is_file():
                added += self._mark_file(path, spider)
            self.flush()
            self.output_closed(path)
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
