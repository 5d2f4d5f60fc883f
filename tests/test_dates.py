from datetime import datetime, timezone

import pytest

from unionnews.extraction.dates import find_date, normalize_date

NOW = datetime(2026, 11, 25, 6, 0, tzinfo=timezone.utc)  # 14:00 in Shanghai


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("来源:工人日报时间:2022-09-29 23:49:18", "2022-09-29T23:49:18+08:00"),
        ("2022年09月29日 08:15", "2022-09-29T08:15:00+08:00"),  # minutes shown: seconds :00
        ("2022年9月2日", "2022-09-02"),  # date only stays a date
        ("发布日期：2024-04-26", "2024-04-26"),
        ("2019/05/17 20:02", "2019-05-17T20:02:00+08:00"),
        ("发表于2014-08-24 21:30", "2014-08-24T21:30:00+08:00"),
        ("发布时间：18-03-0823:16", "2018-03-08T23:16:00+08:00"),  # 百家号: 2-digit year, glued
        ("3小时前", "2026-11-25T11:00:00+08:00"),
        ("5分钟前", "2026-11-25T13:55:00+08:00"),
        ("昨天 10:30", "2026-11-24T10:30:00+08:00"),
        ("前天 08:00", "2026-11-23T08:00:00+08:00"),
        ("2天前", "2026-11-23"),
        ("昨天", None),  # a bare day word: usually script-rendered, not trusted
        ("2022-13-40", None),  # no such date
        ("第2022期", None),
        ("", None),
    ],
)
def test_normalize_date(text, expected):
    assert normalize_date(text, now=NOW) == expected


def test_month_day_takes_the_given_year():
    found = find_date("发布时间：10-0812:00", now=NOW, default_year=2019)
    assert found.value == "2019-10-08T12:00:00+08:00"


def test_month_day_without_year_takes_the_crawl_year():
    assert normalize_date("09月30日 22:46", now=NOW) == "2026-09-30T22:46:00+08:00"


def test_relative_time_crosses_midnight_in_shanghai():
    # 16:30 UTC is 00:30 the next day in Shanghai: 1小时前 is 23:30 of the 25th there.
    late = datetime(2026, 11, 25, 16, 30, tzinfo=timezone.utc)
    assert normalize_date("1小时前", now=late) == "2026-11-25T23:30:00+08:00"
