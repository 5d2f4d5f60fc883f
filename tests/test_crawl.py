"""End-to-end: the `article` spider against a server on 127.0.0.1, written through FEEDS,
in the test process (records and stats); a subprocess only where the exit status counts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from functools import partial

import pytest
import pytest_twisted
from crawling import crawl
from helpers import ROOT, run_crawl, scrapy
from localsite import LocalSite

from unionnews import __version__

PAGES = ROOT / "tests" / "pages"


def _routes() -> dict[str, tuple[int, dict[str, str], bytes]]:
    routes = {}
    for case in PAGES.glob("*/*.json"):
        spec = json.loads(case.read_text("utf-8"))
        routes[f"/{case.parent.name}/{case.stem}.html"] = (
            200,
            spec["headers"],
            case.with_suffix(".html").read_bytes(),
        )
    routes["/fail.html"] = (500, {"Content-Type": "text/html"}, b"<h1>500</h1>")
    return routes


USER_AGENTS: list[str] = []  # what the crawler said it was, request by request


def _answer(status: int, headers: dict[str, str], body: bytes, handler) -> None:
    USER_AGENTS.append(handler.headers.get("User-Agent", ""))
    handler.send_response(status)
    for key, value in headers.items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


@pytest.fixture
def site() -> Iterator[str]:
    """The fixture pages, each with the headers it is served with, on 127.0.0.1."""
    local = LocalSite(articles=0)
    for path, route in _routes().items():
        local.raw[path] = partial(_answer, *route)
    with local.running():
        yield local.url


@pytest_twisted.inlineCallbacks
def test_crawl_writes_one_record_per_article(site, tmp_path):
    urls = [
        f"{site}/portal/seed-repost.html",
        f"{site}/workercn/c-2022-09-29-gbk.html",
        f"{site}/lists/section-index.html",
        f"{site}/fail.html",
        f"{site}/portal/seed-repost.html",
    ]
    result = yield crawl("article", tmp_path, url=",".join(urls))
    records = result.records
    by_url = {r["url"]: r for r in records}
    assert len(records) == 2  # the list page, the 500 and the repeated URL give none
    seed = by_url[f"{site}/portal/seed-repost.html"]
    assert seed["source"] == "工人日报"
    assert seed["published_at"] == "2022-09-29T23:49:18+08:00"
    assert seed["authors"] == ["王鑫", "方大丰"]
    assert "相关阅读" not in seed["body"]
    assert list(seed) == [
        "url",
        "site",
        "title",
        "source",
        "source_raw",
        "published_at",
        "published_precision",
        "authors",
        "editor",
        "tags",
        "region",
        "body",
        "crawled_at",
        "fingerprint",
        "duplicate_of",
    ]
    assert by_url[f"{site}/workercn/c-2022-09-29-gbk.html"]["authors"] == ["王喆", "李明"]
    assert result.stat("unionnews/not_article/no_prose") == 1
    # The trailing blocks (相关阅读, 推荐阅读 …) end the body wherever they stand.
    for heading in ("相关阅读", "推荐阅读", "精彩放送", "今日推送"):
        assert all(heading not in r["body"] for r in records)
    assert result.stat("unionnews/fetch_failed/HttpError") == 1


@pytest_twisted.inlineCallbacks
def test_example_pages_crawl_through_file_urls(tmp_path):
    result = yield crawl("article", tmp_path, urls_file=str(ROOT / "examples" / "urls.txt"))
    records = result.records
    assert len(records) == 4
    assert {r["title"] for r in records} >= {
        "职工技能大赛在长沙开赛",
        "省总工会开展“五一”劳模慰问活动",
    }
    assert all(r["url"].startswith("file://") for r in records)
    assert result.stat("unionnews/not_article/no_prose") == 1


def test_spider_without_urls_fails_clearly(tmp_path):
    result = scrapy("crawl", "article", timeout=60)
    assert result.returncode != 0
    assert "give -a url=URL" in result.stderr


@pytest_twisted.inlineCallbacks
def test_private_addresses_are_refused_unless_allowed(site, tmp_path):
    records, log = run_crawl(  # a subprocess: the exit status is what counts here
        tmp_path,
        "article",
        "-a",
        f"url={site}/portal/seed-repost.html",
        "-s",
        "UNIONNEWS_ALLOW_PRIVATE=False",
        expect_exit=3,  # no given page could be fetched: a failed run
    )
    assert records == []
    assert "is a private address" in log  # the line the user reads
    refused = yield crawl(
        "article",
        tmp_path / "in-process",
        {"UNIONNEWS_ALLOW_PRIVATE": False},
        url=f"{site}/portal/seed-repost.html",
    )
    assert refused.stat("unionnews/refused/private_address") == 1


@pytest_twisted.inlineCallbacks
def test_scripts_styles_and_comments_never_reach_a_record(site, tmp_path):
    result = yield crawl("article", tmp_path, url=f"{site}/portal/seed-repost.html")
    text = json.dumps(result.records, ensure_ascii=False)
    assert "_hmt" not in text  # the page's <script>
    assert "text-indent" not in text  # its <style>
    assert "appended by the CMS" not in text  # its <!-- comment -->


@pytest_twisted.inlineCallbacks
def test_user_agent_names_the_project_and_the_contact(site, tmp_path):
    USER_AGENTS.clear()
    yield crawl(
        "article",
        tmp_path,
        {"UNIONNEWS_CONTACT_URL": "https://union.example/contact"},
        url=f"{site}/portal/seed-repost.html",
    )
    assert set(USER_AGENTS) == {f"unionnews/{__version__} (+https://union.example/contact)"}
