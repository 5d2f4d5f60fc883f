"""Bad input gives a log line and no record, never an exception."""

import logging

import pytest

from unionnews.extract import extract_page

URL = "https://www.workercn.cn/c/2022-09-29/1.shtml"
PARA = "<p>娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。</p>"


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b"", "empty"),
        (b"   \n  ", "empty"),
        (bytes(range(256)) * 40, "binary content"),  # binary at an .html URL
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 500, "binary content"),
        (b"<html><body><div><p>" + b"<" * 300, "not an article"),  # markup that never closes
    ],
)
def test_bad_bytes_give_no_record(body, reason, caplog):
    with caplog.at_level(logging.INFO, logger="unionnews"):
        assert extract_page(body, URL, {"Content-Type": "text/html"}) is None
    assert any(reason in r.getMessage() for r in caplog.records)


def test_broken_markup_still_gives_the_article():
    page = (
        "<html><head><title>职工运动会开幕_中工网</title><body><h1>职工运动会开幕</h1><div>"
        + PARA * 3
        + "<p>未闭合的段落<div><span>"
    ).encode()
    record = extract_page(page, URL, {"Content-Type": "text/html; charset=utf-8"})
    assert record["title"] == "职工运动会开幕"
    assert record["body"].startswith("娄底市总工会近日推出")


def test_page_without_date_keeps_record_with_null_date():
    page = (
        "<html><head><title>职工运动会开幕</title></head><body><h1>职工运动会开幕</h1><div>"
        + PARA * 2
        + "</div></body></html>"
    ).encode()
    record = extract_page(page, URL, {"Content-Type": "text/html; charset=utf-8"})
    assert record["published_at"] is None
    assert record["body"]


def test_a_standing_page_that_dates_nothing_gives_no_record():
    about = (
        "某某市总工会是中共某某市委领导的全市职工自愿结合的工人阶级群众组织，"
        "是党联系职工群众的桥梁和纽带，是会员和职工利益的代表。"
    )
    page = (
        "<html><head><title>工会简介_某某市总工会</title></head><body><h2>工会简介</h2><div>"
        + f"<p>{about}</p>" * 3
        + "</div><div>版权所有：某某市总工会</div></body></html>"
    ).encode()
    assert extract_page(page, URL, {"Content-Type": "text/html; charset=utf-8"}) is None


def test_wrong_declared_charset_is_read_with_the_right_one(caplog):
    page = (
        "<html><head><meta charset='utf-8'><title>职工运动会开幕</title></head><body>"
        "<h1>职工运动会开幕</h1><div>" + PARA * 2 + "</div></body></html>"
    ).encode("gbk")
    with caplog.at_level(logging.WARNING, logger="unionnews"):
        record = extract_page(page, URL, {"Content-Type": "text/html; charset=utf-8"})
    assert record["title"] == "职工运动会开幕"
    assert record["body"].startswith("娄底市总工会近日推出")
    assert any("declares utf-8 but reads as gb18030" in r.getMessage() for r in caplog.records)


def test_redecode_leaves_a_right_charset_alone():
    from unionnews.middlewares.charset import redecode

    text = "娄底市总工会近日推出十大措施"
    assert redecode(text.encode("utf-8"), text, "utf-8") == (text, None)
    garbled = text.encode("gbk").decode("utf-8", errors="replace")
    assert redecode(text.encode("gbk"), garbled * 3, "utf-8")[1] == "gb18030"


@pytest.mark.parametrize(
    ("address", "private"),
    [
        ("127.0.0.1", True),
        ("10.1.2.3", True),
        ("192.168.0.1", True),
        ("172.16.5.4", True),
        ("169.254.169.254", True),
        ("::1", True),
        ("0.0.0.0", True),
        ("127.0.0.1.", True),  # a trailing dot is the same address
        ("[::127.0.0.1]", True),  # IPv4-compatible IPv6
        ("::ffff:127.0.0.1", True),  # IPv4-mapped
        ("64:ff9b::7f00:1", True),  # NAT64 of 127.0.0.1
        ("64:ff9b::a01:203", True),  # NAT64 of 10.1.2.3
        ("2002:7f00:1::", True),  # 6to4 of 127.0.0.1
        ("2130706433", True),  # 127.0.0.1 as one number
        ("0x7f.1", True),
        ("127.1", True),
        # Rows that must not match: public addresses in the same spellings, and names.
        ("8.8.8.8", False),
        ("202.108.22.5", False),
        ("64:ff9b::808:808", False),  # NAT64 of 8.8.8.8
        ("::ffff:202.108.22.5", False),
        ("2400:da00::6666", False),
        ("www.workercn.cn", False),
        ("1e100.net", False),  # starts with a digit, still a name
    ],
)
def test_is_private(address, private):
    from unionnews.middlewares.private_addresses import is_private

    assert is_private(address) is private


# Encodings and markup (conventions §9): each page still gives its article.
TITLE = "职工运动会开幕"
TEXT = "娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。"


def _page(inner: str = "", head: str = "", title: str = TITLE) -> str:
    return (
        f"<html><head><title>{title}</title>{head}</head><body><h1>{TITLE}</h1>"
        f"<div class='content'>{inner}<p>{TEXT}</p><p>{TEXT}</p></div></body></html>"
    )


@pytest.mark.parametrize(
    ("name", "body", "content_type"),
    [
        ("utf-16 with BOM", _page().encode("utf-16"), "text/html"),
        ("utf-16 with BOM, no charset said", _page().encode("utf-16"), ""),
        ("nested 400 deep", ("<div>" * 400 + _page() + "</div>" * 400).encode(), "text/html"),
        ("megabyte title", _page(title="标题" * 500_000).encode(), "text/html; charset=utf-8"),
    ],
)
def test_encodings_and_markup(name, body, content_type):
    record = extract_page(body, URL, {"Content-Type": content_type} if content_type else {})
    assert record is not None, name
    assert record["title"] == TITLE
    assert record["body"].startswith(TEXT)


def test_big5_page():
    title = "職工運動會開幕"
    text = (
        "婁底市總工會近日推出十大措施，從強化基層基礎、勞動競賽、技能培訓等方面入手，為職工辦實事。"
    )
    page = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"<div><p>{text}</p><p>{text}</p></div></body></html>"
    ).encode("big5")
    record = extract_page(page, URL, {"Content-Type": "text/html; charset=big5"})
    assert record["title"] == title
    assert record["body"].startswith(text)


@pytest.mark.parametrize(
    "hidden",
    [
        "<p style='display:none'>隐藏的推广文字不应出现在正文里。</p>",
        "<p style='DISPLAY: none;'>隐藏的推广文字不应出现在正文里。</p>",
        "<p hidden>隐藏的推广文字不应出现在正文里。</p>",
        "<noembed>隐藏的推广文字不应出现在正文里。</noembed>",
        "<noframes>隐藏的推广文字不应出现在正文里。</noframes>",
        "<noscript>隐藏的推广文字不应出现在正文里。</noscript>",
    ],
)
def test_hidden_text_is_not_body(hidden):
    record = extract_page(_page(hidden).encode(), URL, {"Content-Type": "text/html; charset=utf-8"})
    assert "隐藏的推广文字" not in record["body"]
    assert record["body"].startswith(TEXT)


LAST = "下一步，市总工会将持续推进职工服务阵地建设，让广大职工有更多获得感和幸福感。"


def test_text_a_script_reveals_is_body():
    # A page served before its scripts run may set its text column to visibility:hidden
    # (a 公众号 article's text, revealed when the page has loaded): it is the article, not
    # hidden text (§9 names display:none, hidden, noscript, noembed).
    page = (
        f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>"
        "<div class='info'>2024-05-13 10:00</div>"
        f"<div id='content' style='visibility: hidden;'><p>{TEXT}</p><p>{LAST}</p></div>"
        "</body></html>"
    )
    record = extract_page(page.encode(), URL, {"Content-Type": "text/html; charset=utf-8"})
    assert record is not None
    assert record["body"] == f"{TEXT}\n{LAST}"


def test_charset_is_repaired_before_any_spider_reads_the_page():
    from scrapy.http import HtmlResponse
    from scrapy.statscollectors import MemoryStatsCollector
    from scrapy.utils.test import get_crawler

    from unionnews.middlewares.charset import CharsetRepairMiddleware

    crawler = get_crawler()
    stats = MemoryStatsCollector(crawler)
    middleware = CharsetRepairMiddleware(stats)
    page = (
        "<html><body><ul><li><a href='/a/1.html'>职工运动会开幕</a></li></ul>"
        "<a href='/list_2.html'>下一页</a>" + "<p>工会服务职工</p>" * 20 + "</body></html>"
    ).encode("gbk")
    response = HtmlResponse(URL, body=page, headers={"Content-Type": "text/html; charset=utf-8"})
    repaired = middleware.process_response(None, response)
    assert "下一页" in repaired.text  # a list page's links are read from the repaired text
    assert stats.get_value("unionnews/charset_fixed") == 1
    good = HtmlResponse(
        URL, body="<p>下一页</p>".encode(), headers={"Content-Type": "text/html; charset=utf-8"}
    )
    assert middleware.process_response(None, good) is good


def test_utf8_bytes_declared_gb2312_are_read_as_utf8():
    # GB18030 reads these bytes as mojibake with too few replacement characters to count
    # against it: the page is UTF-8 because its bytes are valid UTF-8 with Chinese.
    from unionnews.middlewares.charset import redecode

    text = "某某市总工会近日推出十大措施，为职工办实事。" * 200
    body = text.encode("utf-8")
    mojibake = body.decode("gb18030", errors="replace")
    assert mojibake.count("\ufffd") <= len(mojibake) // 500
    assert redecode(body, mojibake, "gb2312") == (text, "utf-8")
    # Rows that must not change: real GBK declared as such, and ASCII.
    gbk = text.encode("gbk")
    assert redecode(gbk, gbk.decode("gbk"), "gbk") == (gbk.decode("gbk"), None)
    assert redecode(b"<p>plain</p>", "<p>plain</p>", "gb2312") == ("<p>plain</p>", None)


# A server's default ISO-8859-1 said of a Chinese page: the page's own <meta>, else
# GB18030 or Big5. Rows that must not change: ASCII, and a Latin page whose bytes no
# Chinese encoding reads.
@pytest.mark.parametrize(
    ("body", "declared", "expected"),
    [
        ('<meta charset="gb2312"><p>某某市总工会近日推出十大措施。</p>'.encode("gbk"), "iso-8859-1",
         ('<meta charset="gb2312"><p>某某市总工会近日推出十大措施。</p>', "gb18030")),
        ('<meta charset="big5"><p>某某市總工會近日推出十大措施。</p>'.encode("big5"), "iso-8859-1",
         ('<meta charset="big5"><p>某某市總工會近日推出十大措施。</p>', "big5")),
        ("<p>某某市总工会近日推出十大措施。</p>".encode("gbk"), "ISO-8859-1",
         ("<p>某某市总工会近日推出十大措施。</p>", "gb18030")),
        ("<p>某某市總工會近日推出十大措施。</p>".encode("big5"), "windows-1252",
         None),  # GB18030 may read Big5 bytes too: only a right <meta> tells them apart
        (b"<p>plain</p>", "iso-8859-1", ("<p>plain</p>", None)),
        ("<p>caf\u00e9 au lait</p>".encode("latin-1"), "iso-8859-1",
         ("<p>caf\u00e9 au lait</p>", None)),
    ],
)  # fmt: skip
def test_a_chinese_page_said_to_be_latin_is_read_in_chinese(body, declared, expected):
    from unionnews.middlewares.charset import redecode

    found = redecode(body, body.decode("latin-1"), declared)
    if expected is None:
        assert found[1] in ("gb18030", "big5")
    else:
        assert found == expected


def test_big5_said_to_be_utf8_is_read_in_the_charset_its_meta_names():
    # GB18030 reads Big5 bytes with few errors; the page's own <meta> says which is right.
    from unionnews.middlewares.charset import redecode

    text = '<meta charset="big5"><p>某某市總工會近日推出十大措施，為職工辦實事。</p>' * 50
    body = text.encode("big5")
    assert redecode(body, body.decode("utf-8", errors="replace"), "utf-8") == (text, "big5")


def test_the_resolver_refuses_private_answers_where_the_connection_is_made():
    from scrapy.utils.test import get_crawler
    from twisted.internet import reactor
    from twisted.internet.error import DNSLookupError

    from unionnews.middlewares.private_addresses import PublicOnlyResolver

    resolver = PublicOnlyResolver.from_crawler(get_crawler(), reactor)
    assert resolver._public("202.108.22.5", "www.example.cn") == "202.108.22.5"
    with pytest.raises(DNSLookupError, match=r"private address 127\.0\.0\.1"):
        resolver._public("127.0.0.1", "rebound.example.cn")
    allowed = PublicOnlyResolver.from_crawler(
        get_crawler(settings_dict={"UNIONNEWS_ALLOW_PRIVATE": True}), reactor
    )
    assert allowed.allow_private
