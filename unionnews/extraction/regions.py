"""Where an article is from: ``{province, city, county}``, each part possibly None.

A regional site's registry entry gives its region. For a national site the region is
read from the union organisation the title or the first paragraph names:
``湖南省娄底市总工会`` → 湖南省 / 娄底市. Only organisation names count: a place merely
mentioned in the text says nothing about whose news it is.
"""

from __future__ import annotations

PROVINCES = (
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省",
    "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省",
    "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省", "台湾省",
    "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
)  # fmt: skip
_ORGS = ("总工会", "工会联合会")
_COUNTY_SUFFIX = ("县", "区", "旗")
_CITY_SUFFIX = ("市", "州", "盟")
# Words that end in 市/区 but are not places: 全市总工会 is "the city's union".
_NOT_A_NAME = frozenset("全本该各我省市县区")


def _is_cjk(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff"


def _take_place(prefix: str, suffixes: tuple[str, ...], after: tuple[str, ...]) -> str | None:
    """The place name ending ``prefix``: 2 or 3 characters and a suffix, standing at a
    boundary (start, punctuation) or right after a larger place (湖南省|娄底市)."""
    if not prefix.endswith(suffixes):
        return None
    for size in (2, 3):
        name = prefix[-(size + 1) :]
        if len(name) < size + 1 or any(ch in _NOT_A_NAME for ch in name[:-1]):
            continue
        before = prefix[: -(size + 1)]
        if not before or not _is_cjk(before[-1]) or before.endswith(after):
            return name
    return None


def _region_before(prefix: str) -> dict[str, str | None]:
    found = empty_region()
    for province in PROVINCES:
        if prefix.endswith(province):
            found["province"] = province
            return found
    county = _take_place(prefix, _COUNTY_SUFFIX, ("省", "市", "州", "盟", "自治区"))
    if county:
        found["county"] = county
        prefix = prefix[: -len(county)]
    city = _take_place(prefix, _CITY_SUFFIX, ("省", "自治区"))
    if city:
        if city in PROVINCES:  # 北京市 is a province-level city
            found["province"] = city
            return found
        found["city"] = city
        prefix = prefix[: -len(city)]
    elif county and not prefix.endswith(tuple(PROVINCES)) and prefix and _is_cjk(prefix[-1]):
        return empty_region()  # 岳麓区 glued to an unknown word: not sure it is a place
    for province in PROVINCES:
        if prefix.endswith(province):
            found["province"] = province
    return found


def empty_region() -> dict[str, str | None]:
    return {"province": None, "city": None, "county": None}


def region_in(text: str | None) -> dict[str, str | None] | None:
    """The region of the first union organisation named in ``text``, or None."""
    text = text or ""
    for org in _ORGS:
        start = text.find(org)
        while start >= 0:
            found = _region_before(text[max(0, start - 24) : start])
            if any(found.values()):
                return found
            start = text.find(org, start + 1)
    return None


def resolve_region(
    site_region: dict[str, str | None] | None, title: str | None, first_paragraph: str | None
) -> dict[str, str | None]:
    """The site's own region when it has one, else the one its text names."""
    if site_region and any(site_region.values()):
        return {**empty_region(), **site_region}
    return region_in(title) or region_in(first_paragraph) or empty_region()
