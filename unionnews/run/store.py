"""ArticleStore: what the run machinery asks of the state behind it.

Two stores implement it: the SQLite file of one machine (run/sqlite_state.ArticleState)
and Redis, shared by distributed workers (distributed/state.RedisArticleState). Which one
a run uses is a setting, UNIONNEWS_STATE_CLASS, that the Redis add-on sets; each store is
built from the crawler's settings by its ``from_settings``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class ArticleStore(Protocol):
    # True when many workers share the store: it resumes by itself and has no file of
    # its own to check, lock or rebuild from run files. A shared store also claims each
    # record just before it is written (claim, unclaim: distributed/state.py).
    shared: bool

    @classmethod
    def from_settings(cls, settings: Any, path: Path) -> ArticleStore: ...

    def close(self) -> None: ...
    def flush(self) -> None: ...

    # Emitted articles and their repost fingerprints.
    def is_emitted(self, url: str) -> bool: ...
    def mark_emitted(
        self, url: str, fingerprint: str | None, spider: str, site: str | None
    ) -> None: ...
    def first_with_fingerprint(self, fingerprint: str) -> str | None: ...
    # When ``url`` was marked emitted, on the store's clock (None: never), and when this
    # run started on that clock: a list showing only articles this run emitted pages on.
    def emitted_at(self, url: str) -> float | None: ...
    def run_started(self, spider: str) -> float: ...

    # Fetches that failed, fetched first by later runs.
    def record_failure(self, url: str, spider: str, site: str, error: str, run: str) -> None: ...
    def failures(self, spider: str) -> list[tuple[str, str, int, str]]: ...
    def forget_failure(self, url: str) -> None: ...

    # Articles found per site, for the "found none, found some last time" check.
    def found_before(self, spider: str, site: str) -> int | None: ...
    def record_found(self, spider: str, found: dict[str, int]) -> None: ...

    # A run's start and end: whether the last one finished.
    def begin_run(self, spider: str) -> bool: ...
    def end_run(self, spider: str) -> None: ...
