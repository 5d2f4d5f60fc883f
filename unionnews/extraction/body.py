"""Separate the article's own text from the lines a content container also holds.

A body container carries, besides paragraphs: the original-headline line (原标题), a
repeat of the headline, captions of a lead photo or video, credit lines (记者 X, 责任编辑：Y),
``来源：`` lines, a ``标签:`` line, and a closing ``(王鑫 方大丰)``. Those lines are taken
out of the body and handed back as raw credits, so nothing is lost and nothing is
counted twice. ``split_body`` is the one place where the article's end is decided: at the
first trailing block (相关阅读 …, trailing.article_end), or after a paragraph closed by a
credit, and before the closing lines (§3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from unionnews.extraction import closing, credits, infoline, sources, tags, trailing
from unionnews.extraction.credits import Credit
from unionnews.extraction.dates import find_date
from unionnews.extraction.text import bracketed_inner, ends_sentence, fold_labels, punct_count

# Rule "summary box": 阅读提示, 核心提示, 导读, 导语, 划重点, 内容摘要, 摘要 open a box that is
# not body; a label alone on its line boxes the lines after it, up to the byline or lead.
SUMMARY_LABELS = (
    "阅读提示",
    "核心提示",
    "内容提要",
    "内容摘要",
    "划重点",
    "导读",
    "导语",
    "摘要",
    "提要",
)
# A label may be spaced out (摘 要：) or say whose it is (本文导读：).
_SPACED_LABELS = "|".join("[ \u3000]?".join(label) for label in SUMMARY_LABELS)
_SUMMARY_LABEL = f"(?:本文)?(?:{_SPACED_LABELS})"
_SUMMARY = re.compile(rf"^[【\[]?{_SUMMARY_LABEL}[】\]]?\s*[:：]?")
_SUMMARY_ALONE = re.compile(rf"^[【\[]?{_SUMMARY_LABEL}[】\]]?\s*[:：]?\s*$")


def opens_with_summary_label(line: str) -> bool:
    """A summary box's label opening the line (核心提示：…, 【导读】…, 摘 要：…)."""
    return _SUMMARY.match(fold_labels(line)) is not None


def is_summary_label(line: str) -> bool:
    """A summary box's label standing alone on its line (阅读提示, 【核心提示】)."""
    return _SUMMARY_ALONE.match(fold_labels(line)) is not None


# A box holds a few lines at most; past this many the box is taken to be one line.
SUMMARY_BOX_LINES = 6
# Rule "caption": a photo's or video's caption, marked by its credit (张三 摄, 新华社发,
# 视觉中国 资料, 资料图, （记者张三摄）, （张三摄于2004年1月）, 摄影｜张三, 图片 | 张三) or
# by its opening (图为, 视频：, ▲, ▼). Read on text with label characters folded (攝 is 摄).
_CAPTION = re.compile(
    r"(?:视频截图|供图|社发$|图片来源[:：].*|图片来自网络|资料图|摄影\s*[:：|｜丨/／].*|摄$|\s摄\s*$|[（(]来源[:：][^）)]*[)）]$"
    r"|[（(][^（()）]{1,30}摄(?:[于於][^（()）]{1,12})?[)）](?:\s*[\uff0a*※][^\uff0a*※]{1,40}[\uff0a*※])?$"
    r"|(?:视觉中国|东方IC|图虫创意|CFP|IC\s?photo|新华社|中新社)\s*(?:资料|供图|图)?(?:图|照片)?$|资料照片$"
    # credits in brackets that say where the picture came from: （图／达志影像／美联社）,
    # （读者提供）, （图取自脸书）, （翻摄画面）, （中央社档案照片）, （示意图）
    r"|[（(]\s*图\s*[/／:：|｜][^（()）]{1,30}[)）]$|[（(][^（()）]{1,12}提供[)）]$"
    r"|[（(][^（()）]{0,12}(?:取自|翻摄|截图|档案照|檔案照|示意图)[^（()）]{0,12}[)）]$)"
    r"|^(?:视频[-－:：]|自动播放|图\s*[/／:：|｜丨]|图片\s*[/／:：|｜丨]|题图\s*[/／:：|｜丨]|▲|▼|图为)"
    # who gave the picture: 图片由受访者提供, 图源：网络
    r"|^[（(]?(?:图片|照片|图)均?由[^，。（()）]{1,20}提供[)）]?$|^图片?源\s*[:：|｜丨]"
)
_SOURCE_LINE = re.compile(
    r"^(?:本文|文章|信息|内容|稿件|新闻)?(?:来源(?:于)?|转载自|转自|摘自)\s*[:：]?\s*(?P<value>.{0,40})$"
    # 原创： 路闻卓立编译 人民币交易与研究: a 自媒体 credit whose last word is the account.
    r"|^原创\s*[:：]\s*(?:.*\s)?(?P<account>\S{2,20})$"
    # 量子位 | 公众号 QbitAI: an account's line under the headline names the account.
    r"|^(?P<handle>[^\s|｜丨，。,]{2,20})\s*[|｜丨]\s*(?:微信)?公众号\s*[:：]?\s*[A-Za-z0-9_\-]{2,30}$"
    # 公众号：扬眼（ID：yangyan）: the account labelled by its platform, with its ID
    r"|^(?:微信)?公众号\s*[:：]\s*(?P<labelled>[^\s（(:：，。,]{2,20})\s*(?:[（(]\s*ID\s*[:：][^）)]*[)）])?$"
)
# Rule "account note": 本文来自微信公众号：某某研究院（ID：xxx），作者：张三 names the account
# the text comes from (§5 self-media: the account, without its 公众号 suffix) and may go on
# with credits.
_ACCOUNT_NOTE = re.compile(
    r"^[（(]?(?:本文|文章|内容)?(?:来自|转载自|转自|来源于?)\s*(?:微信)?公众号\s*[:：]?\s*"
    r"[“\"「『《]?(?P<name>[^\s“”\"「」『』《》（()）:：，,。]{2,20})[”\"」』》]?"
    r"\s*(?:[（(]\s*(?:ID|id|微信号|微信ID)\s*[:：]?\s*[A-Za-z0-9_\-]{2,30}\s*[)）])?"
    r"\s*[，,、;；]?\s*(?P<rest>.*)$"
)
# Rule "review stages": a line naming only who reviewed, proofread or took the pictures
# (初审：张三 复审：李四 终审：王五, 制图：张三, 校对 张三) credits no writer or editor and
# is not body.
_REVIEW_ROLE = "|".join(
    sorted((*credits.OTHER_EDITOR_ROLES, *credits.OTHER_ROLES), key=len, reverse=True)
)
_REVIEW_LINE = re.compile(
    rf"^(?:(?:{_REVIEW_ROLE})\s*(?:[:：|｜丨]\s*|\s+)[^\s:：，。,]{{1,12}}\s*){{1,6}}$"
)
# (综合整理自某某新闻、某某网等): a note on where the text was compiled from.
_COMPILED_FROM = re.compile(
    r"^[（(](?:本报|本网|本台|本刊)?(?:综合|整理|编译|据|来源|转载|内容来自)[^）)]{0,40}[)）]$"
)
# Attribute debris a broken CMS leaves in the text: 日k线图pcms-style=\"font-L\">意外…
_MARKUP_DEBRIS = re.compile(r"^[^<>]{0,40}?[\w-]+=\\*\"[^\"]*\\*\"\s*>")
HEADING_CHARS = 20  # an in-text heading (水果口味啤酒 警語很模糊) is a short line
_CREDIT_CLOSED_CAPTION = re.compile(
    r"(?:摄|攝|供图|资料图|资料照片|社发)(?:[于於][^（()）]{1,12})?\s*[)）]?"
    r"(?:\s*[\uff0a*※][^\uff0a*※]{1,40}[\uff0a*※])?\s*$"
)
# Rule "date alone": a line holding only a date (2003年5月, 2024-05-13 10:00) opening the
# text column is the date of the piece, not its text.
_DATE_ALONE = re.compile(
    r"^[（(【\[]?\s*(?:19|20)\d{2}\s*[年\-/.]\s*\d{1,2}\s*月?"
    r"(?:\s*[\-/.]?\s*\d{1,2}\s*日?)?(?:\s*[（(]?(?:星期|周|週)[一二三四五六日天][)）]?)?"
    r"(?:\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*[)）】\]]?$"
    # a month and day with the time, the year left out: 03-05 10:20
    r"|^\d{1,2}\s*[-/月]\s*\d{1,2}\s*日?\s+[0-2]?\d:[0-5]\d(?::[0-5]\d)?$"
)
# Rule "subtitle": a 副题 under the headline (——记全国劳动模范张三) opens the text column.
SUBTITLE = re.compile(r"^[—─]{1,2}\s*[^—─\s].{1,40}$")
_NEWS_LEAD = re.compile(r"^[^，。：:]{0,16}(?:讯|电|日消息)\s*[（(\s]|^[^，。]{0,12}讯")
# Rule "wire headline line" (§2): a line holding only a dateline, perhaps its reporters,
# and the wire's headline (新华社北京5月9日电 题：…) opens no paragraph of the text.
_WIRE_TITLE = re.compile(r"^[^，。：:]{2,24}?(?:电|讯)\s*(?:[（(][^）)]{1,30}[)）])?\s*题\s*[:：]")
_HOME_SUFFIX = re.compile(r"\s*返回\S{0,8}首页\s*>+\s*$")


@dataclass
class BodyParts:
    lines: list[str]
    credits: list[str] = field(default_factory=list)  # raw author credits
    editors: list[tuple[int, str]] = field(default_factory=list)  # (rank, value)
    sources: list[str] = field(default_factory=list)  # raw 来源 values
    # outlets a closing provenance note names (本文来自某某…): after a dateline's outlet
    provenance: list[str] = field(default_factory=list)
    compiled: bool = False  # a closing note says the text is compiled from several outlets
    times: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)  # 更新时间: when no other date is shown
    tags: list[str] | None = None
    trailing: int = 0  # lines of trailing blocks after the article's end
    dateline_outlet: str | None = None  # 新华社 of 新华社北京5月19日电 opening the text
    outlets: list[str] = field(default_factory=list)  # outlets in an author slot
    empty_time: bool = False  # a time label with no value: a script writes it

    def editor(self) -> str | None:
        """The best-ranked editor named: 责任编辑 before 责编, 编辑, 选稿; page order within."""
        return min(self.editors, key=lambda e: e[0])[1] if self.editors else None

    def take_credit(self, credit: Credit) -> None:
        """File what a credit line says: its authors, editors and 来源."""
        if credit.authors:
            self.credits.append(" ".join(credit.authors))
        self.editors.extend(credit.editors)
        self.outlets.extend(credit.outlets)
        for value in credit.sources:
            self.take("source", value)

    def take_shown_date(self, line: str) -> None:
        """File the date ``line`` shows (a credit or date-stamp line's), if any."""
        shown = find_date(line)
        if shown:
            self.times.append(line[shown.start : shown.end])

    def take_tags(self, found: list[str]) -> None:
        if self.tags is None:
            self.tags = found

    def take(self, kind: str, value: str) -> None:
        """File one labelled part of an info or credit line under its field."""
        if kind == "source":
            labelled = infoline.split_infoline(value) if infoline.has_label(value) else []
            if labelled and labelled[0][0] == "text":
                # 来源：某某日报 发布时间：<script>…</script>, read as one credit line: the
                # outlet ends at the next label, whose value (here none) is its own.
                value = labelled[0][1]
                for other, its_value in labelled[1:]:
                    self.take(other, its_value)
        if kind in ("source", "author", *credits.EDITOR_ROLES):
            # 来源：中工网－工人日报 2022年09月29日 08:15, 编辑：张三 2024-05-13 10:00: the
            # date is the article's, not part of the outlet or the name.
            shown = find_date(value)
            if shown:
                self.times.append(value[shown.start : shown.end])
                after = "" if kind == "source" else value[shown.end :]
                value = f"{value[: shown.start]} {after}".strip()
        if kind == "source":
            value = infoline.without_widgets(value)  # 求是网参与互动 2024-05-13: a link
            glued = credits.outlet_and_byline(value)
            if glued:
                value = glued[0]
                self.credits.append(glued[1])
            self.sources.append(value)
        elif kind in credits.EDITOR_ROLES:
            # 责任编辑 outranks 责编, 编辑 and 选稿, as in a credit line.
            self.editors.append((credits.EDITOR_ROLES.index(kind), value))
        elif kind == "author":
            self.credits.append(value)
            outlet = credits.credited_outlet(value)
            if outlet:
                self.outlets.append(outlet)
        elif kind == "time":
            if value.strip():
                self.times.append(value)
            else:
                self.empty_time = True
        elif kind == "updated":
            self.updated.append(value)


# Quotes and marks a headline's repeat may write differently: “全国总工会”部署….
_MARKS = re.compile(r"[\s“”‘’\"'《》〈〉「」『』：:，,！!？?]")


def _similar(a: str, b: str) -> bool:
    if not a or not b:
        return False
    a, b = _MARKS.sub("", a), _MARKS.sub("", b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    return len(short) >= 6 and short in long and len(long) <= len(short) * 1.3


# Rule "label inside a word": an item of the text whose words end in a label word
# (一、比赛时间：…, 报名日期：…) is text; the label is part of a word, not an info line's
# (发布时间：, 信息来源：, labels in their own right, are).
_LABEL_IN_A_WORD = re.compile(
    r"^(?:[一二三四五六七八九十\d]+[、.\uff0e]\s*)?(?P<word>[\u4e00-\u9fff]{1,6}?(?:时间|日期|来源))[:：]"
)


def _label_in_a_word(line: str) -> bool:
    m = _LABEL_IN_A_WORD.match(line)
    return m is not None and m["word"] not in infoline.LABELS


def _closing_line(line: str, out: BodyParts) -> bool:
    """Whether ``line`` is a closing line (§3); a date stamp's date is filed."""
    kind = closing.closing_kind(line)
    if kind == "date_stamp":
        out.take_shown_date(line)
    elif kind == "print_edition":
        # 《某某日报》（2024年05月10日 04版）: the paper printed it first, a labelled 来源
        # read before it still wins.
        paper = closing.edition_paper(line)
        if paper:
            out.sources.append(paper)
    elif kind is not None:
        # 本文来自澎湃新闻，更多…; 【转自某某日报】: where the text comes from, when no
        # 来源 is labelled and no news lead names an outlet; （综合整理自…等）: none.
        if closing.compiled_note(line):
            out.compiled = True
            return True
        outlet = closing.provenance_outlet(line)
        if outlet:
            out.provenance.append(outlet)
    return kind is not None


_SENTENCE_MARK = re.compile(r"[。！？?!]")
SENTENCE_VALUE = 12  # a name or an outlet closed by a stop (责任编辑：张三。) is shorter
OTHER_VALUE = 30  # a column's name, an index number, a count


def take_account_note(line: str, out: BodyParts) -> bool:
    """Record the account and the credits of a note on the account the text comes from."""
    note = _ACCOUNT_NOTE.match(line)
    if not note:
        return False
    out.sources.append(note["name"])
    for clause in re.split(r"[，,；;。]", note["rest"]):  # 作者：张三，题图来自：…
        for kind, value in infoline.split_infoline(clause):
            if kind == "author" or kind in credits.EDITOR_ROLES:
                out.take(kind, value)
    return True


def _meta_line(line: str, out: BodyParts) -> bool:
    """Record and report a line that is only metadata (credit, 来源, 标签, info line)."""
    found_tags = tags.tag_line(line)
    if found_tags is not None:
        out.take_tags(found_tags)
        return True
    credit = credits.credit_line(line)
    if credit:
        out.take_credit(credit)
        out.take_shown_date(line)  # 编辑：张三 2024-05-13 10:00
        return True
    m = _SOURCE_LINE.match(line)
    if m and (m["account"] or m["handle"] or m["labelled"]):
        out.sources.append(m["account"] or m["handle"] or m["labelled"])
        return True
    if (
        m
        and punct_count(m["value"]) <= 1
        and not re.search(r"[。！？]", m["value"])
        and not infoline.has_label(m["value"])
    ):
        out.sources.append(m["value"].strip())
        return True
    if len(line) <= 80 and infoline.has_label(line):
        parts = infoline.split_infoline(line)
        # Punctuation makes prose; a line opening with a label is an info line, whose
        # labels' own colons are no prose marks (时间：… 来源：… 作者：… 阅读：…).
        colons = len(parts) if parts and parts[0][0] != "text" else 0
        if punct_count(line) - colons > 3:
            return False
        kinds = {kind for kind, _ in parts}
        if kinds == {"other"} and all(
            len(value) <= OTHER_VALUE and not _SENTENCE_MARK.search(value) for _, value in parts
        ):
            return True  # the page's own record (栏目：…, 浏览：123, 索引号：…): nothing to take
        # 记者：今年有哪些重点工作？ is an interview's question, not a byline: a labelled
        # value that is a sentence makes the line text.
        sentence = any(
            len(value) > SENTENCE_VALUE and _SENTENCE_MARK.search(value)
            for kind, value in parts
            if kind != "text"
        )
        if kinds & {"source", "time", "updated", "author", *credits.EDITOR_ROLES} and not (
            ({"text"} & kinds and len(parts) < 2) or _label_in_a_word(line) or sentence
        ):
            for kind, value in parts:
                out.take(kind, value)
            return True
    return False


# Rule "column line": the column the page is filed in (sources.SECTION_NAME), with the
# date or set in brackets, opening the text column: 工会动态 | 2024-03-05, 【工会动态】. A
# column's name alone and bare (收盘播报) may be the text's own kicker.
COLUMN_LINE_CHARS = 30
_COLUMN_TRIM = " |｜丨/·•-—"


def _column_line(line: str) -> bool:
    if len(line) > COLUMN_LINE_CHARS:
        return False
    found = find_date(line)
    if found:
        residue = line.replace(line[found.start : found.end], " ").strip(_COLUMN_TRIM)
    else:
        residue = bracketed_inner(line.strip()) or ""
    return bool(residue) and bool(sources.SECTION_NAME.match(residue))


def _lead_box_end(article: list[str]) -> int:
    """Where a box that opens the body ends: a promo or key-points box closed by a
    related-links heading or a byline in the first fifth of the text. 0 when there is none."""
    total = sum(len(line) for line in article) or 1
    seen = 0
    for i, line in enumerate(article[:12]):
        if seen > total / 5:
            break
        if trailing.is_block_heading(line):
            j = i + 1
            while j < len(article) and not ends_sentence(article[j]):
                j += 1  # the box's headlines
            return j
        credit = credits.credit_line(line) if i else None
        if credit and credit.authors:
            return i  # the byline under a key-points box; it is read as a credit below
        seen += len(line)
    return 0


def _summary_box_end(article: list[str]) -> int:
    """Where a summary box whose label stands alone on its line ends (0 when none): at the
    byline or news lead that follows it, else after the one line under the label."""
    for i, line in enumerate(article[:4]):
        if ends_sentence(line) and len(line) >= 20:
            return 0  # the text has begun: a label after it opens no box
        if is_summary_label(line):
            for j in range(i + 1, min(len(article), i + 1 + SUMMARY_BOX_LINES)):
                if credits.credit_line(article[j]) or _NEWS_LEAD.match(article[j]):
                    return j
            # 划重点： over numbered points (1. …, ①…): the box holds every point.
            j = i + 1
            while j < min(len(article), i + 1 + SUMMARY_BOX_LINES) and _POINT.match(article[j]):
                j += 1
            return max(j, i + 2)
    return 0


# One of a box's numbered points: 1. …, 2、…, ①…, (1)…, ●….
_POINT = re.compile(r"^\s*(?:\d{1,2}\s*[.、\uff0e]|[（(]\d{1,2}[)）]|[①-⑩]|[●•·■◆▪])\s*\S")


# Only the first lines can be a lead box repeating the body: bounded, so never quadratic.
_REPEAT_PROBES = 5


def _repeated_later(article: list[str], i: int) -> bool:
    """A lead summary box repeats a sentence of the body (导语 boxes do)."""
    line = article[i]
    if i >= _REPEAT_PROBES or len(line) < 20:
        return False
    return any(line in other for other in article[i + 1 :])


# Lines after a credit-closed paragraph that can still be a standing notice's: short ones.
NOTICE_LINE_CHARS = 30


def _credit_closed(article: list[str]) -> int:
    """Where the text ends when a paragraph closes with a credit glued to it (王鑫 方大丰),
    （编辑：张三）, and only short lines follow it (a standing notice, a helpline, no rule
    names each of them): the index after that paragraph, else ``len(article)``."""
    for i in range(len(article) - 2, -1, -1):
        if len(article[i + 1]) >= NOTICE_LINE_CHARS:
            break
        line = closing.strip_glued_tail(article[i])
        if credits.closing_credit(line)[1] or credits.closing_editor(line)[1]:
            return i + 1
    return len(article)


def _pop_closing(kept: list[str], out: BodyParts, last_meta: int) -> None:
    """Take the closing furniture off the end of ``kept``: captions, a compiled-from note,
    and short lines after a credit. A date stamp under the text (【2024-05-13】) gives the
    record its date."""
    while kept and (
        # a caption, but not a paragraph with a provenance note glued to it (…。（来源：X）)
        (_CAPTION.search(fold_labels(closing.strip_glued_tail(kept[-1]))) and len(kept[-1]) < 60)
        or _closing_line(kept[-1], out)
        or _COMPILED_FROM.match(kept[-1])
        or (
            last_meta >= 0
            and len(kept) > last_meta
            and len(kept[-1]) <= 20
            and not ends_sentence(kept[-1])
        )
    ):
        kept.pop()


# The info line may open the container, above a box that opens the body; it is short.
BOX_INFO_CHARS = 40


# Rule "speaker line": a speech opens with who gives it, a line ending in the speaker's
# name (某某工程新闻发言人 张三, 省总工会主席 李四), then its salutation (同志们：).
# The speaker is not body, and not an author (§2: people speaking in the article).
_SALUTATION = re.compile(r"^[^，。！？；]{2,16}[：:]$")
_SPEAKER = re.compile(
    r"^[^，。！？；：:、]{0,24}(?:发言人|主持人|主席|副主席|书记|部长|局长|主任|院长|会长|厅长|省长"
    r"|市长|委员|代表|秘书长|董事长|总经理|校长|教授)\s*(?P<name>[\u4e00-\u9fff]{2,3})$"
)
SPEAKER_LINE = 40


def _speaker_line(line: str) -> bool:
    m = _SPEAKER.match(line.strip()) if len(line) <= SPEAKER_LINE else None
    return m is not None and credits.is_name(m["name"])


# Rule "page record": an e-paper closes an article with a line of its own naming the paper,
# the page, the headline and the date (某某工人日报 工会 00002 <headline> 2024-03-05 1
# 2024年03月05日 星期二). A line that repeats the headline and shows a date is no body.
PAGE_RECORD_TITLE = 6


def page_record(line: str, title: str | None) -> bool:
    """Whether ``line`` is an e-paper's record of the article headed ``title``."""
    return (
        title is not None
        and len(title) >= PAGE_RECORD_TITLE
        and title in line
        and not ends_sentence(line)
        and find_date(line.replace(title, " ")) is not None
    )


def _take_meta(lines: list[str], sink: BodyParts) -> None:
    """File what the metadata lines among ``lines`` say (an account's note, 责任编辑, 来源)."""
    for line in lines:
        if not take_account_note(line, sink):
            _meta_line(line, sink)


def split_body(lines: list[str], title: str | None = None) -> BodyParts:
    """The article's lines and the credits found among them."""
    end = trailing.article_end(lines)
    end = min(end, _credit_closed(lines[:end]))
    article, rest = lines[:end], lines[end:]
    out = BodyParts(lines=[])
    box_end = _lead_box_end(article)
    kept: list[str] = []
    last_meta = -1  # index in ``kept`` terms of the last credit/source line taken out
    caption_before = False
    box_end = max(box_end, _summary_box_end(article))
    for i, line in enumerate(article):
        line = _MARKUP_DEBRIS.sub("", line)
        if i < box_end and not credits.credit_line(line):
            if i == 0 and len(line) <= BOX_INFO_CHARS:
                out.take_shown_date(line)  # the info line above the box: 允中 2024-03-05
            continue
        if not kept:
            if (
                opens_with_summary_label(line)
                or _similar(line, title or "")
                or _repeated_later(article, i)
                or (SUBTITLE.match(line) and not ends_sentence(line))
            ):
                continue
            if _DATE_ALONE.match(line):
                out.take_shown_date(line)
                continue
            if _column_line(line):
                out.take_shown_date(line)  # 工会动态 2024-03-05: the column and its date
                continue
            if _CAPTION.search(fold_labels(line)) or (
                caption_before and len(line) < 20 and not ends_sentence(line)
            ):
                # A lead photo's caption, often split over two lines; one closed by its
                # credit (…留条后路 张三/摄) is whole, and a short line after it is the text's.
                caption_before = not _CREDIT_CLOSED_CAPTION.search(line)
                continue
        if take_account_note(line, out) or closing.furniture_kind(line):
            continue
        if _meta_line(line, out) or _REVIEW_LINE.match(line):
            last_meta = len(kept)
            continue
        kept.append(line)
    _pop_closing(kept, out, last_meta)
    if len(kept) > 1 and page_record(kept[-1], title):
        kept.pop()  # 某某工人日报 工会 00002 <headline> 2024-03-05 …: the e-paper's record
    writers = credits.unit_writers(kept[-1]) if len(kept) > 1 else None
    if writers:
        kept.pop()  # 宣教部 刘智颖: the unit and its writers, on a line of their own
        out.credits.append(" ".join(writers))
        _pop_closing(kept, out, last_meta)
    if kept:
        glued = closing.glued_source(kept[-1])
        if glued:
            out.take("source", glued)  # …增长。（来源：某某日报）
        last = closing.strip_glued_tail(_HOME_SUFFIX.sub("", kept[-1]))
        last = credits.closing_department(last)
        last, editor = credits.closing_editor(last)
        if editor:
            out.take_credit(editor)
        last, names = credits.closing_credit(last)
        if names:
            out.credits.append(" ".join(names))
        kept[-1] = last
        if not last:
            # A credit on a line of its own, under a closing notice: （中時 ） below a
            # helpline; what stood above it closes the text too.
            kept.pop()
            _pop_closing(kept, out, last_meta)
    if len(kept) > 2 and _speaker_line(kept[0]) and _SALUTATION.match(kept[1]):
        del kept[0]  # 新闻发言人 张三 / 女士们、先生们：: the speaker, above the speech
    # A news lead (本报讯（记者…）, 新华社北京2月29日电) opens the article: short lines before
    # it are a photo's caption or a kicker.
    for i, line in enumerate(kept[:4]):
        if _NEWS_LEAD.match(line):
            if all(len(before) < 40 for before in kept[:i]):
                del kept[:i]
            break
    if kept:
        # The lead opens the text, or follows the text's first in-text heading.
        opening = kept[0]
        heading = len(opening) <= HEADING_CHARS and not ends_sentence(opening)
        if (
            heading
            and len(kept) > 1
            and (credits.lead_credit(kept[1]) or sources.dateline_outlet(kept[1]))
        ):
            opening = kept[1]
        lead = credits.lead_credit(opening)
        if lead:
            out.credits.insert(0, " ".join(lead))
        out.dateline_outlet = sources.dateline_outlet(opening)
        if len(kept) > 1 and _WIRE_TITLE.match(kept[0]) and not ends_sentence(kept[0]):
            del kept[0]
    # The editor's line often follows the trailing blocks (责任编辑 at the very end). A
    # 来源 that names an outlet is taken only before the first of them (责任编辑：张三
    # 来源：某某日报 closing the text), not from other stories' lines inside them, nor from
    # a standing notice (信息来源于网络).
    trailing_meta = BodyParts(lines=[])
    blocks = next((i for i, line in enumerate(rest) if trailing.is_block_heading(line)), len(rest))
    _take_meta(rest[:blocks], trailing_meta)
    out.sources.extend(
        v
        for v in trailing_meta.sources
        if sources.names_an_outlet(v) and not sources.names_no_outlet(v)
    )
    _take_meta(rest[blocks:], trailing_meta)
    out.editors.extend(trailing_meta.editors)
    if out.tags is None:
        out.tags = trailing_meta.tags
    out.lines = kept
    out.trailing = sum(1 for line in rest if trailing.is_trailing(line))
    return out
