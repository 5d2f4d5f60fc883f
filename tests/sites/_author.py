"""Writes the site fixtures: list and article pages modelled on each site's layout
(see the notes in unionnews/sites/table.py), their replay index, and the expected records.

The expected records come from the article specs below, written by hand; nothing here
runs the extractor. Run it again after editing a spec: python tests/sites/_author.py
"""

from __future__ import annotations

import json
from pathlib import Path

HERE = Path(__file__).parent
NONE_REGION = {"province": None, "city": None, "county": None}


def region(province=None, city=None, county=None):
    return {"province": province, "city": city, "county": county}


def paras(ps, tag="p"):
    return "\n".join(f"<{tag}>{p}</{tag}>" for p in ps)


# -- layouts ------------------------------------------------------------------------------
def workercn_article(a, page_links=""):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]} - 全国工会 - 中工网</title></head>
<body>
<div class="topnav"><a href="https://www.workercn.cn/">中工网</a> <a href="/qggh/">全国工会</a> <a href="/dfgh/">地方工会</a> <a href="/roll/">滚动</a></div>
<div class="channel">中工娱乐</div>
<h1 class="ctitle">{a["title"]}</h1>
<div class="signdiv"><span>来源：{a["source_shown"]}</span> <span class="time">{a["time_shown"]}</span></div>
<div class="ccontent">
{paras(a["html_paras"])}
<p>责任编辑：{a["editor"]}</p>
{page_links}
</div>
<div class="matrix"><span>中工网客户端</span> <span>微信</span> <span>微博</span></div>
<div class="footer"><a href="/about/">关于中工网</a> | <a href="/copyright/">版权声明</a> | 违法和不良信息举报电话 <p>Copyright 2008-2026 www.workercn.cn All Rights Reserved</p></div>
</body></html>
"""


def list_page(title, items, extra="", charset="utf-8", nav=""):
    lis = "\n".join(
        f'<li><a href="{u}" title="{t}">{t}</a><span>{d}</span></li>' for u, t, d in items
    )
    return f"""<!DOCTYPE html>
<html><head><meta charset="{charset}"><title>{title}</title></head>
<body>
<div class="nav">{nav}</div>
<div class="list-box"><h2>{title}</h2>
<ul class="List7">
{lis}
</ul>
{extra}
</div>
</body></html>
"""


def grrb_page(day_cn, page_no, articles, pages):
    page_list = "".join(
        f'<li><a href="{u}">{n}版</a> <a class="pdf" href="{u[:-9]}grrb.pdf">PDF</a></li>'
        for n, u in pages
    )
    titles = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in articles)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>工人日报</title></head>
<body>
<div class="holder"><div class="date">工人日报 {day_cn}</div>
<ul id="pageUrl">{page_list}</ul>
<ul id="pageTitle">{titles}</ul></div>
</body></html>
"""


def grrb_article(a, day_cn, page_links):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]}</title></head>
<body>
<div class="holder"><div class="date">工人日报 {day_cn}</div>
<ul id="pageUrl">{page_links}</ul></div>
<div class="article">
<div id="pretitle">{a["pretitle"]}</div>
<h1 id="ctitle">{a["title"]}</h1>
<div class="source">{a["source_line"]}</div>
<div id="ccontent">
{paras(a["html_paras"])}
</div>
<div id="imgs"><p>本报记者 {a["photographer"]} 摄</p></div>
</div>
<div class="footer"><a href="/about/">关于中工网</a> | <a href="/copyright/">版权声明</a></div>
</body></html>
"""


def trs_article(a, site_name):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]}_{site_name}</title>
<meta name="ArticleTitle" content="{a["title"]}"></head>
<body>
<div class="header"><a href="/">首页</a> <a href="../">新闻动态</a></div>
<div class="location">当前位置：<a href="/">首页</a> &gt; <a href="../">工会要闻</a></div>
<div class="article">
<h2 class="title">{a["title"]}</h2>
<div class="info">发布时间：{a["time_shown"]} &nbsp; 来源：{a["source_shown"]} &nbsp; 【字号：大 中 小】</div>
<div class="TRS_Editor">
{paras(a["html_paras"])}
</div>
<div class="tools">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div>
<div class="footer">版权所有：{site_name}</div>
</body></html>
"""


def people_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]}--中国工会新闻--人民网</title></head>
<body>
<div class="path"><a href="http://cpc.people.com.cn/">中国共产党新闻网</a>&gt;&gt;<a href="http://acftu.people.com.cn/">中国工会新闻</a>&gt;&gt;<a href="/GB/67502/index.html">各地工会及产业工会</a></div>
<div class="text_title"><h1>{a["title"]}</h1>
<div class="box01"><div class="fl">{a["time_shown"]}&nbsp;&nbsp;来源：<a href="#">{a["source_shown"]}</a></div></div></div>
<div class="show_text">
{paras(a["html_paras"])}
<div class="edit">(责编：{a["editor_shown"]})</div>
</div>
<div class="footer">人民网版权所有，未经书面授权禁止使用</div>
</body></html>
"""


def hnszgh_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>湖南工会网</title></head>
<body>
<div id="top"><a href="/">湖南工会网</a> <a href="/web/default/menu.jsp?menuId=1&amp;pageNo=1">工会要闻</a></div>
<div id="sec_main"><div class="neirong">
<h4>{a["title"]}</h4>
<div class="laiyuan">来源：{a["source_shown"]} &nbsp; 时间：{a["time_shown"]}</div>
<div class="Article">
{paras(a["html_paras"])}
</div>
</div></div>
<div class="foot">主办：湖南省总工会 版权所有</div>
</body></html>
"""


def ldszgh_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]}-娄底市总工会</title></head>
<body>
<div class="head"><a href="/">网站首页</a> <a href="/News/">工会动态</a></div>
<div class="news-view">
<h3 class="news-title">{a["title"]}</h3>
<div class="news-info">发布时间：{a["time_shown"]} 作者：{a["author_shown"]} 点击：356</div>
<div class="news-con">
<p align="center"><img src="/upload/1.jpg"></p>
<p align="center">{a["caption"]}</p>
{paras(a["html_paras"])}
</div>
</div>
<div class="foot">版权所有:娄底市总工会 湘ICP备2022003869号 地址：娄底市娄星区</div>
</body></html>
"""


def post_article(a, site_name):
    credit = a.get("closing", "")
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]}-{site_name}</title>
<meta name="ArticleTitle" content="{a["title"]}"></head>
<body>
<div class="nav"><a href="/">首页</a> <a href="../">要闻</a></div>
<div class="article">
<h1>{a["title"]}</h1>
<div class="info">{a["time_shown"]} 来源:{a["source_shown"]} {a.get("author_part", "")} 分享:<a>微信</a><a>微博</a></div>
<div class="content">
{paras(a["html_paras"])}
{credit}
</div>
</div>
<div class="footer">{site_name} 版权所有</div>
</body></html>
"""


def ldwb_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>劳动午报 - {a["title"]}</title></head>
<body>
<table width="100%"><tr><td class="left"><a href="/">本期目录</a></td>
<td class="main">
<div class="title">{a["title"]}</div>
<div class="info">劳动午报 {a["time_shown"]} 第{a["page"]}版</div>
<div id="ozoom">
{paras(a["html_paras"])}
<p>{a["photo_credit"]}</p>
</div>
</td></tr></table>
<div class="footer">主办/运营管理 劳动午报社 版权所有 技术开发:正辰科技 京ICP备20012564号-1</div>
</body></html>
"""


def xpaper_article(a, headlines):
    heads = "".join(f'<li><a href="{u}">{t}</a></li>' for u, t in headlines)
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>四川工人日报</title></head>
<body>
<div class="left"><ul class="headlines">{heads}</ul>
<div class="ban">第01版</div><div class="pager"><a>上一期</a> <a>下一期</a> <a>上一版</a> <a>下一版</a></div>
<form>标题 <input name="q"> 站内高级搜索</form></div>
<div class="right">
<div class="issue">第14064期:第01版 本期出版日期:{a["day"]}</div>
<h2 class="art-title">{a["title"]}</h2>
<div class="voice">语音播报</div>
<div class="content">
<p class="caption">{a["caption"]}</p>
{paras(a["html_paras"])}
</div></div>
</body></html>
"""


def qh_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]} - 青海省总工会</title></head>
<body>
<div class="sidebar"><h3>青海省总工会简介</h3><p>青海省总工会是全省各级工会组织的领导机关。<a href="/about">更多&gt;</a></p></div>
<div class="main">
<div class="show-title"><h1>{a["title"]}</h1></div>
<div class="show-info">发布时间：{a["time_shown"]}&nbsp;&nbsp;浏览：88</div>
<div class="show-content">
{paras(a["html_paras"])}
</div></div>
<div class="footer">©CopyRight 青海省总工会 All Rights Reserved. 青ICP备17001415号</div>
</body></html>
"""


def hanweb_article(a):
    return f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{a["title"]} 江苏工会网</title></head>
<body>
<div class="top"><a href="/">江苏工会网</a></div>
<table class="main"><tr><td>
<div class="bt">{a["title"]}</div>
<div class="xx">发布日期：{a["time_shown"]} &nbsp; 信息来源：{a["source_shown"]} &nbsp; 浏览次数：<span>120</span></div>
<div id="zoom">
{paras(a["html_paras"])}
</div>
</td></tr></table>
<div class="foot">版权所有：江苏省总工会</div>
</body></html>
"""


# -- the sites --------------------------------------------------------------------------
def shown_precision(shown: str | None) -> str | None:
    """What a page's time text shows, read by eye: 2026-11-20 09:12 is to the minute."""
    if not shown:
        return None
    clock = shown.count(":") + shown.count("：")
    return "second" if clock >= 2 else "minute" if clock == 1 else "day"


def art(
    url,
    title,
    body,
    *,
    source=None,
    source_raw=None,
    published_at=None,
    authors=(),
    editor=None,
    tags=(),
    region=NONE_REGION,
    html_paras=None,
    **layout,
):
    """One article: the record it must give, and what its page shows."""
    return {
        "url": url,
        "title": title,
        "body": body,
        "html_paras": html_paras or body,
        "record": {
            "url": url,
            "site": url.split("/")[2],
            "title": title,
            "source": source,
            "source_raw": source_raw,
            "published_at": published_at,
            # An e-paper page shows its issue's date alone: a day.
            "published_precision": (shown_precision(layout.get("time_shown")) or "day")
            if published_at
            else None,
            "authors": list(authors),
            "editor": editor,
            "tags": list(tags),
            "region": region,
            "body": "\n".join(body),
        },
        **layout,
    }


SITES: dict[str, dict] = {}

# 中工网: two list pages (the second reached through 下一页), one article split in two.
W = "https://www.workercn.cn"
w1 = art(
    f"{W}/c/2026-11-20/8921001.shtml",
    "全国总工会部署开展职工冬季送温暖活动",
    [
        "本报讯（记者 李娜）11月19日，全国总工会召开视频会议，部署开展2027年元旦春节期间职工送温暖活动。",
        "会议要求，各级工会要聚焦困难职工、新就业形态劳动者等群体，把党和政府的关怀送到职工心坎上。",
        "据介绍，今年以来全国各级工会已筹集送温暖资金逾30亿元，走访慰问职工近千万人次。",
    ],
    source="工人日报",
    source_raw="中工网－工人日报",
    published_at="2026-11-20T09:12:00+08:00",
    authors=["李娜"],
    editor="王伟",
    source_shown="中工网－工人日报",
    time_shown="2026-11-20 09:12",
)
w2_body = [
    "湖南省株洲市总工会近日启动“技能株洲”职工技能提升行动，计划三年内培训产业工人5万人次。",
    "行动聚焦轨道交通、航空动力等重点产业，采取“工会搭台、企业出题、职工答题”的方式开展。",
    "株洲市总工会有关负责人表示，将联合职业院校建设一批职工技能培训基地。",
    "目前，首批12个职工创新工作室已经挂牌，涉及企业职工2000余人。",
]
w2 = art(
    f"{W}/c/2026-11-19/8920777.shtml",
    "株洲启动职工技能提升行动 三年培训产业工人5万人次",
    w2_body,
    source="株洲日报",
    source_raw="株洲日报",
    published_at="2026-11-19T16:40:00+08:00",
    editor="赵敏",
    region=region("湖南省", "株洲市"),
    source_shown="株洲日报",
    time_shown="2026-11-19 16:40",
)
SITES["workercn"] = {
    "pages": {
        f"{W}/roll/": (
            "list",
            list_page(
                "滚动新闻_中工网",
                [(w1["url"], w1["title"], "2026-11-20")],
                '<div class="page"><a href="/roll/index_2.shtml">下一页</a></div>',
            ),
        ),
        f"{W}/roll/index_2.shtml": (
            "list",
            list_page("滚动新闻_中工网", [(w2["url"], w2["title"], "2026-11-19")]),
        ),
        f"{W}/qggh/": (
            "list",
            list_page("全国工会_中工网", [(w1["url"], w1["title"], "2026-11-20")]),
        ),
        f"{W}/dfgh/": (
            "list",
            list_page("地方工会_中工网", [(w2["url"], w2["title"], "2026-11-19")]),
        ),
        w1["url"]: ("article", workercn_article({**w1, "editor": "王伟"})),
        w2["url"]: (
            "article",
            workercn_article(
                {**w2, "html_paras": w2_body[:2], "editor": "赵敏"},
                '<div class="page"><span>1</span> <a href="8920777_2.shtml">2</a> <a href="8920777_2.shtml">下一页</a></div>',
            ),
        ),
        f"{W}/c/2026-11-19/8920777_2.shtml": (
            "page",
            workercn_article(
                {**w2, "html_paras": w2_body[2:], "editor": "赵敏"},
                '<div class="page"><a href="8920777.shtml">上一页</a> <a href="8920777.shtml">1</a> <span>2</span></div>',
            ),
        ),
    },
    "articles": [w1, w2],
}

# 工人日报 e-paper, the issue of 2026-11-24.
G = f"{W}/papers/grrb/2026/11/24"
g1 = art(
    f"{G}/1/news-1.html",
    "产业工人队伍建设改革取得新进展",
    [
        "记者从全国总工会获悉，产业工人队伍建设改革实施以来，全国已建成劳模和工匠人才创新工作室超过17万家。",
        "各地工会持续深化“求学圆梦行动”，累计帮助200余万名一线职工提升学历和技能。",
    ],
    source="工人日报",
    source_raw="《工人日报》",
    published_at="2026-11-24",
    pretitle="聚焦产改",
    source_line="《工人日报》（2026年11月24日 01版）",
    photographer="王伟伟",
)
g2 = art(
    f"{G}/2/news-3.html",
    "江苏省总工会为快递小哥办实事",
    [
        "江苏省总工会近日出台措施，为全省快递从业人员建设500个“工会驿站”，提供饮水、休息、充电等服务。",
        "今年前10个月，江苏各级工会已为新就业形态劳动者办理入会手续12万人次。",
    ],
    source="工人日报",
    source_raw="《工人日报》",
    published_at="2026-11-24",
    region=region("江苏省"),
    pretitle="",
    source_line="《工人日报》（2026年11月24日 02版）",
    photographer="赵勇",
)
g_pages = [(1, f"{G}/1/page.html"), (2, f"{G}/2/page.html")]
g_links = "".join(f'<li><a href="{u}">{n}版</a></li>' for n, u in g_pages)
SITES["grrb"] = {
    "args": ["-a", "date=2026-11-24"],
    "pages": {
        f"{G}/1/page.html": (
            "list",
            grrb_page("2026年11月24日 星期二", 1, [(g1["url"], g1["title"])], g_pages),
        ),
        f"{G}/2/page.html": (
            "list",
            grrb_page("2026年11月24日 星期二", 2, [(g2["url"], g2["title"])], g_pages),
        ),
        g1["url"]: ("article", grrb_article(g1, "2026年11月24日 星期二", g_links)),
        g2["url"]: ("article", grrb_article(g2, "2026年11月24日 星期二", g_links)),
    },
    "articles": [g1, g2],
}

# 中华全国总工会 (TRS layout)
A = "https://www.acftu.org/xwdt/ghyw"
a1 = art(
    f"{A}/202611/t20261118_880011.html",
    "全总召开新就业形态劳动者入会工作推进会",
    [
        "11月17日，全国总工会在京召开新就业形态劳动者入会工作推进会，总结交流各地经验做法。",
        "会议指出，要推动货车司机、网约车司机、快递员、外卖配送员等群体应入尽入。",
    ],
    source="中华全国总工会",  # the federation's own department: the site itself
    source_raw="全总组织部",
    published_at="2026-11-18",
    source_shown="全总组织部",
    time_shown="2026-11-18",
)
a2 = art(
    f"{A}/202611/t20261116_879950.html",
    "上海市总工会举办职工职业技能大赛决赛",
    [
        "上海市总工会日前举办职工职业技能大赛决赛，来自全市的800余名选手参加了10个工种的比拼。",
        "大赛前三名选手将按规定获得“上海市技术能手”称号。",
    ],
    source="上海市总工会",
    source_raw="上海市总工会",
    published_at="2026-11-16T10:30:00+08:00",
    region=region("上海市", "上海市"),
    source_shown="上海市总工会",
    time_shown="2026-11-16 10:30",
)
SITES["acftu"] = {
    "pages": {
        f"{A}/": (
            "list",
            list_page(
                "工会要闻_中华全国总工会",
                [(a["url"].replace(A, "."), a["title"], "2026-11") for a in (a1, a2)],
            ),
        ),
        a1["url"]: ("article", trs_article(a1, "中华全国总工会")),
        a2["url"]: ("article", trs_article(a2, "中华全国总工会")),
    },
    "articles": [a1, a2],
}

# 中国工会新闻网 (people.com.cn layout)
P = "http://acftu.people.com.cn"
p1 = art(
    f"{P}/n1/2026/1120/c67502-40611234.html",
    "广东省总工会推出职工疗休养新举措",
    [
        "广东省总工会近日印发通知，将劳模疗休养范围扩大到一线技术工人和新就业形态劳动者代表。",
        "今年全省计划组织职工疗休养2万人次，重点向基层一线倾斜。",
    ],
    source="工人日报客户端",  # an app is an outlet of its own name, kept as shown (§5)
    source_raw="工人日报客户端",
    published_at="2026-11-20T08:25:00+08:00",
    editor="李楠、王丹",  # every name the page shows
    region=region("广东省"),
    source_shown="工人日报客户端",
    time_shown="2026年11月20日08:25",
    editor_shown="李楠、王丹",
)
p2 = art(
    f"{P}/n1/2026/1119/c67502-40610987.html",
    "成都市总工会开展“春风行动”线上招聘",
    [
        "成都市总工会联合人社部门开展线上招聘活动，300余家企业提供就业岗位8000余个。",
        "活动期间，工会还为求职职工提供免费技能培训报名服务。",
    ],
    source="四川工人日报",
    source_raw="四川工人日报",
    published_at="2026-11-19T15:02:00+08:00",
    editor="张晓",
    region=region("四川省", "成都市"),
    source_shown="四川工人日报",
    time_shown="2026年11月19日15:02",
    editor_shown="张晓",
)
SITES["acftu_people"] = {
    "pages": {
        f"{P}/GB/67502/index.html": (
            "list",
            list_page(
                "各地工会及产业工会--中国工会新闻--人民网",
                [(p["url"].replace(P, ""), p["title"], "") for p in (p1, p2)],
            ),
        ),
        p1["url"]: ("article", people_article(p1)),
        p2["url"]: ("article", people_article(p2)),
    },
    "articles": [p1, p2],
}

# 湖南省总工会 (jsp layout)
H = "http://www.hnszgh.org/web/default"
h1 = art(
    f"{H}/content.jsp?contentId=52001",
    "全省工会系统学习贯彻全会精神宣讲活动启动",
    [
        "11月18日，全省工会系统学习贯彻全会精神宣讲活动在长沙启动。",
        "宣讲团将深入14个市州和重点企业开展宣讲，推动全会精神进企业、进车间、进班组。",
    ],
    source="湖南工人报",
    source_raw="湖南工人报",
    published_at="2026-11-18T17:20:00+08:00",
    region=region("湖南省"),
    source_shown="湖南工人报",
    time_shown="2026-11-18 17:20",
)
h2 = art(
    f"{H}/content.jsp?contentId=51988",
    "湘潭市总工会为环卫工人送去冬衣",
    [
        "11月16日，湘潭市总工会为全市1200名环卫工人送去冬衣和慰问品。",
        "湘潭市总工会负责人表示，将持续关心关爱户外劳动者，办好职工身边的实事。",
    ],
    source="湘潭市总工会",
    source_raw="湘潭市总工会",
    published_at="2026-11-16T09:00:00+08:00",
    region=region("湖南省", "湘潭市"),
    source_shown="湘潭市总工会",
    time_shown="2026-11-16 09:00",
)
SITES["hnszgh"] = {
    "pages": {
        f"{H}/menu.jsp?menuId=1&pageNo=1": (
            "list",
            list_page(
                "工会要闻",
                [(h["url"].replace(H, "/web/default"), h["title"], "2026-11-18") for h in (h1, h2)],
            ),
        ),
        h1["url"]: ("article", hnszgh_article(h1)),
        h2["url"]: ("article", hnszgh_article(h2)),
    },
    "articles": [h1, h2],
}

# 娄底市总工会
L = "http://www.ldszgh.com/News"
l1 = art(
    f"{L}/2026/3f2a9c1d5e7b4a6c8d9e0f1a2b3c4d5e.html",
    "娄底市总工会开展“工会进万家”走访活动",
    [
        "11月中旬，娄底市总工会组织机关干部深入企业车间，开展“工会进万家”走访活动。",
        "活动共走访企业46家，收集职工意见建议120余条，现场解决实际困难30余件。",
    ],
    source="娄底市总工会",
    source_raw=None,
    published_at="2026-11-17T10:15:00+08:00",
    authors=["刘芳"],
    region=region("湖南省", "娄底市"),
    time_shown="2026-11-17 10:15",
    author_shown="刘芳",
    caption="图为走访活动现场。",
)
l2 = art(
    f"{L}/2026/9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d.html",
    "娄底举办职工心理健康讲座",
    [
        "11月12日，娄底市总工会邀请心理咨询专家走进园区，为200余名一线职工举办心理健康讲座。",
        "讲座结束后，专家还为职工提供了一对一的心理咨询服务。",
    ],
    source="娄底市总工会",
    source_raw=None,
    published_at="2026-11-12T15:30:00+08:00",
    authors=["周敏"],
    region=region("湖南省", "娄底市"),
    time_shown="2026-11-12 15:30",
    author_shown="周敏",
    caption="图为讲座现场。",
)
SITES["ldszgh"] = {
    "pages": {
        f"{L}/": (
            "list",
            list_page(
                "工会动态-娄底市总工会", [(x["url"], x["title"], "2026-11") for x in (l1, l2)]
            ),
        ),
        l1["url"]: ("article", ldszgh_article(l1)),
        l2["url"]: ("article", ldszgh_article(l2)),
    },
    "articles": [l1, l2],
}

# 北京市总工会 (TRS-like layout)
B = "https://www.bjzgh.org/ghzz/bjgt/xwdt"
b1 = art(
    f"{B}/202611/20261119/j_2026111910300000012345678901234567.html",
    "北京市总工会发布职工服务“十件实事”",
    [
        "北京市总工会日前发布2027年职工服务“十件实事”，涵盖职工技能提升、困难帮扶、子女托管等内容。",
        "其中，全市将新建职工暑期托管班100个，惠及职工子女1万余人。",
    ],
    source="北京市总工会",
    source_raw="北京市总工会",
    published_at="2026-11-19",
    region=region("北京市", "北京市"),
    source_shown="北京市总工会",
    time_shown="2026-11-19",
)
b2 = art(
    f"{B}/202611/20261115/j_2026111508000000098765432109876543.html",
    "朝阳区总工会举办职工篮球赛",
    [
        "朝阳区总工会职工篮球赛日前落幕，来自辖区企业的24支队伍参加比赛。",
        "比赛为期两周，吸引了近千名职工到场观赛。",
    ],
    source="劳动午报",
    source_raw="劳动午报",
    published_at="2026-11-15",
    region=region("北京市", "北京市", "朝阳区"),
    source_shown="劳动午报",
    time_shown="2026-11-15",
)
SITES["bjzgh"] = {
    "pages": {
        f"{B}/": (
            "list",
            list_page("新闻动态_北京市总工会", [(b["url"], b["title"], "") for b in (b1, b2)]),
        ),
        b1["url"]: ("article", trs_article(b1, "北京市总工会")),
        b2["url"]: ("article", trs_article(b2, "北京市总工会")),
    },
    "articles": [b1, b2],
}

# 劳动午报
D = "http://ldwb.workerbj.cn/content/2026-11"
d1 = art(
    f"{D}/20/content_130211.htm",
    "首都职工冬季长跑活动启动",
    [
        "11月19日，首都职工冬季长跑活动在奥林匹克森林公园启动，2000余名职工参加首场活动。",
        "活动将持续至明年2月，各级工会将组织职工开展线上线下长跑打卡。",
    ],
    source="劳动午报",
    source_raw="劳动午报",
    published_at="2026-11-20",
    region=region("北京市", "北京市"),
    time_shown="2026年11月20日",
    page="01",
    photo_credit="本报记者 孙艳 摄",
)
d2 = art(
    f"{D}/19/content_130188.htm",
    "海淀区总工会开设职工夜校",
    [
        "海淀区总工会职工夜校近日开课，首期开设摄影、书法、插花等12门课程。",
        "职工可通过“北京工会12351”客户端免费报名。",
    ],
    source="劳动午报",
    source_raw="劳动午报",
    published_at="2026-11-19",
    region=region("北京市", "北京市", "海淀区"),
    time_shown="2026年11月19日",
    page="03",
    photo_credit="新华社发",
)
SITES["ldwb"] = {
    "pages": {
        "http://ldwb.workerbj.cn/": (
            "list",
            list_page("劳动午报", [(d["url"], d["title"], "") for d in (d1, d2)]),
        ),
        d1["url"]: ("article", ldwb_article(d1)),
        d2["url"]: ("article", ldwb_article(d2)),
    },
    "articles": [d1, d2],
}

# 广东省总工会 (content/post_N layout), closing (编辑:X)
F = "http://www.gdftu.org.cn/ghyw"
f1 = art(
    f"{F}/dwjl/content/post_301122.html",
    "广东工会代表团赴港澳交流",
    [
        "11月上旬，广东省总工会代表团赴香港、澳门开展交流活动，与港澳工会就职工服务等议题深入交流。",
        "双方商定，将在职工技能培训、青年职工交流等方面加强合作。",
    ],
    source="广东省总工会",  # 本网原创稿: the site is its own source
    source_raw="本网原创稿",
    published_at="2026-11-12",
    editor="陈静",
    region=region("广东省"),
    source_shown="本网原创稿",
    time_shown="2026-11-12",
    closing="<p>(编辑:陈静)</p>",
)
f2 = art(
    f"{F}/gzdt/content/post_301098.html",
    "深圳市总工会建成200个户外劳动者服务站",
    [
        "深圳市总工会日前宣布，全市已建成户外劳动者服务站200个，实现街道全覆盖。",
        "服务站配备饮水机、微波炉、急救箱等设施，为环卫工人、快递员等提供便利。",
    ],
    source="南方工报",
    source_raw="南方工报",
    published_at="2026-11-10",
    editor="黄敏",
    region=region("广东省", "深圳市"),
    source_shown="南方工报",
    time_shown="2026-11-10",
    closing="<p>(编辑:黄敏)</p>",
)
SITES["gdftu"] = {
    "pages": {
        f"{F}/": (
            "list",
            list_page("工会要闻-广东省总工会", [(f["url"], f["title"], "") for f in (f1, f2)]),
        ),
        f1["url"]: ("article", post_article(f1, "广东省总工会")),
        f2["url"]: ("article", post_article(f2, "广东省总工会")),
    },
    "articles": [f1, f2],
}

# 南方工报: 南方工报讯(全媒体记者…), closing 编辑 and 二审 lines
N = "http://www.nfgb.com.cn/yw"
n1 = art(
    f"{N}/content/post_1150021.html",
    "广州工会发布新就业形态劳动者服务清单",
    [
        "南方工报讯(全媒体记者 林颖 通讯员 何军)11月18日，广州市总工会发布新就业形态劳动者服务清单，涵盖10类36项服务。",
        "清单明确，外卖配送员、网约车司机等可在全市工会驿站享受免费体检等服务。",
    ],
    source="南方工报",
    source_raw="南方工报",
    published_at="2026-11-18",
    authors=["林颖", "何军"],
    editor="刘洋",
    region=region("广东省", "广州市"),
    source_shown="南方工报",
    time_shown="2026-11-18",
    author_part="作者:林颖 何军",
    closing="<p>编辑:刘洋</p><p>二审:张强</p>",
)
n2 = art(
    f"{N}/content/post_1150009.html",
    "佛山举办职工创新成果展",
    [
        "南方工报讯(全媒体记者 王芳)佛山市职工创新成果展日前开幕，展出职工创新成果300余项。",
        "其中50项成果已在企业转化应用，创造经济效益超过2亿元。",
    ],
    source="南方工报",
    source_raw="南方工报",
    published_at="2026-11-16",
    authors=["王芳"],
    editor="刘洋",
    region=region("广东省", "佛山市"),
    source_shown="南方工报",
    time_shown="2026-11-16",
    author_part="作者:王芳",
    closing="<p>编辑:刘洋</p><p>二审:张强</p>",
)
SITES["nfgb"] = {
    "pages": {
        f"{N}/": (
            "list",
            list_page("要闻-南方工报", [(n["url"], n["title"], "") for n in (n1, n2)]),
        ),
        n1["url"]: ("article", post_article(n1, "南方工报")),
        n2["url"]: ("article", post_article(n2, "南方工报")),
    },
    "articles": [n1, n2],
}

# 江苏省总工会 (Hanweb layout)
J = "https://www.jsgh.org"
j1 = art(
    f"{J}/art/2026/11/18/art_3577_201001.html",
    "江苏工会启动“工匠学院”建设",
    [
        "本网讯 江苏省总工会近日启动“江苏工匠学院”建设，计划到2028年在全省建成50所工匠学院。",
        "工匠学院将依托大型企业和高职院校，开展高技能人才培养。",
    ],
    source="江苏省总工会",  # the federation's own department: the site itself
    source_raw="省总宣教部",
    published_at="2026-11-18",
    region=region("江苏省"),
    source_shown="省总宣教部",
    time_shown="2026-11-18",
)
j2 = art(
    f"{J}/art/2026/11/5/art_3577_200876.html",
    "苏州市总工会开展劳动法律宣传月活动",
    [
        "本网讯 苏州市总工会近日开展劳动法律宣传月活动，组织律师走进园区企业开展普法讲座60余场。",
        "活动期间还设立咨询台，为职工解答劳动合同、工资支付等方面的问题。",
    ],
    source="苏州市总工会",
    source_raw="苏州市总工会",
    published_at="2026-11-05",
    region=region("江苏省", "苏州市"),
    source_shown="苏州市总工会",
    time_shown="2026-11-05",
)
SITES["jsgh"] = {
    "pages": {
        f"{J}/col/col3577/index.html?uid=18462&pageNum=1": (
            "list",
            list_page(
                "工会要闻 江苏工会网", [(j["url"].replace(J, ""), j["title"], "") for j in (j1, j2)]
            ),
        ),
        j1["url"]: ("article", hanweb_article(j1)),
        j2["url"]: ("article", hanweb_article(j2)),
    },
    "articles": [j1, j2],
}

# 四川工人日报 e-paper
S = "http://dzb.51grb.com/xpaper/news/812/3120"
s1 = art(
    f"{S}/21501-1.shtml",
    "四川省总工会部署冬季安全生产劳动竞赛",
    [
        "本报讯(记者 杨菁)11月19日，四川省总工会召开会议，部署全省冬季安全生产劳动竞赛。",
        "竞赛将在重点工程项目和高危行业企业中开展，持续至明年3月。",
    ],
    source="四川工人日报",
    source_raw=None,
    published_at="2026-11-20",
    authors=["杨菁"],
    region=region("四川省"),
    day="2026-11-20",
    caption="图为劳动竞赛动员会现场。",
)
s2 = art(
    f"{S}/21502-1.shtml",
    "绵阳职工书屋达到800家",
    [
        "本报讯(记者 吴健 通讯员 李蓉)记者从绵阳市总工会获悉，全市职工书屋已达到800家，实现重点企业全覆盖。",
        "今年以来，各职工书屋共开展读书活动400余场。",
    ],
    source="四川工人日报",
    source_raw=None,
    published_at="2026-11-20",
    authors=["吴健", "李蓉"],
    region=region("四川省", "绵阳市"),
    day="2026-11-20",
    caption="职工在书屋阅读。",
)
s_heads = [(s1["url"], s1["title"]), (s2["url"], s2["title"])]
SITES["scgrb"] = {
    "pages": {
        "http://dzb.51grb.com/xpaper/": (
            "list",
            list_page("四川工人日报电子版", [(u, t, "") for u, t in s_heads]),
        ),
        s1["url"]: ("article", xpaper_article(s1, s_heads)),
        s2["url"]: ("article", xpaper_article(s2, s_heads)),
    },
    "articles": [s1, s2],
}

# 青海省总工会: sidebar blurb before the body, (宣教部) at its end
Q = "https://www.qhszgh.com/index.php"
q1 = art(
    f"{Q}?c=show&id=26011",
    "省总工会开展“送法进企业”活动",
    [
        "近日，省总工会法律工作部组织律师走进西宁经济技术开发区，开展“送法进企业”活动。",
        "活动中，律师为200余名职工讲解了劳动合同法等法律知识。",
    ],
    source="青海省总工会",
    source_raw=None,
    published_at="2026-11-14T11:20:00+08:00",
    region=region("青海省"),
    time_shown="2026-11-14 11:20",
    html_paras=[
        "近日，省总工会法律工作部组织律师走进西宁经济技术开发区，开展“送法进企业”活动。",
        "活动中，律师为200余名职工讲解了劳动合同法等法律知识。（法律工作部）",
    ],
)
q2 = art(
    f"{Q}?c=show&id=26003",
    "海东市总工会慰问一线职工",
    [
        "海东市总工会近日深入重点项目工地，为一线职工送去防寒物资。",
        "此次共慰问职工600余人，发放慰问物资价值12万元。",
    ],
    source="青海省总工会",
    source_raw=None,
    published_at="2026-11-10T09:45:00+08:00",
    region=region("青海省", "海东市"),
    time_shown="2026-11-10 09:45",
    html_paras=[
        "海东市总工会近日深入重点项目工地，为一线职工送去防寒物资。",
        "此次共慰问职工600余人，发放慰问物资价值12万元。（宣教部）",
    ],
)
SITES["qhszgh"] = {
    "pages": {
        f"{Q}?c=category&id=2": (
            "list",
            list_page(
                "工会要闻 - 青海省总工会",
                [
                    (q["url"].replace("https://www.qhszgh.com", ""), q["title"], "")
                    for q in (q1, q2)
                ],
            ),
        ),
        q1["url"]: ("article", qh_article(q1)),
        q2["url"]: ("article", qh_article(q2)),
    },
    "articles": [q1, q2],
}

# 河北 工会职工服务网 (TRS layout)
E = "https://jiceng.hebzgfw.cn/pub/fwwcs/jcgh/ffdt"
e1 = art(
    f"{E}/cst/ldjh/202611/t20261117_512001.html",
    "石家庄市总工会推进基层工会规范化建设",
    [
        "石家庄市总工会近日召开基层工会规范化建设推进会，部署开展“强基层”专项行动。",
        "行动要求，年内实现百人以上企业普遍建立工会组织。",
    ],
    source="石家庄市总工会",
    source_raw="石家庄市总工会",
    published_at="2026-11-17",
    region=region("河北省", "石家庄市"),
    source_shown="石家庄市总工会",
    time_shown="2026-11-17",
)
e2 = art(
    f"{E}/cst/ldjh/202611/t20261113_511876.html",
    "唐山举办职工焊工技能比武",
    [
        "唐山市总工会联合市人社局举办职工焊工技能比武，120名选手同场竞技。",
        "比武获奖选手将优先推荐参加省级技能大赛。",
    ],
    source="唐山市总工会",
    source_raw="唐山市总工会",
    published_at="2026-11-13",
    region=region("河北省", "唐山市"),
    source_shown="唐山市总工会",
    time_shown="2026-11-13",
)
SITES["hebzgfw"] = {
    "pages": {
        f"{E}/": (
            "list",
            list_page("基层动态", [(e["url"].replace(E, "."), e["title"], "") for e in (e1, e2)]),
        ),
        e1["url"]: ("article", trs_article(e1, "河北工会职工服务网")),
        e2["url"]: ("article", trs_article(e2, "河北工会职工服务网")),
    },
    "articles": [e1, e2],
}


def main() -> None:
    for name, spec in SITES.items():
        folder = HERE / name
        folder.mkdir(exist_ok=True)
        index = {}
        for n, (url, (kind, html)) in enumerate(spec["pages"].items()):
            file = f"{kind}-{n}.html"
            (folder / file).write_text(html, encoding="utf-8")
            index[url] = {"file": file, "content_type": "text/html; charset=utf-8", "kind": kind}
        (folder / "index.json").write_text(json.dumps(index, ensure_ascii=False, indent=1), "utf-8")
        expected = {
            "spider": name,
            "args": spec.get("args", []),
            "records": [a["record"] for a in spec["articles"]],
        }
        (folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1), "utf-8"
        )


if __name__ == "__main__":
    main()
