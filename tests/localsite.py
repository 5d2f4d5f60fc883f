"""A generated union news site served on 127.0.0.1, for crawls that need a real server.

List pages ``/news/`` (newest first, ``per_page`` links each, 下一页 to ``/news/index_N.html``)
and articles ``/news/2026/MMDD/<id>.html`` in a layout like the union sites'. Articles can
be added while it runs; every request is counted in ``hits``; ``on_article`` is called
after each article is served (a test uses it to kill the crawler at a chosen point).
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FIRST_DAY = date(2026, 1, 1)


def article_day(article_id: int) -> date:
    return FIRST_DAY + timedelta(days=article_id % 300)


def article_path(article_id: int) -> str:
    return f"/news/2026/{article_day(article_id):%m%d}/{article_id}.html"


def article_body(article_id: int) -> list[str]:
    return [
        f"第{article_id}号消息：市总工会近日组织开展职工技能提升活动，共有{article_id % 97 + 20}家企业参加。",
        f"活动围绕先进制造、现代服务等领域展开，编号{article_id}的培训班吸引了一线职工踊跃报名。",
        "市总工会有关负责人表示，将持续推进产业工人队伍建设改革，为职工成长成才搭建平台。",
    ]


def article_html(article_id: int, site_name: str, extra: str = "") -> bytes:
    paras = "".join(f"<p>{p}</p>" for p in article_body(article_id))
    day = article_day(article_id)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8">
<title>职工技能提升活动第{article_id}期开班_{site_name}</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">工作动态</a></div>
<div class="article"><h1>职工技能提升活动第{article_id}期开班</h1>
<div class="info">来源：{site_name}　发布时间：{day} 09:30</div>
<div class="content">{paras}{extra}</div></div>
<div class="foot">版权所有：{site_name}</div></body></html>""".encode()


class _Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address) -> None:
        pass  # a crawler killed mid-reply resets its connections: nothing to report


class LocalSite:
    def __init__(self, articles: int = 30, per_page: int = 10, site_name: str = "某市总工会"):
        self.ids = list(range(1, articles + 1))
        self.per_page = per_page
        self.site_name = site_name
        self.hits: Counter[str] = Counter()
        self.on_article: Callable[[int], None] | None = None
        self.copies: dict[str, bytes] = {}  # extra pages: path -> body
        # Pages that answer in their own way (faults): path -> writer of the whole answer.
        self.raw: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}
        self.extra_links: list[str] = []  # more links on list page 1
        self.aliases: dict[int, str] = {}  # article id -> the path its list link shows
        self.lock = threading.Lock()
        self.server: ThreadingHTTPServer | None = None

    @property
    def url(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(self, count: int) -> list[int]:
        with self.lock:
            new = list(range(max(self.ids, default=0) + 1, max(self.ids, default=0) + 1 + count))
            self.ids.extend(new)
        return new

    def article_hits(self) -> int:
        return sum(n for path, n in self.hits.items() if path.startswith("/news/2026/"))

    def list_page(self, page: int) -> bytes:
        with self.lock:
            newest = sorted(self.ids, reverse=True)
        chunk = newest[(page - 1) * self.per_page : page * self.per_page]
        items = "".join(
            f'<li><a href="{self.aliases.get(i, article_path(i))}">职工技能提升活动第{i}期开班</a>'
            f"<span>{article_day(i)}</span></li>"
            for i in chunk
        )
        if page == 1:
            items += "".join(
                f'<li><a href="{path}">另一条消息</a></li>' for path in self.extra_links
            )
        more = len(newest) > page * self.per_page
        pager = (
            f'<div class="pages"><a href="/news/index_{page + 1}.html">下一页</a></div>'
            if more
            else ""
        )
        return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>工作动态_{self.site_name}</title>
</head><body><div class="nav"><a href="/">首页</a></div><ul class="list">{items}</ul>{pager}
</body></html>""".encode()

    def respond(self, path: str) -> tuple[int, bytes]:
        self.hits[path] += 1
        if path in self.copies:
            return 200, self.copies[path]
        if path == "/news/":
            return 200, self.list_page(1)
        if path.startswith("/news/index_") and path.endswith(".html"):
            return 200, self.list_page(int(path[len("/news/index_") : -len(".html")]))
        if path.startswith("/news/2026/") and path.endswith(".html"):
            article_id = int(path.rsplit("/", 1)[1][: -len(".html")])
            if article_id in self.ids and path == article_path(article_id):
                body = article_html(article_id, self.site_name)
                if self.on_article:
                    self.on_article(article_id)
                return 200, body
        return 404, b"not found"

    @contextmanager
    def running(self) -> Iterator[LocalSite]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                if self.path in site.raw:
                    site.hits[self.path] += 1
                    site.raw[self.path](self)
                    return
                status, body = site.respond(self.path)
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.server = _Server(("127.0.0.1", 0), Handler)
        thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self.server.shutdown()
            self.server.server_close()
