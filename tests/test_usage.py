"""Bad usage of ``scrapy crawl``: one line on stderr, exit status 2, no traceback."""

from __future__ import annotations

import pytest
from helpers import scrapy

CASES = {
    "since not a date": (
        ["crawl", "workercn", "-a", "since=notadate"],
        "error: -a since= must be YYYY-MM-DD, got 'notadate'",
    ),
    "until not a date": (
        ["crawl", "unionnews", "-a", "until=2026-13-40"],
        "error: -a until= must be YYYY-MM-DD, got '2026-13-40'",
    ),
    "urls file missing": (
        ["crawl", "article", "-a", "urls_file=/nonexistent/urls.txt"],
        "error: -a urls_file= cannot be read: /nonexistent/urls.txt (No such file or directory)",
    ),
    "article with no URL": (
        ["crawl", "article"],
        "error: give -a url=URL[,URL...] or -a urls_file=PATH",
    ),
    "url not a URL": (
        ["crawl", "article", "-a", "url=not-a-url"],
        "error: -a url= must be an http(s) or file URL, got 'not-a-url'",
    ),
    "generic start not a URL": (
        ["crawl", "generic", "-a", "start=www.example.cn/news"],
        "error: -a start= must be an http(s) URL, got 'www.example.cn/news'",
    ),
    "misspelled spider": (
        ["crawl", "workrcn"],
        "error: no spider named 'workrcn'; did you mean workercn",
    ),
    "bad argument value": (
        ["crawl", "generic", "-a", "start=http://www.example.cn/", "-a", "max_hops=two"],
        "error: -a max_hops= must be a whole number, got 'two'",
    ),
    "misspelled argument": (
        ["crawl", "workercn", "-a", "sinse=2026-01-01"],
        "error: workercn takes no argument 'sinse'; did you mean since? (it takes: date, since, until)",
    ),
    "since after until": (
        ["crawl", "unionnews", "-a", "since=2026-02-01", "-a", "until=2026-01-01"],
        "error: -a since=2026-02-01 is later than -a until=2026-01-01",
    ),
    "misspelled replay folder": (
        ["crawl", "workercn", "-s", "UNIONNEWS_REPLAY_DIR=tests/sitez"],
        "error: UNIONNEWS_REPLAY_DIR=tests/sitez: no saved pages there",
    ),
    "unknown alert": (
        ["crawl", "workercn", "-s", "UNIONNEWS_ALERTS=pager"],
        "error: UNIONNEWS_ALERTS: unknown pager",
    ),
    "csv with a state": (
        ["crawl", "workercn", "-O", "/tmp/unionnews-usage.csv"],
        "error: /tmp/unionnews-usage.csv: the nightly state keeps track of JSON Lines output only",
    ),
}


@pytest.mark.parametrize("case", CASES)
def test_bad_usage_is_one_line_and_exit_2(case):
    args, expected = CASES[case]
    result = scrapy(*args, timeout=120)
    assert result.returncode == 2, result.stderr
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(expected)


def test_a_network_that_is_down_is_a_failed_run_without_tracebacks():
    # Nothing listens on port 1: every fetch, robots.txt first, is refused.
    result = scrapy(
        "crawl", "generic", "-a", "start=http://127.0.0.1:1/news/", "-O", "/dev/null:jsonl",
        "-s", "UNIONNEWS_ALLOW_PRIVATE=True", "-s", "UNIONNEWS_STATE=off", "-s", "RETRY_TIMES=0",
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert "no list page could be fetched" in result.stderr
    assert len(result.stderr.splitlines()) < 40


def test_the_article_spider_fails_when_no_given_page_could_be_fetched():
    result = scrapy(
        "crawl", "article", "-a", "url=http://127.0.0.1:1/a.html,http://127.0.0.1:1/b.html",
        "-O", "/dev/null:jsonl", "-s", "UNIONNEWS_STATE=off",
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 3
    assert (
        "result: FAILED: none of the 2 given pages could be fetched: every start URL was refused"
        in result.stderr
    )


def test_a_lock_that_cannot_be_taken_is_one_line_and_a_failed_run(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the lock folder should be")
    result = scrapy(
        "crawl", "generic", "-a", "start=http://127.0.0.1:1/news/", "-O", str(tmp_path / "o.jsonl"),
        "-s", f"UNIONNEWS_LOCK_DIR={blocker / 'locks'}", "-s", f"UNIONNEWS_STATE={tmp_path / 's.sqlite'}",
        timeout=120,
    )  # fmt: skip
    assert result.returncode == 3
    assert "Traceback" not in result.stderr
    assert (
        f"cannot take the run lock {blocker / 'locks'}/s.sqlite.lock (Not a directory)"
        in result.stderr
    )


def test_redis_url_without_the_redis_extra_is_usage(monkeypatch):
    import sys

    from scrapy.settings import Settings

    from unionnews.commands.crawl import redis_error

    monkeypatch.setitem(sys.modules, "scrapy_redis", None)  # as if the extra were missing
    status, line = redis_error(Settings({"REDIS_URL": "redis://127.0.0.1:1/0"}))
    assert status == 2
    assert line == "REDIS_URL needs the redis extra: pip install -e '.[redis]'"
    assert redis_error(Settings({})) is None
