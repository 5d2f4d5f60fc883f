"""A content fingerprint that a repost of the same article shares.

A portal's copy of a 工人日报 article differs in whitespace, in full- or half-width
punctuation and in what it appends or drops at the end (an editor line, a 来源 note).
So the fingerprint hashes the first characters of the body after NFKC folding, keeping
only letters, digits and Chinese characters.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

WINDOW = 120  # characters hashed: enough to tell articles apart, short of most endings
MIN_CHARS = 30  # below this, two different notices could collide


# Everything but letters, digits and Chinese characters (\w less the underscore).
_NOT_SIGNIFICANT = re.compile(r"[\W_]+")


def _significant(text: str, limit: int) -> str:
    """The first ``limit`` letters, digits and Chinese characters, NFKC-folded."""
    kept = ""
    step = limit * 4
    for start in range(0, len(text), step):  # fold only as much as is needed
        kept += _NOT_SIGNIFICANT.sub("", unicodedata.normalize("NFKC", text[start : start + step]))
        if len(kept) >= limit:
            break
    return kept[:limit]


def content_fingerprint(body: str | None) -> str | None:
    """16 hex digits, or None for a body too short to tell apart."""
    text = _significant(body or "", WINDOW)
    if len(text) < MIN_CHARS:
        return None
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
