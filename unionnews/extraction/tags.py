"""Tags (keywords) shown with an article: ``标签: 湖南省娄底市总工会 打造中部地区材料谷``."""

from __future__ import annotations

import re

from unionnews.extraction.text import fold_labels

# The label ends with a colon, or is set in brackets: 【关键词】劳模；工匠, [标签] 劳模.
_TAG_LINE = re.compile(
    r"^\s*(?P<open>[【\[［])?\s*"
    r"(?:(?:本文|文章|相关)?标签|关键[词詞字]|主题词|Tags?|TAG|tags)\s*"
    r"(?(open)[】\]］]\s*[:：]?|[:：])\s*(?P<tags>.*)$"
)
_SPLIT = re.compile(r"[\s,，、;；|｜#]+")


# A line of hash tags: #天文航天#月球#中国航天 #嫦娥五号
_HASH_LINE = re.compile(r"^(?:\s*#[^#\s]{1,16}#?){2,}\s*$")


def tag_line(line: str) -> list[str] | None:
    """The tags of a ``标签:``/``关键词:`` line (possibly empty); None when it is no tag line."""
    m = _TAG_LINE.match(fold_labels(line))  # 標籤/關鍵字 are 标签/关键字
    if m:
        return split_tags(line[m.start("tags") :])
    if _HASH_LINE.match(line):
        return split_tags(line)
    return None


def split_tags(text: str) -> list[str]:
    tags: list[str] = []
    for tag in _SPLIT.split(text or ""):
        tag = tag.strip()
        if tag and tag not in tags and len(tag) <= 30:
            tags.append(tag)
    return tags
