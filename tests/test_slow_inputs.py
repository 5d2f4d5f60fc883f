"""Inputs that made extraction freeze (quadratic scans): each still gives its record.

Their speed is measured by benchmarks/slow_inputs.py (seconds per input beside a normal
page in the same run); here each must read and give the article, and a scan that went
quadratic again would keep this file running for minutes.
"""

from __future__ import annotations

import pytest

from unionnews.extract import extract_page

URL = "http://www.example-zgh.org.cn/news/1.html"
PARA = (
    "<p>某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。</p>"
    "<p>措施要求各级工会把服务职工摆在首位，推动职工之家建设提质增效。</p>"
)


def page(head: str = "", body: str = "") -> bytes:
    return (
        f"<html><head><title>职工运动会开幕_某某网</title></head><body><h1>职工运动会开幕</h1>"
        f"<div class='info'>{head}</div><div class='content'>{PARA}{body}</div></body></html>"
    ).encode()


SLOW = {
    "60,000-character credit line": page(body="<p>记者" + "张三李四王五" * 10_000 + "</p>"),
    "credit line of role words": page(body="<p>" + "记者通讯员" * 12_000 + "</p>"),
    "100,000-digit run in the info line": page(head="来源：工人日报 时间：" + "1" * 100_000),
    "100,000 digits then 小时前": page(head="发布：" + "9" * 100_000 + "小时前"),
    "5,000 paragraphs": page(body="".join(f"<p>第{i}段，职工技能提升。</p>" for i in range(5_000))),
    "5,000 summary-like lead lines": page(
        body="<p>导读</p>" + "<p>一二三四五六七八九十一二三四五六七八九十</p>" * 5_000
    ),
    "long run of closing parentheses": page(body="<p>结束。" + "（" * 50_000 + "</p>"),
    "a 200,000-character line": page(body="<p>" + "职工" * 100_000 + "</p>"),
}


@pytest.mark.parametrize("name", SLOW)
def test_slow_input_still_gives_the_article(name):
    record = extract_page(SLOW[name], URL, {"Content-Type": "text/html; charset=utf-8"})
    assert record is not None, name
    assert record["title"] == "职工运动会开幕"
    assert record["body"].startswith("某某市总工会近日推出十大措施")
