import pytest

from unionnews.extraction.tags import tag_line
from unionnews.extraction.trailing import article_end, is_block_heading, is_end_mark

ARTICLE = "娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。"


@pytest.mark.parametrize(
    "line",
    [
        "相关阅读",
        "推荐阅读：",
        "精彩放送",
        "+ 点击查看更多精彩",
        "今日推送",
        "上一篇：长沙市总工会慰问一线职工",
        "延伸阅读",
        "相关资讯请关注:逆水寒专区",
        # recommendation headings: a recommender's word, then a word for stories
        "猜你想看",
        "【精选阅读】",
        "为您推荐：",
        "本周热点",
        "往期精彩",
        "今日精彩：",
        "热门视频",
        "更多新闻>>",
        # a bullet before the heading; more from the outlet
        "►延伸閱讀",
        "▼相关新闻",
        "更多TVBS報導",
        "看更多 某某週刊 文章",
        "更多中時新聞網報導",
        "标题导航",
    ],
)
def test_block_headings(line):
    assert is_block_heading(line)


@pytest.mark.parametrize(
    "line",
    [
        "相关阅读材料显示，职工满意度逐年提高，工会工作得到广泛认可。",
        "推荐阅读书目共有十本，涵盖历史、文学与技能培训。",
        # Rows the recommendation rule must not take: in-text subheadings.
        "一、工作回顾",
        "精彩瞬间",
        "精彩纷呈",
        "往期精彩节目今晚重播，敬请收看。",
        "推荐理由",
        "最新进展",
        "今日头条",
        "大家都在看好这个项目的发展前景",
        # Rows the more-from-the-outlet rule must not take: sentences, a long line.
        "更多职工关注的是工资收入问题。",
        "更多地方工会开展了类似的技能竞赛和职工培训报道",
        "▲职工代表在会上发言",
    ],
)
def test_prose_that_starts_like_a_heading_is_not_one(line):
    assert not is_block_heading(line)


@pytest.mark.parametrize(
    "line", ["责任编辑：张晓", "特别声明：以上内容仅代表作者本人", "信息来源于网络", "- THE END -"]
)
def test_end_marks(line):
    assert is_end_mark(line)


def test_article_ends_at_first_trailing_line():
    lines = [ARTICLE, ARTICLE, "相关阅读", "别的新闻", "推荐阅读"]
    assert article_end(lines) == 2


def test_related_box_above_the_body_does_not_end_it():
    lines = ["相关新闻：", "某条链接", ARTICLE, ARTICLE]
    assert article_end(lines) == 4


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "标签: 湖南省娄底市总工会 打造中部地区材料谷",
            ["湖南省娄底市总工会", "打造中部地区材料谷"],
        ),
        ("关键词：劳模，工匠、技能", ["劳模", "工匠", "技能"]),
        ("#天文航天#月球#中国航天 #嫦娥五号", ["天文航天", "月球", "中国航天", "嫦娥五号"]),
        ("标签：", []),  # a tag line with nothing on it
        ("近日，标签化管理在工会推广", None),
        ("本文标签：劳模 工匠", ["劳模", "工匠"]),
        ("相关标签：劳模 工匠", ["劳模", "工匠"]),
        ("主题词：劳模 工匠", ["劳模", "工匠"]),
        ("關鍵詞：勞模 工匠", ["勞模", "工匠"]),
        ("热门标签：劳模 工匠", None),  # a site-wide cloud's heading
        ("主题词的选择很重要：要准确", None),  # a sentence, no label
        # a label in brackets; rows that must not match: a bracket left open, no label
        ("【关键词】劳模；工匠", ["劳模", "工匠"]),
        ("[标签] 劳模 工匠", ["劳模", "工匠"]),
        ("【关键词劳模 工匠", None),
        ("【关键时刻】劳模挺身而出", None),
    ],
)
def test_tag_line(line, expected):
    assert tag_line(line) == expected


def test_a_short_news_item_is_cut_too():
    short = "某市总工会今天为环卫工人发放防暑降温物资，共惠及职工两千余人。"  # 31 characters
    assert article_end([short, "相关阅读", "别的新闻"]) == 1


# Rule "lead box": a heading with little text before it and most of the prose after it.
PARA = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"


@pytest.mark.parametrize(
    ("lines", "end"),
    [
        # a promo line, a related box of two headlines, then the article
        (
            [
                "新酷产品第一时间免费试玩，快来体验最好玩的产品吧！",
                "相关新闻：",
                "标题一",
                "标题二",
                PARA,
                PARA,
                PARA,
            ],
            7,
        ),
        # the article, then a related block: it ends at the heading
        ([PARA, PARA, "相关新闻：", "标题一", "标题二"], 2),
        # a short article followed by a block whose summaries are prose: still the end
        ([PARA, "推荐阅读", PARA[:30] + "。", "标题二"], 1),
    ],
)
def test_lead_box_rule(lines, end):
    assert article_end(lines) == end


def test_traditional_labels_are_read_like_simplified_ones():
    from unionnews.extraction.tags import tag_line
    from unionnews.extraction.trailing import is_block_heading, is_end_mark

    assert tag_line("關鍵字: 佔領立法院 林飛帆") == ["佔領立法院", "林飛帆"]
    assert is_block_heading("相關新聞")
    assert is_block_heading("延伸閱讀：")
    assert not is_block_heading("關於相關新聞的報導已經很多了，這裡不再重複。")
    assert is_block_heading("熱門新聞")
    assert is_block_heading("網友評論")
    assert is_end_mark("掃碼關注")
    assert is_end_mark("長按識別二維碼")
    assert not is_end_mark("他長期關注職工權益，對碼頭工人的工作條件很熟悉。")


# Rule "tag cloud": the article's tags from tag markup, a site-wide cloud left out. Rows
# that must not match: the article's own short list beside a cloud headed by 热门标签 or
# closed by 更多, a list of headlines marked as tags.
@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        (['<div class="tags"><a>工会</a><a>职工</a></div>'], ["工会", "职工"]),
        (
            [
                '<div class="tags"><a>工会</a><a>职工</a></div>',
                '<div class="tag-list"><a>热门标签</a>'
                + "".join(f"<a>词{i}</a>" for i in range(8))
                + "</div>",
            ],
            ["工会", "职工"],
        ),
        (
            [
                '<div class="tags"><a>工会</a><a>职工</a></div>',
                '<div class="tag-list">'
                + "".join(f"<a>词{i}</a>" for i in range(8))
                + "<a>更多</a></div>",
            ],
            ["工会", "职工"],
        ),
        (
            [
                '<div class="tags"><a>工会</a><a>职工</a></div>',
                '<div class="tag-list">' + "".join(f"<a>词语{i}</a>" for i in range(25)) + "</div>",
            ],
            ["工会", "职工"],
        ),
        (
            [
                '<div class="tags"><a>市总工会召开全委会议部署工作</a><a>男：夜店文化</a><a>工会</a></div>'
            ],
            [],
        ),
    ],
)
def test_the_article_tags_not_a_tag_cloud(blocks, expected):
    from unionnews.extraction.page import _markup_tags, parse_html

    doc = parse_html("<html><body><p>正文。</p>" + "".join(blocks) + "</body></html>")
    assert _markup_tags(doc) == expected


# Rule "tags by their links": links that all lead to a tag's page or a keyword search
# (/tag/工会, ?keyword=工会) are the article's tags, whatever their block is called. Rows
# that must not match: one such link, a block mixing them with other links, a search
# link of another kind (?q=).
@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            '<div><a href="/search?keyword=工会">工会</a><a href="/search?keyword=职工">职工</a></div>',
            ["工会", "职工"],
        ),
        (
            '<div><div><a href="/tag/劳模">#劳模</a></div><div><a href="/tag/工匠">#工匠</a></div></div>',
            ["劳模", "工匠"],
        ),
        (
            '<p><span><a href="/list.htm?tags=工会">工会</a></span><span><a href="/list.htm?tags=维权">维权</a></span></p>',
            ["工会", "维权"],
        ),
        ('<div><a href="/tag/劳模">劳模</a></div>', []),
        (
            '<div><a href="/tag/劳模">劳模</a><a href="/news/">新闻</a><a href="/about/">关于我们</a></div>',
            [],
        ),
        ('<div><a href="/s?q=工会">工会</a><a href="/s?q=职工">职工</a></div>', []),
    ],
)
def test_tags_by_their_links(block, expected):
    from unionnews.extraction.page import _markup_tags, parse_html

    doc = parse_html(f"<html><body><p>正文。</p>{block}</body></html>")
    assert _markup_tags(doc) == expected
