import pytest

from unionnews.extraction.page import footer_name, title_alone_name, title_suffix_name
from unionnews.extraction.sources import (
    canonical_source,
    dateline_outlet,
    names_an_outlet,
    person_and_outlet,
    resolve_source,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("工人日报", "工人日报"),
        ("中工网－工人日报", "工人日报"),  # portal before the outlet it reposts
        ("中工网-工人日报", "工人日报"),
        ("《工人日报》", "工人日报"),
        ("工人日报客户端", "工人日报客户端"),  # an app: kept as shown
        ("来源：湖南工人报", "湖南工人报"),
        ("游民星空[整理]", "游民星空"),
        ("36氪（ID：wow36kr）", "36氪"),  # an account's id after its name
        ("某某财经(微信号：moumou_2024)", "某某财经"),
        ("某某（ID卡中心）", "某某（ID卡中心）"),  # no id after the label: kept as shown
        ("新京报 作者：张三", "新京报"),
        ("某某新闻网", "某某新闻网"),  # kept as shown, not rewritten
        ("ETtoday 東森新聞雲", "ETtoday 東森新聞雲"),  # a Latin brand and its Chinese name
        ("NOWnews 今日新聞", "NOWnews 今日新聞"),
        ("新京报 2024-05-12", "新京报"),  # not a brand: what follows is dropped
        ("光明日报(2024年05月13日 05版)", "光明日报"),  # a print edition after the outlet
        ("人民日报（第04版）", "人民日报"),
        ("光明日报(", "光明日报"),  # what is left once the edition's date is read apart
        # a place, a domain or a credit in brackets after the outlet; the name in brackets
        ("人民网（北京）", "人民网"),
        ("央广网（www.cnr.cn）", "央广网"),
        ("新华社（记者 张三）", "新华社"),
        ("(中国新闻网)", "中国新闻网"),
        ("中国新闻网)", "中国新闻网"),
        # Rows that must not match: a bracket inside the name, a name that is no outlet's.
        ("中国（海南）改革发展研究院", "中国（海南）改革发展研究院"),
        ("某某研究院（北京）", "某某研究院（北京）"),
        ("湖南省总工会（湖南工人报）", "湖南省总工会（湖南工人报）"),  # brackets with no date
        ("中央社 CNA", "中央社"),  # a Chinese name and its initials
        ("网络", None),  # names no outlet
        ("本站", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_source(raw, expected):
    assert canonical_source(raw) == expected


# Rule "website and paper": the newspaper of an X网-Y报 pair, in either order, with any
# separator. Rows that must not match: two parts of which none is a paper, or no website.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("光明网-光明日报", "光明日报"),
        ("人民网－人民日报", "人民日报"),
        ("北青网—北京青年报", "北京青年报"),
        ("中青在线-中国青年报", "中国青年报"),
        ("中国青年网 / 中国青年报", "中国青年报"),
        ("湘工网·湖南工人报", "湖南工人报"),  # a pair nobody listed
        ("湖南工人报-湘工网", "湖南工人报"),
        ("某某电台-财经", "某某电台"),  # no paper: the outlet, then its column
        ("澎湃新闻·澎湃号·政务", "澎湃新闻"),  # channel and account suffixes
        ("某某日报|要闻", "某某日报"),  # a paper and its column: the paper
        ("人民网－人民日报海外版", "人民日报海外版"),  # a paper's edition is a paper
        ("某某网-体育版", "某某网"),  # a website's section is no paper
        ("某某网-报名通道", "某某网"),
    ],
)
def test_website_and_paper(raw, expected):
    assert canonical_source(raw) == expected


# Rule "channel": a page's own channel name is not an outlet.
@pytest.mark.parametrize(
    ("raw", "own", "expected"),
    [
        ("人民网-文化频道", None, "人民网"),
        ("文化频道", "人民网", "人民网"),
        ("国际频道", None, None),
        ("频道新闻网", None, "频道新闻网"),  # 频道 inside a name
    ],
)
def test_channel_is_not_a_source(raw, own, expected):
    assert resolve_source(raw, own) == expected


# Rule "self-name": the page is its own source.
@pytest.mark.parametrize(
    ("raw", "own", "expected"),
    [
        ("本网原创", "某某市总工会", "某某市总工会"),
        # in any brackets or script (§5); row that must not match: an outlet in brackets
        ("〔本報訊〕", "某某网", "某某网"),
        ("【本报讯】", "某某网", "某某网"),
        ("本網原創", "某某网", "某某网"),
        ("（某某日报）", "某某网", "某某日报"),
        ("本站原创", "某某医院", "某某医院"),
        ("本网原创稿", "某某网", "某某网"),
        ("原创", "某某网", "某某网"),
        ("本网讯", "某某网", "某某网"),
        ("本站整理", "某某网", "某某网"),
        ("本网编辑", "某某网", "某某网"),
        ("", "某某网", "某某网"),  # an empty 来源 label
        ("未知", "某某区总工会", "某某区总工会"),  # a template's placeholder: empty
        ("暂无", "某某网", "某某网"),
        ("未知", None, None),
        ("未知网", "某某网", "未知网"),  # a name, not the placeholder
        (None, "某某网", "某某网"),  # no label at all
        ("本网原创稿", None, None),  # not an outlet when the site is unknown
        ("本会", "某某省总工会", "某某省总工会"),  # relative self-name
        ("本会", None, "本会"),  # kept as shown when the site is unknown
        ("市总工会", "某某市总工会", "某某市总工会"),
        ("办公室", "某某省总工会", "某某省总工会"),  # the federation's own department
        ("宣教部", "某某市总工会", "某某市总工会"),
        ("经济技术部", "某某市总工会", "某某市总工会"),
        ("国际联络部", "中华全国总工会", "中华全国总工会"),
        ("市总工会宣教部", "某某市总工会", "某某市总工会"),  # after the relative name
        ("市总办公室", "某某市总工会", "某某市总工会"),
        ("本会女职工部", "某某省总工会", "某某省总工会"),
        ("某某市总工会宣教部", "某某省总工会", "某某市总工会宣教部"),  # a named union's part
        ("市总", "某某市总工会", "市总"),  # no department after the short name
        # the level must be the site's: the province's department on a city's site, the
        # national federation's on a province's, are other bodies
        ("省总宣教部", "某某省总工会", "某某省总工会"),
        ("省总宣教部", "某某市总工会", "省总宣教部"),
        ("省总工会", "某某市总工会", "省总工会"),
        ("全总组织部", "中华全国总工会", "中华全国总工会"),
        ("全总组织部", "某某省总工会", "全总组织部"),
        ("区总工会", "广西壮族自治区总工会", "广西壮族自治区总工会"),
        ("人社部", "某某市总工会", "人社部"),  # a ministry, not the site's department
        ("商务部", "某某市总工会", "商务部"),
        ("国务院新闻办公室", "某某市总工会", "国务院新闻办公室"),
        ("某某市总工会", "某某省总工会", "某某市总工会"),  # a named union is an outlet
        ("工人日报", "某某网", "工人日报"),
    ],
)
def test_self_name(raw, own, expected):
    assert resolve_source(raw, own) == expected


# Rule "no outlet": the web at large, compilations, advertorial labels.
@pytest.mark.parametrize(
    "raw",
    [
        *["网络", "综合", "综合新华社、人民网", "商讯", "广告", "推广", "网友投稿"],
        *["作者投稿", "用户投稿", "投稿", "读者来信", "网络转载", "转自网络", "其他", "自媒体"],
        *["管理员", "admin", "微信", "公众号", "百家号", "微信公众号", "新浪微博", "今日头条"],
    ],
)
def test_no_outlet(raw):
    assert resolve_source(raw, "某某网") is None


# Rule "person and outlet": 张三/某某报.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("石佳/中国青年报", ("石佳", "中国青年报")),
        ("王鑫／工人日报", ("王鑫", "工人日报")),
        ("新华网/人民日报", None),  # two outlets
        ("张三/李四", None),  # two people
        ("文/张三", None),  # a credit, not a person
    ],
)
def test_person_and_outlet(raw, expected):
    assert person_and_outlet(raw) == expected
    if expected:
        assert canonical_source(raw) == expected[1]


def test_alias_table_can_be_given():
    assert canonical_source("娄底工会", {"娄底工会": "娄底市总工会"}) == "娄底市总工会"


# Rule "footer name": the site's own name from its footer.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["版权所有：娄底市总工会 湘ICP备12345678号"], "娄底市总工会"),
        (["主办单位：某某大学纪检监察室 版权所有"], "某某大学纪检监察室"),
        (["版权所有 某某医院 Copyright © 2018"], "某某医院"),
        (["Copyright©某某网 All Rights Reserved 版权所有 复制必究"], "某某网"),
        (["某某市总工会 版权所有"], "某某市总工会"),
        (["版权所有 复制必究"], None),
        (["联系我们 关于我们"], None),
        # a company runs the site; it is not the site's name
        (["北京科能广告有限公司深圳分公司 版权所有"], None),
        (["版权所有：某某传媒集团"], None),
        (["版权所有：某某公司工会"], "某某公司工会"),  # a company's union is named
        # the host after its label wins over what stands before a label; the body that
        # supervises the site is not its name
        (["本网站由某某市总工会主办"], "某某市总工会"),
        (["主管：某某市委宣传部 主办：某某日报社"], "某某日报社"),
        (["网站主办单位：某某省总工会"], "某某省总工会"),
        (["Copyright@2024 某某网"], "某某网"),
        (["Copyright © 2004-2024 某某网"], "某某网"),
        (["自由電子報 版權所有 不得轉載 © 2013"], "自由電子報"),
        (["© 2010 - 2016 某某网 京ICP备16058363号-1"], None),  # © alone names nobody
        (["主管单位：某某市委宣传部"], None),
        # a rights notice after 版权所有 names nobody: the name before it does
        (["某某工人报社版权所有 未经书面授权禁止使用"], "某某工人报社"),
        (["版权所有 严禁转载"], None),
    ],
)
def test_footer_name(lines, expected):
    assert footer_name(lines) == expected


@pytest.mark.parametrize(
    ("html_title", "headline", "expected"),
    [
        ("标题_10%公司_澎湃新闻", "标题", "澎湃新闻"),
        ("标题--文化--人民网", "标题", "人民网"),
        ("标题-股票频道-某某网", "标题", "某某网"),
        ("标题 某某办事处_某某网", "标题", "某某网"),
        ("标题", "标题", None),  # the headline alone
        ("某某网 - 标题", "标题", None),  # before the headline: the site or a column
        ("补壹刀：别笑！", "补壹刀：别笑！", None),
        ("标题 | 某某新闻 - The Paper", "标题", "某某新闻"),  # the Latin name is the same site's
        ("标题_某某网(cctv.com)", "标题", "某某网"),  # its domain after its name
        ("标题_某某网_www.example.com", "标题", "某某网"),  # its address after its name
        ("标题 - 某某网 - www.some-site.com", "标题", "某某网"),
        ("标题 | 某某网 | A Long English Name Of The Site", "标题", "某某网"),
        ("标题_某某网_Example News", "标题", "某某网"),
        ("标题_Example News", "标题", "Example News"),  # a Latin name alone is the name
        # Rule "motto after the name": the site's motto, edition or column after its name
        ("标题_某某网_国家经济门户", "标题", "某某网"),
        ("标题 - 某某电视台 - 官方网站", "标题", "某某电视台"),
        ("标题 | 某某日报 | 权威发布", "标题", "某某日报"),
        ("标题_某某客户端_首页", "标题", "某某客户端"),
        # Rows that must not match: a Latin name alone, a headline's own brackets; a
        # channel's 新闻 before the name, an organisation's own name, a last part that
        # has an outlet's ending, a part before it that has none.
        ("标题 - The Paper", "标题", "The Paper"),
        ("标题_某某网（2024年版）", "标题", "某某网（2024年版）"),
        ("标题_图片新闻_某某", "标题", "某某"),
        ("标题 - 国际新闻 - 某某", "标题", "某某"),
        ("标题_工会新闻_某某市总工会", "标题", "某某市总工会"),
        ("标题-某某网-某某区人民政府", "标题", "某某区人民政府"),
        ("标题_某某网_某某省总工会", "标题", "某某省总工会"),
        ("标题_凤凰网资讯_凤凰网", "标题", "凤凰网"),
        ("标题_要闻动态_某某市人民政府", "标题", "某某市人民政府"),
        ("标题 | 专题报道 | 权威发布", "标题", "权威发布"),
        # the <title> does not start with the headline: its parts may be the headline's
        ("访谈 - 职工走进某某电视台 - 官方网站", "职工走进某某电视台", "官方网站"),
        ("访谈_职工走进某某电视台_官方网站", "职工走进某某电视台", "官方网站"),
    ],
)
def test_title_suffix_name(html_title, headline, expected):
    assert title_suffix_name(html_title, headline) == expected


# Rule "publisher suffix": the publishing house is the paper. Rows that must not match: an
# app is kept as shown (§5), an agency's 社 is its name.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("某某日报社", "某某日报"),
        ("工人日报客户端", "工人日报客户端"),
        ("某某日报APP", "某某日报APP"),
        ("新华社", "新华社"),  # an agency's 社 is its name
        ("中新社", "中新社"),
        ("某某杂志社", "某某杂志社"),
        ("客户端", "客户端"),  # nothing left: kept as shown
    ],
)
def test_publisher_suffix(raw, expected):
    assert canonical_source(raw) == expected


# Rule "account suffix": an account's 微信公众号 or 官方微信 is not part of its name.
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("某某发布微信公众号", "某某发布"),
        ("工人日报官方微信", "工人日报"),
        ("某某市总工会 公众号", "某某市总工会"),
        ("某某工会微信公号", "某某工会"),
        ("公众号", "公众号"),  # nothing left: kept as shown
        ("某某微信研究院", "某某微信研究院"),  # 微信 inside the name
        ("人民日报官方微博", "人民日报"),
        ("某某晚报官方账号", "某某晚报"),
        ("某某晚报官方百家号", "某某晚报"),
        ("官方账号", "官方账号"),  # nothing left: kept as shown
        ("某某账号管理中心", "某某账号管理中心"),
        ("新浪微博", "新浪微博"),  # a platform's own name is no account's suffix
        # Rule "platform before the account": the account after the platform's name.
        # Rows that must not match: a product or a name that opens with a platform's word.
        ("微信公众号“新华社”", "新华社"),
        ("微信公众号：某某财经", "某某财经"),
        ("百家号 某某财经", "某某财经"),
        ("新浪微博@人民日报", "人民日报"),
        ("微信读书", "微信读书"),
        ("快手科技报道", "快手科技报道"),
        ("微信号：moumou", "微信号：moumou"),
    ],
)
def test_account_suffix(raw, expected):
    assert canonical_source(raw) == expected


# Rule "outlet by form": a 来源 value must have the form of an outlet's or an account's
# name; a value that does not is no outlet, and the page falls back to the site's own.
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("工人日报", True),
        ("中工网－工人日报", True),
        ("人民网 ]", True),  # a closing bracket left by [来源：人民网 ] is cleaned later
        ("ETtoday 東森新聞雲", True),
        ("湖南省总工会（湖南工人报）", True),  # brackets closed
        ("更新", False),  # a furniture word where the value should be
        ("更新时间", False),
        ("出版", False),  # what is left of 出版時間 once 時間 is read as a label
        ("举报", False),
        ("楼主", False),  # a thread's furniture
        ("编辑于", False),
        ("全球", False),
        ("转载文章", False),
        ("【快资讯】", False),  # a column label
        ("快资讯】", False),  # the same label cut after its opening bracket
        ("某某网】 ", False),
        ("独家抢先看", False),
        ("求是网参与互动", False),  # an invitation, not a name
        ("中国新闻网(北京", False),  # cut inside its brackets
        ("果汁？啤酒？難分", False),  # sentence marks: a headline
        ("据介绍，该活动由市总工会主办", False),
        ("一" * 31, False),  # longer than any outlet's name
        # a reporter's role alone, a web address; rows that must not match: an outlet
        # named with its address, an outlet whose name holds a role's word
        ("通讯员", False),
        ("本站记者", False),
        ("www.example.com.cn", False),
        ("http://www.example.com/news/", False),
        ("某某网 www.example.com", True),
        ("记者之家网", True),
    ],
)
def test_names_an_outlet(value, expected):
    assert names_an_outlet(value) is expected


def test_a_value_that_names_no_outlet_falls_back_to_the_site():
    assert resolve_source("更新", "中央社") == "中央社"
    assert resolve_source("中国新闻网(北京", None) is None
    assert resolve_source("工人日报", "中央社") == "工人日报"


# Rule "dateline's outlet": the outlet a news lead names. Rows that must not match: the
# paper's own 本报讯, a place alone, a date in a sentence, 据 with no outlet after it.
@pytest.mark.parametrize(
    ("paragraph", "outlet"),
    [
        ("新华社北京5月19日电（记者张三、李四）近日，", "新华社"),
        ("新华社华盛顿5月19日电 美国", "新华社"),
        ("中新网5月19日电 据报道，", "中新网"),
        ("人民网北京5月19日电（记者 张三）", "人民网"),
        ("（中央社記者溫貴香台北21日電）行政院副院長", "中央社"),
        ("新京报讯（记者 陆一夫）11月25日，", "新京报"),
        ("央视网消息（新闻联播）：", "央视网"),
        ("【经济日报讯】近日，", "经济日报"),
        ("【明報專訊】全國總工會", "明報"),  # a special dispatch
        ("【專訊】全國總工會", None),
        ("本报讯（记者 王鑫 通讯员 方大丰）近日，", None),
        ("本报北京5月11日电（记者 张三）", None),
        ("北京5月19日电 近日，", None),  # a place, no outlet
        ("5月19日，市总工会召开会议。", None),
        ("据新华社报道，近日", "新华社"),  # §5: 据某某网…报道 is a dateline's outlet
        ("据人民日报5月19日消息，", "人民日报"),
        ("【环球时报综合报道】近日，", "环球时报"),
        ("【环球网报道 记者 张三】近日，", "环球网"),
        ("据报道，近日", None),
        ("据介绍，市总工会今年共走访职工一万人次。", None),
        ("据了解，该报道引起广泛关注。", None),
        ("【综合报道】近日，", None),
        ("市总工会5月19日召开会议，电力公司职工参加。", None),
        ("（路透社）美国劳工部13日公布，", "路透社"),  # a name alone in parentheses
        ("（观察者网讯）近日，", "观察者网"),
        ("據美聯社報道，", "美聯社"),
        ("（本报）近日，", None),
        ("（相关新闻）近日，", None),  # no agency's or paper's ending
        ("（图片来源：新华网）", None),
        ("（记者张三）近日，", None),
        # the name whole where its ending goes on; a place after the outlet stays apart
        ("中国日报网5月19日电 近日，", "中国日报网"),
        ("央视新闻客户端5月19日电 近日，", "央视新闻客户端"),
        ("新华社台北5月19日电 近日，", "新华社"),
        # a dated 讯 or 消息
        ("潇湘晨报5月19日讯 近日，", "潇湘晨报"),
        ("央广网北京5月19日消息（记者张三）", "央广网"),
        ("本报5月19日讯 近日，", None),
        ("市总工会5月19日消息称，", None),  # no outlet's ending
        # 讯 glued to the text, an outlet cited in book marks; rows that must not match:
        # a word that opens with 讯息, the paper's own 本报讯
        ("光明网讯近日，某市总工会推出十大措施。", "光明网"),
        ("北京日报客户端讯 近日，", "北京日报客户端"),
        ("据《工人日报》报道，", "工人日报"),
        ("中国网讯息传播中心近日发布报告。", None),
        ("本报讯近日，", None),
    ],
)
def test_dateline_outlet(paragraph, outlet):
    assert dateline_outlet(paragraph) == outlet


# Rule "platform": with no 来源, a self-media platform's own name (微信公众平台, 百家号) is
# not the page's source; null is better than the platform. Rows that must not match:
# sites named like outlets.
@pytest.mark.parametrize(
    ("site_name", "source"),
    [
        ("微信公众平台", None),
        ("百家号", None),
        ("某某日报", "某某日报"),
        ("某某工会网", "某某工会网"),
    ],
)
def test_a_platform_is_not_the_source(site_name, source):
    from unionnews.extract import extract_page

    para = (
        "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"
    )
    html = (
        f'<html><head><meta property="og:site_name" content="{site_name}">'
        "<title>某某市总工会推出十大措施</title></head><body><h1>某某市总工会推出十大措施</h1>"
        "<div>2024-05-13</div>" + f"<p>{para}</p>" * 3 + "</body></html>"
    )
    record = extract_page(html.encode(), "https://news.example.invalid/a/1.html")
    assert record["source"] == source


# The <title> that is the site's name alone (an e-paper titles every page 某某工人日报) is
# the site's name. Rows that must not match: the headline alone, a column's name, a
# <title> with parts.
@pytest.mark.parametrize(
    ("html_title", "headline", "expected"),
    [
        ("浙江工人日报", "丽水市总举办健步走活动", "浙江工人日报"),
        ("某某工会网", None, "某某工会网"),
        ("南昌市总工会", "市总工会开展夏季送清凉活动", "南昌市总工会"),
        ("基层工会", "市总工会开展夏季送清凉活动", None),  # a column's name
        ("丽水市总举办健步走活动", "丽水市总举办健步走活动", None),
        ("工会要闻", "丽水市总举办健步走活动", None),
        ("丽水市总举办健步走活动_浙江工人日报", "丽水市总举办健步走活动", None),
        ("某某日报记者走进车间", "车间里的劳模", None),  # a headline of its own
    ],
)
def test_title_alone_name(html_title, headline, expected):
    assert title_alone_name(html_title, headline) == expected
