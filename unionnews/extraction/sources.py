"""The originating outlet: ``来源：中工网－工人日报`` → ``工人日报``.

A repost names the outlet after the portal that carries it (``中工网－工人日报``); the
canonical source is the outlet, not the portal. The alias table maps the other ways an
outlet is written to one name.
"""

from __future__ import annotations

import re

# Portals that put their own name before the outlet they repost.
PORTALS = frozenset(
    {
        "中工网",
        "中国工会新闻网",
        "人民网",
        "新华网",
        "新浪",
        "新浪网",
        "网易",
        "搜狐",
        "腾讯",
        "凤凰网",
        "澎湃",
    }
)

# Other spellings of an outlet → its canonical name.
ALIASES: dict[str, str] = {
    "工人日报社": "工人日报",
    "工人日报客户端": "工人日报",
    "工人日报-中工网": "工人日报",
    "中工网-工人日报": "工人日报",
    "新华社客户端": "新华社",
    "新华网客户端": "新华网",
    "人民日报客户端": "人民日报",
    "央视新闻客户端": "央视新闻",
}

# Values that name no outlet at all.
NOT_A_SOURCE = frozenset(
    {
        "网络",
        "互联网",
        "网络整理",
        "本站",
        "本网",
        "原创",
        "未知",
        "佚名",
        "综合",
        "网友投稿",
        "转载",
    }
)

_BRACKETS = str.maketrans("", "", '《》〈〉"“”「」')
_SUFFIX = re.compile(r"\s*[\[［(（【](?:整理|综合|转载|原创|编译)[\]］)）】]\s*$")
_SPLIT = re.compile(r"\s*[－—–\-|｜丨]\s*")
_LEAD = re.compile(r"^(?:本文|文章|稿件|信息)?来源\s*[:：]?\s*")


def canonical_source(raw: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The canonical outlet named by ``raw``, or None when it names none."""
    if not raw:
        return None
    table = ALIASES if aliases is None else aliases
    text = _LEAD.sub("", raw.strip()).translate(_BRACKETS)
    text = _SUFFIX.sub("", text).strip()
    # A value followed by unrelated words (``新京报 作者：…`` already split off) may still
    # carry a second, space-separated outlet; the first one is the source.
    text = text.split(" ")[0] if " " in text and not re.search(r"[A-Za-z] [A-Za-z]", text) else text
    if not text or text in NOT_A_SOURCE:
        return None
    if text in table:
        return table[text]
    parts = [p for p in _SPLIT.split(text) if p]
    if len(parts) > 1:
        # 中工网－工人日报: drop the portal, keep the outlet it reposts.
        outlets = [p for p in parts if p not in PORTALS]
        if outlets and len(outlets) < len(parts):
            text = outlets[-1]
    text = table.get(text, text)
    return None if text in NOT_A_SOURCE else text
