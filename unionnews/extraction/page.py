"""The generic extractor: title, info lines, body lines and tag markup of a news page.

It depends on no site's class names. The page is cut into text lines at block elements
and ``<br>``; the body container is the element that holds the most prose (lines rich in
Chinese sentence punctuation and poor in link text), scored the way readability does:
a line counts fully for its container and half for the container's parent. The headline
is the line before the body that best matches the page's ``<title>``/``og:title``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from difflib import SequenceMatcher
from functools import cache, lru_cache

from cssselect import GenericTranslator
from lxml import etree

from unionnews.extraction import body, closing, credits, infoline, trailing
from unionnews.extraction import lines as lines_model
from unionnews.extraction.dates import SHANGHAI, data_published, find_date
from unionnews.extraction.sources import PLATFORM_NAME, ends_like_outlet, names_an_outlet
from unionnews.extraction.text import (
    cjk_count,
    collapse,
    ends_sentence,
    fold_labels,
    punct_count,
    squeeze,
)

# huge_tree: pages nested deeper than 255 elements (a CMS that never closes its <div>s)
# are read whole instead of being cut off at that depth.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, recover=True, huge_tree=True)

BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "center",
        "dd",
        "details",
        "dialog",
        "dir",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "html",
        "li",
        "main",
        "menu",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)
# Elements whose own text is a paragraph: their container is their parent.
PARAGRAPH_TAGS = frozenset(
    ["p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "pre", "blockquote", "figcaption"]
)
HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "svg",
        "canvas",
        "object",
        "embed",
        "video",
        "audio",
        "select",
        "option",
        "textarea",
        "button",
        "input",
        "head",
        "title",
        "map",
        "area",
        "noembed",
        "noframes",
    ]
)
# Hidden text (§9): display:none. visibility:hidden is not: a page served before its
# scripts run sets its text column so (a 公众号 article's text) and reveals it on load.
_HIDDEN = re.compile(r"display\s*:\s*none", re.I)
_TAG_MARKUP = re.compile(r"(?:^|[\s_-])(?:tags?|tag[-_]?list|keywords?|label)(?:$|[\s_-])", re.I)
_TITLE_SPLIT = re.compile(r"\s*(?:[_|｜]|\s-\s|\s—\s|--|——)\s*")
# Short news items (快讯) have two short paragraphs; list pages have next to no prose.
_MIN_BODY_CHARS = 40
_STRAY_END = re.compile(r"</(?:html|body)\s*>", re.I)
# A photo gallery numbers its captions: 1/10 …
_SLIDE = re.compile(r"^\d{1,3}/\d{1,3}\s")
# Rule "thread or answers page" (§7): a forum thread and a Q&A page show their own
# furniture on short lines of their own: a thread its floors and posters' panels (楼主, 沙发,
# 只看该作者, 积分, 帖子 …), a Q&A page its answers (3个回答, 写回答, 最佳答案, 已采纳 …).
# A thread needs three different such words, an answers page one; the words stand alone
# or open their line, so prose that names them is no sign.
_THREAD_WORD = re.compile(
    r"^(?:楼主|沙发|板凳|地板|只看该作者|只看楼主|倒序浏览|阅读模式|电梯直达|回复本楼|举报本楼|"
    r"引用回复|快速回复|回复帖子|发表回复|主题帖|帖子|精华|积分|注册时间|最后登录|在线时间|阅读权限|"
    r"查看个人资料|收藏帖子|\d{1,4}\s*楼|#\d{1,4}楼?|\d{1,4}#)(?![\u4e00-\u9fff])"
)
_ANSWERS_WORD = re.compile(
    r"^(?:\d+\s*个回答|写回答|最佳答案|已采纳|提问者采纳|网友采纳|邀请回答|关注问题|我来答|"
    r"更多回答|查看全部\s*\d+\s*个回答)"
)
THREAD_WORDS = 3
FURNITURE_LINE = 30
# A forum's own buttons and notes, anywhere on a short line: the reply buttons (回复本贴,
# 跟从标题, 发表回复), the post's stamp (本贴由…发表, 最后由 X 回复于), the reply count (共收到 10
# 条回复, 最新回复), the login note (登录后方可回复, 登录以回复), moderation (置顶此帖), an
# archiver's links (查看完整版本, Powered by Discuz!). Two different ones make a thread: one
# may stand in a news page's comment box or sidebar.
_THREAD_PHRASE = re.compile(
    r"回复本[贴帖楼]|跟从标题|本[贴帖]由|回复于|条回复|最新回复|方可回复|以回复|发表回复|快速回复|"
    r"置顶此[贴帖]|查看完整版本|Powered by Discuz",
    re.I,
)
# A floor number standing apart (gazeldx #1 1 月前, 发布 #4 2023年10月11日): on two lines or
# more it is one more of a thread's marks. A hashtag (#两会#) is no floor.
_FLOOR = re.compile(r"(?:^|\s)#\d{1,4}(?:\s|$)")
THREAD_PHRASES = 2
THREAD_PHRASE_LINE = 60
# An accepted answer: the answer's dated stamp line ends with it (Qbian | 2024-01-06 被采纳).
_ACCEPTED = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\D.*(?:被|已)采纳$")


def thread_or_answers(lines: list[str]) -> str | None:
    """``"forum thread"`` or ``"answers page"`` when the page shows that furniture, else None."""
    short = [text for text in lines if len(text) <= FURNITURE_LINE]
    stamps = [text for text in lines if len(text) <= THREAD_PHRASE_LINE]
    if any(_ANSWERS_WORD.match(text) for text in short) or any(
        _ACCEPTED.search(text) for text in stamps
    ):
        return "answers page"
    words = {m[0] for text in short if (m := _THREAD_WORD.match(text))}
    if len(words) >= THREAD_WORDS:
        return "forum thread"
    phrases = {
        re.sub(r"\s", "", word).lower() for text in stamps for word in _THREAD_PHRASE.findall(text)
    }
    if sum(1 for text in stamps if _FLOOR.search(text)) >= 2:
        phrases.add("#N")
    return "forum thread" if len(phrases) >= THREAD_PHRASES else None


# Rule "several posts" (§7, repeated sibling blocks): a blog's archive page shows post after
# post, each a headline of its own with the time it was posted right under it, then its
# text. An article has one headline over its date; a sidebar's items are links.
_POST_STAMP = re.compile(
    r"^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s+\d{1,2}[:：]\d{2}(?:[:：]\d{2})?$"
)
POSTS = 3


def several_posts(lines: list[Line]) -> bool:
    """Whether the page shows three posts or more, each a headline over its time and text."""
    posts = 0
    for i in range(len(lines) - 2):
        head, stamp, text = lines[i], lines[i + 1], lines[i + 2]
        if (
            head.heading
            and head.link_ratio < 0.5
            and not _POST_STAMP.match(head.text)
            and _POST_STAMP.match(stamp.text)
            and text.score
            and text.link_ratio < 0.5
        ):
            posts += 1
    return posts >= POSTS


# Rule "encyclopedia entry" (§7): the site names itself an encyclopedia (某某百科, 维基百科,
# Wikipedia) in og:site_name or the <title> suffix, or its sections carry edit links
# (简介[编辑]) on two headings or more.
_ENCYCLOPEDIA = re.compile(r"百科|Wikipedia|维基|維基", re.I)
_SECTION_EDIT = re.compile(r"\S\s*[\[［【]\s*(?:编辑|編輯|edit)\s*[\]］】]$", re.I)
SECTION_EDITS = 2


def encyclopedia_entry(meta: dict[str, str], lines: list[str], headline: str | None) -> bool:
    """Whether the page is an encyclopedia's entry."""
    name = meta.get("og:site_name") or title_suffix_name(meta.get("html_title", ""), headline)
    if name and _ENCYCLOPEDIA.search(name):
        return True
    return (
        sum(1 for text in lines if len(text) <= FURNITURE_LINE and _SECTION_EDIT.search(text))
        >= SECTION_EDITS
    )


_ORIGINAL_TITLE = re.compile(r"^[（(【\[]?\s*原标题\s*[:：]")


@dataclass
class Line:
    """One text line of the page, cut at block elements and ``<br>``."""

    text: str
    link_chars: int
    owner: int  # preorder index of the innermost block element around the text
    heading: bool
    after_image: bool = False  # a picture stands between the line before and this one
    link_ratio: float = field(init=False)
    score: float = field(init=False)  # how much the line reads like article prose

    def __post_init__(self) -> None:
        # Computed once: every rule below asks for them, line after line.
        self.link_ratio = self.link_chars / max(len(self.text), 1)
        self.score = _prose_score(self.text, self.link_ratio)


@dataclass
class PageParts:
    """What the generic extractor found; values are raw page text, not yet normalised."""

    title: str | None
    head_lines: list[str]  # between the headline and the body: the info line lives here
    body_lines: list[str]  # the body container, trailing blocks included
    tail_lines: list[str]  # after the body container: tag lines, credits, copyright boxes
    pre_title_lines: list[str] = field(default_factory=list)  # the few lines above the headline
    markup_tags: list[str] = field(default_factory=list)
    marked_authors: list[str] = field(default_factory=list)  # <a rel="author">, itemprop
    meta: dict[str, str] = field(default_factory=dict)
    site_name: str | None = None  # the site's own name, for pages that are its own
    data_published: datetime | None = None  # the publication time in the page's own data
    data_day_shown: bool = False  # whether a line of the page shows that time's day
    issue_line: str | None = None  # an e-paper's issue date line (2024年05月13日 上一期 下一期)


class NotAnArticle(Exception):
    """The page is readable but is not an article (a list page, an index, a gallery)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason

    @property
    def key(self) -> str:
        """A stat key: ``too little prose (14 chars)`` → ``too_little_prose``."""
        return self.reason.split(" (")[0].split(":")[0].strip().replace(" ", "_")


class _Walker:
    """Cut a cleaned tree into lines, remembering each element's subtree span."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.spans: dict[int, tuple[int, int]] = {}  # preorder index -> (first, last) index
        self.elements: list[etree._Element] = []
        self.parent: list[int] = []
        self._buf: list[str] = []  # the current line's pieces of text
        self._links: list[str] = []  # those of them inside links
        self._owner = 0
        self._heading = False
        self._image = False  # a picture was met since the last line
        self._image_next = False  # a picture was met after the current line's text

    def flush(self) -> None:
        buf, links = self._buf, self._links
        if buf:
            text = collapse("".join(buf))
            if text:
                link = sum([len(collapse(t)) for t in links]) if links else 0
                line = Line(text, min(link, len(text)), self._owner, self._heading, self._image)
                self.lines.append(line)
                self._image, self._image_next = self._image_next, False
            buf.clear()
            links.clear()

    def add(self, text: str | None, owner: int, link: bool, heading: bool) -> None:
        """Buffer a piece of the current line (``walk`` does the same inline)."""
        if not text:
            return
        if not self._buf:
            if text.isspace():
                return  # white space opening a line is dropped anyway
            self._owner, self._heading = owner, heading
        self._buf.append(text)
        if link:
            self._links.append(text)

    def walk(self, root: etree._Element) -> None:
        """Walk the tree in document order with lxml's own iterator, not recursion: a page
        of unclosed ``<div>``s nests thousands deep. The hottest loop of extraction: names
        are bound locally, and the buffer is flushed only when it holds text."""
        events = etree.iterwalk(root, events=("start", "end", "comment", "pi"))
        elements, parents, spans = self.elements, self.parent, self.spans
        flush, add, buf, links = self.flush, self.add, self._buf, self._links
        skip_tags, block_tags, heading_tags = SKIP_TAGS, BLOCK_TAGS, HEADING_TAGS
        # For each open element: its index, and the owner, link and heading its content
        # (its text, its children's tails) is read under; owner -1 marks a skipped one.
        open_: list[tuple[int, int, bool, bool]] = []
        for event, el in events:
            if event == "start":
                index = len(elements)
                elements.append(el)
                tag = el.tag
                if not open_:  # the root
                    parents.append(-1)
                    owner, link, heading = 0, False, False
                else:
                    parent, owner, link, heading = open_[-1]
                    parents.append(parent)
                    if tag in skip_tags or (el.attrib and _skip(el)):
                        # A skipped child (script, hidden block) holds a place and spans
                        # itself.
                        spans[index] = (index, index)
                        if tag == "script" and el.text and "document.write" in el.text:
                            after_label = bool(buf) and buf[-1].rstrip().endswith(("：", ":"))
                            add(_written(el.text, after_label), owner, link, heading)
                        events.skip_subtree()
                        open_.append((index, -1, False, False))
                        continue
                if tag in block_tags:
                    if buf:
                        flush()
                    owner = index
                    heading = tag in heading_tags or "title" in (el.get("class") or "").lower()
                elif tag == "br":
                    if buf:
                        flush()
                elif tag == "a":
                    link = True
                elif tag == "img" and _is_picture(el):
                    if buf:
                        self._image_next = True  # after this line's text: under it
                    else:
                        self._image = True
                text = el.text
                if text and (buf or not text.isspace()):
                    if not buf:
                        self._owner, self._heading = owner, heading
                    buf.append(text)
                    if link:
                        links.append(text)
                open_.append((index, owner, link, heading))
                continue
            if event == "end":
                index, owner, _, _ = open_.pop()
                if owner >= 0:
                    if owner == index and buf:  # a block ends
                        flush()
                    spans[index] = (index, len(elements) - 1)
            else:  # a comment or a processing instruction: skipped, holding a place
                index = len(elements)
                elements.append(el)
                parents.append(open_[-1][0] if open_ else -1)
                spans[index] = (index, index)
            if open_:
                tail = el.tail
                if tail and (buf or not tail.isspace()):
                    _, owner, link, heading = open_[-1]
                    if not buf:
                        self._owner, self._heading = owner, heading
                    buf.append(tail)
                    if link:
                        links.append(tail)


# Rule "written by a script": a date the page writes with document.write where it stands
# (<script>document.write("2024-05-13 10:00")</script>) is shown on the page, and so is a
# label's value written right after the label (来源：<script>document.write("某某日报")…).
# Only a short text holding a date, or a short value after a label: a script writing an
# ad, a frame or a widget's label writes markup or furniture.
_WRITE = re.compile(r"""document\.write(?:ln)?\(\s*(['"])(?P<text>.{0,200}?)\1\s*\)""")
_TAG = re.compile(r"<[^>]*>")
WRITTEN_CHARS = 60
WRITTEN_VALUE_CHARS = 30


def _written(script: str, after_label: bool = False) -> str | None:
    """The short dated text a script writes in place (or, ``after_label``, the label's
    short value), else None."""
    text = "".join(m["text"] for m in _WRITE.finditer(script[:2000]))
    if after_label and text and "<" not in text and len(text.strip()) <= WRITTEN_VALUE_CHARS:
        return text.strip()
    text = _TAG.sub("", text).strip()
    return text if len(text) <= WRITTEN_CHARS and find_date(text) else None


def shows_day(texts: list[str], when: datetime) -> bool:
    """Whether a line of the page shows the day of ``when`` in Beijing, in any of the
    forms dates are written in (2013-11-29, 2013年11月29日, 2013/11/29, 2013.11.29)."""
    day = when.astimezone(SHANGHAI)
    shown = re.compile(rf"{day.year}\s*[-/.年]\s*0?{day.month}\s*[-/.月]\s*0?{day.day}(?!\d)")
    return any(shown.search(text) for text in texts)


# A picture, not an icon: a share button or a bullet is set small.
ICON_SIZE = 40


def _is_picture(img: etree._Element) -> bool:
    for side in ("width", "height"):
        value = (img.get(side) or "").strip().removesuffix("px")
        if value.isdigit() and int(value) <= ICON_SIZE:
            return False
    return True


def _skip(el: etree._Element) -> bool:
    if not isinstance(el.tag, str):
        return True  # comments and processing instructions
    if el.tag in SKIP_TAGS:
        return True
    attrib = el.attrib
    if not attrib:
        return False
    if "hidden" in attrib:
        return True
    style = attrib.get("style")
    return bool(style and _HIDDEN.search(style))


def _meta(doc: etree._Element) -> dict[str, str]:
    meta: dict[str, str] = {}
    for el in doc.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
        value = collapse(el.get("content"))
        if key and value and key not in meta:
            meta[key] = value
    title = doc.find(".//title")
    if title is not None:
        meta["html_title"] = collapse("".join(title.itertext()))
    return meta


def _prose_score(text: str, link_ratio: float) -> float:
    """How much a line reads like article prose."""
    if len(text) < 8 or link_ratio > 0.3:
        return 0.0
    punct = punct_count(text)
    if punct == 0 and cjk_count(text) < 30:
        return 0.0
    return 1.0 + punct + min(len(text) / 60, 3.0)


def _similarity(candidate: str, title: str, chars: frozenset[str] | None = None) -> float:
    """The share of ``candidate`` that stands in ``title`` as one run of characters."""
    if not candidate or not title:
        return 0.0
    if candidate in title:
        return 1.0
    if len(title) < 0.5 * len(candidate):
        return 0.0  # a paragraph: it cannot share half of itself with the title
    # An upper bound first: the share of the candidate's characters found in the title.
    # Menus and breadcrumbs fail it, and skip the quadratic matcher.
    chars = chars if chars is not None else frozenset(title)
    if sum(map(chars.__contains__, candidate)) < 0.5 * len(candidate):
        return 0.0
    m = SequenceMatcher(None, candidate, title, autojunk=False).find_longest_match()
    return m.size / len(candidate)


# Rule "headline above the info line": a page with no usable <title> and no heading shows
# its headline as the last short line above the body that is neither a date, a labelled
# info line, a link nor a sentence. Only this many lines above the body are looked at.
HEADLINE_ABOVE = 4
_INFO_LIKE = re.compile(r"\d{4}[-/.年]\d{1,2}|[:：]|https?://")


def _pick_title(
    lines: list[Line],
    limit: int,
    body_start: int,
    sims: list[float],
    ranks: list[int] | None = None,
) -> int | None:
    """Index of the headline line among ``lines[:limit]``; ``sims`` says how much of each
    line stands in the page's <title> or og:title; ``ranks``, each line's heading level
    (1 for <h1>), where known."""
    best, best_key = None, (0.0, 0, 0)
    for i in range(limit):
        line = lines[i]
        if not 4 <= len(line.text) <= 120 or (line.link_ratio > 0.5 and not line.heading):
            continue
        if _ORIGINAL_TITLE.match(line.text):
            continue  # （原标题：…） repeats an older headline inside the body
        sim = sims[i]
        if sim < 0.75 and not (line.heading and sim >= 0.5):
            continue
        key = (round(sim, 1), len(line.text) if sim >= 0.75 else 0, i)
        if key > best_key:
            best, best_key = i, key
    if best is not None:
        return best

    # The <title> names only the site or column (an e-paper's page): take the last heading
    # before the body, or, where a kicker and a subtitle stand about it as headings too,
    # the one of the highest rank (<h3>kicker <h1>headline <h3>subtitle); a dash-led
    # subtitle (——记某某劳模) is never the headline.
    def candidate(i: int) -> bool:
        line = lines[i]
        return (
            line.heading
            and 4 <= len(line.text) <= 120
            and line.link_ratio < 0.5
            and closing.furniture_kind(line.text) is None
        )

    last = next((i for i in range(limit - 1, -1, -1) if candidate(i)), None)
    if last is not None:
        run = [last]
        while run[-1] > 0 and candidate(run[-1] - 1):
            run.append(run[-1] - 1)
        run = [i for i in run if not body.SUBTITLE.match(lines[i].text)] or run
        at = run[0]
        # Up from the last heading while the one above it ranks higher.
        for above in run[1:]:
            if ranks is None or ranks[above] >= ranks[at]:
                break
            at = above
        return at
    for i in range(body_start - 1, max(-1, body_start - 1 - HEADLINE_ABOVE), -1):
        line = lines[i]
        if (
            4 <= len(line.text) <= 60
            and line.link_ratio < 0.5
            and not ends_sentence(line.text)
            and not _INFO_LIKE.search(line.text)
            and not trailing.is_trailing(line.text)
        ):
            return i
    return None


# Rule "headline over several lines": a headline broken with <br> (or set as two lines)
# is whole only joined; a neighbour line joins while the whole still stands in <title>.
HEADLINE_PART_MAX = 60


def headline_span(lines: list[Line], at: int, meta: dict[str, str]) -> tuple[int, int]:
    """First and last index of the headline whose line ``at`` was picked: the lines next
    to it that <title> holds with it, set as it is (a kicker in a <div> over the <h1> is
    not the headline, §1)."""
    refs = [squeeze(r) for r in (meta.get("og:title"), meta.get("html_title")) if r]
    if not refs:
        return at, at

    def inside(text: str) -> bool:
        text = squeeze(text)
        return any(text in ref for ref in refs)

    first = last = at
    text = lines[at].text
    while (
        last + 1 < len(lines)
        and len(lines[last + 1].text) <= HEADLINE_PART_MAX
        and lines[last + 1].heading == lines[at].heading
        and inside(text + lines[last + 1].text)
    ):
        last += 1
        text += lines[last].text
    while (
        first > 0
        and len(lines[first - 1].text) <= HEADLINE_PART_MAX
        and lines[first - 1].heading == lines[at].heading
        and inside(lines[first - 1].text + text)
    ):
        first -= 1
        text = lines[first].text + text
    return first, last


def _title_from_meta(meta: dict[str, str]) -> str | None:
    if meta.get("og:title"):
        return meta["og:title"]
    parts = [p for p in _TITLE_SPLIT.split(meta.get("html_title", "")) if p]
    return max(parts, key=len) if parts else None


# Rule "footer name": 版权所有：某某总工会, 主办单位：某某, 某某 版权所有, Copyright © 某某网.
# A label before the name is read first; 主管 (the body that supervises the site) names
# someone else, and 本网站由某某主办 names 某某.
_FOOTER_LABEL = r"(?:网站)?(?:版[权權]所有|主[办辦]單位|主办单位|主[办辦]方?|Copyright)"
_FOOTER_AFTER = re.compile(
    rf"{_FOOTER_LABEL}\s*[:：@]?\s*(?:©|\(c\)|（c）|@)?\s*(?:\d{{4}}(?:\s*[-—]\s*\d{{4}})?\s*)?"
    r"(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,29})",
    re.I,
)
_FOOTER_BEFORE = re.compile(
    r"(?:^|[\s|｜:：])(?:本网站由|本站由|由)?(?P<name>[\u4e00-\u9fff][\u4e00-\u9fff（）()]{1,29}?)"
    r"\s*(?:版[权權]所有|主[办辦])"
)
# Words that stand where a name would but are none (版权所有 复制必究), and a company
# (某某广告有限公司深圳分公司 版权所有): the site's operator, not the site's name.
_NOT_A_NAME = re.compile(
    r"^(?:复制必究|翻印必究|违者必究|侵权必究|不得转载|未经|禁止|严禁|网站|本站|本网)"
    r"|(?:公司|集团)(?:[（(].{1,10}[)）])?$"
)
# The body that supervises a site (主管：某某市委宣传部) is not its name.
_SUPERVISOR = re.compile(r"主管(?:单位)?\s*[:：]?\s*$")
# The suffix of <title>: 标题_站名, 标题-栏目-站名, 标题--栏目--站名, 标题|站名.
_TITLE_SUFFIX = re.compile(r"(?:_|\s*[-－—|｜]{1,2}\s*)(?P<name>[^_\-－—|｜]{2,24})$")


def footer_name(lines: list[str]) -> str | None:
    """The site's name as its footer gives it, read from the last lines up."""
    for text in reversed(lines):
        for pattern in (_FOOTER_AFTER, _FOOTER_BEFORE):
            for m in pattern.finditer(text):
                name = m["name"].strip("（）()")
                if (
                    len(name) >= 2
                    and not _NOT_A_NAME.search(fold_labels(name))
                    and not _SUPERVISOR.search(text[: m.start("name")])
                ):
                    return name
    return None


# A site's domain after its name: 某某网(cctv.com).
_DOMAIN_AFTER = re.compile(r"\s*[（(][A-Za-z0-9.\-]+\.[A-Za-z]{2,}[)）]$")
_HAS_CJK = re.compile(r"[\u4e00-\u9fff]")


def title_suffix_name(html_title: str, headline: str | None = None) -> str | None:
    """``标题_栏目_某某新闻-The Paper`` → ``某某新闻-The Paper``; ``标题--文化--某某网`` →
    ``某某网``; ``标题 | 某某新闻 - The Paper`` → ``某某新闻`` (a Latin name after the
    Chinese one is the same site's); ``标题_某某网(cctv.com)`` → ``某某网``. None when the
    <title> is the headline alone."""
    text = _DOMAIN_AFTER.sub("", html_title.strip())
    if headline and text.endswith(headline) and not text.startswith(headline):
        # 某某网 - 标题: what stands before the headline may be the site or one of its
        # columns, which names no outlet: nothing is read from it, and the headline is
        # no suffix.
        return None
    stripped = False  # whether the headline was taken off: the parts left are the site's
    if headline and text.startswith(headline):
        text = text[len(headline) :]
        stripped = True
    if "_" in text:
        pieces = [piece.strip() for piece in text.split("_")]
        name = pieces[-1]
        if len(pieces) > 2 and (
            (not _HAS_CJK.search(name) and _HAS_CJK.search(pieces[-2]))
            or (stripped and _motto_after(pieces[-2], name))
        ):
            # 标题_某某网_www.example.com: the address is the same site's, and so is
            # 标题_某某网_国家经济门户's motto.
            name = pieces[-2]
        return name if 2 <= len(name) <= 24 else None
    tail = _LATIN_TAIL.search(text)
    if tail and _TITLE_SUFFIX.search(text[: tail.start()]):
        # 标题 - 某某网 - www.some-site.com, 标题 | 某某网 | A Long English Name: the
        # Latin name or address after the Chinese one is the same site's.
        text = text[: tail.start()]
    m = _TITLE_SUFFIX.search(text)
    if not m or not (headline or m.start() > 0):
        return None
    before = _TITLE_SUFFIX.search(text[: m.start()])
    if before and (headline or before.start() > 0):
        if not _HAS_CJK.search(m["name"]) and _HAS_CJK.search(before["name"]):
            return before["name"].strip()
        if stripped and _motto_after(before["name"].strip(), m["name"].strip()):
            return before["name"].strip()
    return m["name"].strip()


# Rule "motto after the name": a site may close its <title> with its motto, its edition or
# a column after its name (标题_某某网_国家经济门户, 标题 - 某某电视台 - 官方网站): a Chinese
# part with no outlet's ending after a part that has one is not the site's name; the part
# before it is. Read only once the headline is taken off the <title> (what is left is the
# site's); a channel's 新闻 is no outlet's ending here (标题_图片新闻_某某), and an
# organisation's own name (某某市总工会, 某某区人民政府) is the site's.
_ORGANISATION = re.compile(r"(?:工会|政府|委员会)$")


def _motto_after(name: str, last: str) -> bool:
    return (
        ends_like_outlet(name)
        and not name.endswith("新闻")
        and not ends_like_outlet(last)
        and bool(_HAS_CJK.search(last))
        and not _ORGANISATION.search(last)
    )


_FEDERATION = re.compile(r"..总工会$")
# The last part of a <title> when it is Latin (a name or an address), after a spaced
# hyphen or a bar.
_LATIN_TAIL = re.compile(r"(?:\s+[-－—]{1,2}\s+|\s*[|｜]\s*|\s*——\s*)[^\u4e00-\u9fff]*$")


def title_alone_name(html_title: str, headline: str | None) -> str | None:
    """The <title> when it is the site's name alone (an e-paper's pages are all titled
    ``某某工人日报``, a city federation's ``某某市总工会``): no headline in it, no parts,
    and an outlet's or a federation's ending."""
    text = html_title.strip()
    if not text or _TITLE_SPLIT.search(text) or len(text) > 24:
        return None
    if headline and (text in headline or headline in text):
        return None
    return text if ends_like_outlet(text) or _FEDERATION.search(text) else None


def _site_name(lines: list[Line], meta: dict[str, str], headline: str | None) -> str | None:
    """The site's own name: og:site_name, else the footer (its full name, where the
    <title> often shortens it), else the <title> suffix; each only when it has an
    outlet's form."""
    candidates = (
        lambda: meta.get("og:site_name"),
        lambda: footer_name([line.text for line in lines[-20:]]),
        lambda: title_suffix_name(meta.get("html_title", ""), headline),
        lambda: title_alone_name(meta.get("html_title", ""), headline),
    )
    for candidate in candidates:
        name = candidate()
        if (
            name
            and 2 <= len(name) <= 24
            and names_an_outlet(name)
            and not PLATFORM_NAME.search(name)
        ):
            return name
    return None


# Rule "tag cloud": a site-wide cloud of tags is not the article's: it is headed or closed
# by its own links (热门标签, 更多, 查看更多TAGS), or it runs longer than any article's
# tags. A list whose words are mostly headlines (long, or with marks) is no tag list.
MAX_TAGS = 20
HEADLINE_WORD = 8
_MARKED = re.compile(r"[：:，,！？!?]")
_CLOUD_WORD = re.compile(r"^(?:热门标签|熱門標籤|热门|熱門|更多|查看更多|查看全部|more)", re.I)


@lru_cache(maxsize=16384)
def _marked_as_tags(marker: str) -> bool:
    """Whether an element's ``class id`` marks a tag list. Cached: a site's class names
    repeat on every page."""
    return len(marker) >= 4 and bool(_TAG_MARKUP.search(marker))


# A link to a tag's own page or to a keyword search (/tag/劳模, ?keyword=劳模) is a tag.
_TAG_HREF = re.compile(r"/tags?/|[?&](?:tags?|keywords?)=", re.I)
TAG_LINKS = 2


TAG_LINK_DEPTH = 3  # <div><span><a>: how far up from a tag's link its list is looked for


def _tag_link_lists(doc: etree._Element) -> set[etree._Element]:
    """The blocks whose links are tags by their addresses: two or more, and all of them
    (the blocks around a tag list, not one around other links too). Looked for upward
    from each tag link, so a page's size, not its depth squared, bounds the work."""
    found: set[etree._Element] = set()
    seen: set[etree._Element] = set()
    for a in doc.iter("a"):
        if not _TAG_HREF.search(a.get("href") or ""):
            continue
        el = a.getparent()
        for _ in range(TAG_LINK_DEPTH):
            if el is None or el.tag in ("html", "body") or el in seen:
                break
            seen.add(el)
            hrefs = [link.get("href") or "" for link in el.iter("a")]
            if len(hrefs) >= TAG_LINKS and all(_TAG_HREF.search(h) for h in hrefs):
                found.add(el)
            el = el.getparent()
    return found


def _markup_tags(doc: etree._Element) -> list[str]:
    """Links of the largest element marked as a tag list (two tags or more), a site-wide
    tag cloud left out."""
    best: list[str] = []
    linked = _tag_link_lists(doc)
    for el in doc.iter(etree.Element):
        attrib = el.attrib
        if el.tag in ("meta", "html", "body"):
            continue
        marked = bool(attrib) and _marked_as_tags(
            f"{attrib.get('class') or ''} {attrib.get('id') or ''}"
        )
        if not marked and el not in linked:
            continue
        words = [collapse("".join(a.itertext())).strip("#") for a in el.iter("a")]
        words = list(dict.fromkeys(w for w in words if 1 < len(w) <= 20))
        if len(words) > MAX_TAGS or any(_CLOUD_WORD.match(w) for w in words):
            continue
        if sum(len(w) > HEADLINE_WORD or bool(_MARKED.search(w)) for w in words) * 2 > len(words):
            continue
        if len(words) >= 2 and len(words) > len(best):
            best = words
    return best


# Rule "marked writer": the page's markup marks its writer, by HTML's rel="author" or
# schema.org's itemprop="author" (a <meta> gives it in content). What such an element
# holds may also be the outlet (中時電子報); the field reader keeps names only. Only the
# header (between the headline and the text) and <meta> tags are read: a sidebar's
# writers are other articles'.
def marked_authors(elements: list[etree._Element], doc: etree._Element) -> list[str]:
    """What the elements marked as the writer hold, in page order, each once."""
    found: list[str] = []
    for el in [*doc.iter("meta"), *elements]:
        if not isinstance(el.tag, str) or not el.attrib:
            continue
        if "author" not in (el.get("rel") or "").split() and el.get("itemprop") != "author":
            continue
        value = collapse(el.get("content") if el.tag == "meta" else "".join(el.itertext()))
        if value and value not in found:
            found.append(value)
    return found


def _widen_single_paragraph(walker: _Walker, lines: list[Line], best: int) -> int:
    """A CMS that writes each paragraph as its own <div> makes the longest paragraph win
    alone; when the winner is one line of prose among prose siblings, take the parent."""
    first, last = walker.spans[best]
    if sum(1 for line in lines if first <= line.owner <= last and line.score) != 1:
        return best
    parent = walker.parent[best]
    tag = walker.elements[best].tag
    # Sibling paragraphs: prose lines whose own block is a child of the same parent and
    # of the same tag as the winner (not a sidebar list nested deeper).
    siblings = {
        line.owner
        for line in lines
        if line.score
        and walker.parent[line.owner] == parent
        and walker.elements[line.owner].tag == tag
    }
    return parent if parent >= 0 and len(siblings) >= 3 else best


# -- pages that are not articles (conventions §7) -------------------------------------
# A headline link: a line that is mostly one link of headline length.
_HEADLINE_LINK = (6, 80)
# Rule "link list": the container holds this many headline links, and they are at least
# this share of its prose lines (a list with a summary under each headline).
LINK_LIST_MIN = 5
LINK_LIST_SHARE = 0.6
# Rule "list beside a scrap of prose": this many headline links under one parent, and
# the prose picked as the body is less than this many characters per link.
LIST_BLOCK_MIN = 6
LIST_BLOCK_CHARS_PER_LINK = 10
# Rule "repeated items": the body sits in one of this many sibling blocks of the same
# shape, each with a link, and holds less than this share of their text.
REPEATED_MIN = 4
REPEATED_SHARE = 0.5
_DATE_ONLY = re.compile(r"^[\[【(（]?\s*(?:\d{4}[-/.年])?\d{1,2}[-/.月]\d{1,2}日?\s*[\]】)）]?$")


def _is_headline_link(line: Line) -> bool:
    low, high = _HEADLINE_LINK
    return line.link_ratio >= 0.6 and low <= len(line.text) <= high


def link_list_reason(container: list[Line]) -> str | None:
    """A container of headline links, each perhaps with a summary, is a list: its
    headlines stand between its prose lines. Headline links that all stand before or
    after three lines of prose or more are a related block beside an article."""
    is_link = [_is_headline_link(line) for line in container]
    links = sum(is_link)
    prose = sum(1 for line in container if line.score)
    if links < LINK_LIST_MIN or links < LINK_LIST_SHARE * prose:
        return None
    text = [i for i, line in enumerate(container) if line.score and not is_link[i]]
    if len(text) >= 3:
        inside = [i for i in range(text[0] + 1, text[-1]) if is_link[i]]
        if len(inside) < LINK_LIST_MIN:
            return None
        # One run of links with no prose among them is a related block set inside the
        # text (§4), the article going on after it; a list has a summary under each.
        prose_at = set(text)
        summaries = sum(1 for i in range(inside[0] + 1, inside[-1]) if i in prose_at)
        if summaries < 2:
            return None
    return f"link list ({links} headline links)"


def list_block_reason(
    walker: _Walker, prose_chars: int, block: int = 0, until: int | None = None
) -> str | None:
    """A block of headline links (a list, an e-paper page index, a notice table) beside
    which the prose taken for a body is only a scrap (a column intro, a 导读 note). With
    ``block``, the body's block, only a list inside the block that holds it (past
    wrappers of it alone) counts: a column's intro and its list, not another column's.
    With ``until``, a line index, only links above that line count."""
    around = walker.parent[block] if block > 0 else 0
    while around > 0 and len(walker.elements[around]) == 1:
        around = walker.parent[around]  # a wrapper of the block alone: look further out
    first, last = walker.spans[around]
    groups: dict[int, int] = {}
    lines = walker.lines if until is None else walker.lines[:until]
    for line in lines:
        if first <= line.owner <= last and _is_headline_link(line):
            # Group by the list the link stands in: its block's parent (li → ul, td → tr
            # → table), so one list counts once however its items are marked up.
            key = walker.parent[line.owner]
            if walker.elements[key].tag == "tr":
                key = walker.parent[key]
            groups[key] = groups.get(key, 0) + 1
    biggest = max(groups.values(), default=0)
    if biggest >= LIST_BLOCK_MIN and prose_chars < LIST_BLOCK_CHARS_PER_LINK * biggest:
        return f"list page ({biggest} headline links, {prose_chars} chars of prose)"
    return None


def _text_len(el: etree._Element) -> int:
    return sum(len(t.strip()) for t in el.itertext())


# How far above the body's block an item may begin (a post's text sits deep in its item).
REPEATED_DEPTH = 6


def _signature(el: etree._Element) -> tuple[str, str]:
    """An element's shape: its tag and first class name (items add classes of their own)."""
    return (str(el.tag), (el.get("class") or "").split(" ")[0] if el.get("class") else "")


# Items of a list are of a size: the body's block holds at most this many times the
# text of the median block of its shape beside it (a page's layout blocks, a header, a
# menu and the article, are not items).
REPEATED_SIZE_FACTOR = 3


def _alike_in_size(el: etree._Element, siblings: list[etree._Element]) -> bool:
    others = sorted(_text_len(c) for c in siblings if c is not el)
    return bool(others) and _text_len(el) <= REPEATED_SIZE_FACTOR * others[len(others) // 2]


def repeated_items_reason(walker: _Walker, best: int) -> str | None:
    """The body is one of several sibling blocks of the same shape, each with a link: a
    forum board, a list of posts or of summaries."""
    index = best
    for _ in range(REPEATED_DEPTH):
        el = walker.elements[index]
        parent = el.getparent()
        if parent is None:
            return None
        if len(parent) >= REPEATED_MIN:  # fewer children cannot repeat enough
            signature = _signature(el)
            siblings = [c for c in parent if _signature(c) == signature]
            if len(siblings) >= REPEATED_MIN:
                linked = sum(1 for c in siblings if c.tag == "a" or c.find(".//a") is not None)
                if (
                    linked >= REPEATED_MIN
                    and _text_len(el) < REPEATED_SHARE * _text_len(parent)
                    and _alike_in_size(el, siblings)
                ):
                    return f"repeated items ({linked} blocks like the body)"
        index = walker.parent[index]
        if index < 0:
            return None
    return None


def parse_html(text: str) -> etree._Element:
    """Parse page text leniently; raise NotAnArticle when nothing can be parsed."""
    if not text or not text.strip():
        raise NotAnArticle("empty")
    # A stray </html> or </body> in the middle of a page makes lxml drop all that follows.
    text = _STRAY_END.sub("", text)
    try:
        # Plain lxml elements: lxml.html's element classes cost a lookup per node.
        doc = etree.fromstring(text, _PARSER)
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"unparsable: {exc}") from exc
    if doc is None:
        raise NotAnArticle("unparsable: no document")
    return doc


@dataclass(frozen=True)
class Hints:
    """CSS selectors a site module gives where its layout needs them; each one left out
    (or matching nothing on a page) is found by the generic reader."""

    title: str | None = None  # the headline
    body: str | None = None  # the body container
    info: str | None = None  # the info line (来源, 时间, 作者 …)


@cache
def _xpath(css: str) -> etree.XPath:
    return etree.XPath(GenericTranslator().css_to_xpath(css))


def _select(doc: etree._Element, css: str | None) -> etree._Element | None:
    if not css:
        return None
    found = _xpath(css)(doc)
    return found[0] if found and isinstance(found[0], etree._Element) else None


def _line_range(walker: _Walker, el: etree._Element | None) -> list[int]:
    """Indexes of the lines inside ``el``."""
    if el is None:
        return []
    index = next((i for i, e in enumerate(walker.elements) if e is el), None)
    if index is None:
        return []
    first, last = walker.spans[index]
    return [i for i, line in enumerate(walker.lines) if first <= line.owner <= last]


@dataclass
class Anatomy:
    """A page read once: its tree, meta tags, text lines and where the prose is."""

    doc: etree._Element
    meta: dict[str, str]
    walker: _Walker
    lines: list[Line]
    container_scores: dict[int, float]  # block index -> prose credited to it
    best: int  # the block with the most prose (readability's choice)
    title_similarity: list[float]  # per line: how much of it stands in <title>/og:title
    headline_guess: int | None  # the first line that reads as the headline

    def container_share(self, owner: int) -> float:
        """The prose credited to the block a line's text counts for."""
        el = self.walker.elements[owner]
        start = self.walker.parent[owner] if el.tag in PARAGRAPH_TAGS else owner
        return self.container_scores.get(start if start >= 0 else owner, 0.0)


# How much a teaser's summary (a prose line right under a headline link) counts for its
# block: a quarter, so that a sidebar of teasers loses to a short article's own block.
TEASER_WEIGHT = 0.25


def _container_scores(walker: _Walker, lines: list[Line]) -> dict[int, float]:
    """Prose per block, readability-style: a line counts fully for its container and half
    for the container's parent."""
    scores: dict[int, float] = {}
    previous: Line | None = None
    for line in lines:
        s = line.score
        before, previous = previous, line
        if not s:
            continue
        if before is not None and _is_headline_link(before):
            # A teaser's summary under its headline link: a sidebar of teasers may hold
            # more sentences than a short article, yet it is no article's text.
            s *= TEASER_WEIGHT
        el = walker.elements[line.owner]
        start = walker.parent[line.owner] if el.tag in PARAGRAPH_TAGS else line.owner
        if start < 0:
            start = line.owner
        scores[start] = scores.get(start, 0.0) + s
        up = walker.parent[start]
        if up >= 0:
            scores[up] = scores.get(up, 0.0) + s / 2
    return scores


def read_anatomy(text: str) -> Anatomy:
    """Parse and read a page once. Raises NotAnArticle when it holds no text."""
    doc = parse_html(text)
    meta = _meta(doc)
    body_el = doc.find("body")
    root = body_el if body_el is not None else doc
    walker = _Walker()
    walker.walk(root)
    walker.flush()
    lines = walker.lines
    if not lines:
        raise NotAnArticle("no text")
    scores = _container_scores(walker, lines)
    references = [(r, frozenset(r)) for r in (meta.get("og:title"), meta.get("html_title")) if r]
    sims = [
        max((_similarity(line.text, r, chars) for r, chars in references), default=0.0)
        if 4 <= len(line.text) <= 120
        else 0.0
        for line in lines
    ]
    head = next(
        (
            i
            for i, line in enumerate(lines)
            if sims[i] >= 0.75 and (line.heading or line.link_ratio < 0.5)
        ),
        None,
    )
    if head is None:
        head = _heading_over_info_line(lines)
    # The prose-richest block is looked for above the first block of other headlines
    # under the headline: a comment board's rules or a list of teasers further down may
    # hold more sentences than a short article.
    before = _container_scores(walker, lines[: _first_block_heading(lines, head)])
    ranked = before or scores
    best = max(ranked, key=lambda k: ranked[k]) if ranked else 0
    if ranked:
        best = _widen_single_paragraph(walker, lines, best)
    return Anatomy(doc, meta, walker, lines, scores, best, sims, head)


def _first_block_heading(lines: list[Line], head: int | None) -> int:
    """Index of the first heading of a block of other headlines below the headline with
    prose between them, unless it opens a box at the top of the text (trailing's lead-box
    rule: most of the prose follows it); ``len(lines)`` when there is none."""
    if head is None:
        return len(lines)
    # A teaser's summary under its headline link is no text the box could lead into: a
    # block of teasers after a short article is that article's related block.
    total = sum(
        len(line.text)
        for i, line in enumerate(lines[head + 1 :], head + 1)
        if line.score and not _is_headline_link(lines[i - 1])
    )
    seen = 0
    for i in range(head + 1, len(lines)):
        if (
            seen
            and trailing.is_block_heading(lines[i].text[: closing.MAX_LINE])
            and not trailing.opens_lead_box(seen, total)
        ):
            return i
        if lines[i].score:
            seen += len(lines[i].text)
    return len(lines)


_DATE_IN_LINE = re.compile(r"\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}")


# A line that is mostly links: a widget (A-A+, 分享) or another article's headline.
EDGE_LINK_RATIO = 0.6
# Rule "lead date line": a short line opening the text with a date (2018-02-28 14:31中央社
# 澎湖縣28日電, 2003年5月) is the info line or a document's date, not body.
_LEAD_DATE = re.compile(r"^(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}")
LEAD_DATE_MAX = 40


# How far up from a line's own element a <figcaption> is looked for (<figcaption><p>…).
FIGCAPTION_DEPTH = 3


# A caption shorter than this is not told by its picture's alt text (图1, 现场).
ALT_CAPTION_MIN = 6


# Rule "caption under a picture" (§1): at the text's edges, a short line right under a
# picture (nothing between them) is its caption when it is set as one: centred, in the
# picture's own block (<p><img><br>…</p>), or in a block whose class says so (pictext,
# img-desc). A short first paragraph under a lead picture, set as the others are, is text.
CAPTION_CHARS = 60
CAPTION_LINE2_CHARS = 20
_CENTRED = re.compile(r"text-align\s*:\s*center", re.I)
_CAPTION_CLASS = re.compile(r"pic|photo|img|image|caption|desc|tuzhu|tu_?txt|center", re.I)


def _set_as_caption(walker: _Walker, lines: list[Line], line: Line) -> bool:
    """Whether ``line`` is set as a caption: alone in its picture's block, or in a block
    (or that block's parent) centred or of a caption's class."""
    el = walker.elements[line.owner]
    if el.find(".//img") is not None and sum(1 for x in lines if x.owner == line.owner) == 1:
        return True  # the picture's own block, holding no other line
    for node in (el, walker.elements[walker.parent[line.owner]] if line.owner else el):
        if (node.get("align") or "").lower() == "center" or _CENTRED.search(
            node.get("style") or ""
        ):
            return True
        if _CAPTION_CLASS.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _photo_caption(walker: _Walker, lines: list[Line], line: Line) -> bool:
    """Whether ``line`` is a photo's caption: it is, or sits in, a <figcaption>, it
    repeats the alt text of a picture in its own block (<img alt="…"><span>…</span>), or
    it is a short line right under a picture."""
    if (
        line.after_image
        and len(line.text) <= CAPTION_CHARS
        and _set_as_caption(walker, lines, line)
    ):
        return True
    owner = line.owner
    text = squeeze(line.text)
    for _ in range(FIGCAPTION_DEPTH):
        if owner < 0:
            return False
        el = walker.elements[owner]
        if el.tag == "figcaption":
            return True
        if len(text) >= ALT_CAPTION_MIN and any(
            squeeze(img.get("alt")) == text for img in el.iter("img")
        ):
            return True
        owner = walker.parent[owner]
    return False


def trim_edges(
    lines: list[Line], body_idx: list[int], parent: list[int] | None = None
) -> list[int]:
    """The body's lines without what the best span took in at its edges: link lines and a
    date line before the text, and headline links just before where the article ends
    (trailing.article_end), a list of other stories with no heading over it. With
    ``parent`` (each element's parent), a related box set between two of the text's
    paragraphs is taken out first: it does not end the article (§4)."""
    kept = list(body_idx)
    if kept and kept[0] > 0 and body.is_summary_label(lines[kept[0] - 1].text):
        # A summary box's label alone (阅读提示) scores as furniture and falls outside the
        # span; with it, the box under it is read as one (body's summary box, §1).
        kept.insert(0, kept[0] - 1)
    while kept and (
        lines[kept[0]].link_ratio >= EDGE_LINK_RATIO
        or (
            len(lines[kept[0]].text) <= LEAD_DATE_MAX
            and _LEAD_DATE.match(lines[kept[0]].text)
            and not ends_sentence(lines[kept[0]].text)
        )
    ):
        kept.pop(0)
    if not kept:
        return body_idx  # nothing but links: the page's kind was decided on all of it
    if parent is not None:
        boxed = _boxes_between_paragraphs(lines, kept, parent)
        kept = [i for i in kept if i not in boxed]
    end = trailing.article_end([lines[i].text for i in kept])
    cut = end
    while (
        cut > 0
        and lines[kept[cut - 1]].link_ratio >= EDGE_LINK_RATIO
        and not _FILE_LINK.search(lines[kept[cut - 1]].text)  # 附件：某某名单.pdf is the article's
    ):
        cut -= 1
    kept = kept[:cut] + kept[end:] if cut > 0 else kept
    teaser = _teaser_start(lines, kept)
    if teaser is not None:
        kept = kept[:teaser]
    inline = _inline_link_box(lines, kept)
    return [i for i in kept if i not in inline] if inline else kept


# Rule "story teasers after the text": another story's headline link, its summary and its
# date (a recommendation block with no heading over it, §4 and §7) end the article; the
# first such teaser counts once this much of the text has come before it.
TEASER_AFTER_CHARS = 100
TEASER_LINES = 3


def _teaser_start(lines: list[Line], kept: list[int]) -> int | None:
    """Where in ``kept`` a run of other stories' teasers begins, else None."""
    seen = 0
    for k, i in enumerate(kept):
        if seen >= TEASER_AFTER_CHARS and _is_inline_link(lines[i]):
            following = [lines[j].text for j in kept[k + 1 : k + 1 + TEASER_LINES]]
            if any(
                len(text) <= LEAD_DATE_MAX and _LEAD_DATE.match(text) and not ends_sentence(text)
                for text in following
            ):
                return k
        seen += len(lines[i].text)
    return None


# Rule "related links inside the text" (§4): two headline links or more in a row, with
# bullets between them and perhaps a short heading over them (今日焦点：), between the
# text's paragraphs, are not body; the article goes on after them. Under a trailing-block
# heading (【延伸阅读】, or 相关阅读：<headline> on one line) one link is enough. A list of
# attached files (附件 …pdf) is the article's own.
_BULLET_ONLY = re.compile(r"^[\s·•●◆■▪|｜\-—]*$")
_FILE_LINK = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|wps|txt)\s*$", re.I)
_BOX_HEADING = re.compile(r"^.{1,12}[:：]$")


def _is_inline_link(line: Line) -> bool:
    return (
        line.link_ratio >= EDGE_LINK_RATIO
        and _HEADLINE_LINK[0] <= len(line.text) <= _HEADLINE_LINK[1]
        and not _FILE_LINK.search(line.text)
    )


def _inline_link_box(lines: list[Line], kept: list[int]) -> set[int]:
    prose = [n for n, i in enumerate(kept) if lines[i].score and not _is_inline_link(lines[i])]
    if len(prose) < 2:
        return set()
    drop: set[int] = set()
    n = prose[0] + 1
    while n < prose[-1]:
        run_end, links = n, 0
        while run_end < prose[-1] and (
            _is_inline_link(lines[kept[run_end]]) or _BULLET_ONLY.match(lines[kept[run_end]].text)
        ):
            links += _is_inline_link(lines[kept[run_end]])
            run_end += 1
        above = lines[kept[n - 1]].text if n - 1 > prose[0] else ""
        block_above = trailing.is_block_heading(above)
        if links >= 2 or (
            links and (block_above or trailing.is_block_heading(lines[kept[n]].text))
        ):
            first = n - 1 if block_above or _BOX_HEADING.match(above) else n
            drop.update(kept[first:run_end])
        n = run_end + 1
    return drop


def _box_run(lines: list[Line], kept: Sequence[int], n: int, step: int) -> tuple[int, int]:
    """From ``kept[n]`` on, in direction ``step``: where a related box's lines (inline
    links, bullets, a heading over them) stop, and how many links it holds."""
    links = 0
    while 0 <= n < len(kept):
        line = lines[kept[n]]
        if _is_inline_link(line):
            links += 1
        elif not _BULLET_ONLY.match(line.text) and not (
            trailing.is_block_heading(line.text) or _BOX_HEADING.match(line.text)
        ):
            break
        n += step
    return n, links


def _paragraph(lines: list[Line], i: int) -> bool:
    line = lines[i]
    return bool(line.score) and not line.heading and ends_sentence(line.text)


# The text goes on after a box when this many of its paragraphs follow it: one line
# under a box of links is another story's summary (a teaser), not the article's.
PARAGRAPHS_AFTER_BOX = 2


def _text_goes_on(lines: list[Line], after: Sequence[int], family: int, parent: list[int]) -> bool:
    """Whether the lines ``after`` a box open with the text's own paragraphs (children of
    ``family``), enough of them to be the article going on."""
    run = after[:PARAGRAPHS_AFTER_BOX]
    return len(run) == PARAGRAPHS_AFTER_BOX and all(
        _paragraph(lines, i) and parent[lines[i].owner] == family for i in run
    )


def _boxes_between_paragraphs(lines: list[Line], kept: list[int], parent: list[int]) -> set[int]:
    """Related boxes set inside the text (§4): a run of two headline links or more (one
    under a heading) with the text's paragraphs, children of one element, right before
    it and after it."""
    boxed: set[int] = set()
    n = 1
    while n < len(kept) - 1:
        end, links = _box_run(lines, kept, n, 1)
        heading = any(trailing.is_block_heading(lines[i].text) for i in kept[n:end])
        if (
            end > n
            and (links >= 2 or (links and heading))
            and _paragraph(lines, kept[n - 1])
            and _text_goes_on(lines, kept[end:], parent[lines[kept[n - 1]].owner], parent)
        ):
            boxed.update(kept[n:end])
        n = max(end, n + 1)
    return boxed


def _paragraphs_past_box(lines: list[Line], edge: int, step: int, parent: list[int]) -> int:
    """From the span's edge line ``edge``, in direction ``step``: past a related box
    right beside it, the last of the text's own paragraphs (children of the edge line's
    element) that follow the box; ``edge`` when there are none."""
    past, links = _box_run(lines, range(len(lines)), edge + step, step)
    if past == edge + step:
        return edge
    box = range(min(edge + step, past - step), max(edge + step, past - step) + 1)
    heading = any(trailing.is_block_heading(lines[i].text) for i in box)
    if not (links >= 2 or (links and heading)):
        return edge
    family = parent[lines[edge].owner]
    if step > 0 and not _text_goes_on(lines, range(past, len(lines)), family, parent):
        return edge
    reach = edge
    i = past
    while 0 <= i < len(lines) and _paragraph(lines, i) and parent[lines[i].owner] == family:
        reach = i
        i += step
    return reach


def paragraphs_across_boxes(
    lines: list[Line], start: int, end: int, parent: list[int]
) -> tuple[int, int]:
    """The best span ``[start, end)`` widened across related boxes set inside the text
    (§4: the article goes on after the box): the text's own paragraphs above a box over
    the span's first line, and below a box under its last."""
    if end <= start:
        return start, end
    while (top := _paragraphs_past_box(lines, start, -1, parent)) != start:
        start = top
    while (bottom := _paragraphs_past_box(lines, end - 1, 1, parent)) != end - 1:
        end = bottom + 1
    return start, end


# Rule "closing glued to the last paragraph" (§3): the paragraph right after the best
# span that ends a sentence once the credit, editor's line or provenance note glued to it
# is taken off (…项目。（责任编辑：张三）) is the text's last paragraph: its label words
# cost it the span; body's rules split the closing off it.
def paragraph_with_closing(lines: list[Line], end: int, parent: list[int]) -> int:
    """The best span's end ``end``, one further when the line there is such a paragraph."""
    if not 0 < end < len(lines) or not lines[end].score:
        return end
    text = lines[end].text
    rest = closing.strip_glued_tail(credits.closing_credit(credits.closing_editor(text)[0])[0])
    if rest == text or not ends_sentence(rest):
        return end
    return end + 1 if parent[lines[end].owner] == parent[lines[end - 1].owner] else end


# A table inside the text (a list of names, a schedule) reads a row to a line: the cells
# of one row, each a line of the page, are joined by a space.
_CELLS = ("td", "th")


def table_rows(walker: _Walker, lines: list[Line], body_idx: list[int]) -> list[str]:
    """The body's lines, the cells of each table row joined into one."""
    out: list[str] = []
    row, cell = -1, -1
    for i in body_idx:
        owner = lines[i].owner
        here = walker.parent[owner] if walker.elements[owner].tag in _CELLS else -1
        if here >= 0 and here == row and owner != cell and out:
            out[-1] = f"{out[-1]} {lines[i].text}"  # the next cell of the same row
        else:
            out.append(lines[i].text)  # lines of one cell (<br>) stay lines
        row, cell = here, owner
    return out


# Rule "date in the headline's element": a CMS that prints the time inside the <h1>
# after the headline (林義雄宣布停止禁食 願再為台奮鬥 2014-04-30 14:49). A full date, set off by
# a space at the very end; a year inside the words (2024年职工技能大赛) is the headline's.
_TITLE_STAMP = re.compile(
    r"\s+(?P<stamp>(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}日?"
    r"(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?)\s*$"
)
TITLE_MIN_CHARS = 4


def split_title_stamp(title: str | None) -> tuple[str | None, str | None]:
    """``(headline, date)`` when ``title`` ends with a date set off by a space, else
    ``(title, None)``."""
    m = _TITLE_STAMP.search(title or "")
    if title is None or not m or len(title[: m.start()].strip()) < TITLE_MIN_CHARS:
        return title, None
    return title[: m.start()].rstrip(), m["stamp"]


def _heading_over_info_line(lines: list[Line]) -> int | None:
    """A <title> that names only the site (or nothing usable): the headline is the first
    heading element with the info line (a dated line) or the text right under it."""
    for i, line in enumerate(lines):
        if line.heading and 4 <= len(line.text) <= 120 and line.link_ratio < 0.5:
            under = lines[i + 1 : i + 3]
            if any(_DATE_IN_LINE.search(u.text) for u in under) or (under and under[0].score):
                return i
    return None


# Rule "announced list": the items a line announces with a colon (十项举措主要包括： / 开展职工
# 技能提升行动 / …) are the text's, however short, up to the end of the announcing line's
# block, a link, a trailing block's heading or a credit. Inside the text they weigh nothing
# against it, so its span runs through them; at its end they close it (a text does not end
# on a colon).
ANNOUNCED_ITEMS = 30
ITEM_CHARS = 80


def _announces(line: Line) -> bool:
    text = line.text.rstrip()
    return (
        bool(line.score)
        and text.endswith(("：", ":"))
        and not infoline.has_label(text)
        and not trailing.is_trailing(text)
    )


def _items_after(walker: _Walker, lines: list[Line], at: int) -> list[int]:
    """The lines the line ``at`` announces: short lines of text after it, in its block."""
    parent = walker.parent[lines[at].owner]
    first, last = walker.spans[parent] if parent >= 0 else (0, len(walker.elements) - 1)
    items: list[int] = []
    for i in range(at + 1, min(len(lines), at + 1 + ANNOUNCED_ITEMS)):
        line = lines[i]
        if (
            not first <= line.owner <= last
            or len(line.text) > ITEM_CHARS
            or line.link_ratio > 0.3
            or trailing.is_trailing(line.text)
            or closing.closing_kind(line.text)
            or credits.credit_line(line.text) is not None
        ):
            break
        items.append(i)
    return items


def announced_values(anatomy: Anatomy, values: list[float]) -> list[float]:
    """Span values with the announced items weighing nothing rather than against the text."""
    out = list(values)
    for at, line in enumerate(anatomy.lines):
        if _announces(line):
            for i in _items_after(anatomy.walker, anatomy.lines, at):
                out[i] = max(out[i], 0.0)
    return out


def _with_announced_items(walker: _Walker, lines: list[Line], body_idx: list[int]) -> list[int]:
    """``body_idx`` with all the items a line of it announces, when it ends on that line
    (on a colon) or among those items: the span may have taken the first items alone."""
    for back in range(min(len(body_idx), ANNOUNCED_ITEMS + 1)):
        at = body_idx[-1 - back]
        if _announces(lines[at]):
            items = _items_after(walker, lines, at)
            if items[:back] != body_idx[len(body_idx) - back :]:
                return body_idx  # the span goes on past the items: nothing is missing
            return body_idx + items[back:]
    return body_idx


# Rule "précis box" (§1: a boxed précis with no label is not body): the text's first
# line stands alone in a block of another kind than the paragraphs after it (<div>
# before <p>s), beside them rather than around them. An editor's note written as prose
# (编者按：…) is the text's own.
_EDITORS_NOTE = re.compile(r"^[【\[（(]?(?:编者按|编前语|编者的话|编后)")


# Blocks that box a paragraph set over the text: <blockquote><p>…, <div class="summary"><p>….
_BOX_TAGS = frozenset(["blockquote", "div", "section", "aside"])


def _box_around(walker: _Walker, lines: list[Line], first: Line) -> int | None:
    """The box the text's first line stands alone in: its own block when that is no
    paragraph (<div>…</div>) or a quotation, else the block right around its paragraph
    (<div class="summary"><p>…</p></div>) when that holds no other line; None for a bare
    paragraph among the others."""
    at = first.owner
    tag = walker.elements[at].tag
    if tag not in PARAGRAPH_TAGS:
        return at if sum(1 for line in lines if line.owner == at) == 1 else None
    if tag != "blockquote":
        at = walker.parent[at]
        if at < 0 or walker.elements[at].tag not in _BOX_TAGS:
            return None
    start, stop = walker.spans[at]
    return at if sum(1 for line in lines if start <= line.owner <= stop) == 1 else None


def _precis_box(walker: _Walker, lines: list[Line], body_idx: list[int]) -> bool:
    if len(body_idx) < 3:
        return False
    first, after = lines[body_idx[0]], [lines[i] for i in body_idx[1:3]]
    if not first.score or _EDITORS_NOTE.match(first.text):
        return False
    box = _box_around(walker, lines, first)
    if box is None:
        return False  # a first paragraph like the others, or a block of several lines
    start, stop = walker.spans[box]
    # The paragraphs after it stand side by side in one container: when each is boxed
    # alone (<div><p>…</p></div> over and over), the first box is one of them.
    return walker.parent[after[0].owner] == walker.parent[after[1].owner] and all(
        walker.elements[line.owner].tag == "p" and line.score and not start <= line.owner <= stop
        for line in after
    )


def _span_block(walker: _Walker, lines: list[Line], body_idx: list[int]) -> int:
    """The innermost block that holds every prose line of the span: the body's container,
    for the page-kind rules that look at its siblings."""
    owners = {lines[i].owner for i in body_idx if lines[i].score} or {lines[body_idx[0]].owner}
    block = min(owners)
    while block > 0:
        first, last = walker.spans[block]
        if all(first <= o <= last for o in owners):
            return block
        block = walker.parent[block]
    return 0


def _article_part(lines: list[Line], body_idx: list[int]) -> list[Line]:
    """The span's lines up to where the article ends (trailing.article_end)."""
    article = [lines[i] for i in body_idx]
    return article[: trailing.article_end([line.text for line in article])]


def _container_lines(walker: _Walker, block: int) -> list[int]:
    """Indexes of the lines inside block ``block``."""
    first, last = walker.spans[block]
    return [i for i, line in enumerate(walker.lines) if first <= line.owner <= last]


# How far above the text an info line's date is looked for, and how long that line is.
HEAD_DATE_LINES = 6
HEAD_DATE_CHARS = 80


# Rule "e-paper issue date": an e-paper's page shows the issue's date in its top bar, beside
# the links to the issues before and after or the page's number (2024年05月13日 星期一
# 上一期 下一期, 第01版：要闻); the article is that issue's.
_ISSUE_MARK = re.compile(
    r"上一期|下一期|往期|版面导航|第\s*[0-9\uff10-\uff19A-Z]{1,3}\s*版|报刊\s*[:：]|刊期|期次"
)
ISSUE_LINE_CHARS = 60


# The issue's date may stand alone in the next cell of the bar (2024年05月12日 星期日 |
# 往期回顾): a date, perhaps its weekday, and nothing else.
_DATE_ALONE = re.compile(
    r"^\s*(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?"
    r"\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*$"
)


def _year_date(text: str) -> str | None:
    shown = find_date(text)
    if shown and re.match(r"(?:19|20)\d{2}", text[shown.start : shown.end]):
        return text[shown.start : shown.end].strip()
    return None


def issue_line(above: list[str]) -> str | None:
    """The line above the headline that dates an e-paper's issue, else None."""
    for i, text in enumerate(above):
        if len(text) <= ISSUE_LINE_CHARS and _ISSUE_MARK.search(text):
            dated = _year_date(text)
            if dated:
                return dated
            for near in above[max(0, i - 1) : i] + above[i + 1 : i + 2]:
                if _DATE_ALONE.match(near):
                    return _year_date(near)
    return None


def _dated_head(lines: list[Line], start: int) -> bool:
    """Whether a short line just above the text shows a date (an info line, not a
    headline link with its date)."""
    above = lines[max(0, start - HEAD_DATE_LINES) : start]
    return any(
        len(line.text) <= HEAD_DATE_CHARS and line.link_ratio < 0.5 and find_date(line.text)
        for line in above
    )


# Rule "verse" (a poem, a song's words): an article of short lines — VERSE_LINES or more
# in a row, in one block, none a link, a label, a date or furniture — under a dated info
# line is an article, though no line of it reads as prose.
VERSE_LINES = 6
VERSE_CHARS = 30


def _verse_line(line: Line) -> bool:
    text = line.text
    return (
        2 <= len(text) <= VERSE_CHARS
        and line.link_chars == 0
        and cjk_count(text) >= 0.6 * len(text)
        and not closing.closing_kind(text)
        and not trailing.is_trailing(text)
        and not infoline.has_label(text)
        and credits.credit_line(text) is None
        and find_date(text) is None
    )


def _verse_run(walker: _Walker, lines: list[Line]) -> list[int]:
    """The longest run of verse lines in one block under a dated info line, else []."""
    best: list[int] = []
    run: list[int] = []
    for i, line in enumerate(lines):
        if not _verse_line(line):
            run = []
            continue
        last = lines[run[-1]].owner if run else line.owner
        if line.owner != last and walker.parent[line.owner] != walker.parent[last]:
            run = []  # another block: a verse's lines are one block's <p>s or <br> lines
        run.append(i)
        if len(run) > len(best):
            best = list(run)
    return best if len(best) >= VERSE_LINES and _dated_head(lines, best[0]) else []


def list_verdicts(anatomy: Anatomy, body_idx: list[int]) -> tuple[str | None, ...]:
    """What the list rules of conventions §7 say of the span: a run of headline links, a
    scrap of prose beside a list, one of several blocks of the same shape."""
    lines, walker = anatomy.lines, anatomy.walker
    prose = sum(len(lines[i].text) for i in body_idx if lines[i].score)
    return (
        link_list_reason(_article_part(lines, body_idx)),
        list_block_reason(walker, prose),
        repeated_items_reason(walker, _span_block(walker, lines, body_idx)),
    )


def page_row(
    anatomy: Anatomy,
    start: int,
    end: int,
    total: float,
    verdicts: tuple[str | None, ...] | None = None,
) -> list[float]:
    """The page model's features for the span ``[start, end)``: the span's own (see
    lines.page_features) and the list rules' verdicts on it (``list_verdicts``)."""
    if verdicts is None:
        verdicts = list_verdicts(anatomy, list(range(start, end)) or [0])
    return lines_model.page_features(anatomy, start, end, total) + [
        1.0 if verdict else 0.0 for verdict in verdicts
    ]


def extract(text: str, hints: Hints | None = None, continuation: bool = False) -> PageParts:
    """Find the parts of a news page. Raises NotAnArticle for pages that are not articles.

    ``hints`` are a site's own selectors; the generic reader finds what they do not give.
    ``continuation``: a later page of an article whose first page was read as one; its
    kind is known, and a page holding the last paragraph or two is no less the article's.
    """
    hints = hints or Hints()
    anatomy = read_anatomy(text)
    doc, meta, walker, lines = anatomy.doc, anatomy.meta, anatomy.walker, anatomy.lines
    texts = [line.text for line in lines]  # for the page-kind rules that read text alone
    if not anatomy.container_scores:
        raise NotAnArticle("no prose")
    weights = lines_model.current_weights()
    scores = lines_model.score_rows(lines_model.line_features(anatomy), weights)
    first_line, end_line, total = lines_model.decode(
        announced_values(anatomy, [v - weights.span_bias for v in scores]),
        [bool(line.score) for line in lines],
    )
    chosen = _select(doc, hints.body)
    if chosen is not None:
        body_idx = _line_range(walker, chosen)
    else:
        first_line, end_line = paragraphs_across_boxes(lines, first_line, end_line, walker.parent)
        end_line = paragraph_with_closing(lines, end_line, walker.parent)
        body_idx = list(range(first_line, end_line))
    if not body_idx:
        raise NotAnArticle("no prose")
    prose = sum(len(lines[i].text) for i in body_idx if lines[i].score)
    least = 1 if continuation else max(_MIN_BODY_CHARS, weights.min_span_chars)
    verse = _verse_run(walker, lines) if prose < least and chosen is None else []
    if verse:
        body_idx = verse  # a poem: short lines that read as no prose
    elif prose < least:
        raise NotAnArticle(f"too little prose ({prose} chars)")
    if chosen is None and not continuation and not verse:
        verdicts = list_verdicts(anatomy, body_idx)
        page_score = weights.page_score(page_row(anatomy, first_line, end_line, total, verdicts))
        if page_score < weights.page_threshold:
            raise NotAnArticle(f"not article text (page score {page_score:.1f})")
        # The list rules of conventions §7 stay crisp: a span of headline links, a
        # container whose prose is a scrap beside a list, or a span that is one of
        # several blocks of the same shape is a list whatever the page model weighs.
        link_list, _, repeated = verdicts
        block = _span_block(walker, lines, body_idx)
        inside = _container_lines(walker, block)
        prose_inside = sum(len(lines[i].text) for i in inside if lines[i].score)
        beside_list = list_block_reason(walker, prose_inside)
        if beside_list and _dated_head(lines, first_line):
            # A short news item under its dated info line, a sidebar's headlines in another
            # column: only a list around the item's own block makes it a list page, and
            # not one under a trailing block's heading after the item's text (相关新闻,
            # §4), though it stands in the same wrapper.
            trailer = next(
                (
                    i
                    for i in range(body_idx[-1] + 1, len(lines))
                    if trailing.is_block_heading(lines[i].text[: closing.MAX_LINE])
                ),
                None,
            )
            beside_list = list_block_reason(walker, prose_inside, block, trailer)
        listed = (
            link_list
            or beside_list
            or repeated
            or thread_or_answers(texts)
            or ("several posts" if several_posts(lines) else None)
        )
        if listed:
            raise NotAnArticle(listed)
    prose_lines = [lines[i].text for i in body_idx if lines[i].score]
    if not verse and all(_SLIDE.match(text) for text in prose_lines):
        raise NotAnArticle("gallery")

    start, end = body_idx[0], body_idx[-1] + 1
    # The headline sits before the body, or opens the body container itself.
    ranks = [
        int(tag[1]) if (tag := walker.elements[line.owner].tag) in HEADING_TAGS else 9
        for line in lines[: min(start + 5, end)]
    ]
    title_at = _pick_title(lines, min(start + 5, end), start, anatomy.title_similarity, ranks)
    hinted = _line_range(walker, _select(doc, hints.title))
    if hinted:
        title_at = hinted[0]
    title_end = title_at
    if title_at is not None and not hinted:
        title_at, title_end = headline_span(lines, title_at, meta)
    headline_inside = title_end is not None and title_end >= start
    if title_end is not None and headline_inside:
        body_idx = [i for i in body_idx if i > title_end]
    # Lines trimmed off the span's top (an info line, a font widget) are read as the head.
    body_idx = trim_edges(lines, body_idx, walker.parent)
    # A photo's caption opening the text, or closing it, is not body (§1); one between
    # paragraphs is.
    while len(body_idx) > 1 and _photo_caption(walker, lines, lines[body_idx[0]]):
        body_idx = body_idx[1:]
        # A caption set over two lines (摄影：张三 / 产品经理的生日餐): a short line set as
        # a caption right under it goes with it.
        nxt = lines[body_idx[0]]
        if (
            len(body_idx) > 1
            and len(nxt.text) < CAPTION_LINE2_CHARS
            and not ends_sentence(nxt.text)
            and _set_as_caption(walker, lines, nxt)
        ):
            body_idx = body_idx[1:]
    while len(body_idx) > 1 and _photo_caption(walker, lines, lines[body_idx[-1]]):
        body_idx = body_idx[:-1]
    body_idx = _with_announced_items(walker, lines, body_idx)
    if _precis_box(walker, lines, body_idx):
        body_idx = body_idx[1:]
    end = max(end, body_idx[-1] + 1) if body_idx else end
    text_from = body_idx[0] if body_idx else end
    header_from = lines[title_end].owner if title_end is not None else 0
    header_to = lines[text_from].owner if text_from < len(lines) else len(walker.elements)
    if title_end is not None and headline_inside:
        head = [line.text for line in lines[title_end + 1 : text_from]]
    else:
        head_from = title_end + 1 if title_end is not None else max(0, start - 12)
        head = [line.text for line in lines[head_from:text_from]][-30:]
    info = [lines[i].text for i in _line_range(walker, _select(doc, hints.info))]
    head = info + [line for line in head if line not in info]
    title = (
        "".join(line.text for line in lines[title_at : title_end + 1])
        if title_at is not None and title_end is not None
        else _title_from_meta(meta)
    )
    title, stamp = split_title_stamp(title)
    if stamp:
        head = [stamp, *head]  # read as the info line's date
    if chosen is None and not continuation and encyclopedia_entry(meta, texts, title):
        raise NotAnArticle("encyclopedia entry")
    published = data_published(doc, meta)
    return PageParts(
        title=title,
        head_lines=head,
        body_lines=table_rows(walker, lines, body_idx),
        tail_lines=[line.text for line in lines[end : end + 40]],
        pre_title_lines=[line.text for line in lines[max(0, (title_at or 0) - 3) : title_at or 0]],
        markup_tags=_markup_tags(doc),
        marked_authors=marked_authors(walker.elements[header_from:header_to], doc),
        meta=meta,
        site_name=_site_name(lines, meta, title),
        data_published=published,
        data_day_shown=published is not None and shows_day(texts, published),
        issue_line=issue_line(texts[: title_at or 0]),
    )
