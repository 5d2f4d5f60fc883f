"""Rules of the field reader that stand on header lines (unionnews/extraction/fields.py)."""

import pytest

from unionnews.extraction.fields import _join_split_dates, platform_account, record_line_date


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
        # the platform first, as a label; rows that must not match: an account's ID
        ("百家号：扬眼", "", "扬眼"),
        ("微信公众号 扬眼", "", "扬眼"),
        ("微信号：yangyan2024", "", None),
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


# Rule "date above the headline": a dated line among the three above the headline.
# Rows that must not match: a portal's "today is" bar, a date without a year, a line
# further up, a long line.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["地方", "2017年12月09日 00:26", "地方焦点"], "2017年12月09日 00:26"),
        (["首页 > 政治 2013年01月28日 15:23", "政治", "政治焦点"], "2013年01月28日 15:23"),
        (["首页 > 头版新闻", "2013-6-29", "字型：大 中 小"], "2013-6-29"),
        (["2026年12月5日 星期六", "首页", "要闻"], None),  # today's date bar
        (["要闻", "12月09日 00:26", "地方"], None),  # no year
        (["2017年12月09日 00:26", "地方", "焦点", "要闻"], None),  # four lines up
        (
            [
                "某某市总工会召开会议，2017年12月09日起施行新的职工疗休养办法并推广到全市各单位。",
                "要闻",
            ],
            None,
        ),
    ],
)
def test_date_above_headline(lines, expected):
    from unionnews.extraction.fields import date_above_headline

    assert date_above_headline(lines) == expected


def _read(head: list[str], body: list[str] | None = None, tail: list[str] | None = None):
    from unionnews.extraction.fields import read_fields
    from unionnews.extraction.page import PageParts

    para = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手。"
    return read_fields(
        PageParts(
            title="某某市总工会推出十大措施",
            head_lines=head,
            body_lines=body or [para, para],
            tail_lines=tail or [],
        )
    )


# A labelled 来源 that names no outlet by its form gives way to the next labelled one.
# Rows that must not match: the first value names an outlet, or no other value is shown.
@pytest.mark.parametrize(
    ("head", "tail", "source_raw"),
    [
        (["2005-02-06 13:26更新 来源：转载文章"], ["来源：新华网"], "新华网"),
        (["来源：某某日报 2005-02-06"], ["来源：新华网"], "某某日报"),
        (["2005-02-06 13:26更新 来源：转载文章"], [], "转载文章"),
        # a value that says there is no single outlet gives way too; the page's own does not
        (["来源：网络 2005-02-06"], ["来源：新华网"], "新华网"),
        (["来源：综合 2005-02-06"], ["来源：新华网"], "新华网"),
        (["来源：本网原创 2005-02-06"], ["来源：新华网"], "本网原创"),
        (["来源：网络 2005-02-06"], [], "网络"),
    ],
)
def test_a_source_that_names_no_outlet_gives_way(head, tail, source_raw):
    assert _read(head, tail=tail).source_raw == source_raw


# The account named on the line before the date is a name alone on its line. Rows that
# must not match: a widget line, a labelled line.
@pytest.mark.parametrize(
    ("before", "guess"),
    [
        ("扬眼", "扬眼"),
        ("字号: [大] [中] [小] [打印]", None),
        ("字号：大 中 小", None),
        # the account with its follow button on its line; rows that must not match: a
        # one character or two words before the button
        ("扬眼 关注", "扬眼"),
        ("扬眼 +关注", "扬眼"),
        ("请 关注", None),
        ("扬眼 新闻 关注", None),
    ],
)
def test_the_name_before_the_date(before, guess):
    assert _read([before, "2012年6月24日"]).outlet_guess == guess


# The outlet may stand on its own line under a date that stands alone, as it stands on
# the line above it; a follow button between the name and the date is skipped. Rows that
# must not match: the date beside other words, a person, a section, a widget, a labelled
# line, prose, a second date.
@pytest.mark.parametrize(
    ("lines", "guess"),
    [
        (["2024-03-05 10:20", "某某日报"], "某某日报"),
        (["2024年03月05日", "某某区总工会"], "某某区总工会"),
        (["某某日报", "关注", "2024-03-05 10:20"], "某某日报"),
        (["某某日报", "+关注", "2024-03-05 10:20"], "某某日报"),
        (["某某日报", "已关注", "2024-03-05 10:20"], "某某日报"),
        # an account's badge or counter between its name and the date
        (["扬眼", "优质原创作者", "2024-03-05 10:20"], "扬眼"),
        (["扬眼", "粉丝 1.2万", "2024-03-05 10:20"], "扬眼"),
        (["扬眼", "原创", "2024-03-05 10:20"], "扬眼"),
        (["扬眼", "作者：张三", "2024-03-05 10:20"], None),  # a credit between: no badge
        (["2024-03-05 10:20 星期二 打印", "某某日报"], None),
        (["2024-03-05 10:20", "王鑫"], None),
        (["2024-03-05 10:20", "工会动态"], None),
        (["2024-03-05 10:20", "分享"], None),
        (["2024-03-05 10:20", "作者：张三"], None),
        (["2024-03-05 10:20", "某某日报报道，全市职工运动会开幕。"], None),
        (["2024-03-05 10:20", "2024-03-06"], None),
    ],
)
def test_the_outlet_under_a_date_alone(lines, guess):
    assert _read(lines).outlet_guess == guess


# Beside the date, set apart by a bar, a reporter's byline gives the writer, not an
# outlet; a labelled value (發布單位：…) is no outlet shown unlabelled. Rows that must not
# match: an outlet beside the date, with and without a bar.
@pytest.mark.parametrize(
    ("line", "guess", "credits"),
    [
        ("2018/09/16 15:31 ｜ 記者張三／台北報導", None, ["張三"]),
        ("2018/09/16 15:31 發布單位：某某工會", None, []),
        ("2018/09/16 15:31 ｜ 中時", "中時", []),
        ("2019年11月25日 18:57 参考消息", "参考消息", []),
        # the day of the week or the time of day beside a date is no outlet
        ("2024年05月13日 星期一", None, []),
        ("2024年05月13日（周一） 上午", None, []),
        ("2024-05-13 週一 人民日报", "人民日报", []),
        # where the poster was, a platform's name after the account
        ("2024-05-13 10:00 发表于四川", None, []),
        ("2024-05-13 10:00 IP属地：北京", None, []),
        ("2024-05-13 10:00 · 某某财经 · 头条号", "某某财经", []),
        ("2024-05-13 10:00 某某财经 发布于北京", "某某财经", []),
        # a place beside the date says where; rows that must not match: outlets that
        # open with a place name
        ("2024-05-13 10:00 上海", None, []),
        ("2024-05-13 10:00 广东省", None, []),
        ("2024-05-13 10:00 | 发布于 海淀区", None, []),
        ("2024-05-13 10:00 上海热线", "上海热线", []),
        ("2024-05-13 10:00 广州日报", "广州日报", []),
        # an outlet between the date and a credit; rows that must not match: a byline
        # before the date, a word that does not end as an outlet's name
        ("2024-05-13 10:00 新京报 作者：张三", "新京报", ["张三"]),
        ("2024-05-13 10:00 聯合報 記者：張三", "聯合報", ["張三"]),
        ("本报记者 张三 2024-05-13 10:00", None, ["张三"]),
        ("2024-05-13 10:00 本报 记者：张三", None, ["张三"]),
        # the outlet before the byline, or named as where the page is from; rows that
        # must not match: the paper's own 本报, a place it is from
        ("某某日报 记者 张三 2024-03-05", "某某日报", ["张三"]),
        ("本报 记者 张三 2024-03-05", None, ["张三"]),
        ("2024-03-05 10:20 来自某某日报", "某某日报", []),
        ("2024-03-05 10:20 来自北京", None, []),
        # an address is the site's, an outlet may stand in brackets of its own, a widget
        # is no outlet; rows that must not match: a widget alone, an address alone
        ("www.qq.com 2005年01月14日17:02 新京报", "新京报", []),
        ("http://news.qq.com 2005年01月14日17:02", None, []),
        ("2005-01-14 17:02:30 【新华网】", "新华网", []),
        ("2005年01月14日 17:02 【打印】 新京报", "新京报", []),
        ("2005年01月14日 17:02 【字号 大 中 小】 【打印】", None, []),
        # a reporter's byline after the outlet in the same part; rows that must not
        # match: a name alone after the outlet (no role), a place
        ("2024-03-05 10:20 聯合報／ 記者張三／台北即時報導", "聯合報", ["張三"]),
        ("2024.03.05 10:20 ETtoday新聞雲 記者張三／台北報導", "ETtoday新聞雲", ["張三"]),
        ("2024-03-05 10:20 新京报 张三", "新京报", []),
        # a person, a portal's section or a widget beside the date names no outlet; rows
        # that must not match: outlets that open with a surname's character or are short
        ("2024-03-05 10:20 王鑫", None, []),
        ("2024-03-05 10:20 歐陽修遠", None, []),
        ("2024-03-05 10:20 社会", None, []),
        ("2024-03-05 10:20 财经头条", None, []),
        ("2024-03-05 10:20 国际频道", None, []),
        ("2024-03-05 10:20 听新闻", None, []),
        ("2024-03-05 10:20 A+ A-", None, []),
        ("2024-03-05 10:20 打开APP", None, []),
        ("2024-03-05 10:20 王鑫 广州日报", "广州日报", []),
        ("2024-03-05 10:20 金融界", "金融界", []),
        ("2024-03-05 10:20 黄河新闻网", "黄河新闻网", []),
        ("2024-03-05 10:20 虎嗅", "虎嗅", []),
        ("2024-03-05 10:20 财新", "财新", []),
        # a union site's column or the department that posted the page; rows that must
        # not match: outlets ending in 新闻 or 部 words they are not
        ("2024-03-05 工会动态", None, []),
        ("2024-03-05 劳模风采", None, []),
        ("2024-03-05 图片新闻", None, []),
        ("2024-03-05 新闻中心", None, []),
        ("2024-03-05 宣教部", None, []),
        ("2024-03-05 办公室", None, []),
        ("2024-03-05 澎湃新闻", "澎湃新闻", []),
        ("2024-03-05 某某区总工会", "某某区总工会", []),
    ],
)
def test_what_stands_beside_the_date(line, guess, credits):
    raw = _read([line])
    assert raw.outlet_guess == guess
    assert raw.credits == credits
    assert raw.date_text is not None  # the date beside them is read whole


# The outlet beside the date that closes the text in brackets, (中時 ), is no writer; a
# writer the byline credits stays one.
def test_the_outlet_closing_the_text_is_no_writer():
    para = "某某市總工會近日推出十大措施，從強化基層基礎方面入手，消防局據報派出人車趕往。"
    raw = _read(["2018年09月16日 15:31 中時"], body=[para, para + "(中時 )"])
    assert raw.outlet_guess == "中時"
    assert raw.credits == []
    raw = _read(["2018年09月16日 15:31 中時", "記者王鼎鈞／台北報導"], body=[para, para])
    assert raw.credits == ["王鼎鈞"]


# Rule "undated page": a page that dates nothing and names no outlet, writer or editor is
# a standing page of the site, not news. Rows that must not match: a date shown, a
# source, a writer, an editor, and text that tells when (5月12日, 近日, a law's adoption).
ABOUT = "某某市总工会是全市职工自愿结合的工人阶级群众组织，是党联系职工群众的桥梁和纽带。"


@pytest.mark.parametrize(
    ("fields", "text", "undated"),
    [
        ({}, [ABOUT, "市总工会机关内设办公室、组织部、宣传教育部等部门。"], True),
        ({}, ["地址：某某市某某路1号", "电话：0738-1234567"], True),
        ({"date_text": "2024-05-13"}, [ABOUT], False),
        ({"source_raw": "工人日报"}, [ABOUT], False),
        ({"outlet_guess": "某某日报"}, [ABOUT], False),
        ({"credits": ["张三"]}, [ABOUT], False),
        ({"editor": "李四"}, [ABOUT], False),
        ({}, ["5月12日，市总工会召开全委会议。"], False),
        ({}, ["市总工会近日推出十大措施。"], False),
        ({}, ["（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）"], False),
    ],
)
def test_an_undated_page(fields, text, undated):
    from unionnews.extraction.fields import RawFields, undated_page

    assert undated_page(RawFields(title="工会简介", **fields), text) is undated


# Rule "update time" (§6): 更新时间 is not the publication date when a 发布 date is shown,
# in either order; shown alone, it is the date.
@pytest.mark.parametrize(
    ("head", "date_text"),
    [
        (["更新时间：2024-05-14 10:00 发布时间：2024-05-13 08:15"], "2024-05-13 08:15"),
        (["发布时间：2024-05-13 08:15 更新时间：2024-05-14 10:00"], "2024-05-13 08:15"),
        (["更新时间：2024-05-14 10:00", "2024-05-13 08:15 来源：某某日报"], "2024-05-13 08:15"),
        (["更新时间：2024-05-14 10:00"], "2024-05-14 10:00"),
    ],
)
def test_an_update_time_gives_way_to_the_publication_date(head, date_text):
    assert _read(head).date_text == date_text


# Rule "date under the signature": the date alone on one of the last two lines of the text.
# Rows that must not match: a sentence with a date, a month and day alone, an earlier line.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["正文。", "某某市总工会", "2024年5月13日"], "2024年5月13日"),
        (["正文。", "2024-05-13", "某某市总工会办公室"], "2024-05-13"),
        (["正文。", "2024年5月13日，市总工会召开会议。"], None),
        (["正文。", "某某市总工会", "5月13日"], None),
        (["2024年5月13日", "正文。", "某某市总工会", "（完）"], None),
        # signed in Chinese numerals; rows that must not match: a date that does not exist,
        # a month alone, a date inside a sentence
        (["正文。", "某某市总工会", "二〇二四年五月十三日"], "2024年5月13日"),
        (["正文。", "某某市总工会", "二〇二四年十二月三十一日"], "2024年12月31日"),
        (["正文。", "某某市总工会", "二〇二四年二月三十日"], None),
        (["正文。", "某某市总工会", "二〇二四年五月"], None),
        (["正文。", "二〇二四年五月十三日，市总工会召开会议。"], None),
    ],
)
def test_signature_date(lines, expected):
    from unionnews.extraction.fields import signature_date

    assert signature_date(lines) == expected


PARAGRAPH = (
    "<p>某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛等方面入手，为职工办实事。</p>"
)


def _record_of(
    head: str,
    html_title: str = "某某市总工会推出十大措施_某某网",
    meta: str = "",
    after: str = "",
    footer: str = "",
) -> dict:
    """The record of a short union item: its <title> and <meta>, what stands under its
    headline (``head``, the info line), four paragraphs, what closes them, the footer."""
    from unionnews.extract import extract_page

    page = (
        f"<html><head><title>{html_title}</title>{meta}</head><body>"
        f"<h1>某某市总工会推出十大措施</h1>{head}"
        f"<div class='content'>{PARAGRAPH * 4}{after}</div>{footer}</body></html>"
    )
    headers = {"Content-Type": "text/html; charset=utf-8"}
    record = extract_page(page.encode(), "http://www.example.cn/a/1.html", headers)
    assert record is not None
    return record


def _info(line: str) -> str:
    return f"<div class='info'>{line}</div>"


# The medium the page's own data names (<meta name="mediaid">) is the source when the page
# labels none and shows none beside the date. Rows that must not match: a labelled 来源,
# an empty or compiled value (the site is then its own source).
@pytest.mark.parametrize(
    ("meta", "info", "source"),
    [
        ('<meta name="mediaid" content="某某日报">', "2024-05-13 10:00", "某某日报"),
        ('<meta name="mediaid" content="某某日报">', "2024-05-13 10:00 来源：工人日报", "工人日报"),
        ('<meta name="mediaid" content="">', "2024-05-13 10:00", "某某网"),
        ('<meta name="mediaid" content="综合">', "2024-05-13 10:00", "某某网"),
    ],
)
def test_the_medium_the_page_data_names(meta, info, source):
    assert _record_of(_info(info), meta=meta)["source"] == source


# Rule "motto after the name": a page that names no outlet is the site's own, and the site
# is the name before a motto closing the <title>, not the motto. Rows that must not match:
# a channel's 新闻 before the name, a federation's own name last.
@pytest.mark.parametrize(
    ("html_title", "source"),
    [
        ("某某市总工会推出十大措施_某某网_国家经济门户", "某某网"),
        ("某某市总工会推出十大措施 - 某某电视台 - 官方网站", "某某电视台"),
        ("某某市总工会推出十大措施_图片新闻_某某在线资讯", "某某在线资讯"),
        ("某某市总工会推出十大措施_某某网_某某市总工会", "某某市总工会"),
    ],
)
def test_a_motto_closing_the_title_is_not_the_source(html_title, source):
    assert _record_of(_info("2024-05-13 10:00"), html_title)["source"] == source


def test_a_time_a_script_writes_after_the_source():
    # 来源：某某日报 发布时间：<script>document.write(formatDate(…))</script>: the script's
    # text cannot be read, so the 来源 value ends at the label, and the time is the one
    # the page's data holds.
    record = _record_of(
        "<div class='list-txt'><span>来源：某某日报</span> "
        "<span>发布时间：<script>document.write(formatDate(1715472900))</script></span></div>"
        '<script>var publishTime="2024-05-12 08:15:00";</script>',
        html_title="某某工人报",
    )
    assert (record["source_raw"], record["source"]) == ("某某日报", "某某日报")
    assert record["published_at"] == "2024-05-12T08:15:00+08:00"


# A credit above the text that names no person (作者：宣教部, a unit) stands for no byline:
# the closing credit under the text names the writer. Rows that must not match: a byline
# that names a person (the closing credit adds nobody), a unit and no closing credit.
@pytest.mark.parametrize(
    ("info", "closing", "authors"),
    [
        ("作者：宣教部", "（通讯员 李明）", ["李明"]),
        ("作者：市总工会办公室", "（记者 张三 通讯员 李明）", ["张三", "李明"]),
        ("作者：王芳", "（通讯员 李明）", ["王芳"]),
        ("作者：宣教部", "", []),
        ("", "（通讯员 李明）", ["李明"]),
    ],
)
def test_a_unit_in_the_author_slot_gives_way_to_the_closing_credit(info, closing, authors):
    record = _record_of(
        _info(f"时间：2024-10-12 09:05 来源：市总工会 {info}"),
        html_title="某某市总工会推出十大措施_邯郸市总工会",
        after=f"<p>{closing}</p>",
        footer="<div class='footer'>版权所有：邯郸市总工会</div>",
    )
    assert record["authors"] == authors


# A date in Chinese numerals on a line of its own under the headline dates the article, as
# it dates a signed document. Rows that must not match: a date that does not exist, a
# numeral date after other words on the line.
@pytest.mark.parametrize(
    ("info", "published_at"),
    [
        ("二〇二四年十二月三日", "2024-12-03"),
        ("二〇二四年十二月三十二日 来源：株洲日报", None),
        ("来源：株洲日报 二〇二四年十二月三日", None),
    ],
)
def test_a_date_in_chinese_numerals_under_the_headline(info, published_at):
    assert _record_of(_info(info))["published_at"] == published_at


# An info table whose label cells have no colon (<td>来源</td><td>株洲日报</td>): each label
# takes its cell's value, and a label word is never an outlet shown beside the date.
# Rows that must not match: a widget's cell (点击), the outlet shown unlabelled.
@pytest.mark.parametrize(
    ("cells", "source", "published_at"),
    [
        (["来源", "株洲日报", "发布日期", "2024-12-03"], "株洲日报", "2024-12-03"),
        (["发布日期", "2024-12-03"], "株洲市总工会", "2024-12-03"),
        (["点击", "35", "2024-12-03"], "株洲市总工会", "2024-12-03"),
        (["2024-12-03", "株洲日报"], "株洲日报", "2024-12-03"),
    ],
)
def test_an_info_table_with_label_cells(cells, source, published_at):
    row = "".join(f"<td>{cell}</td>" for cell in cells)
    record = _record_of(
        f"<table><tr>{row}</tr></table>",
        html_title="某某市总工会推出十大措施_株洲市总工会",
        footer="<div class='footer'>版权所有：株洲市总工会</div>",
    )
    assert (record["source"], record["published_at"]) == (source, published_at)


# A label word alone beside a date names no outlet; rows that must not match: an outlet.
@pytest.mark.parametrize(
    ("text", "outlet"),
    [("发布日期", None), ("来源", None), ("責任編輯", None), ("株洲日报", "株洲日报")],
)
def test_a_label_word_is_no_outlet(text, outlet):
    from unionnews.extraction.fields import _outlet_in

    assert _outlet_in(text) == outlet


# Rule "marked writer": with no credit in the text, a person marked as the writer by
# rel="author" or itemprop="author", and shown in the header, wrote it. Rows that must not
# match: an outlet so marked, a name shown only in a sidebar, a <meta name="author">, a
# credit in the text (which wins).
_PARA = "<p>北市士林區一處民宅昨日下午發生火警，消防局據報派出人車趕往，所幸無人受傷，起火原因仍待調查。</p>"


@pytest.mark.parametrize(
    ("head", "extra", "authors"),
    [
        ('中時 <cite><a href="/r/1" rel="author">謝明俊</a></cite>', "", ["謝明俊"]),
        ("中廣 溫蘭魁", '<meta itemprop="author" content="溫蘭魁">', ["溫蘭魁"]),
        ('<span itemprop="author">張立勳</span>／特稿', "", ["張立勳"]),
        ('<a rel="author" href="/">中時電子報</a>', "", []),  # an outlet, not a person
        ("中時", '<aside><a rel="author" href="/r/1">謝明俊</a></aside>', []),  # not shown
        ("中時 謝明俊", '<meta name="author" content="謝明俊">', []),  # not marked
        (
            '中時 <a rel="author" href="/r/1">謝明俊</a>',
            "<p>（記者王小明／台北報導）</p>",
            ["王小明"],
        ),
    ],
)
def test_a_marked_writer_shown_in_the_header(head, extra, authors):
    from unionnews.extraction.fields import read_fields
    from unionnews.extraction.page import extract

    page = (
        f"<html><head><title>士林民宅火警</title>{extra if 'meta' in extra else ''}</head>"
        f"<body><h1>士林民宅火警</h1><div class='info'>2018年09月16日 15:31 {head}</div>"
        f"<div class='text'>{extra if '<p>' in extra else ''}{_PARA * 3}</div>"
        f"{extra if 'aside' in extra else ''}</body></html>"
    )
    assert read_fields(extract(page)).credits == authors


# A link to the comments glued after the 来源 value, with the date after it, is no part
# of the outlet. Rows that must not match: a name that holds such a word inside it.
@pytest.mark.parametrize(
    ("line", "source_raw"),
    [
        ("来源：求是网参与互动 2024-05-13 10:00", "求是网"),
        ("来源：中国新闻网 参与互动(12) 2024-05-13 10:00", "中国新闻网"),
        ("来源：参与互动报 2024-05-13 10:00", "参与互动报"),
    ],
)
def test_a_comments_link_after_the_source(line, source_raw):
    assert _read([line]).source_raw == source_raw


# A print-edition line under the text names the paper that printed it: the source when no
# 来源 is labelled before it. Row that must not match: a labelled 来源 in the info line.
@pytest.mark.parametrize(
    ("head", "source_raw"),
    [
        ("2005年01月14日17:02", "《人民日报》"),
        ("2005年01月14日17:02 来源：某某网", "某某网"),
    ],
)
def test_a_print_edition_under_the_text(head, source_raw):
    raw = _read([head], tail=["《人民日报》 (2005-01-14 第二版)", "责任编辑：李四"])
    assert raw.source_raw == source_raw


# Rule "record line": the e-paper's record of the article under the text (paper, page,
# headline, date) dates it. Rows that must not match: a related headline with its date,
# a line with the headline and no date, a headline too short to tell.
HEAD = "丽水市总举办庆“五一”万人健步走活动"


@pytest.mark.parametrize(
    ("tail", "title", "expected"),
    [
        (
            [f"浙江工人日报 工会 00002 {HEAD} 2015-04-28 4 2015年04月28日 星期二"],
            HEAD,
            "2015-04-28",
        ),
        (["相关阅读", "温州市总开展职工健步走 2015-04-20"], HEAD, None),
        ([f"{HEAD} 第00002版"], HEAD, None),
        (["工会 00002 健步走 2015-04-28"], "健步走", None),
    ],
)
def test_the_record_line_dates_the_article(tail, title, expected):
    assert record_line_date(tail, title) == expected


# An outlet in the author slot is the origin when no 来源 is labelled; a labelled 来源
# wins, and a person in the slot names no outlet (rows that must not match).
@pytest.mark.parametrize(
    ("head", "credited", "source_raw"),
    [
        (["作者：某某日报 2024-03-05 10:20"], "某某日报", None),
        (["文/某某晚报 张三", "2024-03-05 10:20"], "某某晚报", None),
        (["作者：某某日报 来源：某某网 2024-03-05"], "某某日报", "某某网"),
        (["作者：张三 2024-03-05 10:20"], None, None),
        (["作者：本报评论员 2024-03-05 10:20"], None, None),
    ],
)
def test_an_outlet_in_the_author_slot(head, credited, source_raw):
    raw = _read(head)
    assert raw.credited_outlet == credited
    assert raw.source_raw == source_raw


# A label is no outlet shown beside the date, nor is what a 来源 label's credit is for
# (资料来源：, 图片来源：), nor a time zone. Rows that must match: an outlet beside the date.
@pytest.mark.parametrize(
    ("line", "guess"),
    [
        ("2024-03-05 10:20 某某日报", "某某日报"),
        ("Source: 某某日报 2024-03-05 10:20", "某某日报"),
        ("资料来源：某某统计局 2024-03-05 10:20", None),
        ("图片 来源：某某统计局 2024-03-05", None),
        # the zone a time is given in (§6); rows that must match: outlets led by a place
        ("北京时间2024年03月05日 10:20", None),
        ("GMT+8 2024-03-05 10:20", None),
        ("2024-03-05 10:20 (UTC+8)", None),
        # a zone's offset, a counter's label
        ("2024-03-05 10:20:30 +0800", None),
        ("2024-03-05 10:20 | 阅读量 123", None),
        ("2024-03-05 10:20 浏览次数 56", None),
        ("2024-03-05 10:20 人气", None),
        ("北京青年报 2024-03-05 10:20", "北京青年报"),
        ("2024-03-05 10:20 香港商报", "香港商报"),
    ],
)
def test_labels_and_media_words_are_no_outlet(line, guess):
    assert _read([line]).outlet_guess == guess


# The outlet beside a labelled date (发布时间：… 某某日报) or after 来自：. Rows that must
# not match: a word glued to the date (a badge or an operator), a weekday, a person, a
# place after 来自.
@pytest.mark.parametrize(
    ("line", "guess"),
    [
        ("发布时间：2024-03-05 10:20 某某日报", "某某日报"),
        ("作者：张三 2024-03-05 10:20 某某日报", "某某日报"),
        ("2024-03-05 10:20 来自：某某日报", "某某日报"),
        ("发布时间：2024-03-05 10:20某某网络科技有限公司", None),
        ("发布时间：2024-03-05 10:20 星期二", None),
        ("发布时间：2024-03-05 10:20 张三", None),
        ("2024-03-05 10:20 来自：北京", None),
    ],
)
def test_the_outlet_beside_a_labelled_date(line, guess):
    assert _read([line]).outlet_guess == guess


# A time label whose value a script writes (发布时间：<script>…</script>) shows the time the
# page's own data holds. Rows that must not match: no label (the page shows no date), a
# label with its value (the value wins).
@pytest.mark.parametrize(
    ("head", "date_text"),
    [
        (["来源：某某日报 发布时间："], "2024-03-05 10:20:00"),
        (["发布时间：", "来源：某某日报"], "2024-03-05 10:20:00"),
        (["来源：某某日报"], None),
        (["来源：某某日报 发布时间：2024-03-01"], "2024-03-01"),
    ],
)
def test_a_time_label_a_script_fills(head, date_text):
    from datetime import datetime, timedelta, timezone

    from unionnews.extraction.fields import read_fields
    from unionnews.extraction.page import PageParts

    para = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手。"
    parts = PageParts(
        title="某某市总工会推出十大措施",
        head_lines=head,
        body_lines=[para, para],
        tail_lines=[],
        data_published=datetime(2024, 3, 5, 10, 20, tzinfo=timezone(timedelta(hours=8))),
    )
    assert read_fields(parts).date_text == date_text
