"""Rules that tell an article from a page that is not one (conventions §7), each on its own.

Rows that must not match are articles with the furniture that looks like a list: a
sidebar of dated headlines, an attachment list, a related block, a short news item.
"""

import pytest

from unionnews.extraction.page import NotAnArticle, extract

HEADS = [f"某某市总工会开展第{n}批职工技能培训活动" for n in range(1, 13)]
PARA = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"


def page(main: str, side: str = "") -> str:
    return f"""<html><head><title>某某市总工会推出十大措施_某某市总工会</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a/">工会要闻</a></div>
<div class="main">{main}</div><div class="side">{side}</div>
<div class="foot">版权所有：某某市总工会</div></body></html>"""


def links(n: int, dated: bool = True, tag: str = "li") -> str:
    def date(i: int) -> str:
        return f"<span>2026-11-{i + 1:02d}</span>" if dated else ""

    items = "".join(
        f'<{tag}><a href="/a/{i}.html">{h}</a>{date(i)}</{tag}>' for i, h in enumerate(HEADS[:n])
    )
    return f"<ul>{items}</ul>"


def article(paragraphs: int, extra: str = "") -> str:
    ps = "".join(f"<p>{PARA}</p>" for _ in range(paragraphs))
    return f'<h1>某某市总工会推出十大措施</h1><div class="info">来源：某某市总工会 2026-11-20</div><div class="content">{ps}{extra}</div>'


NOT_ARTICLES = {
    "link list with summaries": page(
        "<div>"
        + "".join(
            f'<div class="item"><h3><a href="/a/{i}.html">{h}</a></h3><p>{PARA}</p></div>'
            for i, h in enumerate(HEADS)
        )
        + "</div>"
    ),
    "list beside a column intro": page(links(8), side=f"<p>{PARA[:40]}。</p>"),
    "notice table": page(
        "<table>"
        + "".join(
            f'<tr><td><a href="/n/{i}.pdf">{h}</a></td><td>[2026-11-{i + 1:02d}]</td></tr>'
            for i, h in enumerate(HEADS[:8])
        )
        + "</table>",
        side=f"<p>{PARA}</p>",
    ),
    "forum board": page(
        "<div>"
        + "".join(
            f'<div class="thread"><div class="t"><a href="/t/{i}">{h}</a></div><div class="abs">{PARA}</div><div class="u"><a href="/u/{i}">用户</a></div></div>'
            for i, h in enumerate(HEADS[:6])
        )
        + "</div>"
    ),
}

ARTICLES = {
    "sidebar of dated headlines": page(article(4), side=links(10)),
    "attachment list": page(
        article(
            6,
            "<p>附件：</p>"
            + "".join(f'<p><a href="/f/{i}.pdf">{h}.pdf</a></p>' for i, h in enumerate(HEADS[:3])),
        )
    ),
    "related block in the container": page(article(3, "<p>相关阅读</p>" + links(8))),
    "related links after the text, no heading": page(article(4, links(8, dated=False))),
    "short news item": page(article(1), side=links(5)),
    "paragraphs as sibling divs with links": page(
        '<h1>某某市总工会推出十大措施</h1><div class="content">'
        + "".join(f'<div class="para">{PARA}<a href="/x/{i}">详情</a></div>' for i in range(6))
        + "</div>"
    ),
}


@pytest.mark.parametrize("name", NOT_ARTICLES)
def test_not_an_article(name):
    with pytest.raises(NotAnArticle):
        extract(NOT_ARTICLES[name])


@pytest.mark.parametrize("name", ARTICLES)
def test_article_is_kept(name):
    parts = extract(ARTICLES[name])
    assert any(line.startswith(PARA) for line in parts.body_lines)


def _lines(*kinds: str) -> list:
    from unionnews.extraction.page import Line

    out = []
    for i, kind in enumerate(kinds):
        if kind == "link":
            text = HEADS[i % len(HEADS)]
            out.append(Line(text, len(text), i, False))
        else:
            out.append(Line(PARA, 0, i, False))
    return out


# Rule "link list": headline links standing between the prose lines (a list with
# summaries, or links alone) make a list. Rows that must not match: an article's
# paragraphs with a block of related links after them or before them.
@pytest.mark.parametrize(
    ("kinds", "is_list"),
    [
        (["link", "prose"] * 6, True),  # headlines with their summaries
        (["link"] * 8, True),  # headlines alone
        (["prose"] + ["link"] * 7 + ["prose"], True),  # a list between an intro and a note
        (["prose"] * 8 + ["link"] * 7, False),  # the text, then related links
        (["link"] * 6 + ["prose"] * 8, False),  # related links, then the text
        (["prose"] * 8 + ["link"] * 3 + ["prose"] + ["link"] * 4, False),  # a box inside
    ],
)
def test_link_list_rule(kinds, is_list):
    from unionnews.extraction.page import link_list_reason

    assert (link_list_reason(_lines(*kinds)) is not None) is is_list


def test_a_later_page_of_an_article_is_read_whatever_its_length():
    # Page 2 of a split article holds its last short paragraph and the page links: read
    # alone it looks like no article; read as a continuation it gives its text.
    from unionnews.extraction.page import NotAnArticle

    last = "活动共吸引职工两千余人参加。"
    html = page(
        f'<h1>某某市总工会推出十大措施</h1><div class="content"><p>{last}</p>'
        '<div class="pages"><a href="1.html">上一页</a> <a href="1.html">1</a> 2</div></div>'
    )
    with pytest.raises(NotAnArticle):
        extract(html)
    assert extract(html, continuation=True).body_lines[0] == last
