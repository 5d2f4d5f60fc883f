"""Site hooks: a site module's selectors and loader subclass, used only where given."""

from datetime import datetime, timezone

from itemloaders.processors import Compose, TakeFirst
from scrapy.http import HtmlResponse

from unionnews.extraction.page import Hints, extract
from unionnews.loaders import ArticleLoader
from unionnews.parse import parse_article
from unionnews.sites.base import Site

SHORT = "市总工会近日为一线职工送去慰问品，共计慰问职工两百余人，覆盖建筑、环卫、快递等行业。"
LONG = "网友留言：工会的服务越来越贴心了，希望多办这样的活动，让更多的职工受益，点赞点赞！"
PAGE = f"""<html><head><title>某某网</title></head><body>
<h1>某某网</h1>
<div class="t">市总工会慰问一线职工</div>
<div class="meta">来源：某某工人报 2026-11-20 09:30</div>
<div class="art"><p>{SHORT}</p></div>
<div class="comments">{"".join(f"<p>{LONG}</p>" for _ in range(6))}</div>
</body></html>"""
HINTS = Hints(title="div.t", body="div.art", info="div.meta")


def test_generic_reader_alone_takes_the_comments():
    parts = extract(PAGE)
    assert parts.body_lines[0] == LONG  # why a site would give hints


def test_hints_give_title_body_and_info_line():
    parts = extract(PAGE, HINTS)
    assert parts.title == "市总工会慰问一线职工"
    assert parts.body_lines == [SHORT]
    assert parts.head_lines[0] == "来源：某某工人报 2026-11-20 09:30"


def test_a_hint_that_matches_nothing_falls_back():
    assert extract(PAGE, Hints(body="div.nothing")).body_lines == extract(PAGE).body_lines


def _full_paper_name(value: str | None) -> str | None:
    return value.replace("某某工人报", "某某工人日报") if value else value


class UpperSourceLoader(ArticleLoader):
    """A site whose 来源 names need a fix of their own."""

    source_out = Compose(TakeFirst(), _full_paper_name)


def test_site_hints_and_loader_reach_the_record():
    site = Site(
        name="example",
        label="某某网",
        domains=("example.cn",),
        start_urls=(),
        article_url=r"/a/",
        hints=HINTS,
        loader=UpperSourceLoader,
    )
    response = HtmlResponse("http://www.example.cn/a/1.html", body=PAGE.encode(), encoding="utf-8")
    item = parse_article(response, now=datetime(2026, 11, 21, tzinfo=timezone.utc), site=site)
    assert item.title == "市总工会慰问一线职工"
    assert item.body == SHORT
    assert item.published_at == "2026-11-20T09:30:00+08:00"
    assert item.source == "某某工人日报"
