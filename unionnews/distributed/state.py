"""RedisArticleState: the incremental state's interface, kept in Redis and shared by every
worker (emitted URLs, repost fingerprints, failed fetches, articles found per site)."""

from __future__ import annotations

import json
import logging
import socket
import time
from pathlib import Path
from typing import Any

from unionnews.distributed.addon import PREFIX, redis_for

logger = logging.getLogger(__name__)

# Claiming a record is one step: its URLs (the record's own and those it was also known
# by) are marked emitted together, or none is when any already was (another worker wrote
# it first). A worker claims just before it writes the record: checked earlier and marked
# after the write, two workers that held the same article wrote it both.
_CLAIM = """
for i = 3, #ARGV do
    if redis.call('hexists', KEYS[1], ARGV[i]) == 1 then
        return 0
    end
end
for i = 3, #ARGV do
    redis.call('hset', KEYS[1], ARGV[i], ARGV[2])
end
if ARGV[1] ~= '' then
    redis.call('hsetnx', KEYS[2], ARGV[1], ARGV[3])
end
return 1
"""

# A claimed record that was not written after all (its write failed, or its worker died
# before it): unmarked, so it is emitted again; its fingerprint goes only when it named
# this record. Given the claim's note, only marks still holding that note go: another
# worker may have claimed the record anew since the note was read.
_UNCLAIM = """
if ARGV[2] ~= '' and redis.call('hget', KEYS[1], ARGV[3]) ~= ARGV[2] then
    return 0
end
for i = 3, #ARGV do
    redis.call('hdel', KEYS[1], ARGV[i])
end
if ARGV[1] ~= '' and redis.call('hget', KEYS[2], ARGV[1]) == ARGV[3] then
    redis.call('hdel', KEYS[2], ARGV[1])
end
return 1
"""


def claim_note(raw: str | None) -> dict[str, Any] | None:
    """The note of a claim (RedisArticleState.claim); None for a mark without one."""
    try:
        note = json.loads(raw) if raw else None
    except ValueError:
        return None
    return note if isinstance(note, dict) and note.get("urls") else None


def line_after(path: Path, offset: int, url: str) -> bool:
    """Whether a JSON line of ``path`` past ``offset`` is the record of ``url``."""
    try:
        with path.open("rb") as fh:
            fh.seek(offset)
            tail = fh.read()
    except FileNotFoundError:
        # Scrapy creates the file at its first record, after that record's claim: a
        # file that was empty or missing then and is missing now never got a line. One
        # that had lines and is gone cannot say: taken as written, never doubled.
        return offset > 0
    except OSError:
        return True
    for line in tail.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue  # a torn line is no record
        if isinstance(record, dict) and record.get("url") == url:
            return True
    return False


class RedisArticleState:
    """An ArticleStore (run/store.py) kept in Redis and shared by every worker."""

    shared = True

    @classmethod
    def from_settings(cls, settings: Any, path: Path) -> RedisArticleState:
        return cls(redis_for(settings))

    def __init__(self, server) -> None:
        self.r = server
        self._claim = server.register_script(_CLAIM)
        self._unclaim = server.register_script(_UNCLAIM)
        self._keys = [f"{PREFIX}:emitted", f"{PREFIX}:fingerprints"]

    def close(self) -> None:
        self.r.close()

    def flush(self) -> None:
        pass  # every mark is written at once

    def is_emitted(self, url: str) -> bool:
        return bool(self.r.hexists(f"{PREFIX}:emitted", url))

    def mark_emitted(
        self, url: str, fingerprint: str | None, spider: str, site: str | None
    ) -> None:
        self.r.hsetnx(f"{PREFIX}:emitted", url, fingerprint or "")
        self.r.hdel(f"{PREFIX}:failed", url)
        if fingerprint:
            self.r.hsetnx(f"{PREFIX}:fingerprints", fingerprint, url)

    def claim(self, urls: list[str], fingerprint: str | None, output: Path | None = None) -> bool:
        """Mark ``urls`` (a record's own first) emitted in one step; False, marking
        nothing, when one of them already was. The mark notes where the record's line
        goes (this machine, ``output`` and its size now), for written()."""
        note: dict[str, Any] = {
            "urls": urls,
            "fingerprint": fingerprint,
            "host": socket.gethostname(),
            "time": self.now(),
        }
        if output is not None:
            note["output"] = str(output)
            note["at"] = output.stat().st_size if output.exists() else 0
        data = json.dumps(note, ensure_ascii=False)
        return bool(self._claim(keys=self._keys, args=[fingerprint or "", data, *urls]))

    def written(self, url: str) -> bool:
        """Whether the record claimed under ``url`` by a worker now gone reached its
        file. A worker killed between its claim and its write left the URL marked and
        the line unwritten: read on the file itself when it is on this machine (then the
        claim is undone and False said); taken as written otherwise."""
        raw = self.r.hget(f"{PREFIX}:emitted", url)
        note = claim_note(raw)
        if note is None or note.get("host") != socket.gethostname() or "output" not in note:
            return raw is not None
        if line_after(Path(note["output"]), note["at"], note["urls"][0]):
            return True
        if not self.unclaim(note["urls"], note.get("fingerprint"), raw or ""):
            return True  # claimed anew since: by a worker that took it over
        logger.warning("%s was claimed by a worker that died before writing it", url)
        return False

    def unclaim(self, urls: list[str], fingerprint: str | None, note: str = "") -> bool:
        """Undo claim(): the record was not written. With ``note`` (the claim's, as read),
        only while the record's mark still holds it; whether the claim was undone."""
        return bool(self._unclaim(keys=self._keys, args=[fingerprint or "", note, *urls]))

    def now(self) -> float:
        """Redis's clock: the one every worker and ``scrapy seed`` share."""
        seconds, micros = self.r.time()
        return seconds + micros / 1e6

    def emitted_at(self, url: str) -> float | None:
        raw = self.r.hget(f"{PREFIX}:emitted", url)
        if raw is None:
            return None
        note = claim_note(raw)
        return float(note.get("time") or 0) if note else 0.0  # a mark without a time: older

    def run_started(self, spider: str) -> float:
        """When ``scrapy seed`` started this run (every worker's run is that one)."""
        seeded = self.r.hget(f"{PREFIX}:seeded", spider)
        return float(seeded) if seeded is not None else self.now()

    def seeded(self, spider: str) -> None:
        """``scrapy seed`` starts a run of ``spider`` now."""
        self.r.hset(f"{PREFIX}:seeded", spider, repr(self.now()))

    def first_with_fingerprint(self, fingerprint: str) -> str | None:
        return self.r.hget(f"{PREFIX}:fingerprints", fingerprint)

    def found_before(self, spider: str, site: str) -> int | None:
        value = self.r.hget(f"{PREFIX}:found", f"{spider}:{site}")
        return int(value) if value is not None else None

    def record_found(self, spider: str, found: dict[str, int]) -> None:
        for site, count in found.items():
            self.r.hset(f"{PREFIX}:found", f"{spider}:{site}", count)

    # -- fetches that failed, retried by later runs (ArticleState's interface) ----------
    def record_failure(self, url: str, spider: str, site: str, error: str, run: str) -> None:
        key = f"{PREFIX}:failed"
        raw = self.r.hget(key, url)
        old = json.loads(raw) if raw else None
        attempts = (old["attempts"] + (old["run"] != run)) if old else 1
        entry = {"spider": spider, "site": site, "attempts": attempts, "error": error[:300],
                 "at": time.time(), "run": run}  # fmt: skip
        self.r.hset(key, url, json.dumps(entry, ensure_ascii=False))

    def failures(self, spider: str) -> list[tuple[str, str, int, str]]:
        found = []
        for url, raw in self.r.hscan_iter(f"{PREFIX}:failed"):
            entry = json.loads(raw)
            if entry["spider"] == spider:
                found.append((entry["at"], url, entry["site"], entry["attempts"], entry["error"]))
        return [(url, site, attempts, error) for _, url, site, attempts, error in sorted(found)]

    def forget_failure(self, url: str) -> None:
        self.r.hdel(f"{PREFIX}:failed", url)

    def begin_run(self, spider: str) -> bool:
        return False  # a shared frontier resumes by itself: the ledger holds unfinished work

    def end_run(self, spider: str) -> None:
        pass

    def reconcile(self, folders, spider: str) -> int:
        return 0  # run files are on many machines; the emit claim guards instead
