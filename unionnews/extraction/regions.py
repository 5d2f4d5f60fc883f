"""Where an article is from: ``{province, city, county}`` (conventions §8).

Places are read only from the table of China's divisions (``unionnews/data/divisions.tsv``,
written by ``scripts/make_divisions.py`` from the official division codes): nothing that
is not a real division is ever output, and a city alone gets its province.

The region is the union organisation the article is about (``湖州市总工会`` → 浙江省 /
湖州市), else the first place the title names, else the first the lead names
(``江苏常州一家企业`` → 江苏省 / 常州市). A regional site's own region bounds and narrows it:
a 湖南 site's page about 湘潭 is 湖南省 / 湘潭市; a place outside the site's region is
not the article's. National bodies (全国总工会, 全总) give none.

Names are matched whole, longest first, at every position of the text, so ``市`` or ``县``
in ``近日，市…`` is never a place. Short forms are read only where they cannot be a word:
a province's (湖南, 广西) anywhere; a city's (常州) right after its province or right before
a union; a county whose name is one character and a suffix (城区, 郊区) only after its city.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

Region = dict[str, str | None]

# Suffixes that shorten a name: 湖南省 → 湖南, 广西壮族自治区 → 广西, 常州市 → 常州.
_PROVINCE_SUFFIX = re.compile(r"(?:壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")
# The peoples named in autonomous prefectures' names (延边朝鲜族自治州 → 延边), so that
# the place before them stays: 黔东南苗族侗族自治州 → 黔东南.
_PEOPLES = "朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|白|景颇|傈僳|回|蒙古|柯尔克孜|哈萨克"
_CITY_SUFFIX = re.compile(rf"(?:(?:{_PEOPLES})族?)*(?:自治州|地区|市|盟)$")
_ORG = re.compile(r"总工会|工会联合会|工会|(?:^|(?<=[\s，、。：“《]))全总")
# National bodies: an article about them has no region.
_NATIONAL = re.compile(r"全国$|中华$")


@dataclass(frozen=True)
class Division:
    code: str
    name: str
    level: int  # 1 province, 2 prefecture-level city, 3 county-level unit
    province: str
    city: str | None

    def region(self) -> Region:
        if self.level == 1:
            # 北京市 is a province-level city: province and city alike.
            city = self.name if self.name.endswith("市") else None
            return {"province": self.name, "city": city, "county": None}
        county = self.name if self.level == 3 else None
        return {"province": self.province, "city": self.city, "county": county}

    def within(self, bound: Mapping[str, str | None] | None) -> bool:
        if not bound:
            return True
        mine = self.region()
        return all(mine[k] == v for k, v in bound.items() if v)


@dataclass(frozen=True)
class _Entry:
    division: Division
    short: bool  # matched by its short form: needs context
    weak: bool = False  # a one-character name with its suffix (城区): needs its city


@dataclass
class _Table:
    names: dict[str, list[_Entry]]
    lengths: dict[str, list[int]]  # first character → lengths of names it opens, longest first
    by_name: dict[str, list[Division]]


def _level(code: str) -> int:
    if code[2:] == "0000":
        return 1
    return 2 if code[4:] == "00" else 3


@cache
def _table() -> _Table:
    text = resources.files("unionnews.data").joinpath("divisions.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines()[1:] if line.strip()]
    provinces = {code[:2]: name for code, name in rows if _level(code) == 1}
    cities: dict[str, str] = {}
    for code, name in rows:
        if _level(code) == 2:
            cities.setdefault(code[:4], name)
    names: dict[str, list[_Entry]] = {}
    by_name: dict[str, list[Division]] = {}

    def add(key: str, entry: _Entry) -> None:
        if len(key) >= 2 and entry not in names.setdefault(key, []):
            names[key].append(entry)

    for code, name in rows:
        level = _level(code)
        province = provinces.get(code[:2], name)
        if level == 1:
            division = Division(code, name, 1, name, None)
        elif level == 2:
            # 北京市 under 北京市: the municipality's own city row.
            division = Division(code, name, 2, province, name)
        else:
            division = Division(code, name, 3, province, cities.get(code[:4]))
        by_name.setdefault(name, []).append(division)
        if level == 2 and name == province:
            continue  # the municipality is matched as a province
        weak = level == 3 and len(name) == 2 and name.endswith("区")
        add(name, _Entry(division, short=False, weak=weak))
        if level == 1:
            add(_PROVINCE_SUFFIX.sub("", name), _Entry(division, short=True))
        elif level == 2:
            if _CITY_SUFFIX.search(name):  # 雄安新区 has no suffix: no short form either
                add(_CITY_SUFFIX.sub("", name), _Entry(division, short=True))
            if name.endswith("自治州"):
                # 延边州, 海南州: an autonomous prefecture's usual name, whole and longer
                # than the province's short form it may open with (海南).
                add(_CITY_SUFFIX.sub("", name) + "州", _Entry(division, short=False))
    lengths: dict[str, set[int]] = {}
    for key in names:
        lengths.setdefault(key[0], set()).add(len(key))
    ordered = {ch: sorted(sizes, reverse=True) for ch, sizes in lengths.items()}
    return _Table(names, ordered, by_name)


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    entries: tuple[_Entry, ...]


@lru_cache(maxsize=64)
def _scan(text: str) -> tuple[_Match, ...]:
    """Every division name in ``text``, longest first at each position, none overlapping.
    Linear: at each position only the lengths of names opening with its character."""
    table = _table()
    found: list[_Match] = []
    i = 0
    while i < len(text):
        for size in table.lengths.get(text[i], ()):
            entries = table.names.get(text[i : i + size])
            if entries:
                found.append(_Match(i, i + size, tuple(entries)))
                i += size
                break
        else:
            i += 1
    return tuple(found)


def _pick(
    entries: tuple[_Entry, ...],
    parent: Division | None,
    bound: Mapping[str, str | None] | None,
) -> Division | None:
    """The one division a matched name can be here, or None when it is not sure."""
    fitting = [e.division for e in entries if e.division.within(bound)]
    if parent is not None:
        below = [
            d
            for d in fitting
            if d.level > parent.level
            and d.province == parent.province
            and (parent.level == 1 or d.city == parent.city)
        ]
        fitting = below
    # A short form and a full name of different places (吉林 the province, 吉林市 the
    # city): the higher level wins, as a reader would take it.
    if not fitting:
        return None
    top = min(d.level for d in fitting)
    fitting = [d for d in fitting if d.level == top]
    return fitting[0] if len(fitting) == 1 else None


def _chain(
    text: str, matches: tuple[_Match, ...], k: int, bound: Mapping[str, str | None] | None
) -> tuple[Division | None, int]:
    """The most specific division named by the run of adjacent names from ``matches[k]``
    (湖南省娄底市新化县), and the index after the run."""
    best: Division | None = None
    j = k
    while j < len(matches) and (j == k or matches[j].start == matches[j - 1].end):
        m = matches[j]
        entries = m.entries
        if best is None:  # alone, a name needs to be sure; after its parent it is
            entries = tuple(
                e for e in entries if not e.weak and (not e.short or _short_ok(text, m, e))
            )
        division = _pick(entries, best, bound)
        if division is None:
            break
        best = division
        j += 1
    return best, max(j, k + 1)


# A zone's union after its city's short form: 青岛西海岸新区总工会, 西安高新区总工会,
# 长沙经开区工会 (a zone is no division, and its union is named after its city).
_ZONE_UNION = re.compile(
    r"[\u4e00-\u9fff]{0,6}?(?:新区|高新区|开发区|经开区|园区|保税区|自贸区|港区)(?:总工会|工会)"
)


def _short_ok(text: str, m: _Match, entry: _Entry) -> bool:
    """A short form alone: a province's anywhere; a city's before a union, before a zone
    and its union, or before a colon opening the text (湘潭：…)."""
    if entry.division.level == 1:
        return True
    after = text[m.end : m.end + 4]
    return bool(
        _ORG.match(after)
        or after.startswith("市总")
        or (m.start == 0 and after[:1] in "：:")
        or (entry.division.level == 2 and _ZONE_UNION.match(text, m.end))
    )


def _region_of_org(text: str, bound: Mapping[str, str | None] | None) -> Region | None:
    """The region of the first union organisation ``text`` names; ``{}`` for a national one."""
    matches = _scan(text)
    for org in _ORG.finditer(text):
        before = text[: org.start()]
        if org.group() == "全总" or _NATIONAL.search(before):
            return {}
        ending = [k for k, m in enumerate(matches) if m.end == org.start()]
        if not ending:
            continue
        # Walk back over adjacent names to where the organisation's name starts.
        k = ending[0]
        while k > 0 and matches[k - 1].end == matches[k].start:
            k -= 1
        division, _ = _chain(text, matches, k, bound)
        if division is not None:
            return division.region()
    return None


def _first_place(text: str, bound: Mapping[str, str | None] | None) -> Region | None:
    matches = _scan(text)
    k = 0
    while k < len(matches):
        division, k = _chain(text, matches, k, bound)
        if division is not None:
            return division.region()
    return None


# How much of the lead is read for its place: its opening words.
LEAD_CHARS = 120


def is_place_name(text: str) -> bool:
    """Whether ``text`` is only the name of a division, full or short (广东省, 上海, 海淀区)."""
    return text in _table().names


def empty_region() -> Region:
    return {"province": None, "city": None, "county": None}


def complete(region: Region | None) -> Region:
    """A region with the parts its most specific part implies: 娄底市 → 湖南省 / 娄底市,
    北京市 → 北京市 / 北京市. A part that names no division is dropped."""
    given = {k: v for k, v in (region or {}).items() if v}
    table = _table()
    for key, level in (("county", 3), ("city", 2), ("province", 1)):
        name = given.get(key)
        if not name:
            continue
        others = {k: v for k, v in given.items() if k != key}
        candidates = [
            d for d in table.by_name.get(name, []) if d.level == level and d.within(others)
        ]
        if level == 2 and not candidates:
            # a municipality given as a city: 北京市 is matched as a province
            candidates = [d for d in table.by_name.get(name, []) if d.level == 1]
        if len(candidates) == 1:
            return candidates[0].region()
    return empty_region()


def region_in(text: str | None, bound: Mapping[str, str | None] | None = None) -> Region | None:
    """The region of the union organisation ``text`` is about, else of the first place it
    names; ``{}`` when it is about a national body; None when it names none. Only
    divisions within ``bound`` count."""
    if not text:
        return None
    text = text[:2000]
    found = _region_of_org(text, bound)
    if found is not None:
        return found
    return _first_place(text, bound)


_UNION_BODY = re.compile(r"工会$")


def union_site_region(site_name: str | None) -> Region | None:
    """The region a federation's site covers, by its own name (辽宁省总工会 → 辽宁省); None
    for any other site, whose name says nothing of the region its pages are about."""
    if not site_name or not _UNION_BODY.search(site_name):
        return None
    found = region_in(site_name)
    return {**empty_region(), **found} if found else None


def resolve_region(
    site_region: Region | None, title: str | None, first_paragraph: str | None
) -> Region:
    """The region of a record: what its title or lead names, within and narrowing the
    site's own region; the site's region when they name none."""
    bound = complete(site_region) if site_region and any(site_region.values()) else None
    bound_parts = {k: v for k, v in (bound or {}).items() if v} or None
    # The lead's place or union stands in its opening words.
    lead = first_paragraph[:LEAD_CHARS] if first_paragraph else None
    for text in (title, lead):
        found = region_in(text, bound_parts)
        if found is not None:
            if not found:  # a national body
                return bound or empty_region()
            return {**empty_region(), **found}
    return bound or empty_region()
