"""Spider behaviour over replayed sites: since, the generic spider, stitching, arguments."""

from __future__ import annotations

import subprocess
import sys

import pytest
import pytest_twisted
from helpers import ROOT, scrapy
from test_sites import SITES, crawl

from unionnews.spiders.sites import continuation_pages, parse_day

GENERIC = ROOT / "tests" / "generic"


@pytest_twisted.inlineCallbacks
def test_since_skips_older_articles_and_stops_paging(tmp_path):
    result = yield crawl(tmp_path, "workercn", SITES / "workercn", since="2026-11-20")
    urls = [r["url"] for r in result.records]
    assert urls == ["https://www.workercn.cn/c/2026-11-20/8921001.shtml"]
    assert result.stat("unionnews/skipped/older_than_since")
    assert result.stat("unionnews/stopped_paging/older_than_since") == 2  # two lists


@pytest_twisted.inlineCallbacks
def test_split_article_is_stitched_in_page_order(tmp_path):
    result = yield crawl(tmp_path, "workercn", SITES / "workercn")
    split = next(r for r in result.records if r["url"].endswith("8920777.shtml"))
    assert split["body"].count("\n") == 3  # two paragraphs from each page
    assert split["body"].endswith("涉及企业职工2000余人。")
    assert result.stat("unionnews/pages_stitched") == 1


@pytest_twisted.inlineCallbacks
def test_generic_spider_finds_articles_by_shape_and_stays_on_host(tmp_path):
    result = yield crawl(tmp_path, "generic", GENERIC, start="http://www.xhxzgh.example/news/")
    records = result.records
    assert [r["title"] for r in records] == ["县总工会慰问困难职工", "新化县总工会开展职工技能比武"]
    first = records[1]
    assert first["source"] == "新化县总工会"
    assert first["published_at"] == "2026-11-18T10:00:00+08:00"
    assert first["region"] == {"province": "湖南省", "city": "娄底市", "county": "新化县"}
    assert records[0]["source"] == "新化县总工会"  # the site's own page: 版权所有
    # Every request stayed on the site's host, never the list's link to another site.
    assert result.fetched
    assert all(url.startswith("http://www.xhxzgh.example/") for url in result.fetched)


@pytest_twisted.inlineCallbacks
def test_since_and_until_hold_by_the_records_date_where_the_url_has_none(tmp_path):
    # The generic site's URLs carry no date: the window is applied to each record.
    result = yield crawl(
        tmp_path, "generic", GENERIC, start="http://www.xhxzgh.example/news/", since="2026-11-16"
    )
    assert [r["title"] for r in result.records] == ["新化县总工会开展职工技能比武"]
    assert result.stat("unionnews/skipped/outside_dates") == 1
    result = yield crawl(
        tmp_path / "until", "generic", GENERIC, start="http://www.xhxzgh.example/news/",
        until="2026-11-16",
    )  # fmt: skip
    assert [r["title"] for r in result.records] == ["县总工会慰问困难职工"]
    assert result.stat("unionnews/skipped/outside_dates") == 1


@pytest_twisted.inlineCallbacks
def test_generic_spider_with_article_pattern(tmp_path):
    result = yield crawl(
        tmp_path,
        "generic",
        GENERIC,
        start="http://www.xhxzgh.example/news/",
        article_pattern=r"/news/\d{4}/\d{4}/\d+\.html$",
    )
    assert len(result.records) == 2


@pytest.mark.parametrize(
    ("spider", "args", "message"),
    [
        ("workercn", ["-a", "since=yesterday"], "-a since= must be YYYY-MM-DD"),
        ("generic", [], "-a start= must be an http(s) URL"),
    ],
)
def test_bad_spider_arguments_fail_clearly(spider, args, message):
    result = scrapy("crawl", spider, *args, timeout=60)
    assert result.returncode != 0
    assert message in result.stderr


def test_continuation_pages():
    url = "https://www.workercn.cn/c/2026-11-19/8920777.shtml"
    links = [
        ("https://www.workercn.cn/c/2026-11-19/8920777_3.shtml", "3"),
        ("https://www.workercn.cn/c/2026-11-19/8920777_2.shtml", "2"),
        ("https://www.workercn.cn/c/2026-11-19/8920777_2.shtml", "下一页"),
        ("https://www.workercn.cn/c/2026-11-19/1111111_2.shtml", "其他文章"),
    ]
    assert continuation_pages(url, links) == [links[1][0], links[0][0]]
    assert continuation_pages(links[1][0], links) == []  # a later page starts nothing


def test_parse_day():
    assert parse_day(None, "since") is None
    assert str(parse_day("2026-11-20", "since")) == "2026-11-20"
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        parse_day("20/11/2026", "since")


def test_fixture_author_script_is_in_step_with_the_fixtures(tmp_path):
    """The fixtures are written by tests/sites/_author.py: committed files must match it."""
    before = {p: p.read_bytes() for p in SITES.rglob("*") if p.is_file() and p.suffix != ".py"}
    subprocess.run([sys.executable, str(SITES / "_author.py")], check=True)
    after = {p: p.read_bytes() for p in SITES.rglob("*") if p.is_file() and p.suffix != ".py"}
    assert before == after
