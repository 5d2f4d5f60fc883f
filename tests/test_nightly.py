"""Nights a user leaves alone: every article a site publishes ends up in the user's files
exactly once, whatever happened in between, and the exit status says whether the run did
its job. Each test is one situation an operator meets, against a local site."""

from __future__ import annotations

import json
import os
import signal
import subprocess
from pathlib import Path

import pytest
import pytest_twisted
from crawling import crawl
from helpers import LOCALSITE_PATTERN, ROOT, generic_command, run_crawl
from localsite import LocalSite, article_html, article_path


def night(tmp_path: Path, site: LocalSite, *extra: str, expect_exit: int = 0, pattern=True):
    """One nightly run of the generic spider, its state and lock kept in tmp_path."""
    args = ["-a", f"start={site.url}/news/"]
    if pattern:
        args += ["-a", LOCALSITE_PATTERN]
    return run_crawl(tmp_path, "generic", *args, *extra, expect_exit=expect_exit)


def run_files(folder: Path) -> list[dict]:
    return [
        json.loads(line)
        for f in sorted(folder.glob("*.jsonl"))
        if f.name != "latest.jsonl"
        for line in f.read_text("utf-8").splitlines()
    ]


def test_an_article_that_failed_one_night_is_emitted_the_next(tmp_path):
    with LocalSite(articles=10).running() as site:
        path = article_path(7)

        def status_500(handler):
            handler.send_response(500)
            handler.send_header("Content-Length", "0")
            handler.end_headers()

        site.raw[path] = status_500
        first, log = night(tmp_path, site)
        assert len(first) == 9
        assert "result: OK" in log  # one failure is within UNIONNEWS_MAX_ERRORS
        # The next night the article answers, and its list no longer shows it.
        del site.raw[path]
        site.ids.remove(7)
        site.copies[path] = article_html(7, site.site_name)
        second, log = night(tmp_path, site)
        assert [r["url"] for r in second] == [site.url + path]
        assert "retried from earlier runs: 1" in log
        third, _ = night(tmp_path, site)
        assert third == []  # emitted once: not retried again


@pytest_twisted.inlineCallbacks
def test_a_fetch_that_keeps_failing_is_given_up_after_the_set_nights(tmp_path):
    with LocalSite(articles=3).running() as site:
        site.raw[article_path(2)] = lambda h: (h.send_response(500), h.end_headers())
        pattern = LOCALSITE_PATTERN.split("=", 1)[1]
        for night_number in (1, 2, 3):
            result = yield crawl(
                "generic",
                tmp_path,
                {"UNIONNEWS_RETRY_NIGHTS": 2},
                start=f"{site.url}/news/",
                article_pattern=pattern,
            )
            given_up = result.stat("unionnews/retry/given_up")
            assert given_up == (1 if night_number == 3 else None)
        assert f"giving up {site.url}{article_path(2)}" in "\n".join(result.log)


def test_a_write_that_fails_fails_the_run_and_its_records_come_next_night(tmp_path):
    with LocalSite(articles=6).running() as site:
        _, log = night(tmp_path, site, "-o", "/dev/full:jsonlines", expect_exit=3)
        assert "cannot write to /dev/full" in log
        assert "result: FAILED: writing /dev/full failed" in log
        records, _ = night(tmp_path, site)  # nothing was marked: all six come now
        assert len(records) == 6


FEEDS = {
    "run files": ["-o", "{out}/%(name)s/%(time)s.jsonl"],
    "-o fixed file": ["-o", "{out}/fixed.jsonl"],
    "-O fixed file": ["-O", "{out}/fixed.jsonl"],
}


def kill_and_resume(tmp_path: Path, site: LocalSite, feed: list[str], before_resume=None):
    """Run with a JOBDIR, kill -9 at the 25th article fetched, resume the same command."""
    out = tmp_path / "out"
    jobdir = tmp_path / "job"
    state = tmp_path / "state.sqlite"
    cmd = generic_command(
        f"{site.url}/news/", *[a.format(out=out) for a in feed], "-s", f"JOBDIR={jobdir}",
        "-s", f"UNIONNEWS_STATE={state}", "-s", f"UNIONNEWS_LOCK_DIR={tmp_path}",
        # Pages read in the crawl's own process: records are written as articles are
        # fetched, so the kill at the 25th finds some written (the harness kills crawls
        # whose pages are read in a worker too).
        "-s", "UNIONNEWS_READ_PROCESSES=0",
    )  # fmt: skip
    first = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def kill_midway(article_id: int) -> None:
        if site.article_hits() == 25:
            os.kill(first.pid, signal.SIGKILL)

    site.on_article = kill_midway
    assert first.wait(timeout=120) == -signal.SIGKILL
    site.on_article = None
    if before_resume:
        before_resume(state, out)
    log = tmp_path / "resumed.log"
    resumed = subprocess.run(
        [*cmd, "-s", f"LOG_FILE={log}"], cwd=ROOT, capture_output=True, timeout=300, check=False
    )
    return resumed.returncode, log.read_text("utf-8") if log.exists() else ""


def lines_of(out: Path) -> list[str]:
    files = [out / "fixed.jsonl"] if (out / "fixed.jsonl").exists() else []
    files += sorted((out / "generic").glob("*.jsonl")) if (out / "generic").is_dir() else []
    return [line for f in files for line in f.read_text("utf-8").splitlines()]


@pytest.mark.parametrize("feed", FEEDS, ids=list(FEEDS))
def test_kill_9_and_resume_gives_every_record_once_with_every_feed_form(tmp_path, feed):
    with LocalSite(articles=60, per_page=10).running() as site:
        code, log = kill_and_resume(tmp_path, site, FEEDS[feed])
    assert code == 0, log[-3000:]
    records = [json.loads(line) for line in lines_of(tmp_path / "out")]  # all whole JSON
    urls = [r["url"] for r in records]
    assert len(urls) == len(set(urls)) == 60, log[-3000:]


def test_a_state_lost_after_a_kill_is_rebuilt_from_the_run_files(tmp_path):
    def lose_state(state: Path, out: Path) -> None:
        state.unlink()
        for suffix in ("-wal", "-shm"):
            Path(f"{state}{suffix}").unlink(missing_ok=True)

    with LocalSite(articles=60, per_page=10).running() as site:
        code, log = kill_and_resume(tmp_path, site, FEEDS["run files"], lose_state)
    assert code == 0, log[-3000:]
    assert "was missing: rebuilt from the run files" in log
    urls = [json.loads(line)["url"] for line in lines_of(tmp_path / "out")]
    assert len(urls) == len(set(urls)) == 60


def test_a_truncated_state_is_set_aside_and_rebuilt(tmp_path):
    def truncate_state(state: Path, out: Path) -> None:
        for suffix in ("-wal", "-shm"):
            Path(f"{state}{suffix}").unlink(missing_ok=True)
        data = state.read_bytes()
        state.write_bytes(b"\x00" * 100 + data[100 : len(data) // 2])  # header gone

    with LocalSite(articles=60, per_page=10).running() as site:
        code, log = kill_and_resume(tmp_path, site, FEEDS["run files"], truncate_state)
    assert code == 0, log[-3000:]
    assert "is unreadable" in log
    urls = [json.loads(line)["url"] for line in lines_of(tmp_path / "out")]
    assert len(urls) == len(set(urls)) == 60
    assert list(tmp_path.glob("state.sqlite.unreadable-*"))


def test_a_lost_state_with_nothing_to_rebuild_from_stops_the_run_with_one_line(tmp_path):
    with LocalSite(articles=4).running() as site:
        night(tmp_path, site, "-o", f"{tmp_path}/first.jsonl")
        (tmp_path / "state.sqlite").unlink()
        records, log = night(tmp_path, site, "-o", f"{tmp_path}/second.jsonl", expect_exit=3)
    assert records == []
    assert f"state {tmp_path / 'state.sqlite'} is missing and no run files" in log
    assert "state.sqlite.runs to start afresh" in log
    assert site.article_hits() == 4  # nothing fetched again


def test_a_quiet_night_succeeds_and_latest_is_emptied(tmp_path):
    out = tmp_path / "data"
    feed = ["-o", f"{out}/%(name)s/%(time)s.jsonl", "-s", "UNIONNEWS_LATEST=True"]
    with LocalSite(articles=3).running() as site:
        night(tmp_path, site, *feed)
        latest = out / "generic" / "latest.jsonl"
        assert len(latest.read_text("utf-8").splitlines()) == 3
        _, log = night(tmp_path, site, *feed)  # nothing new: exit 0
        assert "result: OK" in log
        assert "[Spidermon] OK" in log
        assert latest.read_text("utf-8") == ""  # a consumer never reads them twice


def test_generic_without_a_pattern_finds_an_article_linked_the_next_night(tmp_path):
    with LocalSite(articles=5).running() as site:
        first, _ = night(tmp_path, site, pattern=False)
        assert len(first) == 5
        [new] = site.add(1)
        second, log = night(tmp_path, site, pattern=False)
        assert [r["url"] for r in second] == [site.url + article_path(new)]
        assert "result: OK" in log


def test_a_list_linking_ten_thousand_list_pages_is_capped(tmp_path):
    with LocalSite(articles=2).running() as site:
        site.extra_links = [f"/news/index_{n}.html" for n in range(2, 10_002)]
        records, log = night(tmp_path, site, "-s", "UNIONNEWS_MAX_LIST_PAGES=20", expect_exit=3)
        assert len(records) == 2
        lists = sum(n for path, n in site.hits.items() if path.startswith("/news/index_"))
        assert lists <= 20
        assert "(UNIONNEWS_MAX_LIST_PAGES)" in log
        # A run cut by a cap says so and does not end OK (the stat: test_faults).
        assert "stopped at a page cap (127.0.0.1)" in log


@pytest_twisted.inlineCallbacks
def test_generic_without_a_pattern_counts_list_pages_only(tmp_path):
    # 60 articles on 6 list pages: with a cap of 10 list pages every article comes, as
    # the article pages tried by their shape are not list pages.
    with LocalSite(articles=60, per_page=10).running() as site:
        result = yield crawl(
            "generic", tmp_path, {"UNIONNEWS_MAX_LIST_PAGES": 10}, start=f"{site.url}/news/"
        )
        assert len({r["url"] for r in result.records}) == 60
        assert not [key for key in result.stats if key.endswith("limit_reached")]


def test_robots_forbidding_everything_fails_the_run(tmp_path):
    with LocalSite(articles=2).running() as site:
        site.copies["/robots.txt"] = b"User-agent: *\nDisallow: /\n"
        records, log = night(tmp_path, site, "-s", "ROBOTSTXT_OBEY=True", expect_exit=3)
    assert records == []
    assert "robots.txt forbids its list pages" in log
    # The same verdict, as Spidermon's monitors report it (and its alert actions see it).
    assert "[Spidermon] unionnews sites/every site's list pages fetched... FAIL" in log
    assert "[Spidermon] unionnews run/the run finished... OK" in log


def test_every_start_url_refused_fails_the_run_naming_the_setting(tmp_path):
    with LocalSite(articles=2).running() as site:
        records, log = night(tmp_path, site, "-s", "UNIONNEWS_ALLOW_PRIVATE=False", expect_exit=3)
    assert records == []
    assert "UNIONNEWS_ALLOW_PRIVATE=True" in log


def test_the_console_shows_a_start_line_and_progress(tmp_path):
    with LocalSite(articles=3).running() as site:
        _, log = night(tmp_path, site, "-s", "UNIONNEWS_PROGRESS_SECONDS=0.01")
    assert f"crawling generic into {tmp_path / 'out.jsonl'}" in log
    assert "progress: pages" in log


def test_latest_holds_only_what_this_run_appended(tmp_path):
    # One file appended to night after night (-o all.jsonl), or two runs in the same
    # second naming the same run file: latest.jsonl is this run's records alone.
    feed = ["-o", str(tmp_path / "all.jsonl"), "-s", "UNIONNEWS_LATEST=True"]
    with LocalSite(articles=3).running() as site:
        night(tmp_path, site, *feed)
        [new] = site.add(1)
        night(tmp_path, site, *feed)
        latest = [json.loads(line) for line in (tmp_path / "latest.jsonl").read_text().splitlines()]
        assert [r["url"] for r in latest] == [site.url + article_path(new)]
        assert len((tmp_path / "all.jsonl").read_text().splitlines()) == 4
