"""Every registered site: its real start URLs → list pages → articles → records, replayed
from saved pages through ReplayMiddleware, against records written by hand."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import pytest_twisted
from crawling import crawl as run
from helpers import ROOT

from unionnews.sites.registry import all_sites

SITES = ROOT / "tests" / "sites"
FIXTURE_DAY = date(2026, 11, 24)


@pytest_twisted.inlineCallbacks
def crawl(tmp_path: Path, spider: str, replay: Path, **args: str):
    result = yield run(spider, tmp_path, {"UNIONNEWS_REPLAY_DIR": str(replay)}, **args)
    for record in result.records:
        assert record.pop("crawled_at")
        assert record.pop("fingerprint")
        assert record.pop("duplicate_of") is None
    result.records.sort(key=lambda r: r["url"])
    return result


@pytest.mark.parametrize("site", all_sites(), ids=lambda s: s.name)
def test_site_has_fixtures(site):
    folder = SITES / site.name
    index = json.loads((folder / "index.json").read_text("utf-8"))
    kinds = [entry["kind"] for entry in index.values()]
    assert kinds.count("list") >= 1, "a site needs a list page fixture"
    assert kinds.count("article") >= 2, "a site needs two article fixtures"
    assert all((folder / e["file"]).is_file() for e in index.values())
    starts = site.starts(FIXTURE_DAY)  # e-paper start URLs name the fixtures' issue
    assert set(starts) & set(index), "fixtures must hold a real start URL"
    for url, entry in index.items():
        if entry["kind"] == "article":
            assert site.is_article(url), url
        assert site.owns(url), url


@pytest.mark.parametrize("site", all_sites(), ids=lambda s: s.name)
@pytest_twisted.inlineCallbacks
def test_site_replay_gives_expected_records(site, tmp_path):
    folder = SITES / site.name
    expected = json.loads((folder / "expected.json").read_text("utf-8"))
    args = dict(a.split("=", 1) for a in expected["args"][1::2])
    result = yield crawl(tmp_path, site.name, folder, **args)
    records = result.records
    want = sorted(expected["records"], key=lambda r: r["url"])
    assert [r["url"] for r in records] == [r["url"] for r in want]
    for got, exp in zip(records, want, strict=True):
        for field in exp:
            assert got[field] == exp[field], f"{got['url']} {field}"
        assert got == exp
    assert not [k for k in result.stats if k.startswith("unionnews/fetch_failed")]


@pytest_twisted.inlineCallbacks
def test_unionnews_spider_crawls_every_site(tmp_path):
    result = yield crawl(tmp_path, "unionnews", SITES, date="2026-11-24")
    records = result.records
    want = [
        r
        for f in sorted(SITES.glob("*/expected.json"))
        for r in json.loads(f.read_text("utf-8"))["records"]
    ]
    assert [r["url"] for r in records] == sorted(r["url"] for r in want)
