"""Nightly runs against a local site: only what is new, nothing lost, nothing twice."""

from __future__ import annotations

import fcntl
import os
from pathlib import Path

from helpers import LOCALSITE_PATTERN, run_crawl
from localsite import LocalSite, article_body, article_html, article_path


def nightly(tmp_path: Path, site: LocalSite, *extra: str, expect_exit: int = 0):
    return run_crawl(
        tmp_path,
        "generic",
        "-a",
        f"start={site.url}/news/",
        "-a",
        LOCALSITE_PATTERN,
        "-s",
        "UNIONNEWS_ALLOW_PRIVATE=True",
        *extra,
        expect_exit=expect_exit,
    )


def test_second_run_emits_nothing_and_third_only_the_new(tmp_path):
    with LocalSite(articles=30, per_page=10).running() as site:
        first, _ = nightly(tmp_path, site)
        assert len(first) == 30
        assert site.article_hits() == 30
        assert len({r["url"] for r in first}) == 30

        second, log = nightly(tmp_path, site)
        assert second == []
        assert site.article_hits() == 30  # no article page fetched again
        assert site.hits["/news/"] == 2  # the list is always fetched again
        assert "stop paging at" in log  # page 1 held only known articles

        new = site.add(2)
        third, _ = nightly(tmp_path, site)
        assert sorted(r["url"] for r in third) == sorted(site.url + article_path(i) for i in new)
        assert site.article_hits() == 32


def test_state_off_emits_everything_again(tmp_path):
    with LocalSite(articles=5).running() as site:
        nightly(tmp_path, site)
        again, _ = nightly(tmp_path, site, "-s", "UNIONNEWS_STATE=off")
        assert len(again) == 5


def test_repost_on_another_site_gets_duplicate_of(tmp_path):
    with (
        LocalSite(articles=3, site_name="工人日报").running() as origin,
        LocalSite(articles=0, site_name="某门户网").running() as portal,
    ):
        records, _ = nightly(tmp_path, origin)
        original = next(r for r in records if r["url"].endswith(article_path(2)))
        # The portal reposts article 2 under its own URL, with a note appended.
        portal.copies["/news/2026/0103/2.html"] = article_html(
            2, "某门户网", extra="<p>（来源：工人日报）</p>"
        )
        portal.copies["/news/"] = (
            '<html><body><ul><li><a href="/news/2026/0103/2.html">转载</a></li></ul></body></html>'.encode()
        )
        copies, _ = nightly(
            tmp_path / "portal", portal, "-s", f"UNIONNEWS_STATE={tmp_path / 'state.sqlite'}"
        )
        assert len(copies) == 1
        assert copies[0]["duplicate_of"] == original["url"]
        assert copies[0]["fingerprint"] == original["fingerprint"]
        assert original["duplicate_of"] is None


def test_a_second_run_on_the_same_state_is_refused(tmp_path):
    # One lock per state file (state.sqlite.lock), whichever spider holds it.
    lock_folder = tmp_path / "locks"
    lock_folder.mkdir()
    with LocalSite(articles=2).running() as site:
        held = os.open(lock_folder / "state.sqlite.lock", os.O_RDWR | os.O_CREAT)
        fcntl.flock(held, fcntl.LOCK_EX)
        try:
            records, log = nightly(
                tmp_path, site, "-s", f"UNIONNEWS_LOCK_DIR={lock_folder}", expect_exit=3
            )
        finally:
            os.close(held)
        assert records == []
        assert "another run holds" in log
        assert "state.sqlite.lock: closing this run of generic" in log
        assert site.hits["/news/"] == 0


def test_a_site_that_stops_giving_articles_fails_the_run(tmp_path):
    with LocalSite(articles=4).running() as site:
        _, log = nightly(tmp_path, site)
        assert "result: OK" in log
        site.ids.clear()  # the list page now shows nothing
        _, log = nightly(tmp_path, site, expect_exit=3)
        assert "found no articles (its last run found 4)" in log
        assert "result: FAILED" in log


def test_run_files_and_latest(tmp_path):
    out = tmp_path / "data"
    with LocalSite(articles=3).running() as site:
        nightly(
            tmp_path, site, "-o", f"{out}/%(name)s/%(time)s.jsonl", "-s", "UNIONNEWS_LATEST=True"
        )
    files = sorted((out / "generic").glob("*.jsonl"))
    run_file = next(f for f in files if f.name != "latest.jsonl")
    assert (out / "generic" / "latest.jsonl").read_bytes() == run_file.read_bytes()
    assert len(run_file.read_text("utf-8").splitlines()) == 3


def test_summary_lists_coverage_per_site(tmp_path):
    with LocalSite(articles=3).running() as site:
        _, log = nightly(tmp_path, site)
    summary = log[log.index("run summary: generic") :]
    assert "records 3" in summary
    assert "127.0.0.1" in summary
    assert "100%" in summary
    assert article_body(1)[0] not in summary
