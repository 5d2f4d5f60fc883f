"""Each of the crawl's own components on its own, built by Scrapy's get_crawler: the
middlewares, the run lock, the already-emitted filter, the user-agent add-on and the
run verdict. The crawls elsewhere show them together."""

from __future__ import annotations

import gzip
from datetime import date

import pytest
import pytest_twisted
from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse, Request
from scrapy.settings import Settings
from scrapy.utils.test import get_crawler

from unionnews import __version__
from unionnews.addons import UserAgentAddon
from unionnews.items import Article
from unionnews.middlewares.gzip import TruncatedGzipMiddleware
from unionnews.middlewares.private_addresses import PrivateAddressMiddleware
from unionnews.middlewares.retry_after import RetryAfterMiddleware
from unionnews.run.lock import RunLock
from unionnews.run.scope import RunScope
from unionnews.run.verdict import RunVerdict


def _crawler(**settings):
    crawler = get_crawler(settings_dict=settings)
    crawler.stats.open_spider()
    return crawler


def test_private_address_middleware_refuses_and_counts():
    crawler = _crawler()
    middleware = PrivateAddressMiddleware.from_crawler(crawler)
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request("http://127.0.0.1:8000/a.html"))
    with pytest.raises(IgnoreRequest):
        middleware.process_request(Request("http://localhost./a.html"))
    assert crawler.stats.get_value("unionnews/refused/private_address") == 2
    # Rows that must not match: a public address, a file URL.
    assert middleware.process_request(Request("http://202.108.22.5/a.html")) is None
    assert middleware.process_request(Request("file:///tmp/a.html")) is None


def test_truncated_gzip_is_refused_and_a_whole_one_kept():
    crawler = _crawler()
    middleware = TruncatedGzipMiddleware.from_crawler(crawler)
    whole = gzip.compress("职工之家".encode() * 200)
    headers = {"Content-Encoding": "gzip"}
    ok = HtmlResponse("http://example.invalid/a.html", body=whole, headers=headers)
    assert middleware.process_response(ok.request, ok) is ok
    cut = ok.replace(body=whole[: len(whole) // 2])
    with pytest.raises(IgnoreRequest):
        middleware.process_response(cut.request, cut)
    assert crawler.stats.get_value("unionnews/refused/truncated_body") == 1


def _run(coroutine):
    """A Deferred of a component's coroutine, run on the project's (asyncio) reactor."""
    from scrapy.utils.defer import deferred_from_coro

    return deferred_from_coro(coroutine)


@pytest_twisted.inlineCallbacks
def test_retry_after_waits_then_retries_within_retry_times():
    from scrapy import Spider

    crawler = _crawler(RETRY_TIMES=1, UNIONNEWS_MAX_RETRY_AFTER=5)
    crawler.spider = Spider.from_crawler(crawler, "test")
    middleware = RetryAfterMiddleware.from_crawler(crawler)
    request = Request("http://example.invalid/a.html")
    busy = HtmlResponse(request.url, status=503, headers={"Retry-After": "0"}, request=request)
    retry = yield _run(middleware.process_response(request, busy))
    assert isinstance(retry, Request)
    assert retry.url == request.url
    assert crawler.stats.get_value("unionnews/retry_after") == 1
    # The request's one retry is used: the next 503 is left to Scrapy, given up.
    again = busy.replace(request=retry)
    assert (yield _run(middleware.process_response(retry, again))) is again
    # Rows that must not match: a 200, a 503 asking for longer than allowed.
    ok = HtmlResponse(request.url, status=200, request=request)
    assert (yield _run(middleware.process_response(request, ok))) is ok
    long = busy.replace(headers={"Retry-After": "3600"})
    assert (yield _run(middleware.process_response(request, long))) is long


def test_user_agent_addon_names_the_project_and_the_contact():
    settings = Settings({"UNIONNEWS_CONTACT_URL": "https://union.example/contact"})
    UserAgentAddon().update_settings(settings)
    assert settings["USER_AGENT"] == f"unionnews/{__version__} (+https://union.example/contact)"
    own = Settings({"USER_AGENT": "mine"}, priority="cmdline")
    UserAgentAddon().update_settings(own)
    assert own["USER_AGENT"] == "mine"  # the user's own wins


def test_run_lock_is_one_per_state_file(tmp_path):
    state = str(tmp_path / "state.sqlite")
    first = RunLock(_crawler(UNIONNEWS_STATE=state))
    first.acquire("workercn")
    second = RunLock(_crawler(UNIONNEWS_STATE=state))
    second.acquire("generic")  # another spider, the same state: refused
    assert first.fd is not None
    assert second.held_elsewhere
    first.release()
    third = RunLock(_crawler(UNIONNEWS_STATE=state))
    third.acquire("generic")
    assert not third.held_elsewhere
    third.release()


def test_the_scope_drops_a_record_known_by_any_of_its_urls(tmp_path):
    from unionnews.run.incremental import IncrementalState

    crawler = _crawler(UNIONNEWS_STATE=str(tmp_path / "state.sqlite"))
    state = IncrementalState(crawler)
    state.open("generic")
    state.state.mark_emitted("http://example.invalid/list-link.html", None, "generic", None)
    crawler.get_extension = lambda cls: state if cls is IncrementalState else None
    middleware = RunScope.from_crawler(crawler)
    redirected = HtmlResponse(
        "http://example.invalid/final.html",
        request=Request(
            "http://example.invalid/final.html",
            meta={"redirect_urls": ["http://example.invalid/list-link.html"]},
        ),
    )
    known = Article(url="http://example.invalid/final.html", title="t", body="b")
    fresh = Article(url="http://example.invalid/other.html", title="t", body="b")
    plain = HtmlResponse(
        "http://example.invalid/other.html", request=Request("http://example.invalid/other.html")
    )
    assert list(middleware.process_spider_output(redirected, [known])) == []
    assert list(middleware.process_spider_output(plain, [fresh])) == [fresh]
    assert crawler.stats.get_value("unionnews/dropped/already_emitted") == 1
    state.state.close()


class _Spider:
    since = date(2026, 11, 1)
    until = date(2026, 11, 30)


def _response(url: str, ledger: bool = True, **cb_kwargs) -> HtmlResponse:
    meta = {"unionnews_ledger": {"kind": "article", "site": "s"}} if ledger else {}
    return HtmlResponse(url, request=Request(url, meta=meta, cb_kwargs=cb_kwargs))


# Rule "dates window": a record dated outside -a since / -a until is left out. Rows that
# must not match: the window's own first and last days, a record with no date.
@pytest.mark.parametrize(
    ("published_at", "kept"),
    [
        ("2026-10-31T23:59:59+08:00", False),
        ("2026-12-01", False),
        ("2026-11-01T00:00:00+08:00", True),
        ("2026-11-30", True),
        (None, True),
    ],
)
def test_the_scope_keeps_the_run_window(published_at, kept):
    crawler = _crawler(UNIONNEWS_STATE="off")
    crawler.spider = _Spider()  # Scrapy passes no spider to middlewares: they ask the crawler
    middleware = RunScope.from_crawler(crawler)
    item = Article(url="http://example.invalid/a.html", title="t", body="b")
    item.published_at = published_at
    out = list(middleware.process_spider_output(_response(item.url), [item]))
    assert (out == [item]) is kept
    assert crawler.stats.get_value("unionnews/skipped/outside_dates") == (None if kept else 1)


class _State:
    """An incremental state that has emitted the URLs ending in ``known``, this run those
    that also say ``this-run``."""

    walk_all_lists = False

    def emitted_by(self, url: str) -> str | None:
        if not url.endswith("known.html"):
            return None
        return "this_run" if "this-run" in url else "earlier"


class _ListSpider(_Spider):
    """A spider as RunScope sees it: what it requested, and its caps (take_lists)."""

    def __init__(self) -> None:
        self.requested: set[str] = set()

    def take_lists(self, response, requests):
        return iter(requests)


class _Site:
    name = "s"

    def url_date(self, url: str) -> date | None:
        day = url.rsplit("/", 1)[-1][:10]
        return date.fromisoformat(day) if day[:4].isdigit() else None


def _link(url: str, kind: str) -> Request:
    return Request(url, cb_kwargs={"site": _Site()}, meta={"unionnews_link": kind})


# Rule "stop paging": a list page whose article links were all older than since or
# emitted by an earlier run, with nothing new, is the end of the list. Rows that must not
# match: a page with one fresh link among them, one link newer than until, no article
# links, a state that walks every list after an unfinished run, and pages whose links
# this run emitted (alone, or among links an earlier run emitted or older than since).
@pytest.mark.parametrize(
    ("articles", "walk_all", "stopped"),
    [
        (["2026-10-01-a.html"], False, "older_than_since"),
        (["known.html", "2026-11-02-known.html"], False, "already_emitted"),
        (["2026-10-01-a.html", "known.html"], False, "older_than_since"),
        (["known.html", "2026-11-02-b.html"], False, None),
        (["2026-10-01-a.html", "2026-12-02-c.html"], False, None),
        ([], False, None),
        (["known.html"], True, None),
        (["this-run-known.html", "this-run-2-known.html"], False, None),
        (["known.html", "this-run-known.html"], False, None),
        (["2026-10-01-a.html", "this-run-known.html"], False, None),
    ],
)
def test_the_scope_stops_paging_a_list_of_old_or_known_articles(articles, walk_all, stopped):
    crawler = _crawler()
    state = _State()
    state.walk_all_lists = walk_all
    crawler.get_extension = lambda cls: state if cls.__name__ == "IncrementalState" else None
    crawler.spider = _ListSpider()
    base = "http://example.invalid/"
    links = [_link(base + name, "article") for name in articles]
    nxt = _link(base + "list_2.html", "list")
    out = list(RunScope.from_crawler(crawler).process_spider_output(_response(base), [*links, nxt]))
    fetched = [r.url for r in out if r.meta["unionnews_link"] == "article"]
    assert fetched == [base + n for n in articles if "known" not in n and "-11-" in n]
    assert (nxt in out) is (stopped is None)
    for reason in ("older_than_since", "already_emitted"):
        value = crawler.stats.get_value(f"unionnews/stopped_paging/{reason}")
        assert value == (1 if reason == stopped else None)


def test_the_scope_fetches_an_article_link_once_per_run():
    crawler = _crawler(UNIONNEWS_STATE="off")
    crawler.spider = _ListSpider()
    scope = RunScope.from_crawler(crawler)
    link = "http://example.invalid/2026-11-02-a.html"
    page = "http://example.invalid/"
    assert len(list(scope.process_spider_output(_response(page), [_link(link, "article")]))) == 1
    assert list(scope.process_spider_output(_response(page), [_link(link, "article")])) == []
    assert crawler.stats.get_value("unionnews/s/articles_found") == 2


class _Worker:
    def __init__(self) -> None:
        self.released: list[str] = []
        self.after: list[list[str]] = []  # the requests each release waits for

    def release_urls(self, urls) -> None:
        self.released.extend(urls)

    def open_batch(self) -> list[str]:
        self.after.append([])
        return self.after[-1]

    def expect(self, batch, request) -> None:
        batch.append(request.url)

    def seal(self, batch, urls) -> None:
        self.released.extend(u for u in urls if u)


def _scope_with_worker() -> tuple[RunScope, _Worker]:
    from unionnews.distributed.worker import DistributedWorker

    crawler = _crawler(UNIONNEWS_STATE="off")
    worker = _Worker()
    crawler.get_extension = lambda cls: worker if cls is DistributedWorker else None
    crawler.spider = _Spider()
    return RunScope.from_crawler(crawler), worker


def test_a_response_is_released_once_its_output_is_read_unless_it_hands_its_article_on():
    scope, worker = _scope_with_worker()
    page = "http://example.invalid/a.html"
    # A list page, a page that is no article: done once read.
    assert list(scope.process_spider_output(_response(page), [Request(page + "?x")]))
    assert worker.released == [page]
    # ... once the request it led to has reached the scheduler (DistributedWorker).
    assert worker.after == [[page + "?x"]]
    # A record: released when it is written or dropped (DistributedWorker), not here.
    worker.released.clear()
    item = Article(url=page, title="t", body="b")
    assert list(scope.process_spider_output(_response(page), [item])) == [item]
    assert worker.released == []
    # The request for page 2 carries the article on: nothing released yet.
    nxt = Request(page + "_2", cb_kwargs={"item": item})
    assert list(scope.process_spider_output(_response(page), [nxt])) == [nxt]
    assert worker.released == []
    # Page 2 read, nothing came of it: page 1 is done too (page 2 was never taken).
    list(scope.process_spider_output(_response(page + "_2", ledger=False, item=item), []))
    assert worker.released == [page]
    # A record left out (outside the dates) is released with its response.
    worker.released.clear()
    old = Article(url=page, title="t", body="b")
    old.published_at = "2020-01-01"
    assert list(scope.process_spider_output(_response(page), [old])) == []
    assert worker.released == [page]


def test_run_verdict_fails_a_run_cut_by_a_cap_or_past_its_errors():
    crawler = _crawler(UNIONNEWS_MAX_ERRORS=2)
    verdict = RunVerdict(crawler)
    spider = type("Spider", (), {"name": "generic"})()
    assert verdict.verdict(spider, "finished") == []
    crawler.stats.set_value("unionnews/127.0.0.1/list_limit_reached", 1)
    crawler.stats.set_value("unionnews/fetch_failed/HttpError", 3)
    problems = " ".join(verdict.verdict(spider, "finished"))
    assert "stopped at a page cap (127.0.0.1)" in problems
    assert "UNIONNEWS_MAX_ERRORS=2" in problems


def test_run_shutdown_finishes_the_components_in_its_written_order():
    from unionnews.run.incremental import IncrementalState
    from unionnews.run.shutdown import RunShutdown

    calls: list[str] = []

    class Recorder:
        def __init__(self, **methods):
            for name, label in methods.items():
                setattr(self, name, lambda label=label: calls.append(label))

    parts = {
        IncrementalState: Recorder(commit="state commits", engine_stopped="state closes"),
        RunVerdict: Recorder(engine_stopped="verdict"),
        RunLock: Recorder(release="lock released"),
    }
    crawler = _crawler()
    crawler.get_extension = parts.get
    RunShutdown(crawler).engine_stopped()
    assert calls == ["state commits", "verdict", "state closes", "lock released"]


class _Ledger:
    def __init__(self) -> None:
        self.done_urls: list[str] = []

    def done(self, url: str) -> None:
        self.done_urls.append(url)


@pytest.mark.parametrize("scheduled_first", [True, False])
def test_a_response_is_released_once_its_requests_reach_the_scheduler(monkeypatch, scheduled_first):
    # Scrapy may schedule a callback's requests while its output is still read, or after:
    # either way the response is released once, after its last request reached the
    # scheduler and its output ended, and not before.
    from twisted.internet import reactor

    from unionnews.distributed.worker import DistributedWorker

    monkeypatch.setattr(reactor, "callLater", lambda _delay, f, *a: f(*a))
    worker = DistributedWorker(_crawler(REDIS_URL="redis://127.0.0.1:1/0"))
    worker.ledger = ledger = _Ledger()
    page, links = (
        "http://example.invalid/list.html",
        [Request(f"http://example.invalid/{i}") for i in range(3)],
    )
    batch = worker.open_batch()
    for request in links:
        worker.expect(batch, request)
    if scheduled_first:
        for request in links:
            worker.request_scheduled(request, None)
        assert ledger.done_urls == []  # the output has not ended
        worker.seal(batch, [page])
    else:
        worker.seal(batch, [page])
        worker.request_scheduled(links[0], None)
        worker.request_dropped(links[1], None)  # refused by the dupefilter: reached it too
        assert ledger.done_urls == []  # one request has not reached the scheduler yet
        worker.request_scheduled(links[2], None)
    assert ledger.done_urls == [page]
    worker.request_dropped(links[2], None)  # signals after the first change nothing
    assert ledger.done_urls == [page]
