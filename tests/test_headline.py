"""Rule "headline over several lines": the parts of a headline broken with <br> are one
title while the whole stands in <title>; lines that are not part of it stay out."""

import pytest

from unionnews.extraction.page import extract

PARA = "<p>某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。</p>"


def page(title_tag: str, headline_html: str) -> str:
    return (
        f"<html><head><title>{title_tag}</title></head><body>"
        f"<h1>{headline_html}</h1><div class='info'>来源：某某日报 2026-11-20</div>"
        f"<div class='content'>{PARA * 3}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("title_tag", "headline_html", "expected"),
    [
        # three parts, as a law or resolution is set
        (
            "全国人民代表大会常务委员会关于批准某某事项的决议_某某网",
            "全国人民代表大会常务委员会<br>关于批准某某事项的决议",
            "全国人民代表大会常务委员会关于批准某某事项的决议",
        ),
        (
            "某某市总工会启动职工技能大赛 千名职工参赛",
            "某某市总工会启动职工技能大赛<br>千名职工参赛",
            "某某市总工会启动职工技能大赛千名职工参赛",
        ),
        # must not join: a subtitle that is not in <title>
        (
            "某某市总工会启动职工技能大赛_某某网",
            "某某市总工会启动职工技能大赛<br>——记某某劳模",
            "某某市总工会启动职工技能大赛",
        ),
        # must not join: a one-line headline
        (
            "某某市总工会启动职工技能大赛_某某网",
            "某某市总工会启动职工技能大赛",
            "某某市总工会启动职工技能大赛",
        ),
    ],
)
def test_headline_over_several_lines(title_tag, headline_html, expected):
    parts = extract(page(title_tag, headline_html))
    assert parts.title == expected
    assert parts.body_lines[0].startswith("某某市总工会近日推出十大措施")


# Rule "date in the headline's element": a full date set off by a space at the very end
# is the page's date, not the headline's. Rows that must not match: a year inside the
# words, a date with no space before it, a headline too short to be one without it.
@pytest.mark.parametrize(
    ("title", "headline", "stamp"),
    [
        (
            "林義雄宣布停止禁食 願再為台奮鬥 2014-04-30 14:49",
            "林義雄宣布停止禁食 願再為台奮鬥",
            "2014-04-30 14:49",
        ),
        ("某某市总工会召开全委会 2026年11月20日", "某某市总工会召开全委会", "2026年11月20日"),
        ("2024年全国职工技能大赛开幕", "2024年全国职工技能大赛开幕", None),
        ("职工运动会定于2026-11-20", "职工运动会定于2026-11-20", None),
        ("通知 2026-11-20", "通知 2026-11-20", None),
        (None, None, None),
    ],
)
def test_a_date_after_the_headline_is_the_date(title, headline, stamp):
    from unionnews.extraction.page import split_title_stamp

    assert split_title_stamp(title) == (headline, stamp)


# Rule "headline among headings": where the <title> names only the site or the paper (an
# e-paper's page), the headline is the last heading before the text, or the one above it
# that ranks higher (<h3>kicker <h1>headline <h3>subtitle); a dash-led subtitle is never
# the headline, nor is a breadcrumb set as a heading. Rows that must not match: headings of
# one rank (the last is taken), a higher-ranked heading above a run of other lines.
def _epaper(heads: str) -> str:
    return (
        f"<html><head><title>某某工人报</title></head><body>{heads}"
        f"<div class='content'>{PARA * 3}</div></body></html>"
    )


@pytest.mark.parametrize(
    ("heads", "expected"),
    [
        (
            "<h3>聚焦产业工人队伍建设改革</h3><h1>某区总工会推出技能提升行动</h1><h3>三年培训职工五万人次</h3>",
            "某区总工会推出技能提升行动",
        ),
        (
            "<h2>某市总工会为骑手送温暖</h2><h4>——走访慰问快递小哥三千余人</h4>",
            "某市总工会为骑手送温暖",
        ),
        ("<h3>首页 - 新闻动态</h3><h5>某市总工会举办职工运动会</h5>", "某市总工会举办职工运动会"),
        (
            "<h3>聚焦产业工人队伍建设改革</h3><h3>某区总工会推出技能提升行动</h3>",
            "某区总工会推出技能提升行动",
        ),
        (
            "<h1>今日导读栏目</h1><p>第02版：工会</p><h3>某区总工会推出技能提升行动</h3>",
            "某区总工会推出技能提升行动",
        ),
    ],
)
def test_the_headline_among_headings(heads, expected):
    assert extract(_epaper(heads)).title == expected


# A kicker set apart from the headline's heading (a <div> over the <h1>) is not the title,
# even when <title> holds it too (§1). Row that must not match: the kicker's words inside
# the heading, broken with <br>.
@pytest.mark.parametrize(
    ("above", "headline_html", "expected"),
    [
        (
            "<div class='yt'>高温下的坚守</div>",
            "某某市总工会为一线职工送清凉",
            "某某市总工会为一线职工送清凉",
        ),
        (
            "",
            "高温下的坚守<br>某某市总工会为一线职工送清凉",
            "高温下的坚守某某市总工会为一线职工送清凉",
        ),
    ],
)
def test_a_kicker_beside_the_heading_is_no_title(above, headline_html, expected):
    html = (
        "<html><head><title>高温下的坚守 某某市总工会为一线职工送清凉_某某网</title></head><body>"
        f"{above}<h1>{headline_html}</h1><div class='info'>来源：某某日报 2026-11-20</div>"
        f"<div class='content'>{PARA * 3}</div></body></html>"
    )
    assert extract(html).title == expected
