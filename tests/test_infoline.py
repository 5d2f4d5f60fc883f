import pytest

from unionnews.extraction.infoline import join_lone_labels, split_infoline


@pytest.mark.parametrize(
    ("line", "bare", "expected"),
    [
        (
            "来源:工人日报时间:2022-09-29 23:49:18",
            False,
            [("source", "工人日报"), ("time", "2022-09-29 23:49:18")],
        ),
        ("来源：中工网－工人日报", False, [("source", "中工网－工人日报")]),
        # the unit that sent the item in, a repost's origin, where it was first printed;
        # rows that must not match: the words in prose, without a colon
        ("来源单位：某某区总工会", False, [("source", "某某区总工会")]),
        ("转载于：某某日报", False, [("source", "某某日报")]),
        ("原载：某某日报", False, [("source", "某某日报")]),
        ("原载体育版的报道", False, [("text", "原载体育版的报道")]),
        ("转载于本网的文章", False, [("text", "转载于本网的文章")]),
        (
            "2024-03-05 10:20 本文来自：新华网",
            False,
            [("text", "2024-03-05 10:20"), ("source", "新华网")],
        ),
        ("来自北京的职工代表", False, [("text", "来自北京的职工代表")]),
        # a view counter after the date is no part of it (发布时间:… 浏览量:N)
        ("发布时间:2016-07-29 浏览量:637", False, [("time", "2016-07-29"), ("other", "637")]),
        ("发布时间：2024-03-05 点击量：12", False, [("time", "2024-03-05"), ("other", "12")]),
        ("浏览量大增", False, [("text", "浏览量大增")]),
        # 更新于 before a date is the update time, not the publication time
        ("更新于 2024-03-05", False, [("updated", "2024-03-05")]),
        ("发布于 2024-03-05", False, [("time", "2024-03-05")]),
        # a share widget after the value is not part of it
        (
            "2025-03-20 09:31:10来源:陕工网—陕西工人报 分享到: 微信",
            False,
            [("text", "2025-03-20 09:31:10"), ("source", "陕工网—陕西工人报")],
        ),
        ("来源：工人日报 分享到", False, [("source", "工人日报")]),
        ("来源：分享到家网", False, [("source", "分享到家网")]),  # no colon: a name
        ("来源：河南工人日报分享到：", False, [("source", "河南工人日报")]),  # glued by a box
        # a font-size widget, a link to the comments, even glued to the value
        (
            "2024年03月05日 10:20 来源：新华网 【字号 大 中 小】",
            False,
            [("text", "2024年03月05日 10:20"), ("source", "新华网")],
        ),
        ("来源：求是网参与互动", False, [("source", "求是网")]),
        ("来源：中国新闻网 参与互动(0)", False, [("source", "中国新闻网")]),
        ("来源：我要评论网", False, [("source", "我要评论网")]),  # the whole value: a name
        ("来源：大中小企业报", False, [("source", "大中小企业报")]),  # no 字号 before it
        # a bar after a source's or a credit's label stands for the colon; rows that must
        # not match: a bar between fields, another label after the bar, other labels
        ("来源 | 新华网", False, [("source", "新华网")]),
        ("2024-03-05 来源丨新华网", False, [("text", "2024-03-05"), ("source", "新华网")]),
        ("编辑｜张三", False, [("编辑", "张三")]),
        ("2024-03-05 10:20 文丨张三", False, [("text", "2024-03-05 10:20"), ("author", "张三")]),
        ("文化丨专题", False, [("text", "文化丨专题")]),
        ("2024-03-05 | 来源 | 作者", False, [("text", "2024-03-05 | 来源 | 作者")]),
        ("2024-03-05 10:20 | 阅读 | 123", False, [("text", "2024-03-05 10:20 | 阅读 | 123")]),
        # a label spaced out to line up with the others
        (
            "来 源：中国妇女报 发布时间：2024-03-05",
            False,
            [("source", "中国妇女报"), ("time", "2024-03-05")],
        ),
        ("作　者：张三　来　源：某某日报", False, [("author", "张三"), ("source", "某某日报")]),
        ("编  辑：李四", False, [("编辑", "李四")]),
        ("艺术来 源于生活", False, [("text", "艺术来 源于生活")]),  # no colon: prose
        ("作 者 张三", False, [("text", "作 者 张三")]),
        # a place in brackets after the outlet keeps its closing bracket; rows that must
        # not match: the value's own brackets around the label
        ("来源：中国青年报（北京）", False, [("source", "中国青年报（北京）")]),
        (
            "来源：中国新闻网(北京) | 作者：张三",
            False,
            [("source", "中国新闻网(北京)"), ("author", "张三")],
        ),
        ("（来源：新华网）", False, [("source", "新华网")]),
        (
            "2019-09-07 13:43:45 来源: 证券市场红周刊 举报",
            False,
            [("text", "2019-09-07 13:43:45"), ("source", "证券市场红周刊")],
        ),  # 举报 is a button
        (
            "出处：快科技 作者：宪瑞 编辑：宪瑞",
            False,
            [("source", "快科技"), ("author", "宪瑞"), ("编辑", "宪瑞")],
        ),
        (
            "本文来源：新京报 责任编辑：杜硕_NB12556",
            False,
            [("source", "新京报"), ("责任编辑", "杜硕_NB12556")],
        ),
        ("文/王鑫", False, [("author", "王鑫")]),
        # colon-less labels only when asked for (header lines with a date)
        (
            "发表于2014-08-24 21:30| 1164次阅读| 来源CSDN| 作者魏星",
            True,
            [("time", "2014-08-24 21:30"), ("source", "CSDN"), ("author", "魏星")],
        ),
        ("作者认为这是好事", False, [("text", "作者认为这是好事")]),
        # where a photo or a figure comes from is not the article's 来源
        ("图片来源：视觉中国", False, [("text", "图片"), ("other", "视觉中国")]),
        ("题图来源：视觉中国", False, [("text", "题图"), ("other", "视觉中国")]),
        ("数据来源：国家统计局", False, [("text", "数据"), ("other", "国家统计局")]),
        (
            "来源：工人日报 图片来源：视觉中国",
            False,
            [("source", "工人日报 图片"), ("other", "视觉中国")],
        ),
        ("信息来源：某某区总工会", False, [("source", "某某区总工会")]),  # not a medium
        ("转自：某某日报", False, [("source", "某某日报")]),  # reposted from
        ("摘自：《某某》杂志", False, [("source", "《某某》杂志")]),
        ("他转自己的钱给职工", False, [("text", "他转自己的钱给职工")]),  # no colon: prose
        # 发布于 before a place says where the poster was: no label, the date stays whole
        (
            "2024-05-13 10:00 某某财经 发布于北京",
            True,
            [("text", "2024-05-13 10:00 某某财经 发布于北京")],
        ),
        ("发布于2024-05-13 10:00", False, [("time", "2024-05-13 10:00")]),
        ("最後更新：2024年5月13日 10:00", False, [("updated", "2024年5月13日 10:00")]),
        # a label set in brackets ends its value at the closing bracket
        ("【来源：新华网】2024-05-13 10:00", False, [("source", "新华网")]),
        ("[来源：新华网] [作者：张三]", False, [("source", "新华网"), ("author", "张三")]),
        # Rows that must not match: a bracket that does not enclose the label.
        (
            "【快资讯】来源：新华网 记者 张三】",
            False,
            [("text", "快资讯"), ("source", "新华网 记者 张三")],
        ),
        ("（图）来源：新华网 记者 张三", False, [("text", "图"), ("source", "新华网 记者 张三")]),
    ],
)
def test_split_infoline(line, bare, expected):
    assert split_infoline(line, bare=bare) == expected


# A label alone on its line takes the short line after it as its value. Rows that must
# not match: a next line with a label of its own, a long next line, a label with a value.
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["来源：", "新华网", "2024-03-05"], ["来源：新华网", "2024-03-05"]),
        (["【作者：】", "张三"], ["【作者：】张三"]),
        (["來源：", "中央社"], ["來源：中央社"]),
        (["来源：", "作者：张三"], ["来源：", "作者：张三"]),
        (
            [
                "来源：",
                "近日，某市总工会在市职工文化中心举办了第五届职工技能大赛，三百余名职工参赛。",
            ],
            [
                "来源：",
                "近日，某市总工会在市职工文化中心举办了第五届职工技能大赛，三百余名职工参赛。",
            ],
        ),
        (["来源：工人日报", "新华网"], ["来源：工人日报", "新华网"]),
        (["来源："], ["来源："]),
        # a table's label cell with no colon, for the record's own fields; rows that must
        # not match: a widget's word (点击), a label followed by a label, by a long line
        (
            ["来源", "株洲日报", "发布日期", "2024-12-03"],
            ["来源：株洲日报", "发布日期：2024-12-03"],
        ),
        (["责任编辑", "易可"], ["责任编辑：易可"]),
        (["点击", "35"], ["点击", "35"]),
        (["来源", "作者：张三"], ["来源", "作者：张三"]),
        (
            [
                "来源",
                "近日，某市总工会在市职工文化中心举办了第五届职工技能大赛，三百余名职工参赛。",
            ],
            [
                "来源",
                "近日，某市总工会在市职工文化中心举办了第五届职工技能大赛，三百余名职工参赛。",
            ],
        ),
        (["来源"], ["来源"]),
    ],
)
def test_a_lone_label_takes_the_next_line(lines, expected):
    assert join_lone_labels(lines) == expected
