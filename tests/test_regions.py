"""Region rules (conventions §8), read from the table of China's divisions."""

import pytest

from unionnews.extraction.regions import complete, resolve_region

NONE = {"province": None, "city": None, "county": None}


def region(province=None, city=None, county=None):
    return {"province": province, "city": city, "county": county}


# Rule "union organisation": the union the article is about.
@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("湖南省娄底市总工会推出十大措施", region("湖南省", "娄底市")),
        ("湖州市总工会举办培训", region("浙江省", "湖州市")),  # a city alone gets its province
        ("北京市总工会开展活动", region("北京市", "北京市")),  # a municipality
        ("广西百色市总工会送温暖", region("广西壮族自治区", "百色市")),  # short province
        ("义乌市总工会成立职工服务中心", region("浙江省", "金华市", "义乌市")),  # county-level city
        ("吉林省长春市总工会召开会议", region("吉林省", "长春市")),
        ("全国总工会召开会议，湖南省总工会参加", NONE),  # a national body
        ("全总发布通知", NONE),
        # an autonomous prefecture by its usual name (延边州), and after its province; rows
        # that must not match: the province whose short form it opens with, a city named
        # with a people's word (白城市)
        ("延边州总工会开展技能竞赛", region("吉林省", "延边朝鲜族自治州")),
        ("海南州总工会开展送温暖", region("青海省", "海南藏族自治州")),
        ("黔东南州总工会召开会议", region("贵州省", "黔东南苗族侗族自治州")),
        ("湖北恩施一家企业获评模范职工之家", region("湖北省", "恩施土家族苗族自治州")),
        ("海南省总工会召开会议", region("海南省")),
        ("白城市总工会召开会议", region("吉林省", "白城市")),
        ("雄安新区总工会召开会议", region("河北省", "雄安新区")),  # a city with no suffix
        # a zone's union after its city's short form (a zone is no division)
        ("青岛西海岸新区总工会：车间板凳会解难题", region("山东省", "青岛市")),
        ("西安高新区总工会开展技能竞赛", region("陕西省", "西安市")),
        ("长沙经开区工会举办职工运动会", region("湖南省", "长沙市")),
        # districts the division package leaves out (scripts/make_divisions.py: MISSING)
        ("渝北区总工会为快递员送上暖心包", region("重庆市", "重庆市", "渝北区")),
        ("重庆市江北区总工会开展活动", region("重庆市", "重庆市", "江北区")),
        ("三沙市西沙区工会成立", region("海南省", "三沙市", "西沙区")),
    ],
)
def test_union_organisation(title, expected):
    assert resolve_region(None, title, None) == expected


# Rule "first place": else the first place named in the title, then the lead.
@pytest.mark.parametrize(
    ("title", "lead", "expected"),
    [
        ("江苏常州一家企业工会获评先进", None, region("江苏省", "常州市")),
        ("职工技能大赛开赛", "9月28日，湖南省职工职业技能大赛在长沙开赛。", region("湖南省")),
        ("一线职工过冬有保障", "成都市多部门联合开展送温暖活动。", region("四川省", "成都市")),
    ],
)
def test_first_place(title, lead, expected):
    assert resolve_region(None, title, lead) == expected


# Never a piece of a sentence, never a name that is no division.
@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("近日，记者从市总工会获悉", "日，县里召开会议"),
        ("主城区职工参加活动", None),  # 城区 is a division only after its city
        ("朝阳区总工会开展活动", None),  # two 朝阳区 (北京, 长春): not sure which
        ("江北区总工会开展活动", None),  # two 江北区 (宁波, 重庆)
        ("青岛啤酒工会开展活动", None),  # a city's short form before a company's union
        ("开发区总工会开展活动", None),  # a zone named without its city
        ("安全总监培训班开班", None),  # 全总 inside a word
        ("常州一家企业获评先进", None),  # a city's short form alone
        ("职工之家建设推进会召开", "会议要求各地抓好落实。"),
    ],
)
def test_no_region(title, lead):
    assert resolve_region(None, title, lead) == NONE


# Rule "site region": a regional site bounds and narrows the region.
@pytest.mark.parametrize(
    ("site", "title", "expected"),
    [
        (region("湖南省"), "湘潭：工会驿站服务户外劳动者", region("湖南省", "湘潭市")),
        (region("湖南省"), "湘潭市总工会为环卫工人送去冬衣", region("湖南省", "湘潭市")),
        (region("湖南省"), "记者从市总工会获悉", region("湖南省")),
        (region("湖南省"), "北京市总工会来湘考察", region("湖南省")),  # outside the site
        (region("湖南省", "娄底市"), "新化县总工会开展活动", region("湖南省", "娄底市", "新化县")),
        (region("北京市"), "朝阳区总工会开展活动", region("北京市", "北京市", "朝阳区")),
        (region("重庆市"), "江北区总工会开展活动", region("重庆市", "重庆市", "江北区")),
        (region(None, "娄底市"), "近日，市总工会召开会议", region("湖南省", "娄底市")),
        (region("北京市"), "全国总工会召开会议", region("北京市", "北京市")),
    ],
)
def test_site_region(site, title, expected):
    assert resolve_region(site, title, None) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (region(None, "成都市"), region("四川省", "成都市")),
        (region("北京市"), region("北京市", "北京市")),
        (region(None, None, "新化县"), region("湖南省", "娄底市", "新化县")),
        (region(None, "记者从市"), NONE),  # no such division
        (region("某某省"), NONE),
    ],
)
def test_complete(given, expected):
    assert complete(given) == expected


# A federation's site covers its own region: where the registry does not know the site,
# its own name (辽宁省总工会, from the footer or <title>) bounds the region, and an unnamed
# 市总工会 in a headline is that city. Rows that must not match: a paper's name, the
# national federation, a company's union.
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("辽宁省总工会", {"province": "辽宁省", "city": None, "county": None}),
        ("南昌市总工会", {"province": "江西省", "city": "南昌市", "county": None}),
        ("北京日报", None),
        ("中华全国总工会", None),
        ("某某公司工会", None),
        (None, None),
    ],
)
def test_union_site_region(name, expected):
    from unionnews.extraction.regions import union_site_region

    assert union_site_region(name) == expected
