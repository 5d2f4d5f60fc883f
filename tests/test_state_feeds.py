import json

import pytest_twisted

from unionnews.extraction.fingerprint import content_fingerprint
from unionnews.run.feeds import WholeLineFileFeedStorage, cut_torn_tail
from unionnews.run.sqlite_state import ArticleState

BODY = (
    "娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。"
    * 3
)


def test_cut_torn_tail(tmp_path):
    path = tmp_path / "run.jsonl"
    path.write_bytes(b'{"url": "a"}\n{"url": "b"}\n{"url": "c", "bo')
    assert cut_torn_tail(path) == len(b'{"url": "c", "bo')
    assert path.read_bytes() == b'{"url": "a"}\n{"url": "b"}\n'
    assert cut_torn_tail(path) == 0  # whole lines stay


def test_torn_only_line_is_cut_to_nothing(tmp_path):
    path = tmp_path / "run.jsonl"
    path.write_bytes(b'{"url": "a", "ti')
    cut_torn_tail(path)
    assert path.read_bytes() == b""


def test_appending_storage_repairs_then_appends_whole_lines(tmp_path):
    path = tmp_path / "sub" / "run.jsonl"
    path.parent.mkdir()
    path.write_bytes(b'{"url": "a"}\n{"url": "b", "ti')
    storage = WholeLineFileFeedStorage(path.as_uri(), feed_options={"overwrite": False})
    fh = storage.open(None)
    fh.write(b'{"url": "c"}\n')
    storage.store(fh)
    assert [json.loads(line)["url"] for line in path.read_text().splitlines()] == ["a", "c"]


def test_state_remembers_across_connections(tmp_path):
    db = tmp_path / "state.sqlite"
    state = ArticleState(db)
    state.mark_emitted("http://a.cn/1.html", content_fingerprint(BODY), "workercn", "a.cn")
    state.close()
    again = ArticleState(db)
    assert again.is_emitted("http://a.cn/1.html")
    assert not again.is_emitted("http://a.cn/2.html")
    assert again.first_with_fingerprint(content_fingerprint(BODY)) == "http://a.cn/1.html"


def test_state_tells_a_mark_of_this_run_from_an_earlier_ones(tmp_path):
    state = ArticleState(tmp_path / "state.sqlite")
    state.mark_many([("http://a.cn/1.html", None, "workercn", "a.cn")])
    started = state.run_started("workercn")
    state.mark_many([("http://a.cn/2.html", None, "workercn", "a.cn")])
    assert (
        state.emitted_at("http://a.cn/1.html") <= started <= state.emitted_at("http://a.cn/2.html")
    )
    assert state.emitted_at("http://a.cn/3.html") is None


def test_reconcile_reads_run_files_and_skips_torn_lines(tmp_path):
    runs = tmp_path / "generic"
    runs.mkdir()
    (runs / "t1.jsonl").write_text(
        json.dumps({"url": "http://a.cn/1.html", "fingerprint": "f1", "site": "a.cn"})
        + "\n"
        + '{"url": "http://a.cn/2.ht'
    )
    state = ArticleState(tmp_path / "state.sqlite")
    assert state.reconcile([runs], "generic") == 1
    assert state.is_emitted("http://a.cn/1.html")
    assert not state.is_emitted("http://a.cn/2.html")
    assert state.reconcile([runs], "generic") == 0  # nothing new since the last look


def test_unfinished_run_is_noticed(tmp_path):
    state = ArticleState(tmp_path / "state.sqlite")
    assert state.begin_run("workercn") is False
    assert state.begin_run("workercn") is True  # the first never ended
    state.end_run("workercn")
    assert state.begin_run("workercn") is False


def test_found_counts_per_site(tmp_path):
    state = ArticleState(tmp_path / "state.sqlite")
    assert state.found_before("unionnews", "workercn") is None
    state.record_found("unionnews", {"workercn": 12})
    assert state.found_before("unionnews", "workercn") == 12


def test_fingerprint_ignores_width_space_and_endings():
    copy = " " + BODY.replace("，", ", ").replace("。", ".\n") + "（责任编辑：王伟）"
    assert content_fingerprint(copy) == content_fingerprint(BODY)
    assert content_fingerprint("另一篇" + BODY) != content_fingerprint(BODY)
    assert content_fingerprint("短讯。") is None


def _incremental(tmp_path):
    from scrapy.utils.test import get_crawler

    from unionnews.run.incremental import IncrementalState

    crawler = get_crawler(settings_dict={"UNIONNEWS_STATE": str(tmp_path / "state.sqlite")})
    ext = IncrementalState.from_crawler(crawler)
    ext.open("generic")
    return ext, crawler


def test_a_state_disk_that_fills_fails_the_run_with_one_line(tmp_path, caplog):
    import sqlite3

    ext, crawler = _incremental(tmp_path)

    def disk_full(records):
        raise sqlite3.OperationalError("database or disk is full")

    ext.state.mark_many = disk_full
    for n in range(3):
        ext.line_written(f'{{"url": "http://a.cn/{n}.html"}}\n'.encode(), "generic")
        ext.synced()
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert len(errors) == 1
    assert "could not be written" in errors[0].getMessage()
    assert any("could not be written" in p for p in ext.problems)
    assert crawler.stats.get_value("unionnews/state/write_failed") == 1


def test_lines_are_marked_only_once_synced(tmp_path):
    from unionnews.run.feeds import _WholeLines

    ext, _ = _incremental(tmp_path)
    ext.reports_lines()
    out = _WholeLines(tmp_path / "run.jsonl", "ab", ext, "generic")
    out.write(b'{"url": "http://a.cn/1.html", "fingerprint": null, "site": "a.cn"}\n')
    assert not ext.state.is_emitted("http://a.cn/1.html")  # written, not yet on disk
    out.close()  # fsync, then mark
    assert ext.state.is_emitted("http://a.cn/1.html")


def test_a_failed_write_leaves_no_half_line_and_no_mark(tmp_path, monkeypatch):
    import errno
    import os

    from unionnews.run import feeds

    ext, crawler = _incremental(tmp_path)
    ext.reports_lines()
    path = tmp_path / "run.jsonl"
    out = feeds._WholeLines(path, "ab", ext, "generic")
    out.write(b'{"url": "http://a.cn/1.html"}\n')
    real_write = os.write

    def half_then_full(fd, data):
        real_write(fd, bytes(data[:10]))  # part of the line reaches the file
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(feeds.os, "write", half_then_full)
    # Reported and undone, not raised: Scrapy would only print a traceback for it.
    out.write(b'{"url": "http://a.cn/2.html"}\n')
    assert out.failed
    monkeypatch.setattr(feeds.os, "write", real_write)
    out.close()
    assert path.read_bytes() == b'{"url": "http://a.cn/1.html"}\n'
    assert ext.state.is_emitted("http://a.cn/1.html")
    assert not ext.state.is_emitted("http://a.cn/2.html")
    assert crawler.stats.get_value("unionnews/write_failed") == 1
    assert any("No space left on device" in p for p in ext.problems)


def test_both_stores_are_article_stores_and_the_setting_chooses(tmp_path):
    from scrapy.settings import Settings

    from unionnews.distributed.addon import RedisAddon
    from unionnews.distributed.state import RedisArticleState
    from unionnews.run.sqlite_state import ArticleState
    from unionnews.run.store import ArticleStore

    sqlite_store = ArticleState.from_settings(Settings(), tmp_path / "state.sqlite")
    assert isinstance(sqlite_store, ArticleStore)
    assert not sqlite_store.shared
    sqlite_store.close()
    import redis

    # A client connects on its first command: none is sent here.
    assert isinstance(RedisArticleState(redis.Redis(port=1)), ArticleStore)
    assert RedisArticleState.shared
    from unionnews import settings as project

    # As a crawl has them: the project's settings.py, then the add-on.
    settings = Settings()
    settings.setmodule(project, priority="project")
    settings.set("REDIS_URL", "redis://127.0.0.1:1/0", priority="cmdline")
    RedisAddon().update_settings(settings)
    assert settings.get("UNIONNEWS_STATE_CLASS") == "unionnews.distributed.state.RedisArticleState"
    plain = Settings()
    RedisAddon().update_settings(plain)
    assert plain.get("UNIONNEWS_STATE_CLASS") is None  # settings.py's SQLite default


@pytest_twisted.inlineCallbacks
def test_a_state_that_raises_while_opening_fails_the_run(tmp_path):
    # A component's error inside a signal handler is only logged by Scrapy: the run's
    # verdict must still see that the state never opened, or the night ends "OK".
    from crawling import crawl
    from helpers import ROOT

    result = yield crawl(
        "article",
        tmp_path,
        {"UNIONNEWS_STATE_CLASS": "unionnews.run.no_such_module.Store"},
        urls_file=str(ROOT / "examples" / "urls.txt"),
    )
    assert "could not be opened" in result.stat("unionnews/run_failed", "")


class RaisesOnClose:
    """A component whose spider_closed handler raises, as a broken one would."""

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy import signals

        component = cls()
        crawler.signals.connect(component.spider_closed, signal=signals.spider_closed)
        return component

    def spider_closed(self, spider) -> None:
        raise RuntimeError("broken component")


@pytest_twisted.inlineCallbacks
def test_an_error_inside_a_component_fails_the_run(tmp_path):
    # Scrapy only logs an exception raised by a signal handler; the verdict counts them.
    from crawling import crawl
    from helpers import ROOT

    from unionnews import settings as project

    extensions = {**project.EXTENSIONS, "test_state_feeds.RaisesOnClose": 0}
    result = yield crawl(
        "article",
        tmp_path,
        {"EXTENSIONS": extensions},
        urls_file=str(ROOT / "examples" / "urls.txt"),
    )
    assert result.stat("unionnews/component_errors") == 1
    assert "errors inside the run's own components" in result.stat("unionnews/run_failed", "")
