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
