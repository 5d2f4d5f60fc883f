"""Who wrote the article and who edited it, from credit lines and bylines.

Authors are the people credited as writing or reporting: ``记者 X``, ``作者：X``, ``文/X``,
``通讯员 Y``, ``本报讯（记者 X 通讯员 Y）`` and a closing ``(王鑫 方大丰)``. Editors
(责任编辑/编辑/责编) are kept apart and are never authors; photographers (``X 摄``) are
neither.
"""

from __future__ import annotations

import re

_NAME = r"[\u4e00-\u9fff·]{2,4}"
# Role words that stand before names in a credit, longest first.
_ROLES = (
    "见习记者",
    "实习记者",
    "特约记者",
    "本报记者",
    "本刊记者",
    "首席记者",
    "记者",
    "通讯员",
    "实习生",
    "撰稿",
    "撰文",
    "采写",
    "作者",
    "文/图",
    "文图",
    "图/文",
    "文",
    "整理",
    "编译",
)
_ROLE_RE = re.compile("|".join(map(re.escape, _ROLES)))
# Credit values that name nobody.
NOT_A_PERSON = frozenset(
    {
        "网络",
        "网络整理",
        "未知",
        "佚名",
        "本站",
        "本网",
        "admin",
        "小编",
        "综合",
        "整理",
        "原创",
        "编辑",
        "记者",
        "通讯员",
        "管理员",
        "系统管理员",
        "查看更多",
        "更多",
        "最新",
        "关注",
    }
)
_STAFF_CODE = re.compile(r"[_＿][A-Za-z]{1,4}\d+$")
# A closing credit: only names (with an optional role) inside parentheses, ending the text.
_CLOSING = re.compile(
    r"[（(]\s*(?:(?:文/图|文图|图文|文|记者|通讯员|作者)\s*[/／:：]?\s*)?"
    rf"(?P<names>{_NAME}(?:[\s、，,]+(?:(?:记者|通讯员)\s*)?{_NAME})*)\s*[)）]\s*$"
)
# The lead of a news story: 本报讯（记者 X 通讯员 Y）, 新京报讯（记者 X）.
_LEAD = re.compile(r"^[^（(]{0,16}讯\s*[（(](?P<credit>[^）)]{2,60})[)）]")
_PHOTO = re.compile(r"(?:摄|摄影|供图|图片来源|视频截图)\s*$|^摄影[:：]")
_SPLIT = re.compile(r"[\s、，,;；/|]+")


def clean_name(name: str) -> str:
    return _STAFF_CODE.sub("", name.strip(" :：·"))


# An outlet glued to a role word (南都记者, 新京报见习记者) is not a person.
_GLUED_ROLE = re.compile(r"[^\s、，,:：/]*?(?:见习记者|实习记者|特约记者|记者|通讯员|实习生)")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.\-]{1,30}")


def _tokens(text: str) -> list[str]:
    text = _ROLE_RE.sub(" ", _GLUED_ROLE.sub(" ", text))
    return [t for t in (clean_name(tok) for tok in _SPLIT.split(text)) if t]


def _is_name(token: str) -> bool:
    return bool(re.fullmatch(_NAME, token) or _LATIN_NAME.fullmatch(token))


def names_in(text: str) -> list[str]:
    """Person names in a credit value: ``记者 王鑫 通讯员 方大丰`` → ``["王鑫", "方大丰"]``."""
    if not text or _PHOTO.search(text.strip()):
        return []
    names: list[str] = []
    for token in _tokens(text):
        if token not in NOT_A_PERSON and token not in names and _is_name(token):
            names.append(token)
    return names


def closing_credit(paragraph: str) -> tuple[str, list[str]]:
    """Split a closing ``(王鑫 方大丰)`` off the last paragraph: (text left, authors)."""
    m = _CLOSING.search(paragraph)
    if not m or _DEPARTMENT.search(paragraph):
        return paragraph, []
    names = names_in(m["names"])
    if not names:
        return paragraph, []
    return paragraph[: m.start()].rstrip(), names


# (宣教部), (省总宣教部): the contributing department, closing the text; not a person.
_DEPARTMENT = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{1,12}(?:部|处|室|办|科|组|中心|办公室)\s*[)）]\s*$"
)


def closing_department(paragraph: str) -> str:
    """The paragraph without a closing department credit."""
    return _DEPARTMENT.sub("", paragraph).rstrip()


def lead_credit(paragraph: str) -> list[str]:
    """Authors named in a story's lead, ``本报讯（记者 王鑫 通讯员 方大丰）``."""
    m = _LEAD.match(paragraph)
    return names_in(m["credit"]) if m else []


# A line that is nothing but a credit: ``新京报记者 陆一夫``, ``采写：南都记者 余毅菁 向雪妮``,
# ``编辑 刘晓阳 校对 李铭``, ``《棱镜》作者 周纯``.
_CREDIT_LINE = re.compile(
    r"^(?:(?:[\u4e00-\u9fff《》]{0,8}?)"
    r"(?P<role>见习记者|实习记者|特约记者|记者|通讯员|作者|撰文|采写|责任编辑|编辑|责编|校对|审核|监制)"
    r"|(?P<text_role>文/图|图/文|文(?=\s*[/／｜|:：])))"
    r"\s*[:：/／｜|]?\s*(?P<rest>.+)$"
)


def credit_line(line: str) -> tuple[str, list[str]] | None:
    """("author"|"editor", names) when ``line`` is a credit and nothing else, else None."""
    text = line.strip()
    if len(text) > 40 or re.search(r"[。！？，]", text):
        return None
    m = _CREDIT_LINE.match(text)
    if not m:
        return None
    rest = re.split(r"\s*(?:校对|审核|监制|编辑|责任编辑)\s*[:：]?\s*", m["rest"])[0]
    if _PHOTO.search(rest):
        return None
    role = (
        "editor"
        if (m["role"] or "") in ("责任编辑", "编辑", "责编", "校对", "审核", "监制")
        else "author"
    )
    tokens = _tokens(rest)
    # Every word left must be a name, or this is prose that happens to start with 记者.
    if not tokens or not all(_is_name(t) or t in NOT_A_PERSON for t in tokens):
        return None
    return role, [t for t in dict.fromkeys(tokens) if t not in NOT_A_PERSON]


def clean_editor(value: str | None) -> str | None:
    """``杨倩_NF4425`` → ``杨倩``; ``（责任编辑：X）`` → ``X``."""
    if not value:
        return None
    text = value.strip(" ()（）[]【】")
    text = re.sub(r"^(?:责任编辑|编辑|责编)\s*[:：]?\s*", "", text)
    # (责编：李楠、王丹): the first name is the editor in charge.
    text = re.split(r"[、，,;；/]", text)[0]
    text = clean_name(text.strip(" ()（）"))
    # 宪瑞 人气：5380 …: a Chinese name ends at the first space; a Latin one (Demi Xia) may not.
    if re.match(r"[\u4e00-\u9fff]", text):
        text = text.split(" ")[0]
    return text or None
