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
