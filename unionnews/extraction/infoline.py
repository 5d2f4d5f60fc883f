"""Split an article's info line into labelled parts.

``来源:工人日报时间:2022-09-29 23:49:18`` →
``[("source", "工人日报"), ("time", "2022-09-29 23:49:18")]``.
The line is split once at its labels; each part is then normalised by its own module
(dates, sources, credits), so no date regex ever runs over a whole page.
"""

from __future__ import annotations

import re

from unionnews.extraction.credits import (
    AUTHOR_ROLES,
    EDITOR_ROLES,
    MEDIA_BEFORE_SOURCE,
    OTHER_EDITOR_ROLES,
    OTHER_ROLES,
)
from unionnews.extraction.text import fold_labels

# Label words, longest first so that 责任编辑 wins over 编辑 and 发布时间 over 时间. The
# credit roles are the credit rules' own (credits.py): one vocabulary, so an info line and
# a credit line never disagree on who edited. An editor's part is kind by its role
# (责任编辑, 责编, 编辑, 选稿), which ranks it; other editing roles (校对, 编审) are "other".
LABELS: dict[str, str] = {
    "信息来源": "source",
    "文章来源": "source",
    "本文来源": "source",
    "本文来自": "source",
    "新闻来源": "source",
    "稿件来源": "source",
    "来源单位": "source",  # the unit that sent the item in, on a union or government site
    "来源于": "source",
    "来源": "source",
    "出处": "source",
    "稿源": "source",
    "转载自": "source",  # reposted from: the originating outlet
    "转载于": "source",
    "转自": "source",
    "原载": "source",  # first printed in
    "摘自": "source",
    "发布时间": "time",
    "出版日期": "time",
    "发表时间": "time",
    "发布日期": "time",
    "更新时间": "updated",  # not the publication date when a 发布 date is shown (§6)
    "最后更新": "updated",
    "修改时间": "updated",
    "时间": "time",
    "日期": "time",
    **{role: "author" for role in AUTHOR_ROLES if not set(role) & set("/／")},
    "文": "author",
    **{role: role for role in EDITOR_ROLES},
    **{role: "other" for role in OTHER_EDITOR_ROLES + OTHER_ROLES},
    "浏览次数": "other",
    "访问次数": "other",
    "点击次数": "other",
    "浏览量": "other",
    "点击量": "other",
    "访问量": "other",
    "阅读量": "other",
    "阅读数": "other",
    "阅读次数": "other",
    "点击数": "other",
    "点击": "other",
    "浏览": "other",
    "阅读": "other",
    "字号": "other",
    "分享": "other",
    "人气": "other",
    "评论": "other",
    "字体": "other",
    # a government or union site's record of the page: its column, issuer, index number
    "所属栏目": "other",
    "栏目": "other",
    "频道": "other",
    "主题分类": "other",
    "分类": "other",
    "发布单位": "other",
    "发布机构": "other",
    "索引号": "other",
    "文号": "other",
}
# A label may be spaced out to line up with the others (来 源：, 作　者：, 编  辑：).
_LABEL_SPACE = "[ \u3000\xa0]{0,2}"
_LABEL_ALT = "|".join(
    _LABEL_SPACE.join(map(re.escape, label)) for label in sorted(LABELS, key=len, reverse=True)
)
_SPACES = re.compile(_LABEL_SPACE)
# A label counts only when a colon or a slash follows it (文/王鑫, 来源：…), or, for a few
# labels, when it stands right before a value with no colon (发表于2014-…, 记者 王鑫).
# A source's or a credit's label may be set off by a bar instead of a colon (来源 | 新华网,
# 来源丨新华网, 编辑｜张三): the bar right after the label, a value (not a label) after it.
_BARRED = "|".join(
    sorted(
        [label for label, kind in LABELS.items() if kind == "source"]
        + ["作者", "记者", "编辑", "责任编辑", "责编"],
        key=len,
        reverse=True,
    )
)
_LABEL_RE = re.compile(
    rf"(?P<label>{_LABEL_ALT})\s*(?:[:：]|(?<=文)\s*[/／｜|丨])\s*"
    rf"|(?P<barred>{_BARRED})\s*[｜|丨]\s*(?=[^\s|｜丨:：])(?!{_LABEL_ALT})"
    r"|(?P<bare>发表于|发布于|更新于)\s*"
)
# In a header line, 来源/作者 may stand without a colon right before the value, after a
# separator: ``发表于2014-08-24 21:30| 来源CSDN| 作者魏星``. Never used on body text,
# where 作者认为… is prose.
_BARE_LABEL_RE = re.compile(
    rf"{_LABEL_RE.pattern}|(?:(?<=^)|(?<=[|｜丨\s]))(?P<bare_label>来源|作者|责任编辑)"
    r"(?=[\u4e00-\u9fffA-Za-z])"
)
_TRIM = " \t|｜丨/·•-—_【】[]()（）:：,，;；"
# A widget after the value (举报, 分享到：微信 微博, 【字号 大 中 小】) is not part of it; a
# link to the comments (参与互动, 我要评论) may even stand glued to it: 求是网参与互动.
_FURNITURE_TAIL = re.compile(
    r"\s+(?:(?:举报|分享|收藏|打印|关闭|纠错)$|分享到(?:\s*[:：].*)?$"
    r"|[【\[]?\s*(?:字号|字体)\s*[:：]?[\s大中小【】\[\]]*$)"
    r"|\s*(?:参与互动|参与讨论|我要评论|发表评论)\s*(?:[(（]\d*[)）]?)?$"
    # 分享到： glued to the value by an inline box: 来源：某某日报分享到：
    r"|\s*分享到(?:\s*[:：].*)?$"
)


def _trimmed(value: str) -> str:
    """``value`` without separators at its ends; a closing bracket whose opening it holds
    stays (来源：中国青年报（北京） keeps its place whole, not 中国青年报（北京)."""
    out = value.strip(_TRIM)
    after = value[value.find(out) + len(out) :] if out else ""
    for opening, closing in ("（）", "()"):
        if out.count(opening) > out.count(closing) and closing in after:
            out += closing
    return out


def without_widgets(value: str) -> str:
    """``value`` without a widget standing after it: ``求是网参与互动`` → ``求是网``."""
    return _FURNITURE_TAIL.sub("", value).rstrip()


# The bracket that closes a label set in brackets (【来源：新华网】).
_CLOSING_OF = {"【": "】", "[": "]", "［": "］", "〔": "〕"}


def split_infoline(line: str, bare: bool = False) -> list[tuple[str, str]]:
    """Labelled parts of ``line`` in order; unlabelled leading text is ``("text", …)``.

    ``bare`` also accepts 来源/作者 without a colon; use it only on header lines.
    """
    parts: list[tuple[str, str]] = []
    # Labels are matched on the folded text (來源 is 来源); values come from the original.
    matches = [
        m
        for m in (_BARE_LABEL_RE if bare else _LABEL_RE).finditer(fold_labels(line))
        # 发布于北京: where the poster was, not when (the label counts before a date only)
        if not (m["bare"] and not line[m.end() : m.end() + 1].isdigit())
    ]
    if not matches:
        return [("text", line.strip(_TRIM))] if line.strip(_TRIM) else []
    head = line[: matches[0].start()].strip(_TRIM)
    if head:
        parts.append(("text", head))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(line)
        value = re.split(r"[|｜丨]", line[m.end() : end])[0]
        opening = line[: m.start()].rstrip()[-1:]
        if opening in _CLOSING_OF:
            # 【来源：新华网】2024-05-13: a label set in brackets ends its value there.
            value = value.split(_CLOSING_OF[opening], 1)[0]
        value = without_widgets(_trimmed(value))
        label = _SPACES.sub(
            "", m["label"] or m["barred"] or (m["bare_label"] if bare else None) or ""
        )
        kind = LABELS[label] if label else ("updated" if m["bare"] == "更新于" else "time")
        if kind == "source" and MEDIA_BEFORE_SOURCE.search(line[: m.start()]):
            kind = "other"
        parts.append((kind, value))
    return parts


# A label alone on its line, its value on the next (<dt>来源：</dt><dd>新华网</dd>).
_LONE_LABEL = re.compile(rf"^[【\[]?(?:{_LABEL_ALT})\s*[:：][】\]]?$")
# A table's label cell may have no colon (<td>来源</td><td>新华网</td>): only a label of
# the record's own fields counts so (来源, 发布日期, 作者, 责任编辑), not a widget's (点击, 分享).
_FIELD_KINDS = ("source", "time", "updated", "author", *EDITOR_ROLES)
_BARE_LONE_LABEL = re.compile(
    "^(?:"
    + "|".join(
        re.escape(label)
        for label in sorted(LABELS, key=len, reverse=True)
        if LABELS[label] in _FIELD_KINDS and len(label) >= 2
    )
    + ")$"
)
LONE_VALUE_CHARS = 30


def join_lone_labels(lines: list[str]) -> list[str]:
    """``来源：`` and ``新华网`` on two lines are one: a label alone takes the short line
    after it as its value, unless that line holds a label of its own. A label cell with
    no colon (来源 / 新华网) is joined with one; left alone, it stays as it was."""
    joined: list[str] = []
    held: tuple[str, str] | None = None  # the label as it stands, and as it joins
    for line in lines:
        if held is not None:
            if len(line) <= LONE_VALUE_CHARS and not has_label(line):
                joined.append(f"{held[1]}{line}")
                held = None
                continue
            joined.append(held[0])
            held = None
        label = line.strip()
        folded = fold_labels(label)
        if _LONE_LABEL.match(folded):
            held = (label, label)
        elif _BARE_LONE_LABEL.match(folded):
            held = (label, f"{label}：")
        else:
            joined.append(line)
    if held is not None:
        joined.append(held[0])
    return joined


def has_label(line: str, bare: bool = False) -> bool:
    return bool((_BARE_LABEL_RE if bare else _LABEL_RE).search(fold_labels(line)))
