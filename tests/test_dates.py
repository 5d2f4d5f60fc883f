import time
from datetime import date, datetime, timezone

import pytest

from unionnews.extraction.dates import SHANGHAI, data_published, find_date, normalize_date
from unionnews.extraction.page import parse_html

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
        ("2018-09-16 下午 03:31", "2018-09-16T15:31:00+08:00"),  # 下午: afternoon
        ("2018年9月16日 晚上11:05", "2018-09-16T23:05:00+08:00"),
        ("2018年9月16日 中午1:10", "2018-09-16T13:10:00+08:00"),
        ("2018年9月16日 中午12:10", "2018-09-16T12:10:00+08:00"),
        ("2018年9月16日 上午10:31", "2018-09-16T10:31:00+08:00"),
        ("2018-09-16 下午 15:31", "2018-09-16T15:31:00+08:00"),  # already on 24 hours
        # the day of the week between the date and its time
        ("2024年5月13日 週一 上午10:00", "2024-05-13T10:00:00+08:00"),
        ("2024-05-13 星期一 10:00", "2024-05-13T10:00:00+08:00"),
        ("2024年5月13日（星期一）", "2024-05-13"),  # no time: the date alone
        ("2024-05-13 星期一 第10版", "2024-05-13"),  # a page number is no time
        ("2024-05-13 | 10:00", "2024-05-13T10:00:00+08:00"),  # a bar between date and time
        ("2024.05.13 / 10:00", "2024-05-13T10:00:00+08:00"),
        ("2024-05-13 | 100 阅读", "2024-05-13"),  # a count after the bar is no time
        # a time shown in another zone is converted to +08:00 (§6)
        ("2024-05-13 10:00 GMT", "2024-05-13T18:00:00+08:00"),
        ("2024-05-13 23:30 UTC", "2024-05-14T07:30:00+08:00"),
        ("2024-05-13 20:00 (UTC-5)", "2024-05-14T09:00:00+08:00"),
        ("2024-05-13 10:00 (GMT+8)", "2024-05-13T10:00:00+08:00"),
        ("2024-05-13 10:00 北京时间", "2024-05-13T10:00:00+08:00"),
        ("2024-05-13 10:00 GMTX", "2024-05-13T10:00:00+08:00"),  # no zone's name
        ("2024-05-13T10:00:00.000Z", "2024-05-13T18:00:00+08:00"),  # an ISO time's offset
        ("2024-05-13T10:00:00+00:00", "2024-05-13T18:00:00+08:00"),
        ("2024-05-13T02:00:00-0500", "2024-05-13T15:00:00+08:00"),
        ("2024-05-13 10:00-12:00", "2024-05-13T10:00:00+08:00"),  # a span of hours
        ("2024-05-13 10:00:00-11:00:00", "2024-05-13T10:00:00+08:00"),
        ("民國107年9月16日", "2018-09-16"),  # a year of the Republic: + 1911
        ("107年09月16日 15:31", "2018-09-16T15:31:00+08:00"),
        ("建厂107年来", None),  # a count of years, no date
        ("107年9月", None),  # no day: not read as a date of the Republic
        ("2022-13-40", None),  # no such date
        ("第2022期", None),
        ("", None),
    ],
)
def test_normalize_date(text, expected):
    assert normalize_date(text, now=NOW) == expected


def test_month_day_takes_the_given_year():
    found = find_date("发布时间：10-0812:00", now=NOW, reference=date(2019, 10, 8))
    assert found.value == "2019-10-08T12:00:00+08:00"


def test_month_day_without_year_takes_the_crawl_year():
    assert normalize_date("09月30日 22:46", now=NOW) == "2026-09-30T22:46:00+08:00"


def test_relative_time_crosses_midnight_in_shanghai():
    # 16:30 UTC is 00:30 the next day in Shanghai: 1小时前 is 23:30 of the 25th there.
    late = datetime(2026, 11, 25, 16, 30, tzinfo=timezone.utc)
    assert normalize_date("1小时前", now=late) == "2026-11-25T23:30:00+08:00"


# Rule "relative date from the page's own data": a relative expression the page shows
# stands for the publication time its scripts or meta hold, at the precision shown.
PUBLISHED = datetime(2020, 2, 12, 14, 17, 54, tzinfo=timezone.utc)  # 22:17:54 in +08:00


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("爱否科技 昨天", "2020-02-12"),
        ("前天", "2020-02-12"),
        ("3小时前", "2020-02-12T22:17:00+08:00"),
        ("昨天 10:30", "2020-02-12T10:30:00+08:00"),
        ("2019-09-07 08:00", "2019-09-07T08:00:00+08:00"),  # an absolute date wins
    ],
)
def test_relative_date_from_page_data(text, expected):
    assert find_date(text, now=NOW, published=PUBLISHED).value == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("昨天", "2026-11-24"),  # against the crawl time, as a date
        ("前天", "2026-11-23"),
        ("某某网 今天", "2026-11-25"),
    ],
)
def test_day_word_against_crawl_time(text, expected):
    assert find_date(text, now=NOW).value == expected


@pytest.mark.parametrize("text", ["昨天的会议", "今天下午", "明天", "天前"])
def test_day_word_inside_a_sentence_is_no_date(text):
    assert find_date(text, now=NOW) is None


def test_long_digit_runs_are_read_in_linear_time():
    # Before: each start position scanned the whole run (quadratic, minutes).
    start = time.perf_counter()
    assert find_date("来源：" + "1" * 100_000 + "小时前", now=NOW) is None
    assert find_date("9" * 100_000, now=NOW) is None
    assert time.perf_counter() - start < 2


@pytest.mark.parametrize(
    ("script", "expected"),
    [
        ('var ct = "1581517074";', datetime(2020, 2, 12, 14, 17, 54, tzinfo=timezone.utc)),
        (
            '{"publishDate":"2019-09-07T00:31:40Z"}',
            datetime(2019, 9, 7, 0, 31, 40, tzinfo=timezone.utc),
        ),
        (
            '{"pubDate": "2019-09-07 08:31:40"}',
            datetime(2019, 9, 7, 0, 31, 40, tzinfo=timezone.utc),
        ),
        # other spellings of the key, a date with slashes and unpadded fields, an offset
        ('{"pub_time":"2019/9/7 8:31"}', datetime(2019, 9, 7, 0, 31, tzinfo=timezone.utc)),
        (
            'var publishtime = "2019-09-07T08:31:40.123+0800";',
            datetime(2019, 9, 7, 0, 31, 40, tzinfo=timezone.utc),
        ),
        ('{"publishedAt": 1581517074000}', datetime(2020, 2, 12, 14, 17, 54, tzinfo=timezone.utc)),
        ("var product = 12;", None),
        ('{"select": "1581517074"}', None),  # ct inside another word
        ('{"pubtime":"2019-13-45 10:00"}', None),  # no such day
        ('{"updateTime":"2019-09-07 08:31:40"}', None),  # an update, not the publication
    ],
)
def test_data_published(script, expected):
    doc = parse_html(f"<html><head><script>{script}</script></head><body><p>x</p></body></html>")
    assert data_published(doc, {}) == expected


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2022-09-29 23:49:18", "second"),
        ("2022年09月29日 08:15", "minute"),  # :00 is added to the value, not shown
        ("2024-04-26", "day"),
        ("09月30日 22:46", "minute"),  # month and day with a clock time
        ("10-08 12:00:05", "second"),
        ("3小时前", "minute"),  # resolved against the crawl time, to the minute
        ("昨天 10:30", "minute"),
        ("昨天", "day"),
        ("3天前", "day"),
    ],
)
def test_precision_is_what_the_page_shows(text, precision):
    now = datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc)
    found = find_date(text, now=now)
    assert found is not None
    assert found.precision == precision


def test_the_page_data_dates_only_a_day_the_page_shows():
    from unionnews.extract import extract_page

    para = (
        "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"
    )
    html = (
        "<html><head><title>某某市总工会推出十大措施_某某网</title>"
        '<meta property="article:published_time" content="2026-11-20T01:30:00Z"></head>'
        "<body><div class='crumb'>首页 &gt; 工会动态</div><h1>某某市总工会推出十大措施</h1>"
        + "".join(f"<p>{para}</p>" for _ in range(4))
        + "</body></html>"
    )
    url = "https://news.example.invalid/a/1.html"
    # A page that shows no date has none, even when its data holds a time (§6).
    record = extract_page(html.encode(), url)
    assert record is not None
    assert record["published_at"] is None
    # The day shown where no date rule reads it (a stamp in the page's side column): the
    # data gives its time.
    side = "<div class='side'><span>更新</span><span>{}</span><span>工会动态</span></div>"
    dated = html.replace("</body>", side.format("2026年11月20日") + "</body>")
    record = extract_page(dated.encode(), url)
    assert record["published_at"] == "2026-11-20T09:30:00+08:00"
    # Another day shown does not make the data's day shown.
    other = html.replace("</body>", side.format("2026年11月2日") + "</body>")
    assert extract_page(other.encode(), url)["published_at"] is None
    # A date the page shows under its headline wins over its data.
    shown = html.replace("</h1>", "</h1><div>来源：某某网 2026-11-21 08:00</div>")
    record = extract_page(shown.encode(), url)
    assert record["published_at"] == "2026-11-21T08:00:00+08:00"


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        (["首页 > 社会 2013年11月29日 21:19"], True),
        (["2013-11-29"], True),
        (["2013/11/29 08:00"], True),
        (["发布于 2013.11.29"], True),
        # Rows that must not match: another day, another year, a longer number.
        (["2013年11月2日"], False),
        (["2013年11月290日"], False),
        (["2012-11-29"], False),
        (["11月29日"], False),  # no year shown
    ],
)
def test_shows_day(texts, shown):
    from unionnews.extraction.page import shows_day

    assert shows_day(texts, datetime(2013, 11, 29, 13, 19, tzinfo=timezone.utc)) is shown


JAN_2 = datetime(2027, 1, 2, 8, tzinfo=SHANGHAI)  # early January: December is last year's


# Rule "a month and day without a year": the year that puts it nearest the date the
# page's own data or URL tells, else the crawl's year, or the year before when that would
# put the date ahead of the crawl. Rows that must not match: a date earlier in the crawl's
# year, tomorrow (a clock a day ahead), a date after the page's data in the same year.
@pytest.mark.parametrize(
    ("text", "now", "reference", "expected"),
    [
        ("12-30 10:00", JAN_2, None, "2026-12-30T10:00:00+08:00"),
        ("01-01 10:00", JAN_2, None, "2027-01-01T10:00:00+08:00"),
        ("01-03 10:00", JAN_2, None, "2027-01-03T10:00:00+08:00"),
        ("12-30 10:00", JAN_2, date(2018, 7, 2), "2018-12-30T10:00:00+08:00"),
        # the page's data dates it early in January: December is the year before
        ("12-31 18:00", NOW, date(2020, 1, 2), "2019-12-31T18:00:00+08:00"),
        ("01-01 08:00", NOW, date(2019, 12, 31), "2020-01-01T08:00:00+08:00"),
        ("05-14 10:00", NOW, date(2020, 5, 13), "2020-05-14T10:00:00+08:00"),
        ("02-29 10:00", NOW, date(2020, 3, 1), "2020-02-29T10:00:00+08:00"),
    ],
)
def test_a_month_and_day_without_a_year(text, now, reference, expected):
    found = find_date(text, now=now, reference=reference)
    assert found is not None
    assert found.value == expected


# The date a month-and-day date is read near comes from the page's metadata, else its
# scripts' date, else its URL (a year alone stands for its middle). Rows that must not
# match: a URL with no date, a number that is no year-and-month.
@pytest.mark.parametrize(
    ("url", "reference"),
    [
        ("https://news.example.cn/2018-09/16/c_1.htm", date(2018, 9, 16)),
        ("https://news.example.cn/a/20180916/1.html", date(2018, 9, 16)),
        ("https://news.example.cn/2013/0629/1.html", date(2013, 6, 29)),
        ("https://news.example.cn/2013-06/c_1.htm", date(2013, 6, 1)),
        ("https://news.example.cn/news/123456.html", None),
        ("https://news.example.cn/p/2019.html", None),
        (None, None),
    ],
)
def test_the_date_a_url_gives(url, reference):
    from unionnews.extraction.fields import _reference_date
    from unionnews.extraction.page import PageParts

    parts = PageParts(title="t", head_lines=[], body_lines=[], tail_lines=[])
    assert _reference_date(parts, url) == reference


# Rule "written by a script": a short dated text a script writes where it stands is shown
# on the page. Rows that must not match: an ad's markup, a date held in a variable and not
# written, a long text.
@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (
            '<script>document.write("2024-05-13 10:00")</script> 来源：工人日报',
            "2024-05-13T10:00:00+08:00",
        ),
        ("<script>document.write('<span>发布时间：2024年5月13日</span>')</script>", "2024-05-13"),
        ('<script>document.write("<iframe src=/ad.html></iframe>")</script>', None),
        ('<script>var t = "2024-05-13 10:00";</script> 来源：工人日报', None),
        ('<script>document.write("' + "广告" * 40 + ' 2024-05-13")</script>', None),
    ],
)
def test_a_date_a_script_writes_in_place_is_shown(info, expected):
    record = _record_under(info)
    assert record is not None
    assert record["published_at"] == expected


def _record_under(info: str) -> dict | None:
    """The record of an article page whose info line is ``info``."""
    from unionnews.extract import extract_page

    paragraph = (
        "<p>某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛等方面入手，为职工办实事。</p>"
    )
    page = (
        "<html><head><title>某某市总工会推出十大措施_某某网</title></head><body>"
        f"<h1>某某市总工会推出十大措施</h1><div class='info'>{info}</div>"
        f"<div class='content'>{paragraph * 4}</div></body></html>"
    )
    return extract_page(
        page.encode(),
        "http://www.example.cn/a/1.html",
        {"Content-Type": "text/html; charset=utf-8"},
    )


# The same rule for a label's value written right after the label. Rows that must not
# match: a script with no label before it, a long text, markup written after a label.
@pytest.mark.parametrize(
    ("info", "source"),
    [
        ('2024-05-13 来源：<script>document.write("某某日报")</script>', "某某日报"),
        ('2024-05-13 <script>document.write("某某日报")</script>', "某某网"),
        ('2024-05-13 来源：<script>document.write("' + "某" * 40 + '")</script>', "某某网"),
        ('2024-05-13 来源：<script>document.write("<b>某某日报</b>")</script>', "某某网"),
    ],
)
def test_a_label_s_value_a_script_writes_is_shown(info, source):
    record = _record_under(info)
    assert record is not None
    assert record["source"] == source
