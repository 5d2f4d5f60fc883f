"""The fixture contract: every page under tests/pages gives exactly its hand-written record."""

from __future__ import annotations

import re
from datetime import datetime

import pytest
from conftest import page_cases

from unionnews.extract import extract_page
from unionnews.items import FIELDS


@pytest.mark.parametrize("case", page_cases(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_page_gives_its_record(case, load_case):
    body, expected = load_case(case)
    now = datetime.fromisoformat(expected["now"]) if expected.get("now") else None
    record = extract_page(body, expected["url"], expected["headers"], now=now)
    if expected["record"] is None:
        assert record is None
        return
    assert record is not None
    assert set(record) == set(FIELDS), "no missing and no extra keys"
    crawled_at = record.pop("crawled_at")
    assert crawled_at.endswith("+00:00")
    assert re.fullmatch(r"[0-9a-f]{16}", record.pop("fingerprint"))
    assert record.pop("duplicate_of") is None  # a single page is nobody's copy
    for field, value in expected["record"].items():
        assert record[field] == value, field
    assert record == expected["record"]


def test_seed_page_body_keeps_no_trailing_headline(load_case):
    body, expected = load_case(next(p for p in page_cases() if p.stem == "seed-repost"))
    record = extract_page(body, expected["url"], expected["headers"])
    for stray in (
        "相关阅读",
        "推荐阅读",
        "精彩放送",
        "点击查看更多",
        "今日推送",
        "东吴证券",
        "王鑫",
        "标签",
    ):
        assert stray not in record["body"]
    assert record["body"].count("\n") == 7  # eight paragraphs


def test_gbk_page_keeps_character_outside_gb2312(load_case):
    case = next(p for p in page_cases() if "gbk" in p.stem)
    body, expected = load_case(case)
    with pytest.raises(UnicodeDecodeError):
        body.decode("gb2312")  # the page really needs GBK to read 喆
    record = extract_page(body, expected["url"], expected["headers"])
    assert "王喆" in record["authors"]
    assert "王喆" in record["body"]
