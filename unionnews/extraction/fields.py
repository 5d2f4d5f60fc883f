"""From the parts the extractor found to the raw value of every field.

Pure: no Scrapy. The info line is looked for between the headline and the body first,
then inside the body (credit and 来源 lines), then just after it; the first value found
for a field wins. Values stay raw here; ArticleLoader normalises them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

from unionnews.extraction import closing, credits, infoline, sources, tags
from unionnews.extraction.body import BodyParts, page_record, split_body, take_account_note
from unionnews.extraction.dates import SHANGHAI, chinese_numeral_date, find_date
from unionnews.extraction.page import PageParts
from unionnews.extraction.regions import is_place_name
from unionnews.extraction.text import bracketed_inner, fold_labels, punct_count

# Words that stand beside the date in an info line but name no outlet (the widgets, 分享,
# 打印, 关注 …, are closing's furniture; the sections, 推荐, 评论 …, sources' names).
_FURNITURE = re.compile(
    r"^(?:原创|企鹅号|头条号|百家号|优质原创作者|"
    # a counter's label (阅读量 123, 浏览次数：56, 人气)
    rf"{credits.COUNTER_WORD}|"
    r"打开APP|打开App|APP内打开|App内打开|打开客户端|字号|字体|[+＋]?关注|已关注|"
    r"我有话说.*|\d+\S{0,4}|\d+次阅读|\d+条评论|来自\S*|作者|发布于\S*|发表于\S*|\W+|"
    # a date or a time (2024-05-13, 10:00), where the poster was (IP属地：北京)
    r"[\d:：\-/.年月日时分]+|IP属地\S*|"
    # the day of the week and the time of day beside a date (2024年05月13日 星期一)
    r"[（(]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?|上午|下午|中午|晚上|凌晨|早上|"
    # the zone the time is given in (北京时间 2024-05-13 10:00, GMT+8 2024-05-13 10:00)
    r"(?:北京|臺北|台北|香港|当地|當地)?(?:时间|時間)|[（(]?(?:GMT|UTC)(?:\s*[+＋\-－]\s*\d{1,2})?[)）]?)$",
    re.I,
)
_META_DATE_KEYS = (
    "dateupdate",
    "datepublished",
    "article:published_time",
    "pubdate",
    "publishdate",
    "og:release_date",
    "article:modified_time",
)


@dataclass
class RawFields:
    title: str | None
    source_raw: str | None = None
    outlet_guess: str | None = None  # an unlabelled outlet name beside the date
    dateline_outlet: str | None = None  # the outlet the news lead names (新华社…电)
    credited_outlet: str | None = None  # an outlet in an author slot (作者：某某日报)
    provenance_outlet: str | None = None  # the outlet a closing note names (本文来自…)
    compiled: bool = False  # a closing note names several outlets (综合整理自…等): none
    media_meta: str | None = None  # the medium the page's own data names (<meta name=mediaid>)
    date_text: str | None = None
    credits: list[str] = field(default_factory=list)
    editor: str | None = None
    tags: list[str] = field(default_factory=list)
    body_lines: list[str] = field(default_factory=list)
    trailing_lines: int = 0  # lines of trailing blocks cut after the article's end
    reference_date: date | None = None  # for a month and day shown without a year
    published_hint: datetime | None = None  # the page's own data: for relative dates


# The line before a date that may name the account: a name alone on its line, not a
# widget such as 字号: [大] [中] [小].
_NAME_ALONE = re.compile(r"[^\s:：\[\]【】]{2,20}")
# A follow button set after the account's name on its line.
_FOLLOW = re.compile(r"\s+(?:[+＋]\s*)?(?:关注|已关注|订阅|已订阅)$")


def _outlet_in(text: str) -> str | None:
    for token in re.split(r"\s+", text):
        if token.endswith((":", "：")):
            continue  # a label (Source:, 资料：) whose value follows, never a name
        token = token.strip("|｜丨·:：,，()（）／/")
        if credits.MEDIA_BEFORE_SOURCE.fullmatch(token):
            continue  # 图片, 资料 left before a 来源 label: what the credit is for
        inner = bracketed_inner(token)  # 2005-01-14 17:02:30 【新华网】
        token = inner if inner is not None else token.strip("【】[]［］〔〕")
        if token.startswith("来自") and sources.ends_like_outlet(token[2:].lstrip(":：")):
            token = token[2:].lstrip(":：")  # 来自某某日报: that outlet (来自北京 says where)
        if sources.ADDRESS.match(token):
            continue  # www.qq.com beside the date: the site's address, not an outlet
        # A labelled value (发布单位：某某) is no outlet shown unlabelled.
        # A place beside the date (2024-05-13 10:00 上海) says where, not who published.
        # Nor a portal's section, a widget (听新闻, A+) or a person (2024-05-13 10:00 张三).
        if (
            2 <= len(token) <= 20
            and _LETTER.search(token)  # +0800, 12:30:05 name nobody
            and not _FURNITURE.match(token)
            and not sources.SECTION_NAME.match(token)
            and not _LABELLED.search(token)
            and fold_labels(token) not in infoline.LABELS  # 发布日期 alone is a label
            and not is_place_name(token)
            and not closing.furniture_kind(token)
            and not credits.looks_like_person(token)
        ):
            return token
    return None


_LABELLED = re.compile(r"[:：]")
_LETTER = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# The parts of an info line set apart by bars: 2018/09/16 15:31 ｜ 記者張三／台北報導.
_BAR = re.compile(r"\s*[|｜丨]\s*|\s{2,}")


def _credits_beside(residue: str, sink: BodyParts) -> str:
    """``residue`` without the credits set beside the date (``｜ 記者張三／台北報導``),
    which go to ``sink``: a reporter's byline is no outlet."""
    kept = []
    for part in _BAR.split(residue):
        # The credit may follow the outlet in the same part: 聯合報／ 記者張三／台北報導.
        words = part.split()
        for k in range(len(words)):
            if k == 0 and len(words) > 2 and sources.ends_like_outlet(words[0]):
                continue  # 某某日报 记者 张三: the outlet before the byline, not part of it
            credit = credits.credit_line(" ".join(words[k:]))
            if credit is not None:
                sink.take_credit(credit)
                kept.append(" ".join(words[:k]))
                break
        else:
            kept.append(part)
    return " ".join(kept)


_SPLIT_YEAR = re.compile(r"^(?:19|20)\d{2}$")
_SPLIT_DATE = re.compile(r"^(?:(?:19|20)\d{2}/)?\d{1,2}[/-]\d{1,2}$")
_SPLIT_TIME = re.compile(r"^[0-2]?\d:[0-5]\d$")
# Rule "platform account": a self-media page names its account beside the platform's
# name (扬眼 企鹅号), or on the line before it; with no 来源, the account is the source.
_PLATFORMS = r"(?:企鹅号|百家号|头条号|网易号|大风号|搜狐号|一点号|澎湃号|微信公众号|公众号)"
PLATFORM = re.compile(rf"(?:^|\s){_PLATFORMS}$")


# The platform may also stand first, as a label: 百家号：扬眼, 微信公众号 扬眼 (a 微信号 is
# the account's ID, not its name).
_PLATFORM_FIRST = re.compile(rf"^{_PLATFORMS}\s*[:：]?\s*(?P<name>[^\s:：]{{2,20}})")


def platform_account(line: str, previous: str) -> str | None:
    """The self-media account a line names beside its platform, else on the line before."""
    first = _PLATFORM_FIRST.match(line)
    if first and len(line) <= 40:
        return _outlet_in(first["name"])
    m = PLATFORM.search(line)
    if not m or len(line) > 40:
        return None
    beside = _outlet_in(line[: m.start()])
    if beside:
        return beside
    if len(previous) <= 20 and not find_date(previous):
        return _outlet_in(previous)
    return None


def _outlet_before_credit(line: str) -> str | None:
    """``2024-05-13 10:00 新京报 作者：张三``: the outlet shown unlabelled between the date
    and a credit; only a name that ends as an outlet's does (a person may stand there)."""
    found = find_date(line)
    parts = infoline.split_infoline(line, True) if found else []
    if len(parts) < 2 or parts[0][0] != "text" or found is None:
        return None
    date_text = line[found.start : found.end]
    if date_text not in parts[0][1]:
        return None
    outlet = _outlet_in(parts[0][1].replace(date_text, " "))
    return outlet if outlet and sources.ends_like_outlet(outlet) else None


def _badge(line: str) -> bool:
    """Whether ``line`` is an account's badge, counter or follow button alone (原创,
    优质原创作者, 粉丝 1.2万, 关注): no date, every word furniture."""
    words = line.split()
    return (
        bool(words)
        and len(line) <= 20
        and find_date(line) is None
        and all(_FURNITURE.match(word) or word in _COUNTER_WORDS for word in words)
        and not all(_FURNITURE_DATE.fullmatch(word) for word in words)
    )


_COUNTER_WORDS = frozenset({"粉丝", "获赞", "文章", "作品"})
_FURNITURE_DATE = re.compile(r"[\d:：\-/.年月日时分]+")


def _date_alone(line: str) -> bool:
    """Whether ``line`` shows a date and nothing else (a weekday, a time of day)."""
    found = find_date(line)
    if found is None:
        return False
    rest = f"{line[: found.start]} {line[found.end :]}".split()
    return all(_FURNITURE.match(word) for word in rest)


# A day word that stands where a date would; it marks the outlet name beside it.
_DAY_WORD = re.compile(r"(?:^|\s)(?:今天|昨天|前天|刚刚)$")


def _join_split_dates(lines: list[str]) -> list[str]:
    """``2019``, ``09/07`` and ``19:02`` on separate lines are one date."""
    joined: list[str] = []
    for line in lines:
        if joined and _SPLIT_TIME.match(line) and _SPLIT_DATE.match(joined[-1]):
            joined[-1] = f"{joined[-1]} {line}"
        elif joined and _SPLIT_DATE.match(line) and _SPLIT_YEAR.match(joined[-1]):
            joined[-1] = f"{joined[-1]}/{line}"
        else:
            joined.append(line)
    return joined


def _read_lines(
    lines: list[str], raw: RawFields, sink: BodyParts, guess: bool = False, labelled: bool = False
) -> None:
    """Collect info-line values from ``lines``. ``guess``: also guess an unlabelled outlet
    beside a date (header lines only). ``labelled``: take only labelled dates (lines
    around headlines of other articles carry their dates, not this one's)."""
    previous = ""
    date_alone = False  # the line before showed a date and nothing else
    for line in infoline.join_lone_labels(_join_split_dates(lines)):
        if _badge(line):
            # 某某日报 / 关注 / 2024-05-13, 扬眼 / 优质原创作者 / 2024-05-13: a button or an
            # account's badge stands between the name and the date
            continue
        if (
            date_alone
            and raw.outlet_guess is None
            and _NAME_ALONE.fullmatch(line)
            and not punct_count(line)
            and not find_date(line)
            and credits.credit_line(line) is None
        ):
            # 2024-05-13 10:00 / 某某日报: the outlet set on a line of its own under the
            # date, as it may stand on the line above it.
            raw.outlet_guess = _outlet_in(line)
        date_alone = guess and _date_alone(line)
        if take_account_note(line, sink):
            continue
        if labelled and closing.compiled_note(line):
            sink.compiled = True
            continue
        outlet = closing.provenance_outlet(line) if labelled else None
        if outlet:
            sink.provenance.append(outlet)  # under the text: 本文来自某某，更多精彩请下载…
            continue
        credit = credits.credit_line(line)
        if credit is not None:
            # A byline of its own (本报记者 张三, 某某新闻记者 张三) or a credit line, which
            # may show the date too (编辑：张三 2024-05-13 10:00).
            sink.take_credit(credit)
            sink.take_shown_date(line)
            if guess and any(k == "time" and not v for k, v in infoline.split_infoline(line)):
                sink.empty_time = True  # 来源：某某 发布时间：<script>…</script>
            if guess and raw.outlet_guess is None:
                raw.outlet_guess = _outlet_before_credit(line)
            previous = line
            continue
        found_tags = tags.tag_line(line)
        if found_tags is not None:
            sink.take_tags(found_tags)
            continue
        paper = closing.edition_paper(line)
        if paper:
            # 《某某日报》（2024年05月10日 04版）: the paper printed it, on that day.
            sink.sources.append(paper)
            sink.take_shown_date(line)
            continue
        if labelled and closing.closing_kind(line) == "date_stamp":
            sink.take_shown_date(line)  # [ 2024-05-13 ] [ 打印 ]
            continue
        if labelled and not infoline.has_label(line):
            continue  # only labelled values count here: no need to look for dates
        found = find_date(line, reference=raw.reference_date)
        # Colon-less labels (来源CSDN) only count on a line that also shows a date.
        bare = found is not None
        parts = infoline.split_infoline(line, bare) if infoline.has_label(line, bare) else []
        for kind, value in parts:
            sink.take(kind, value)
        if found and not labelled and not any(kind in ("time", "updated") for kind, _ in parts):
            sink.times.append(line[found.start : found.end])
        if not guess:
            continue
        account = platform_account(line, previous)
        if account:
            raw.outlet_guess = account
        if found is None and _DAY_WORD.search(line) and len(line) <= 30:
            raw.outlet_guess = raw.outlet_guess or _outlet_in(_DAY_WORD.sub("", line))
        if found and raw.outlet_guess is None and len(line) <= 80:
            # 2019年11月25日 18:57 参考消息 / 中国网 2019-11-25 10:37:31: the outlet is shown
            # unlabelled beside the date; a 百家号 account name stands on the line before.
            # A labelled date may have the outlet after it too (发布时间：2024-05-13 新京报).
            shown = line[found.start : found.end]
            unlabelled = [v for k, v in parts if k == "text"] if parts else [line]
            unlabelled += [
                after
                for k, v in parts
                if k != "text" and shown in v
                for after in [v.split(shown, 1)[1]]
                if after[:1].isspace()  # set apart, not a badge glued to it
            ]
            residue = " ".join(u.replace(shown, " ") for u in unlabelled)
            residue = _credits_beside(residue, sink)
            named = _FOLLOW.sub("", previous)  # 扬眼 关注: the account and its button
            raw.outlet_guess = _outlet_in(residue) or (
                _outlet_in(named) if _NAME_ALONE.fullmatch(named) else None
            )
        previous = line


# A URL that carries its date (/2018-09/16/, /20180916/, /2018/0916/).
_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d{2})(?:[-_/]?(?P<m>0[1-9]|1[0-2]))(?:[-_/]?(?P<d>\d{2}))?(?:[/_.-]|$)"
)
_META_DATE = re.compile(r"(?P<y>(?:19|20)\d{2})(?:[-/.年](?P<m>\d{1,2})[-/.月](?P<d>\d{1,2}))?")
# A year alone stands for its middle: every month and day of it is nearest that year.
_MID_YEAR = (7, 2)


def _as_date(m: re.Match[str]) -> date:
    y = int(m["y"])
    try:
        return date(y, int(m["m"] or 0), int(m["d"] or 1)) if m["m"] else date(y, *_MID_YEAR)
    except ValueError:
        return date(y, *_MID_YEAR)


def _reference_date(parts: PageParts, url: str | None = None) -> date | None:
    """The date a month and day shown without a year is read near: the page's date
    metadata, else the date its scripts hold, else the date in its URL; None when none
    says."""
    for key in _META_DATE_KEYS:
        m = _META_DATE.search(parts.meta.get(key, ""))
        if m:
            return _as_date(m)
    if parts.data_published is not None:
        return parts.data_published.astimezone(SHANGHAI).date()
    m = _URL_DATE.search(urlsplit(url).path) if url else None
    return _as_date(m) if m else None


# Rule "date above the headline" (§6): with no date anywhere else, a dated line among the
# few just above the headline (2017年12月09日 00:26, 首页 > 政治 2013-01-28 15:23) is the
# publication date. A full date only, and not the "today is" bar of a portal's top.
DATE_ABOVE = 3
DATE_ABOVE_CHARS = 40
_FULL_YEAR = re.compile(r"(?:19|20)\d{2}\s*[-/.年]")
_TODAY_BAR = re.compile(r"星期|今天|今日|礼拜|週|周[一二三四五六日天]")


def date_above_headline(lines: list[str]) -> str | None:
    """The publication date shown on a line just above the headline, else None."""
    for line in reversed(lines[-DATE_ABOVE:]):
        if len(line) > DATE_ABOVE_CHARS or _TODAY_BAR.search(line):
            continue
        found = find_date(line)
        if found and _FULL_YEAR.match(line[found.start : found.end]):
            return line[found.start : found.end]
    return None


# Rule "date under the signature": a notice or letter closes with its signer and its date
# on lines of their own (某某市总工会 / 2024年5月13日); with no other date shown, that date
# is the page's. The line holds the date alone.
SIGNATURE_LINES = 2


def signature_date(body_lines: list[str]) -> str | None:
    """The date a line of its own shows at the very end of the text, else None; a
    document may sign it in Chinese numerals (二〇二四年五月十日)."""
    for line in reversed(body_lines[-SIGNATURE_LINES:]):
        text = chinese_numeral_date(line) or line.strip()
        shown = find_date(text)
        if shown and shown.start == 0 and shown.end == len(text) and _FULL_YEAR.match(text):
            return text
    return None


# The e-paper's record of the article under the text (body.page_record: paper, page,
# headline, date) dates it when nothing else does; a related headline's date is no such
# line (it holds another headline).
RECORD_LINE_CHARS = 160


def record_line_date(tail_lines: list[str], title: str | None) -> str | None:
    """The date of the line under the text that records the article, else None."""
    for line in tail_lines:
        if len(line) <= RECORD_LINE_CHARS and page_record(line, title):
            rest = line.replace(title or "", " ")
            shown = find_date(rest)
            if shown and _FULL_YEAR.match(rest[shown.start : shown.end]):
                return rest[shown.start : shown.end].strip()
    return None


# A Chinese personal name: two to four characters, none of an outlet's endings.
_PERSON = re.compile(r"[\u4e00-\u9fff]{1,3}[^\W\d_A-Za-z报報网網社台刊闻聞号號]")


def read_fields(parts: PageParts, url: str | None = None) -> RawFields:
    raw = RawFields(
        title=parts.title,
        reference_date=_reference_date(parts, url),
        published_hint=parts.data_published,
    )
    head = BodyParts(lines=[])
    _read_lines(parts.head_lines, raw, head, guess=True)
    body = split_body(parts.body_lines, parts.title)
    tail = BodyParts(lines=[])
    _read_lines(parts.tail_lines[:15], raw, tail, labelled=True)
    # An e-paper prints the issue date above the headline (本期出版日期:…).
    above = BodyParts(lines=[])
    _read_lines(parts.pre_title_lines, raw, above, labelled=True)
    raw.body_lines = body.lines
    raw.trailing_lines = body.trailing
    raw.dateline_outlet = body.dateline_outlet
    credited = [*head.outlets, *body.outlets, *tail.outlets]
    raw.credited_outlet = credited[0] if credited else None
    provenance = [*body.provenance, *tail.provenance]
    raw.provenance_outlet = provenance[0] if provenance else None
    raw.compiled = body.compiled or tail.compiled
    media = parts.meta.get("mediaid")
    raw.media_meta = media if media and sources.canonical_source(media) else None

    # A labelled value that names no outlet by its form (来源：转载文章) gives way to the
    # next one the page labels (a closing 来源：新华网).
    labelled = [v for g in (head, body, tail, above) for v in g.sources]
    raw.source_raw = next(
        (v for v in labelled if sources.names_an_outlet(v) and not sources.names_no_outlet(v)),
        None,
    ) or (labelled[0] if labelled else None)
    for group in (head, body, tail, above):
        if raw.date_text is None and group.times:
            raw.date_text = group.times[0]
        if raw.editor is None and group.editors:
            raw.editor = group.editor()
    # 更新时间 is the date only when the page shows no other (§6).
    updated = [v for g in (head, body, tail, above) for v in g.updated]
    if raw.date_text is None and updated:
        raw.date_text = updated[0]
    if raw.date_text is None:
        raw.date_text = date_above_headline(parts.pre_title_lines)
    if raw.date_text is None:
        # A line of its own under the headline may write the date in Chinese numerals
        # (二〇二四年十二月三日), as a document's signature does.
        raw.date_text = next(filter(None, map(chinese_numeral_date, parts.head_lines)), None)
    if raw.date_text is None:
        raw.date_text = signature_date(body.lines) or parts.issue_line
    if raw.date_text is None:
        raw.date_text = record_line_date(parts.tail_lines[:15], parts.title)
    written = head.empty_time  # 发布时间：<script>document.write(…)</script>
    if (
        raw.date_text is None
        and parts.data_published is not None
        and (parts.data_day_shown or written)
    ):
        # The time the page's meta tags or scripts hold, for a day it shows where no date
        # rule reads it (a breadcrumb's date) or for a time label whose value a script
        # writes; a page that shows no date has none (§6).
        shown = parts.data_published.astimezone(SHANGHAI)
        raw.date_text = shown.strftime("%Y-%m-%d %H:%M:%S")
    # Authors: the byline and the credits inside the body, in page order; else after it.
    # A credit that names no person (作者：宣教部, a unit) does not stand for a byline: the
    # closing （通讯员 李明） under the text is then the writer's.
    before_end = head.credits + body.credits
    named = any(credits.names_in(c) for c in before_end)
    raw.credits = before_end if named or not tail.credits else tail.credits
    # A person's name beside the date that the byline names is the writer, not an outlet;
    # the outlet beside the date closing the text in brackets, (中時 ), is no writer.
    guess = raw.outlet_guess
    if guess and _PERSON.fullmatch(guess) and any(guess in c.split() for c in head.credits):
        raw.outlet_guess = None
    elif guess and not head.credits and guess in body.credits:
        raw.credits = [c for c in raw.credits if c != guess]
    # Rule "marked writer": with no credit in the text, a person the markup marks as the
    # writer (<a rel="author">) and the header shows (中時 謝明俊 2018年09月16日) wrote it.
    if not raw.credits:
        header = " ".join(parts.head_lines)
        raw.credits = [n for n in parts.marked_authors if credits.is_name(n) and n in header]
    # 石佳/中国青年报 beside the date: the writer and the outlet.
    pair = sources.person_and_outlet(raw.source_raw or raw.outlet_guess)
    if pair and pair[0] not in " ".join(raw.credits):
        raw.credits.append(pair[0])
    # A page may show a short tag line under the headline and the full one under the
    # body: the longest wins. Tag markup is used when no line names tags, or when the
    # line's tags ran together (<a>中国芯</a><a>芯片</a> reads 中国芯芯片).
    lines_tags = [t for t in (head.tags, body.tags, tail.tags) if t is not None]
    if not lines_tags:
        raw.tags = parts.markup_tags
    else:
        raw.tags = max(lines_tags, key=len)
        if parts.markup_tags and "".join(parts.markup_tags) == "".join(raw.tags):
            raw.tags = parts.markup_tags
    return raw


# Rule "undated page" (§7: no info line next to the headline): a page that dates nothing
# and names no outlet, writer or editor is a standing page of the site (工会简介, 联系我们,
# 办事指南), not news. Dating nothing: no date shown or held in its data, and none in its
# text, where news tells when (5月12日, 近日, 昨天上午) and a decision or a law dates itself
# (2007年6月29日…通过).
_WHEN = re.compile(
    r"\d{1,2}\s*月\s*\d{1,2}\s*日|近日|日前|昨天|昨日|今天|今日|当天|當天|当日|當日|上午|下午"
)


def undated_page(raw: RawFields, text_lines: list[str]) -> bool:
    """Whether the page read into ``raw``, with ``text_lines`` as its text, is undated."""
    if raw.date_text is not None or raw.source_raw or raw.outlet_guess:
        return False
    if raw.dateline_outlet or raw.provenance_outlet:
        return False
    if raw.credits or raw.editor:
        return False
    return not any(_WHEN.search(line) or find_date(line) for line in text_lines)
