"""Every fault a real site throws, against one crawl of a local site that throws them all.

Each fault must end as a counted stat and a clear log line; the crawl goes on and every
good article of the site is still emitted. Nothing here sleeps or times anything: the
one slow answer (the timeout) waits on an event that the test sets when it is done.
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import zlib

import pytest
import pytest_twisted
from crawling import crawl as run
from localsite import LocalSite, article_html, article_path

PATTERN = r"article_pattern=/(?:news/2026/\d{4}|f)/\w+\.html$"
GOOD = 12


def send(handler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    handler.send_response(status)
    for key, value in (headers or {"Content-Type": "text/html; charset=utf-8"}).items():
        handler.send_header(key, value)
    handler.send_header("Content-Length", str(len(body)))
    handler.end_headers()
    handler.wfile.write(body)


def install_faults(site: LocalSite, release: threading.Event) -> None:
    good_503 = article_html(901, site.site_name)
    calls = {"503": 0}

    def status_500(h):
        send(h, 500, b"<h1>Internal Server Error</h1>")

    def status_503_then_ok(h):
        calls["503"] += 1
        if calls["503"] == 1:
            send(h, 503, b"busy", {"Content-Type": "text/html", "Retry-After": "1"})
        else:
            send(h, 200, good_503)

    def never_answers(h):
        release.wait(60)  # held open until the test is done: the crawler times out first

    def reset_mid_body(h):
        h.send_response(200)
        h.send_header("Content-Type", "text/html; charset=utf-8")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(article_html(902, site.site_name)[:300])
        h.wfile.flush()
        h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        h.connection.close()  # an RST, mid-body

    def truncated_gzip(h):
        body = gzip.compress(article_html(903, site.site_name))
        send(
            h,
            200,
            body[: len(body) // 2],
            {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        )

    bomb = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    bomb_body = bomb.compress(b"\0" * (100 * 1024 * 1024)) + bomb.flush()  # 100 MB of zeros

    def gzip_bomb(h):
        send(
            h,
            200,
            bomb_body,
            {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"},
        )

    def fifty_megabytes(h):
        send(h, 200, b"<html><body>" + b"<p>" + b"a" * (50 * 1024 * 1024) + b"</p></body></html>")

    def redirect_loop_a(h):
        h.send_response(302)
        h.send_header("Location", "/f/loop_b.html")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def redirect_loop_b(h):
        h.send_response(302)
        h.send_header("Location", "/f/loop.html")
        h.send_header("Content-Length", "0")
        h.end_headers()

    def binary(h):
        send(h, 200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)

    def wrong_charset(h):
        page = article_html(904, site.site_name).decode("utf-8").encode("gbk")
        send(h, 200, page, {"Content-Type": "text/html; charset=utf-8"})

    def broken_markup(h):
        page = (
            article_html(905, site.site_name)
            .replace(b"</p>", b"")
            .replace(b"</div>", b"<div><span>")
        )
        send(h, 200, page)

    def empty(h):
        send(h, 200, b"")

    for n in range(1, 1000):  # an endless pagination trap: every page has a next page
        site.copies[f"/trap/list_{n}.html"] = (
            f'<html><body><p>往期</p><a href="/trap/list_{n + 1}.html">下一页</a></body></html>'.encode()
        )
    site.raw.update({
        "/f/500.html": status_500, "/f/503.html": status_503_then_ok,
        "/f/timeout.html": never_answers, "/f/reset.html": reset_mid_body,
        "/f/gzip.html": truncated_gzip, "/f/bomb.html": gzip_bomb, "/f/huge.html": fifty_megabytes,
        "/f/loop.html": redirect_loop_a, "/f/loop_b.html": redirect_loop_b,
        "/f/binary.html": binary, "/f/charset.html": wrong_charset, "/f/broken.html": broken_markup,
        "/f/empty.html": empty,
    })  # fmt: skip
    site.extra_links = [*(p for p in site.raw if p != "/f/loop_b.html"), "/trap/list_1.html"]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("faults")
    release = threading.Event()
    with LocalSite(articles=GOOD, per_page=50).running() as site:
        install_faults(site, release)
        try:
            settings = {"DOWNLOAD_TIMEOUT": 3, "RETRY_TIMES": 1, "UNIONNEWS_MAX_LIST_PAGES": 20}
            article = PATTERN.split("=", 1)[1]
            result = pytest_twisted.blockon(
                run(
                    "generic",
                    tmp_path,
                    settings,
                    start=f"{site.url}/news/",
                    article_pattern=article,
                )
            )
        finally:
            release.set()
        hits = dict(site.hits)
        base = site.url
    return {r["url"][len(base) :]: r for r in result.records}, result, hits


def test_every_good_article_is_emitted(crawl):
    records, _log, _hits = crawl
    for n in range(1, GOOD + 1):
        assert records[article_path(n)]["body"].startswith(f"第{n}号消息")
    # The good pages among the faults: after a 503, with a wrong charset, with broken markup.
    assert records["/f/503.html"]["body"].startswith("第901号消息")
    assert records["/f/charset.html"]["body"].startswith("第904号消息")
    assert records["/f/broken.html"]["body"].startswith("第905号消息")
    assert len(records) == GOOD + 3  # and nothing from the bad pages


@pytest.mark.parametrize(
    ("fault", "stat", "log_line"),
    [
        (
            "500",
            ("unionnews/fetch_failed/HttpError", None),
            "/f/500.html (HttpError: Ignoring non-200",
        ),
        ("503 with Retry-After", ("unionnews/retry_after", 1), "answered 503, Retry-After 1 s"),
        (
            "timeout",
            ("unionnews/fetch_failed/DownloadTimeoutError", 1),
            "/f/timeout.html took longer than 3.0 seconds",
        ),
        (
            "reset mid-body",
            ("unionnews/fetch_failed/ResponseDataLossError", 1),
            "/f/reset.html (ResponseDataLossError",
        ),
        (
            "truncated gzip",
            ("unionnews/refused/truncated_body", 1),
            "/f/gzip.html: its gzip body is cut short",
        ),
        (
            "gzip bomb",
            ("unionnews/fetch_failed/IgnoreRequest", None),
            "/f/bomb.html> because its body",
        ),
        (
            "50 MB page",
            ("unionnews/fetch_failed/DownloadCancelledError", 1),
            "larger than download max size",
        ),
        (
            "redirect loop",
            ("unionnews/fetch_failed/IgnoreRequest", None),
            "/f/loop.html (IgnoreRequest: max redirections reached",
        ),
        (
            "pagination trap",
            ("unionnews/127.0.0.1/list_limit_reached", 1),
            "list pages this run (UNIONNEWS_MAX_LIST_PAGES)",
        ),
        (
            "binary at .html",
            ("unionnews/not_article/binary_content", 1),
            "/f/binary.html (binary content)",
        ),
        (
            "wrong charset",
            ("unionnews/charset_fixed", 1),
            "/f/charset.html declares utf-8 but reads as gb18030",
        ),
        ("empty 200", ("unionnews/not_article/empty", 1), "/f/empty.html (empty)"),
    ],
)
def test_fault_is_counted_and_logged(crawl, fault, stat, log_line):
    _records, result, _hits = crawl
    key, count = stat
    assert result.stat(key), fault
    if count is not None:
        assert result.stat(key) == count, fault
    assert any(log_line in line for line in result.log), fault


def test_broken_markup_still_gives_the_whole_article(crawl):
    records, _log, _hits = crawl
    body = records["/f/broken.html"]["body"]
    assert body.count("\n") == 2  # all three paragraphs, though none of them is closed
    assert body.endswith("为职工成长成才搭建平台。")


def test_the_trap_is_left_after_the_limit(crawl):
    _records, _log, hits = crawl
    trap_pages = [p for p in hits if p.startswith("/trap/")]
    assert 15 <= len(trap_pages) <= 25


def test_the_crawl_finished(crawl):
    _records, result, _hits = crawl
    assert result.stat("finish_reason") == "finished"
    # The pagination trap stopped at the cap: a run cut short, which fails the night.
    assert result.stat("unionnews/127.0.0.1/list_limit_reached") == 1
