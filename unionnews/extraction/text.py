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


# A word set in brackets of its own: 【新华网】, [工会动态], 〔某某〕.
_BRACKETED = re.compile(r"^[【\[［〔](?P<inner>[^】\]］〕]{2,20})[】\]］〕]$")


def bracketed_inner(text: str) -> str | None:
    """What ``text`` sets in brackets of its own (``【新华网】`` → ``新华网``), else None."""
    m = _BRACKETED.match(text)
    return m["inner"].strip() if m else None


def punct_count(text: str) -> int:
    return len(_PUNCT_RE.findall(text))


_CJK_RE = re.compile("[\u4e00-\u9fff]")


def cjk_count(text: str) -> int:
    return len(_CJK_RE.findall(text))


def ends_sentence(text: str) -> bool:
    return bool(text) and text[-1] in _SENTENCE_END


# Traditional forms of the characters that label words are written with (記者, 編輯,
# 來源, 關鍵字, 相關新聞 …), folded to the simplified forms the rules are written in. One
# character for one, so a match on the folded text stands at the same place in the
# original, and values (names, outlets) are taken from the original as written.
_TRADITIONAL = (
    "記編輯責攝報導訊電來標籤鍵圖發佈時間實習員與網聞閱讀薦關審稿傳點擊載專熱線權經轉聲後"
    "門鏈資題擴為歡顧條評論進體別結絡許閉掃機維碼長識據綜譯註處舉話聯繫請創"
)
_SIMPLIFIED = (
    "记编辑责摄报导讯电来标签键图发布时间实习员与网闻阅读荐关审稿传点击载专热线权经转声后"
    "门链资题扩为欢顾条评论进体别结络许闭扫机维码长识据综译注处举话联系请创"
)
_FOLD = str.maketrans(_TRADITIONAL, _SIMPLIFIED)
# One regex scan is far cheaper than translate() on every line of every page.
_HAS_TRADITIONAL = re.compile(f"[{_TRADITIONAL}]")


def fold_labels(text: str) -> str:
    """``text`` with the traditional forms of label characters simplified, same length."""
    return text.translate(_FOLD) if _HAS_TRADITIONAL.search(text) else text
