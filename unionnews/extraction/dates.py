"""Publication dates: find the date a page shows and give it as ISO 8601 in +08:00.

The output keeps the precision the page shows: ``2024-04-26`` for a date alone,
``2022-09-29T23:49:18+08:00`` when a clock time is shown (seconds ``:00`` when the
page shows minutes only). Relative times (``3小时前``, ``昨天 10:30``, ``昨天``) stand
for the publication time the page's own data holds (a script, inline JSON, meta) when it
holds one; else they are resolved by dateparser against the crawl time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import dateparser

if TYPE_CHECKING:
    from lxml import etree

SHANGHAI = ZoneInfo("Asia/Shanghai")

_SEP_YM = r"\s*[-/.年]\s*"
_SEP_MD = r"\s*[-/.月]\s*"
# A clock time may follow a word for the part of the day: 下午 03:31 is 15:31.
_PERIOD = r"(?P<P>上午|下午|中午|晚上|凌晨|早上|傍晚|夜间|夜間)?\s*"
# The day of the week may stand between the date and its clock time: 2024年5月13日 週一 上午10:00.
_WEEKDAY = r"(?:[（(]?(?:星期|礼拜|禮拜|週|周)[一二三四五六日天][)）]?\s*)?"
_AFTERNOON = frozenset({"下午", "晚上", "傍晚", "夜间", "夜間"})
# A zone written after the clock time: 10:41 GMT, 10:41 (GMT+8), 10:41 UTC-5; converted to
# +08:00 (§6). Shown with no zone, or 北京时间, the time is Beijing's.
# An ISO time's own offset follows its seconds with no space: 10:00:00.000Z,
# 10:00:00+00:00 (10:00-12:00 is a span of two hours, not a zone).
_ZONE = (
    r"(?:(?<=\d:\d\d:\d\d)(?:\.\d{1,6})?(?P<iso>Z|[+\-](?P<ih>[01]\d):?(?P<im>[0-5]\d))(?![\w:])"
    r"|\s*[（(]?\s*(?P<Z>GMT|UTC)(?:\s*(?P<zs>[+＋\-－])\s*(?P<zh>\d{1,2})(?::?(?P<zm>[0-5]\d))?)?"
    r"(?![A-Za-z])[)）]?)?"
)
# An absolute date, optionally with a clock time. The year may be 4 digits, or 2 digits
# when written with dashes (``18-03-08 23:16``, as 百家号 pages show).
_ABSOLUTE = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2}|\d{2}(?=-))"
    + _SEP_YM
    + r"(?P<m>[01]?\d)"
    + _SEP_MD
    + r"(?P<d>[0-3]?\d)(?!\d)\s*日?"
    r"(?:\s*(?:T|\s|[|｜丨/／]\s*(?=\d))?\s*"
    + _WEEKDAY
    + _PERIOD
    + r"(?P<H>[0-2]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?"
    + _ZONE
    + ")?"
)
# Rule "ROC year": a year of the Republic, 民國107年9月16日 or 107年9月16日 (year + 1911),
# written with 年, 月 and 日 all three.
_ROC = re.compile(
    r"(?<!\d)(?:民國|民国)?\s*(?P<y>1[0-2]\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"
    r"(?:\s*"
    + _WEEKDAY
    + _PERIOD
    + r"(?P<H>[0-2]?\d)\s*[:：时]\s*(?P<M>[0-5]\d)(?:\s*[:：分]\s*(?P<S>[0-5]\d))?)?"
)
ROC_OFFSET = 1911
# Month and day with a clock time but no year: ``10-08 12:00``, ``09月30日 22:46``.
_MONTH_DAY = re.compile(
    r"(?<![\d\-/.年])(?P<m>[01]?\d)\s*[-/月]\s*(?P<d>[0-3]?\d)(?!\d)\s*日?\s+"
    + _PERIOD
    + r"(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)(?:[:：](?P<S>[0-5]\d))?"
)
# Relative expressions (3小时前, 昨天 10:30, 刚刚), resolved against the page's own time
# data when it has some, else the crawl time. Counts are bounded and may not start inside
# a run of digits, so a 100,000-digit run is scanned once, not once per digit.
_RELATIVE = re.compile(
    r"(?P<rel>(?<!\d)\d{1,4}\s*(?:秒|分钟|小时)前|刚刚|(?:今天|昨天|前天)\s*[0-2]?\d[:：][0-5]\d"
    r"|(?<!\d)\d{1,3}\s*天前)"
)
# A day word alone (昨天), standing where a date would: only the day is shown.
_DAY_WORD = re.compile(r"(?:^|(?<=\s))(?P<rel>今天|昨天|前天)(?=\s|$)")
_DAY_OFFSET = {"今天": 0, "昨天": 1, "前天": 2}
# A date is short; the text searched for one is bounded.
MAX_DATE_TEXT = 2000

# 百家号 pages glue the time to the date: ``10-0812:00`` is 10-08 12:00.
_GLUED_TIME = re.compile(r"(\d{1,2}\s*[-/.月]\s*\d{2})([0-2]?\d[:：][0-5]\d)")

_SETTINGS_BASE = {
    "TIMEZONE": "Asia/Shanghai",
    "TO_TIMEZONE": "Asia/Shanghai",
    "RETURN_AS_TIMEZONE_AWARE": True,
    "PREFER_DATES_FROM": "past",
    "DATE_ORDER": "YMD",
}


@dataclass(frozen=True)
class FoundDate:
    """A date found in text: where it was, and what it normalises to."""

    start: int
    end: int
    value: str
    # What the page shows: "second", "minute" (a clock time without seconds, or a
    # relative time such as 3小时前) or "day" (a date, 昨天, 3天前).
    precision: str = "day"


def _valid(y: int, m: int, d: int, h: int = 0, mi: int = 0, s: int = 0) -> bool:
    try:
        datetime(y, m, d, h, mi, s)
    except ValueError:
        return False
    return True


def _format(
    y: int, m: int, d: int, h: str | None, mi: str | None, s: str | None, zone: tzinfo = SHANGHAI
) -> str:
    if h is None or mi is None:
        return f"{y:04d}-{m:02d}-{d:02d}"
    stamp = datetime(y, m, d, int(h), int(mi), int(s or 0), tzinfo=zone)
    return stamp.astimezone(SHANGHAI).isoformat()


def _zone(m: re.Match[str]) -> tzinfo:
    """The zone a clock time is shown in: Beijing's unless GMT, UTC or an ISO offset is
    written after it."""
    if m["iso"]:
        minutes = 0 if m["iso"] == "Z" else int(m["ih"]) * 60 + int(m["im"])
        return timezone(timedelta(minutes=-minutes if m["iso"][0] == "-" else minutes))
    if not m["Z"]:
        return SHANGHAI
    minutes = int(m["zh"] or 0) * 60 + int(m["zm"] or 0)
    if m["zs"] in ("-", "－"):
        minutes = -minutes
    return timezone(timedelta(minutes=minutes)) if abs(minutes) < 24 * 60 else SHANGHAI


def _nearest_year(month: int, day: int, reference: date) -> int:
    """The year of a month and day shown without one that puts it nearest the date the
    page's own data tells (12-31 on a page its data dates 2020-01-02 is 2019's)."""
    best = reference.year
    for year in (reference.year - 1, reference.year + 1):
        if not _valid(year, month, day):
            continue
        if not _valid(best, month, day) or abs(date(year, month, day) - reference) < abs(
            date(best, month, day) - reference
        ):
            best = year
    return best


def _recent_year(month: int, day: int, now: datetime | None) -> int:
    """The year of a month and day shown without one, nothing else telling it: the
    crawl's year, or the year before when that would put the date ahead of the crawl
    (12-30 read on January 2nd is last December's)."""
    today = (now or datetime.now(SHANGHAI)).astimezone(SHANGHAI).date()
    return today.year - 1 if (month, day) > (today.month, today.day + 1) else today.year


def _hour(m: re.Match[str]) -> str | None:
    """The hour of a clock time on 24 hours: 下午 3:31 is 15; 中午 1:00 is 13."""
    hour = m["H"]
    if hour is None or not m["P"]:
        return hour
    h = int(hour)
    if (m["P"] in _AFTERNOON and h < 12) or (m["P"] == "中午" and h < 11):
        h += 12
    return str(h)


def find_date(
    text: str,
    now: datetime | None = None,
    reference: date | None = None,
    published: datetime | None = None,
) -> FoundDate | None:
    """Find the first date shown in ``text`` and normalise it.

    ``now`` is the crawl time (aware) for relative expressions; ``reference`` is the date
    the page's own metadata, scripts or URL tell, whose nearest year a month and day shown
    without one takes (else the crawl's year); ``published`` is the publication time the
    page's own data holds (scripts, inline JSON, meta), which a relative expression shown
    on the page stands for.
    """
    if not text:
        return None
    text = _GLUED_TIME.sub(r"\1 \2", text[:MAX_DATE_TEXT])
    for pattern in (_ABSOLUTE, _ROC):
        m = pattern.search(text)
        if not m:
            continue
        y = int(m["y"])
        y += ROC_OFFSET if pattern is _ROC else 2000 if y < 100 else 0
        mo, d = int(m["m"]), int(m["d"])
        h, mi, s = _hour(m), m["M"], m["S"]
        if _valid(y, mo, d, int(h or 0), int(mi or 0), int(s or 0)):
            precision = "second" if s else "minute" if h is not None else "day"
            zone = _zone(m) if pattern is _ABSOLUTE else SHANGHAI
            return FoundDate(m.start(), m.end(), _format(y, mo, d, h, mi, s, zone), precision)
    m = _MONTH_DAY.search(text)
    if m:
        mo, d, h = int(m["m"]), int(m["d"]), _hour(m)
        year = _nearest_year(mo, d, reference) if reference else _recent_year(mo, d, now)
        if _valid(year, mo, d, int(h or 0), int(m["M"]), int(m["S"] or 0)):
            value = _format(year, mo, d, h, m["M"], m["S"])
            return FoundDate(m.start(), m.end(), value, "second" if m["S"] else "minute")
    m = _RELATIVE.search(text) or _DAY_WORD.search(text)
    if m:
        resolved = (
            from_page_data(m["rel"], published)
            if published is not None
            else parse_relative(m["rel"], now or datetime.now(timezone.utc))
        )
        if resolved:
            return FoundDate(
                m.start(), m.end(), resolved, "day" if len(resolved) == 10 else "minute"
            )
    return None


_CLOCK = re.compile(r"(?P<H>[0-2]?\d)[:：](?P<M>[0-5]\d)")


# A document's date in Chinese numerals, as a notice is signed: 二〇二四年五月十日.
# The zero is also written 零, ○ or a full-width O (\uff2f).
_CN_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0, "\uff2f": 0}
_CN_DATE = re.compile(
    r"^(?P<y>[〇零○\uff2f一二三四五六七八九]{4})年(?P<m>[一二三四五六七八九十]{1,2})月"
    r"(?P<d>[一二三四五六七八九十]{1,3})日$"
)


def _cn_number(text: str) -> int:
    """一 → 1, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31."""
    if "十" not in text:
        return _CN_DIGITS[text]
    tens, _, ones = text.partition("十")
    return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)


def chinese_numeral_date(text: str) -> str | None:
    """``二〇二四年五月十日`` → ``2024年5月10日``; None for anything else."""
    m = _CN_DATE.match(text.strip())
    if not m:
        return None
    year = int("".join(str(_CN_DIGITS[c]) for c in m["y"]))
    month, day = _cn_number(m["m"]), _cn_number(m["d"])
    return f"{year}年{month}月{day}日" if _valid(year, month, day) else None


def from_page_data(expr: str, published: datetime) -> str:
    """A relative expression the page shows, read from the publication time in its own
    data, at the precision shown: a day word gives the date; with a clock time, that
    time on that date; 3小时前 gives the time to the minute."""
    local = published.astimezone(SHANGHAI).replace(microsecond=0)
    clock = _CLOCK.search(expr)
    if clock:
        return local.replace(hour=int(clock["H"]), minute=int(clock["M"]), second=0).isoformat()
    if expr in _DAY_OFFSET or "天前" in expr:
        return local.date().isoformat()
    return local.replace(second=0).isoformat()


def parse_relative(expr: str, now: datetime) -> str | None:
    """Resolve ``3小时前`` / ``昨天 10:30`` against ``now`` with dateparser."""
    # To the second: what comes out is shown no finer, and a page repeating 3小时前 down
    # its lists asks once.
    base = now.astimezone(SHANGHAI).replace(tzinfo=None, microsecond=0)
    if expr in _DAY_OFFSET:
        return (base.date() - timedelta(days=_DAY_OFFSET[expr])).isoformat()
    return _relative(expr, base)


@lru_cache(maxsize=256)
def _relative(expr: str, base: datetime) -> str | None:
    settings = {**_SETTINGS_BASE, "RELATIVE_BASE": base}
    parsed = dateparser.parse(expr, languages=["zh"], settings=settings)
    if parsed is None:
        return None
    parsed = parsed.astimezone(SHANGHAI).replace(microsecond=0)
    if "天前" in expr and not re.search(r"\d[:：]\d", expr):
        return parsed.date().isoformat()
    return parsed.isoformat()


def normalize_date(text: str | None, now: datetime | None = None) -> str | None:
    """The ISO form of the first date in ``text``, or None."""
    found = find_date(text or "", now=now)
    return found.value if found else None


# The publication time a page's own data holds: inline JSON or script variables
# (publishDate, pubDate, datePublished, var ct = 1581517074) and meta tags. It stands for a
# relative date the page shows (昨天, 3小时前), and for a day the page shows where no date
# rule reads it (fields.read_fields); a page that shows no date has none.
_DATA_TIME = re.compile(
    r"""\b(?:publish_?date|publish_?time|pub_?date|pub_?time|ptime|date_?published|"""
    r"""published_?at|publish_?at|release_?time|first_?publish_?time|create_?time|ct)["']?"""
    r"""\s*[:=]\s*["']?"""
    r"(?P<v>\d{10}(?:\d{3})?(?!\d)"
    r"|\d{4}[-/]\d{1,2}[-/]\d{1,2}[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)",
    re.IGNORECASE,
)
_META_TIME_KEYS = ("article:published_time", "datepublished", "pubdate", "publishdate")
# Scripts are read only so far: the time sits near the top of a page's data.
_SCRIPT_CHARS = 300_000


def _to_time(value: str) -> datetime | None:
    """An epoch (seconds or milliseconds) or a time stamp as an aware datetime."""
    if value.isdigit():
        try:
            return datetime.fromtimestamp(
                int(value) / (1000 if len(value) == 13 else 1), timezone.utc
            )
        except (ValueError, OverflowError, OSError):
            return None
    # A stamp with its clock time (2019/9/7 8:31, …T00:31:40Z): read as a shown date is.
    shown = normalize_date(value)
    return datetime.fromisoformat(shown) if shown and "T" in shown else None


def data_published(doc: etree._Element, meta: dict[str, str]) -> datetime | None:
    """The publication time the page's scripts or meta tags hold, if any."""
    for key in _META_TIME_KEYS:
        if meta.get(key):
            found = _to_time(meta[key].strip())
            if found:
                return found
    budget = _SCRIPT_CHARS
    for script in doc.iter("script"):
        text = (script.text or "")[:budget]
        budget -= len(text)
        m = _DATA_TIME.search(text)
        if m:
            found = _to_time(m["v"])
            if found and found.year >= 1995:
                return found
        if budget <= 0:
            break
    return None
