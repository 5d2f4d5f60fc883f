"""Rules of the field reader that stand on header lines (unionnews/extraction/fields.py)."""

import pytest

from unionnews.extraction.fields import _join_split_dates, platform_account


# Rule "platform account": the self-media account beside its platform's name, or on the
# line before it. Rows that must not match: furniture or a date before the platform,
# a platform word inside a sentence.
@pytest.mark.parametrize(
    ("line", "previous", "expected"),
    [
        ("企鹅号", "扬眼", "扬眼"),
        ("某某职工之家 百家号", "", "某某职工之家"),
        ("头条号", "某某工会", "某某工会"),
        ("企鹅号", "分享", None),  # furniture, not an account
        ("企鹅号", "2019-09-07 19:02", None),  # a date, not an account
        ("公众号", "", None),  # nothing beside it
        ("欢迎关注我们的微信公众号，获取更多职工服务信息", "扬眼", None),  # prose
    ],
)
def test_platform_account(line, previous, expected):
    assert platform_account(line, previous) == expected


# A date split over lines (2019 / 09/07 / 19:02) is one date; other short lines stay.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["2019", "09/07", "19:02"], ["2019/09/07 19:02"]),
        (["09/07", "19:02", "扬眼"], ["09/07 19:02", "扬眼"]),
        (["2019", "职工运动会开幕"], ["2019", "职工运动会开幕"]),  # a year alone
        (["共12条", "19:02"], ["共12条", "19:02"]),  # a time after no date
    ],
)
def test_split_dates_are_joined(lines, expected):
    assert _join_split_dates(lines) == expected


# Rule "a writer beside the date": a person's name beside the date that the byline
# credits is the writer, not the outlet. Rows that must not match: an outlet beside the
# date, a name the credits do not give.
@pytest.mark.parametrize(
    ("beside", "byline", "source_raw"),
    [
        ("王鼎鈞", "記者王鼎鈞／台北報導", None),
        ("某某日报", "记者 王鼎钧", "某某日报"),
        ("某某晚报", "记者 某某晚报", "某某晚报"),  # an outlet is never a person
    ],
)
def test_a_writer_beside_the_date_is_no_outlet(beside, byline, source_raw):
    from unionnews.extraction.fields import read_fields
    from unionnews.extraction.page import PageParts

    para = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手。"
    parts = PageParts(
        title="某某市总工会推出十大措施",
        head_lines=[beside, "2014年03月21日 20:36", byline],
        body_lines=[para, para],
        tail_lines=[],
    )
    raw = read_fields(parts)
    assert raw.source_raw is None
    assert raw.outlet_guess == source_raw
