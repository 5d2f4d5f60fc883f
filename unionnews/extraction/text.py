"""Whitespace and punctuation helpers shared by the other normalisers."""

from __future__ import annotations

import re

_SPACE_RE = re.compile(r"[\s\u00a0\u3000\u200b\ufeff]+")
# Characters that make a line read as prose rather than a menu or a list of links.
PROSE_PUNCT = frozenset("，。！？；：、“”‘’…,.!?;")
_SENTENCE_END = frozenset("。！？…!?”」』）)")


def collapse(text: str | None) -> str:
    """Collapse every run of whitespace (ASCII, NBSP, ideographic space) into one space."""
    if not text:
        return ""
    return _SPACE_RE.sub(" ", text).strip()


def squeeze(text: str | None) -> str:
    """Remove all whitespace: how the gold corpus compares body text."""
    if not text:
        return ""
    return _SPACE_RE.sub("", text)


_PUNCT_RE = re.compile("[" + re.escape("".join(sorted(PROSE_PUNCT))) + "]")


def punct_count(text: str) -> int:
    return len(_PUNCT_RE.findall(text))


def cjk_count(text: str) -> int:
    return sum(1 for ch in text if "\u4e00" <= ch <= "\u9fff")


def ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in _SENTENCE_END
