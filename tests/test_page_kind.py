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
    # Under a dated line, a column's intro and its list with no heading between them (a
    # list of the page's own, not a trailing block).
    "list under a dated intro, no heading": page(
        f"<div class='wrap'><div>2026-11-20</div><p>{PARA[:40]}。</p><div>{links(8)}</div></div>"
    ),
    # A dated intro in the list's own block is still a column's intro.
    "list under a dated column intro": page(
        f'<div class="col"><div>2026-11-20</div><p>{PARA[:40]}。</p>{links(8)}</div>'
    ),
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
    # Under its dated info line, a one-paragraph item beside another column's ten
    # headlines: the list is not around the item's own block.
    "short news item beside a sidebar list": page(article(1), side=links(10)),
    # The same item with a related block under its own heading after the text, in the
    # item's own wrapper (§4: a trailing block, not the page's list).
    "short news item above a headed related block": page(
        f"<div class='wrap'>{article(1)}<div class='rel'><h3>相关新闻</h3>{links(8)}</div></div>"
    ),
    "paragraphs as sibling divs with links": page(
        '<h1>某某市总工会推出十大措施</h1><div class="content">'
        + "".join(f'<div class="para">{PARA}<a href="/x/{i}">详情</a></div>' for i in range(6))
        + "</div>"
    ),
    # The page's layout blocks (menus, the article, a footer) are siblings of one shape,
    # each with a link: not items of a list, the article holding far more text.
    "layout blocks of one shape": (
        "<html><head><title>某某市总工会推出十大措施_某某市总工会</title></head><body>"
        + "".join(f'<div><a href="/{i}/">{h}</a></div>' for i, h in enumerate(HEADS[:4]))
        + f"<div>{article(5)}<a href='/more/'>更多</a></div>"
        + '<div><a href="/about/">关于我们</a> 版权所有：某某市总工会</div></body></html>'
    ),
    # A one-paragraph item, then related headlines and a comment board whose rules are
    # longer sentences than the item: the article is the item.
    "short item above a comment board's rules": page(
        article(1)
        + "<div><p>相关阅读</p>"
        + links(3, dated=False)
        + "</div><div class='board'><p>发表意见</p>"
        + "".join(f"<p>{PARA}{PARA}</p>" for _ in range(8))
        + "</div>"
    ),
}

# Rule "teasers beside a short article": a teaser's summary under its headline link counts
# little for the block it stands in, and a related block of teasers after a short article
# opens no box the article would follow. The short item is the article; the teasers are
# not its text. (The list page of teasers alone stays a list: "link list with summaries".)
SHORT = "<p>3月5日，某市总工会举办职工书法比赛，200余名职工参赛。</p><p>比赛评出一等奖5名、二等奖10名。</p>"
TEASERS = "".join(
    f'<div class="item"><h3><a href="/b/{i}.html">{h}</a></h3><p>{PARA}</p></div>'
    for i, h in enumerate(HEADS[:8])
)
SHORT_ITEMS = {
    "teasers in a sidebar": page(
        '<h1>某市总工会举办职工书法比赛</h1><div class="info">来源：某市总工会 2024-03-05</div>'
        f'<div class="content">{SHORT}</div>',
        side=TEASERS,
    ),
    "related teasers under the text": page(
        '<h1>某市总工会举办职工书法比赛</h1><div class="info">来源：某市总工会 2024-03-05</div>'
        f'<div class="content">{SHORT}</div><div class="rel"><h2>相关新闻</h2>{TEASERS}</div>'
    ),
}


@pytest.mark.parametrize("name", SHORT_ITEMS)
def test_a_short_item_beside_teasers(name):
    assert extract(SHORT_ITEMS[name]).body_lines == [
        "3月5日，某市总工会举办职工书法比赛，200余名职工参赛。",
        "比赛评出一等奖5名、二等奖10名。",
    ]


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
        (["prose"] * 4 + ["link"] * 7 + ["prose"] * 4, False),  # one related block inside
        (["prose"] * 2 + ["link", "prose"] * 6 + ["prose"], True),  # summaries inside
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


def _texts(*rows: tuple[str, int]) -> list:
    from unionnews.extraction.page import Line

    return [Line(text, link_chars, i, False) for i, (text, link_chars) in enumerate(rows)]


# Rule "span edges": link lines and a short date line opening the span, and headline links
# just before the article's end, are not body. Rows that must not match: a lead sentence
# that opens with a date, links inside the text, a link line after the end.
@pytest.mark.parametrize(
    ("rows", "kept"),
    [
        ([("A-A+", 4), ("2018-02-28 14:31中央社 澎湖縣28日電", 0), (PARA, 0)], [2]),
        ([("2003年5月", 0), (PARA, 0), (PARA, 0)], [1, 2]),
        ([(PARA, 0), (HEADS[0], len(HEADS[0])), (HEADS[1], len(HEADS[1]))], [0]),
        (
            [(PARA, 0), (HEADS[0], len(HEADS[0])), ("※本文版權所有，非經授權，不得轉載。", 0)],
            [0, 2],
        ),
        ([("2026年11月20日，" + PARA, 0), (PARA, 0)], [0, 1]),
        ([(PARA, 0), (HEADS[0], len(HEADS[0])), (PARA, 0)], [0, 1, 2]),
        ([(PARA, 0), ("相关阅读", 0), (HEADS[0], len(HEADS[0]))], [0, 1, 2]),
        ([(HEADS[0], len(HEADS[0])), (HEADS[1], len(HEADS[1]))], [0, 1]),
        # related links inside the text, with bullets and a heading over them
        (
            [
                *[(PARA, 0), ("今日焦点：", 0), ("·", 0), (HEADS[0], len(HEADS[0]))],
                *[("·", 0), (HEADS[1], len(HEADS[1])), (PARA, 0)],
            ],
            [0, 6],
        ),
        ([(PARA, 0), (HEADS[0], len(HEADS[0])), (HEADS[1], len(HEADS[1])), (PARA, 0)], [0, 3]),
        # one link under a trailing-block heading, or on the heading's own line, with the
        # text going on after it (§4)
        ([(PARA, 0), ("【延伸阅读】", 0), (HEADS[0], len(HEADS[0])), (PARA, 0)], [0, 3]),
        ([(PARA, 0), ("相关阅读：" + HEADS[0], len(HEADS[0])), (PARA, 0)], [0, 2]),
        # Rows it must not take: a heading with no link under it, one link under a
        # heading that names no block, a heading and its link with no text after them
        ([(PARA, 0), ("延伸阅读", 0), (PARA, 0), (PARA, 0)], [0, 1, 2, 3]),
        ([(PARA, 0), ("会议强调：", 0), (HEADS[0], len(HEADS[0])), (PARA, 0)], [0, 1, 2, 3]),
        ([(PARA, 0), ("延伸阅读：", 0), (HEADS[0], len(HEADS[0]))], [0, 1, 2]),
        # an attached file closing the text is the article's own, a headline link is not
        ([(PARA, 0), (PARA, 0), ("某某名单.pdf", 8)], [0, 1, 2]),
        ([(PARA, 0), (PARA, 0), ("某某名单", 4)], [0, 1]),
        # attached files are the article's own; one link alone is no box
        (
            [(PARA, 0), ("附件：", 0), ("某某通知.pdf", 8), ("某某名单.xls", 8), (PARA, 0)],
            [0, 1, 2, 3, 4],
        ),
        # another story's teaser after the text: its headline link, summary and date
        (
            [*[(PARA, 0)] * 3, (HEADS[0], len(HEADS[0])), (PARA, 0), ("2024-05-12", 0)],
            [0, 1, 2],
        ),
        # Rows the teaser rule must not take: a link in the text with no date after it,
        # a dated link before the text has begun.
        ([(PARA, 0), (PARA, 0), (HEADS[0], len(HEADS[0])), (PARA, 0), (PARA, 0)], [0, 1, 2, 3, 4]),
        ([("短句。", 0), (HEADS[0], len(HEADS[0])), (PARA, 0), ("2024-05-12", 0)], [0, 1, 2, 3]),
    ],
)
def test_span_edges(rows, kept):
    from unionnews.extraction.page import trim_edges

    lines = _texts(*rows)
    assert trim_edges(lines, list(range(len(lines)))) == kept


# Rule "summary label above the span": a box's label alone just above the span is taken
# in, so the box under it is read as one. Rows that must not match: a heading that is no
# summary label, a label with its text on the same line.
@pytest.mark.parametrize(
    ("above", "kept"),
    [
        ("阅读提示", [1, 2, 3]),
        ("【核心提示】", [1, 2, 3]),
        ("会议现场", [2, 3]),
        ("阅读提示：全国总工会部署职工服务工作。", [2, 3]),
    ],
)
def test_a_summary_label_above_the_span_opens_it(above, kept):
    from unionnews.extraction.page import trim_edges

    lines = _texts(("首页", 2), (above, 0), (PARA, 0), (PARA, 0))
    assert trim_edges(lines, [2, 3]) == kept


def test_a_summary_box_under_its_label_is_not_body():
    box = "全国总工会召开会议，部署职工服务工作，聚焦职工急难愁盼。"
    from unionnews.extract import extract_page

    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：工人日报 2024-05-13</div>'
        f'<div class="content"><p>阅读提示</p><p>{box}</p><p>{PARA}</p><p>{PARA}</p></div>'
    )
    assert extract(html).body_lines[:2] == ["阅读提示", box]
    record = extract_page(html.encode(), "http://www.example.cn/a/1.html", {})
    assert record is not None
    assert record["body"].startswith(PARA)


# Rule "figure caption" (§1): a <figcaption> opening or closing the text is a photo's
# caption, not body; one between paragraphs is body. Row that must not match: the same
# words in a paragraph of their own.
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            f"<figure><img src='/a.jpg'><figcaption>职工在比赛现场</figcaption></figure>{PARA}{PARA}",
            [PARA, PARA],
        ),
        (
            f"{PARA}{PARA}<figure><img src='/b.jpg'><figcaption>职工在比赛现场</figcaption></figure>",
            [PARA, PARA],
        ),
        (
            f"{PARA}<figure><figcaption>职工在比赛现场</figcaption></figure>{PARA}",
            [PARA, "职工在比赛现场", PARA],
        ),
        (f"<p>职工在比赛现场</p>{PARA}{PARA}", ["职工在比赛现场", PARA, PARA]),
        # a caption that repeats its picture's alt text, in the picture's own block
        (
            f"{PARA}{PARA}<div><img src='/c.jpg' alt='职工在比赛现场。（视觉中国）'>"
            "<span>职工在比赛现场。（视觉中国）</span></div>",
            [PARA, PARA],
        ),
        (
            "<div><img src='/c.jpg' alt='职工在比赛现场。'><span>职工在比赛现场。</span></div>"
            f"{PARA}{PARA}",
            [PARA, PARA],
        ),
        # rows that must not match: other words than the alt, an alt too short to tell
        # (the line above the picture, where no caption stands)
        (
            f"{PARA}<div><span>职工在比赛现场。</span><img src='/c.jpg' alt='现场图片'></div>",
            [PARA, "职工在比赛现场。"],
        ),
        (f"{PARA}<div><span>图1</span><img src='/c.jpg' alt='图1'></div>", [PARA, "图1"]),
        # a short line right under a picture, set as a caption: centred, in the picture's
        # own block, or in a block whose class says so
        (
            "<p style='text-align:center'><img src='/a.jpg'></p>"
            f"<p style='text-align: center'>3月5日，职工在比赛现场。</p>{PARA}{PARA}",
            [PARA, PARA],
        ),
        (
            f"{PARA}{PARA}<p align='center'><img src='/a.jpg'></p>"
            "<p align='center'>职工在比赛现场。</p>",
            [PARA, PARA],
        ),
        (f"<p><img src='/a.jpg'><br>职工在比赛现场。</p>{PARA}{PARA}", [PARA, PARA]),
        (
            f"{PARA}{PARA}<p><img src='/a.jpg'></p><p class='pictext'>职工在比赛现场。</p>",
            [PARA, PARA],
        ),
        # a caption over two lines: the credit, then a short line set as a caption
        (
            "<p style='text-align:center'><img src='/a.jpg'></p>"
            "<p style='text-align:center'>摄影：张三</p>"
            f"<p style='text-align:center'>比赛现场</p>{PARA}{PARA}",
            [PARA, PARA],
        ),
        # rows that must not match: a short first paragraph under a lead picture set as
        # the others are; a long line under a centred picture; an icon; a caption between
        # paragraphs
        (
            f"<p><img src='/a.jpg'></p><p>职工在比赛现场。</p>{PARA}{PARA}",
            ["职工在比赛现场。", PARA, PARA],
        ),
        (
            "<p style='text-align:center'><img src='/a.jpg'></p>"
            f"<p style='text-align:center'>{PARA}</p>{PARA}",
            [PARA, PARA],
        ),
        (
            "<p style='text-align:center'><img src='/i.png' width='16'></p>"
            f"<p style='text-align:center'>职工在比赛现场。</p>{PARA}{PARA}",
            ["职工在比赛现场。", PARA, PARA],
        ),
        (
            "<p style='text-align:center'><img src='/a.jpg'></p>"
            f"{PARA}<p style='text-align:center'><img src='/b.jpg'></p>"
            f"<p style='text-align:center'>职工在比赛现场。</p>{PARA}",
            [PARA, "职工在比赛现场。", PARA],
        ),
    ],
)
def test_a_figure_caption_at_the_edges_is_not_body(content, expected):
    paras = content.replace(PARA, f"<p>{PARA}</p>")
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：工人日报 2024-05-13</div>'
        f'<div class="content">{paras}</div>'
    )
    assert extract(html).body_lines == expected


# Rule "verse": a poem's short lines under a dated info line are an article. Rows that
# must not match: no date above them, too few lines, lines that are links.
_VERSE = [
    "清晨的第一缕阳光",
    "照在工地的脚手架上",
    "你弯下腰",
    "把汗水洒进大地",
    "机器轰鸣",
    "是你写给时代的诗行",
    "炉火通红",
]


@pytest.mark.parametrize(
    ("info", "verse", "link", "article"),
    [
        ("来源：某某市总工会 2024-05-01", _VERSE, False, True),
        ("来源：某某市总工会", _VERSE, False, False),
        ("来源：某某市总工会 2024-05-01", _VERSE[:5], False, False),
        ("来源：某某市总工会 2024-05-01", _VERSE, True, False),
    ],
)
def test_a_poem_is_an_article(info, verse, link, article):
    lines = "".join(
        f"<p><a href='/{i}'>{v}</a></p>" if link else f"<p>{v}</p>" for i, v in enumerate(verse)
    )
    html = page(
        f'<h1>致敬劳动者</h1><div class="info">{info}</div><div class="content">{lines}</div>'
    )
    try:
        parts = extract(html)
    except NotAnArticle:
        assert not article
    else:
        assert article
        assert parts.body_lines == verse


# Rule "précis box": a first line alone in a block of another kind than the paragraphs
# after it, or alone in a quotation block or a box over them, is a boxed précis (§1).
# Rows that must not match: an editor's note, a first paragraph in a <p>, a block that
# wraps the paragraphs, one paragraph after the box.
_BOX = "某某市总工会推出十大措施，为职工办实事，受到广大职工欢迎。"


@pytest.mark.parametrize(
    ("content", "first"),
    [
        (f'<div class="intro">{_BOX}</div><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>', PARA),
        (f"<div>编者按：{_BOX}</div><p>{PARA}</p><p>{PARA}</p>", f"编者按：{_BOX}"),
        (f"<p>{_BOX}</p><p>{PARA}</p><p>{PARA}</p>", _BOX),
        (f"<div>{_BOX}<p>{PARA}</p><p>{PARA}</p></div>", _BOX),
        (f"<div>{_BOX}</div><p>{PARA}</p>", _BOX),
        # a quotation block is a box, with or without a <p> inside; rows that must not
        # match: an editor's note in it, a quotation holding several paragraphs
        (f"<blockquote>{_BOX}</blockquote><p>{PARA}</p><p>{PARA}</p>", PARA),
        (f"<blockquote><p>{_BOX}</p></blockquote><p>{PARA}</p><p>{PARA}</p>", PARA),
        (
            f"<blockquote>编者按：{_BOX}</blockquote><p>{PARA}</p><p>{PARA}</p>",
            f"编者按：{_BOX}",
        ),
        (
            f"<blockquote><p>{_BOX}</p><p>{_BOX}</p></blockquote><p>{PARA}</p><p>{PARA}</p>",
            _BOX,
        ),
        # a paragraph alone in a block over the paragraphs; rows that must not match:
        # every paragraph boxed alike, a box of several lines
        (f'<div class="summary"><p>{_BOX}</p></div><p>{PARA}</p><p>{PARA}</p>', PARA),
        (f"<div><p>{_BOX}</p></div><div><p>{PARA}</p></div><div><p>{PARA}</p></div>", _BOX),
        (f"<div><p>{_BOX}</p><p>{_BOX}</p></div><p>{PARA}</p><p>{PARA}</p>", _BOX),
    ],
)
def test_a_boxed_precis_opening_the_text(content, first):
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：工人日报 2024-05-13</div>'
        f'<div class="content">{content}</div>'
    )
    assert extract(html).body_lines[0] == first


# Rule "announced list": the items a closing line announces with a colon are the text's.
# Rows that must not match: a last line that announces nothing, links after the colon, a
# trailing block's heading after it.
_ITEMS = "<ul><li>完善服务阵地建设</li><li>强化督导检查</li></ul>"
_LINKS = "<ul><li><a href='/1'>完善服务阵地建设</a></li><li><a href='/2'>强化督导检查</a></li></ul>"


@pytest.mark.parametrize(
    ("after", "span_end", "expected"),
    [
        (
            f"<p>将重点做好以下工作：</p>{_ITEMS}",
            "将重点做好以下工作：",
            ["将重点做好以下工作：", "完善服务阵地建设", "强化督导检查"],
        ),
        (f"<p>将重点做好以下工作。</p>{_ITEMS}", "将重点做好以下工作。", ["将重点做好以下工作。"]),
        (f"<p>将重点做好以下工作：</p>{_LINKS}", "将重点做好以下工作：", ["将重点做好以下工作："]),
        (
            f"<p>将重点做好以下工作：</p><p>相关阅读</p>{_ITEMS}",
            "将重点做好以下工作：",
            ["将重点做好以下工作："],
        ),
        # the span took the first item alone: the other items follow it; rows that must
        # not match: no line announces the items, links
        (
            f"<p>将重点做好以下工作：</p>{_ITEMS}",
            "完善服务阵地建设",
            ["完善服务阵地建设", "强化督导检查"],
        ),
        (f"<p>将重点做好以下工作。</p>{_ITEMS}", "完善服务阵地建设", ["完善服务阵地建设"]),
        (f"<p>将重点做好以下工作：</p>{_LINKS}", "完善服务阵地建设", ["完善服务阵地建设"]),
    ],
)
def test_the_items_a_closing_line_announces(after, span_end, expected):
    # The rule alone, on a span that ends with the line or among its items: the line
    # model may take short items into the span by itself, which the rule neither needs
    # nor forbids.
    from unionnews.extraction.page import _with_announced_items, read_anatomy

    html = page(f'<div class="content"><p>{PARA}</p><p>{PARA}</p>{after}</div>')
    anatomy = read_anatomy(html)
    texts = [line.text for line in anatomy.lines]
    span = list(range(texts.index(PARA), texts.index(span_end) + 1))
    got = _with_announced_items(anatomy.walker, anatomy.lines, span)
    assert [texts[i] for i in got[len(span) - 1 :]] == expected


def test_the_items_closing_the_text_are_kept_in_its_record():
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：工人日报 2024-05-13</div>'
        f'<div class="content"><p>{PARA}</p><p>{PARA}</p><p>将重点做好以下工作：</p>{_ITEMS}</div>'
    )
    assert extract(html).body_lines[-3:] == [
        "将重点做好以下工作：",
        "完善服务阵地建设",
        "强化督导检查",
    ]


# Inside the text, the announced items weigh nothing against it: a long list does not
# split the text. Rows that must not match: a line that announces nothing, a label line
# (来源：), links after the colon.
@pytest.mark.parametrize(
    ("before", "items", "neutral"),
    [
        ("<p>十项举措主要包括：</p>", "<li>{}号举措落实到位</li>", True),
        ("<p>十项举措主要包括。</p>", "<li>{}号举措落实到位</li>", False),
        ("<p>来源：</p>", "<li>{}号举措落实到位</li>", False),
        ("<p>十项举措主要包括：</p>", "<li><a href='/{0}'>{0}号举措落实到位</a></li>", False),
    ],
)
def test_announced_items_weigh_nothing(before, items, neutral):
    from unionnews.extraction.page import announced_values, read_anatomy

    listed = "".join(items.format(i) for i in range(1, 13))
    html = page(f'<div class="content"><p>{PARA}</p>{before}<ul>{listed}</ul><p>{PARA}</p></div>')
    anatomy = read_anatomy(html)
    values = announced_values(anatomy, [-1.0] * len(anatomy.lines))
    at = [i for i, line in enumerate(anatomy.lines) if "号举措" in line.text]
    assert len(at) == 12
    assert all(values[i] == (0.0 if neutral else -1.0) for i in at)


def test_a_long_announced_list_does_not_split_the_text():
    listed = "".join(f"<li>{i}号举措落实到位</li>" for i in range(1, 13))
    last = "据悉，十项举措将于下月起全面实施，市总工会将加强督导检查，确保各项举措落地见效。"
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：工人日报 2024-05-13</div>'
        f'<div class="content"><p>{PARA}</p><p>十项举措主要包括：</p><ul>{listed}</ul>'
        f"<p>{last}</p></div>"
    )
    got = extract(html).body_lines
    assert (got[0], got[-1], len(got)) == (PARA, last, 15)


# Rule "thread or answers page" (§7): a forum thread's or a Q&A page's own furniture on
# short lines of their own. Rows that must not match: an article whose text names a floor
# or an answer, a thread word alone or two, a recommendation heading.
@pytest.mark.parametrize(
    ("lines", "kind"),
    [
        ([PARA, "楼主", PARA, "沙发", "只看该作者", PARA], "forum thread"),
        ([PARA, "积分：235", "帖子：12", "#2楼", PARA], "forum thread"),
        (["为什么有些人还努力工作？", "3个回答", PARA], "answers page"),
        ([PARA, "查看全部 22 个回答"], "answers page"),
        ([PARA, "已采纳", PARA], "answers page"),
        ([PARA, "楼主", PARA, "沙发"], None),  # two thread words
        (["楼主介绍说，这栋楼已有五十年历史，积分制管理让职工参与热情很高。", PARA], None),
        ([PARA, "他的回答是：3个回答都不对，要重新研究，再向职工作出说明。"], None),
        ([PARA, "为你推荐", "积分商城上线"], None),
        # A forum's buttons and notes anywhere on a short line: two different ones.
        ([PARA, "[ 回复本贴 ] [ 跟从标题 ] [ 关闭本窗口 ]", PARA], "forum thread"),
        (["张三 · 1 月前 · 最后由 李四 回复于 19 天前", PARA, "共收到 10 条回复"], "forum thread"),
        ([PARA, "查看完整版本: 某某问题", "Powered by Discuz! Archiver 5.0.0"], "forum thread"),
        (
            ["发布 #1 2023年10月2日 13点56分", PARA, "发布 #4 2023年10月11日", PARA, "最新回复"],
            "forum thread",
        ),
        (["王五 | 2024-01-06 被采纳", PARA], "answers page"),
        ([PARA, "最新回复", PARA], None),  # one sidebar box of a news page
        ([PARA, "#两会# 职工代表建言", "#职工说#", PARA], None),  # hashtags are no floors
        ([PARA, "发表评论", "共 12 条评论", "最新评论"], None),  # a news page's comment box
        (
            [
                PARA,
                "市总工会已对职工反映的问题作出回复，于三月底前办结，职工代表对回复于会上表示满意。",
            ],
            None,
        ),
        ([PARA, "他的建议被采纳"], None),  # no stamp: not an answer's line
    ],
)
def test_a_thread_or_answers_page(lines, kind):
    from unionnews.extraction.page import thread_or_answers

    assert thread_or_answers(lines) == kind


# Rule "several posts" (§7): a blog archive's posts, each a headline over its time and its
# text. Rows that must not match: one article's headline over its date, dated headline
# links in a sidebar, a chronicle's dates with no time, two posts.
def _post(head: str, stamp: str, link: bool = False) -> str:
    title = f'<a href="/p.html">{head}</a>' if link else head
    return f"<h3>{title}</h3><h4>{stamp}</h4><p>{PARA}</p><p>[打印]</p>"


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([_post(f"第{n}篇随笔", f"2005-06-1{n} 05:42:56") for n in range(3)], True),
        ([_post(f"第{n}篇随笔", f"2005年6月1{n}日 15:00") for n in range(4)], True),
        ([_post("某某市总工会推出十大措施", "2024-03-05 10:20")], False),
        ([_post(f"第{n}篇随笔", f"2005-06-1{n} 05:42:56", link=True) for n in range(3)], False),
        ([_post(f"第{n}项工作", f"2023年{n + 3}月5日") for n in range(3)], False),
        ([_post(f"第{n}篇随笔", f"2005-06-1{n} 05:42:56") for n in range(2)], False),
    ],
)
def test_several_posts(blocks, expected):
    from unionnews.extraction.page import read_anatomy, several_posts

    assert several_posts(read_anatomy(page("".join(blocks))).lines) is expected


# Rule "encyclopedia entry" (§7): the site names itself an encyclopedia, or two section
# headings carry edit links. Rows that must not match: a news site's own name, a health
# column's name in the headline, one edit link, an editor's credit in brackets.
@pytest.mark.parametrize(
    ("meta", "lines", "headline", "expected"),
    [
        ({"og:site_name": "某某百科"}, [PARA], "金钟国", True),
        ({"html_title": "金钟国 - 维基百科，自由的百科全书"}, [PARA], "金钟国", True),
        ({"html_title": "Example - Wikipedia"}, [PARA], "Example", True),
        ({}, ["简介[编辑]", PARA, "经历[编辑]", PARA], "金钟国", True),
        ({"html_title": "职工健康知识_某某网"}, [PARA], "职工健康知识", False),
        ({"html_title": "健康百科知识进企业_某某市总工会"}, [PARA], "健康百科知识进企业", False),
        ({}, ["简介[编辑]", PARA], "金钟国", False),
        ({}, [PARA, "[编辑：张三]", "【编辑】"], "某某新闻", False),
    ],
)
def test_an_encyclopedia_entry(meta, lines, headline, expected):
    from unionnews.extraction.page import encyclopedia_entry

    assert encyclopedia_entry(meta, lines, headline) is expected


# Rule "e-paper issue date": a dated line above the headline beside the issue's links or
# its page number. Rows that must not match: a portal's "today" bar, a dated headline link,
# a page number with no date.
@pytest.mark.parametrize(
    ("above", "expected"),
    [
        (["2024年05月13日 星期一 上一期 下一期", "第01版：要闻"], "2024年05月13日"),
        (["某某工人报 2024-05-13 第０３版：工会"], "2024-05-13"),
        (["今天是2024年5月13日 星期一 欢迎访问"], None),
        (["职工技能大赛开赛 2024-05-12"], None),
        (["第01版：要闻 上一版 下一版"], None),
        (["安徽工人日报社 2025-09-30 报刊:安徽工人日报"], "2025-09-30"),
        (["当前刊期: 2025年1月15日 星期三 日历查看"], "2025年1月15日"),
        (["报刊亭里的劳模故事 2024-05-12"], None),  # a headline link with its date
        # the date alone in the cell beside the bar's links or the page number; rows that
        # must not match: a date line two lines away, a headline with its date beside them
        (["2024年05月12日 星期日", "往期回顾", "第03版：工会新闻"], "2024年05月12日"),
        (["第03版：工会新闻", "2024-05-12"], "2024-05-12"),
        (["2024年05月12日 星期日", "首页", "第03版：工会新闻"], None),
        (["职工技能大赛开赛 2024-05-12", "第03版：工会新闻"], None),
    ],
)
def test_an_e_paper_issue_date(above, expected):
    from unionnews.extraction.page import issue_line

    assert issue_line(above) == expected


# Rule "related box inside the text" (§4): a box of related links between the text's own
# paragraphs (children of one element) is not body, and the article goes on after it,
# whether the box stands above or below the best-scoring run of lines. Rows that must
# not match: a box that closes the text, paragraphs after it in another block, one line
# after it (another story's summary under its link reads the same).
_OWN = [
    "五月十日，某某市总工会举办职工运动会，来自全市各行业的一千二百名职工参加比赛。",
    "比赛设田径、拔河、跳绳等八个项目，职工们奋勇争先，赛出了风格，赛出了水平。",
    "据了解，职工运动会已连续举办十届，成为全市职工喜闻乐见的文体品牌活动。",
    "市总工会有关负责人表示，将继续丰富职工文体生活，增强职工队伍凝聚力。",
]
_OTHER = "另一篇报道的摘要写在侧栏里，说的是别的工会举办的别的活动，与本文无关。"


def _box(heading: bool = True) -> str:
    items = "".join(f'<li><a href="/r/{i}.html">{HEADS[i]}</a></li>' for i in range(2))
    return ("<p>相关阅读：</p>" if heading else "") + f"<ul>{items}</ul>"


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


@pytest.mark.parametrize(
    ("content", "after", "body"),
    [
        (_ps(_OWN[:1]) + _box() + _ps(_OWN[1:]), "", _OWN),
        (_ps(_OWN[:1]) + _box(heading=False) + _ps(_OWN[1:]), "", _OWN),
        (_ps(_OWN[:2]) + _box() + _ps(_OWN[2:]), "", _OWN),
        (_ps(_OWN) + _box(), "", _OWN),
        (_ps(_OWN) + _box(), f"<p>{_OTHER}</p>", _OWN),
        (_ps(_OWN) + _box() + _ps([_OTHER]), "", _OWN),
        (_ps(_OWN[:3]) + _box() + _ps(_OWN[3:]), "", _OWN[:3]),
    ],
)
def test_a_related_box_inside_the_text(content, after, body):
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：某某市总工会 2026-11-20</div>'
        f'<div class="content">{content}</div><div class="more">{after}</div>'
    )
    assert extract(html).body_lines == body


# Rule "closing glued to the last paragraph" (§3): the paragraph whose closing (an editor's
# line, a credit, a provenance note) is glued to it stays the text's last paragraph.
# Rows that must not match: such a line in another block after the text.
@pytest.mark.parametrize(
    ("content", "after", "last"),
    [
        (_ps(_OWN[:3]) + f"<p>{_OWN[3]}（责任编辑：张三）</p>", "", _OWN[3]),
        (_ps(_OWN[:3]) + f"<p>{_OWN[3]}（来源：某某日报）</p>", "", _OWN[3]),
        (_ps(_OWN[:3]) + f"<p>{_OWN[3]}（王鑫 方大丰）</p>", "", _OWN[3]),
        (_ps(_OWN[:3]), f"<p>{_OTHER}（责任编辑：张三）</p>", _OWN[2]),
    ],
)
def test_a_closing_glued_to_the_last_paragraph(content, after, last):
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：某某市总工会 2026-11-20</div>'
        f'<div class="content">{content}</div><div class="more">{after}</div>'
    )
    assert read_page_record(html)["body"].split("\n")[-1] == last


def read_page_record(html: str) -> dict:
    from unionnews.extract import extract_page

    record = extract_page(
        html.encode(), "http://example.org/a/1.html", {"Content-Type": "text/html"}
    )
    assert record is not None
    return record


# A table inside the text reads a row to a line. Rows that must not match: lines of one
# cell broken with <br>, a table of one cell per row.
@pytest.mark.parametrize(
    ("table", "lines"),
    [
        (
            "<table><tr><td>序号</td><td>姓名</td><td>单位</td></tr>"
            "<tr><td>1</td><td>张三</td><td>某某公司</td></tr></table>",
            ["序号 姓名 单位", "1 张三 某某公司"],
        ),
        (
            "<table><tr><td>张三 某某公司<br>李四 某某工厂</td></tr></table>",
            ["张三 某某公司", "李四 某某工厂"],
        ),
        (
            "<table><tr><td>张三 某某公司</td></tr><tr><td>李四 某某工厂</td></tr></table>",
            ["张三 某某公司", "李四 某某工厂"],
        ),
    ],
)
def test_a_table_inside_the_text_reads_a_row_to_a_line(table, lines):
    content = _ps(_OWN[:2]) + "<p>附件：获奖名单</p>" + table + _ps(_OWN[2:])
    html = page(
        '<h1>某某市总工会推出十大措施</h1><div class="info">来源：某某市总工会 2026-11-20</div>'
        f'<div class="content">{content}</div>'
    )
    body = extract(html).body_lines
    at = body.index("附件：获奖名单") + 1
    assert body[at : at + len(lines)] == lines
