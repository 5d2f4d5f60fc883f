"""split_body: what in a content container is the article (conventions §1–§3)."""

import pytest

from unionnews.extraction.body import BodyParts, split_body, take_account_note

PARA = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"
LAST = "下一步，市总工会将持续推进职工服务阵地建设，让广大职工有更多获得感。"


@pytest.mark.parametrize(
    ("lines", "first"),
    [
        (
            ["阅读提示", "某某市总工会推出十大措施。", "本报记者 张三 本报通讯员 李四", PARA, LAST],
            PARA,
        ),
        (["【阅读提示】某某市总工会推出十大措施。", PARA, LAST], PARA),
        (["核心提示：十大措施出台", PARA, LAST], PARA),
        (["本报记者 张三", PARA, LAST], PARA),  # a byline of its own
        (["共享充电宝。视觉中国 资料", PARA, LAST], PARA),  # a lead photo's caption
        (["劳模代表在会上发言。（記者方賓照攝）", PARA, LAST], PARA),  # credit in parentheses
        (["老照片。（劉宗龍攝於2004年1月）", PARA, LAST], PARA),
        (["▼职工在比赛现场。", PARA, LAST], PARA),
        # where the picture came from, in brackets (traditional forms read as simplified)
        (["會議現場。（圖／達志影像／美聯社）", PARA, LAST], PARA),
        (["會議現場。（讀者提供）", PARA, LAST], PARA),
        (["會議現場。（翻攝自臉書）", PARA, LAST], PARA),
        (["會議現場。（中央社檔案照片）", PARA, LAST], PARA),
        (["（示意图）", PARA, LAST], PARA),
        # Rows that must not match: a sentence of the text with a note in brackets.
        (["他说，数据由市统计局提供（2023年）。", PARA], "他说，数据由市统计局提供（2023年）。"),
        # Rows that must not match: a paragraph that mentions a photo show, a shot.
        (
            ["市总工会举办职工摄影展（共展出作品200幅），吸引了众多职工。", PARA],
            "市总工会举办职工摄影展（共展出作品200幅），吸引了众多职工。",
        ),
        (["他用手机拍摄了现场（视频已上传）。", PARA], "他用手机拍摄了现场（视频已上传）。"),
        (["本文原标题：《某某市总工会推出十大措施》", PARA, LAST], PARA),
        (["点击进入“某某专题”>>", PARA, LAST], PARA),
        (["编者按", PARA, LAST], "编者按"),  # an editor's note is body
        (["题图：职工在比赛现场。", PARA, LAST], PARA),  # a lead photo's caption
        (["——记全国劳动模范张三", PARA, LAST], PARA),  # a subtitle
        # Rows that must not match: a dash opening a sentence of the text, a dash mid-line.
        (["——这是他第三次参加比赛。", PARA], "——这是他第三次参加比赛。"),
        (["劳模——张三的故事", PARA], "劳模——张三的故事"),
        (["2003年5月", PARA, LAST], PARA),  # a date alone: the piece's date
        (["（2024-05-13 10:00）", PARA, LAST], PARA),
        (["03-05 10:20", PARA, LAST], PARA),  # month and day with the time
        (["更新于 2024-03-05", PARA, LAST], PARA),
        (["图片由受访者提供", PARA, LAST], PARA),
        (["图源：网络", PARA, LAST], PARA),
        # the column the page is filed in, with its date or in brackets
        (["工会动态 | 2024-03-05", PARA, LAST], PARA),
        (["【工会动态】", PARA, LAST], PARA),
        (["宣教部 2024-03-05", PARA, LAST], PARA),
        (["2024年05月13日 星期一", PARA, LAST], PARA),
        # a lead box repeating a line of the text whole is not body; a first paragraph
        # whose quote the text repeats later is
        (
            [
                "全市建成职工服务驿站一百二十个，服务阵地不断加强。",
                PARA,
                "截至目前，全市建成职工服务驿站一百二十个，服务阵地不断加强。",
            ],
            PARA,
        ),
        (
            [
                "“使用四周后肌肤年轻十二岁，这是虚假宣传。”昨日，市消协发布提示。",
                PARA,
                "他说：“使用四周后肌肤年轻十二岁，这是虚假宣传。”",
            ],
            "“使用四周后肌肤年轻十二岁，这是虚假宣传。”昨日，市消协发布提示。",
        ),
        # a caption closed by its credit is whole: the short heading after it is the text's
        (["职工在比赛现场 张三/摄", "人物画像", PARA, LAST], "人物画像"),
        (["▲职工在比赛现场", "（张三 摄）", PARA, LAST], PARA),  # a caption over two lines
        (
            ["立委昨舉行記者會。（記者張三攝）\uff0a飲酒過量，有害健康\uff0a", "警語很模糊", PARA],
            "警語很模糊",
        ),
        # a summary box's label spaced out, saying whose it is, or in traditional forms
        (["摘 要：某市总工会举办技能大赛，三百余名职工参赛。", PARA, LAST], PARA),
        (["本文导读：某市总工会举办技能大赛，三百余名职工参赛。", PARA, LAST], PARA),
        (["【導讀】某市總工會舉辦技能大賽，三百餘名職工參賽。", PARA, LAST], PARA),
        # a label over numbered points: the box holds them all; rows that must not match:
        # one line under the label, then the text (a year-led sentence is no point)
        (["划重点：", "1. 某市举办技能大赛", "2. 三百余名职工参赛", PARA, LAST], PARA),
        (["划重点", "①技能大赛开幕", "②职工踊跃参赛", "③评出一等奖", PARA], PARA),
        (["导读", "某市总工会举办技能大赛。", "2024年，" + PARA, LAST], "2024年，" + PARA),
        # Rows that must not match: a sentence that opens with a date, a year alone, a
        # sentence opening with a word that holds a label's characters.
        (["2003年5月，市总工会启动调查。", PARA], "2003年5月，市总工会启动调查。"),
        (["本文导演张三介绍了影片拍摄情况。", PARA], "本文导演张三介绍了影片拍摄情况。"),
        (["2024年", PARA], "2024年"),
        (["收盘播报", PARA], "收盘播报"),  # a column's name alone: the text's kicker
        (["【某某网报道】", PARA], "【某某网报道】"),  # an outlet's report, no column
        (["3-5 人一组，轮流上场。", PARA], "3-5 人一组，轮流上场。"),
        (
            ["图片由我们自己拍摄，记录了活动的全过程。", PARA],
            "图片由我们自己拍摄，记录了活动的全过程。",
        ),
    ],
)
def test_what_opens_the_body(lines, first):
    assert split_body(lines).lines[0] == first


@pytest.mark.parametrize(
    "closing",
    [
        "《某某日报》（2024年05月10日 04版）",
        "（总台央视记者 张三 李四）",
        "（原题为《某某》）",
        "某某网专稿，未经书面授权请勿转载",
        "【1】【2】【3】",
        "+1",
        "（实习生张三对此文亦有贡献）",
        "某某党支部供稿 摄影/张三 编辑/李四",
        "编辑|张三 责编|李四 校对|王五",
        "图片 | 李四",  # a photographer's credit written with a bar
        "摄影｜李四",
        "初审：张三 复审：李四 终审：王五",  # review stages
        "排版：张三 审核：李四",
        "校对：张三",
        # the staff a site's CMS names (录入, 发布人, 信息员, 审核人)
        "录入：张三",
        "发布人：张三 审核人：李四",
        "信息员：张三",
        "编发：张三",
        "制图：张三",
        "校对 张三",  # a space for the colon
        "图片由受访者提供",
        "（本报综合）",
        "编辑：张三 | 审核：李四 | 监审：王五",
        "值班主任：张三",
    ],
)
def test_closing_lines_are_not_body(closing):
    out = split_body([PARA, LAST, closing])
    assert out.lines == [PARA, LAST]


# Rule "label inside a word": an item of the text whose words end in a label word is
# text. Rows that must not match: labels in their own right.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("一、比赛时间：2024年6月15日至16日。", True),
        ("报名日期：5月31日前", True),
        ("发布时间：2024-05-13 10:21", False),
        ("审核：通过后，职工可在线领取补助，全程不超过三个工作日。", True),  # not a reviewer
        ("记者：今年市总工会在职工服务方面有哪些重点工作？", True),  # an interview's question
        ("录入：2024年职工信息已全部完成，共计三千余条。", True),  # not a staff line
        ("发布人：张三", False),
        # an info line of four labels: their colons are no prose marks
        ("时间：2024-03-05 来源：某市总工会 作者：王鑫 阅读：123", False),
        # the page's own record: its column, issuer, index number
        ("栏目：工会动态", False),
        ("发布机构：某市总工会", False),
        ("索引号：000014349/2024-00012", False),
        ("文号：某工发〔2024〕3号", False),
        ("分类：一是加强职工技能培训，二是完善服务体系。", True),  # a sentence
        ("校对 通过后，方可提交。", True),  # a sentence, not a proofreader
        ("责任编辑：张三。", False),  # a stop after the name
        ("信息来源：某某市总工会", False),
        ("来源:工人日报时间:2022-09-29 23:49:18", False),
    ],
)
def test_a_label_inside_a_word_is_text(line, kept):
    out = split_body([PARA, line, LAST])
    assert (line in out.lines) is kept


# Rule "account line": an account's line under the headline (量子位 | 公众号 QbitAI) names
# the account and is not body. Rows that must not match: sentences about an account.
@pytest.mark.parametrize(
    ("line", "source"),
    [
        ("量子位 | 公众号 QbitAI", "量子位"),
        ("某某工会｜微信公众号：mmgh_2024", "某某工会"),
        ("公众号 abc", None),  # no account before the bar
        ("市总工会开通微信公众号，职工可在线办理入会手续。", None),
        ("职工之家 | 公众号上线一周年", None),  # the bar's right side is words, not an id
        ("公众号：扬眼（ID：yangyan）", "扬眼"),  # labelled by its platform, with its ID
        ("公众号：扬眼", "扬眼"),
        ("公众号：关注后即可在线办理入会手续。", None),  # a sentence after the label
    ],
)
def test_an_account_line_names_the_account(line, source):
    out = split_body([line, PARA, LAST])
    assert (line not in out.lines) is (source is not None)
    assert out.sources == ([source] if source else [])


def test_a_date_under_the_text_is_filed():
    out = split_body([PARA, LAST, "编辑：张三 2024-05-13 10:00", "【2024-05-14】"])
    assert out.lines == [PARA, LAST]
    assert out.times == ["2024-05-13 10:00", "2024-05-14"]
    assert out.editor() == "张三"


# The headline repeated at the top of the text, its quotes and marks written otherwise.
# Rows that must not match: a sentence that opens like the headline, marks alone.
@pytest.mark.parametrize(
    ("line", "kept"),
    [
        ("“全国总工会”推出十大措施", False),
        ("全国总工会推出十大措施！", False),
        ("全国总工会推出十大措施，涵盖职工就业、技能培训、权益维护、困难帮扶等多个方面。", True),
        ("：", True),
    ],
)
def test_the_headline_repeated_is_not_body(line, kept):
    out = split_body([line, PARA, LAST], "全国总工会推出十大措施")
    assert (line in out.lines) is kept


def test_closing_credit_feeds_the_record():
    out = split_body([PARA, LAST + "（本报记者 张三 李四）", "（责任编辑：王五、赵六）"])
    assert out.lines == [PARA, LAST]
    assert out.credits == ["张三 李四"]
    assert out.editor() == "王五、赵六"


# A credit on a line of its own under a closing notice: the notice closes the text too.
# Rows that must not match: a sentence above the credit stays.
@pytest.mark.parametrize(
    ("above", "kept"),
    [
        (["★某某報關心您：再給自己一次機會", "生命線：1995"], [PARA, LAST]),
        (["职工维权热线：12351"], [PARA, LAST]),
        (
            ["市总工会开通维权热线后，已接到职工来电1200余次。"],
            [PARA, LAST, "市总工会开通维权热线后，已接到职工来电1200余次。"],
        ),
    ],
)
def test_a_closing_notice_above_a_closing_credit(above, kept):
    out = split_body([PARA, LAST, *above, "（记者 张三）"])
    assert out.lines == kept
    assert out.credits == ["张三"]


# The info line opening the container above a box closed by a byline gives its date.
# Rows that must not match: a line of the box below it, a long first line.
@pytest.mark.parametrize(
    ("first", "second", "times"),
    [
        ("允中 2024-03-05 10:20:00", "推理速度提升三倍", ["2024-03-05 10:20:00"]),
        ("推理速度提升三倍", "允中 2024-03-05 10:20:00", []),
        (
            "2024年3月5日，某市总工会在市职工文化中心举办了第五届职工技能大赛全市各行业参加",
            "要点",
            [],
        ),
    ],
)
def test_the_info_line_above_a_lead_box(first, second, times):
    more = "据了解，新模型采用了全新的训练方法，推理速度提升了三倍，同时显著降低了计算成本。"
    out = split_body([first, second, "允中 发自 凹非寺", PARA, more, LAST])
    assert out.lines[-3:] == [PARA, more, LAST]
    assert out.times == times


# Rule "page record": an e-paper's closing line naming the headline and the date. Rows
# that must not match: a sentence that names the headline and a date, a line with the
# headline and no date.
@pytest.mark.parametrize(
    ("last", "kept"),
    [
        (
            "某某工人日报 工会 00002 某某市总工会推出十大措施 2024-03-05 1 2024年03月05日 星期二",
            False,
        ),
        ("2024年3月5日，某某市总工会推出十大措施的消息传开。", True),
        ("某某市总工会推出十大措施 相关图片", True),
    ],
)
def test_an_e_papers_page_record_closing_the_text(last, kept):
    out = split_body([PARA, LAST, last], "某某市总工会推出十大措施")
    assert (out.lines[-1] == last) is kept


# Rule "speaker line": the speaker above a speech's salutation is not body. Rows that must
# not match: no salutation after it, a heading with no speaker's title, a sentence.
@pytest.mark.parametrize(
    ("first", "second", "dropped"),
    [
        ("中国某某工程新闻发言人 张三", "女士们、先生们：", True),
        ("省总工会主席 李四", "同志们：", True),
        ("省总工会主席 李四", PARA, False),
        ("活动背景介绍", "同志们：", False),
        ("省总工会主席李四在会上讲话。", "同志们：", False),
    ],
)
def test_the_speaker_above_a_speech(first, second, dropped):
    out = split_body([first, second, PARA, LAST])
    assert (out.lines[0] != first) is dropped
    assert out.credits == []  # a speaker is no author


def test_a_closing_unit_and_its_writers_are_no_body():
    out = split_body([PARA, LAST, "宣教部 刘智颖"])
    assert out.lines == [PARA, LAST]
    assert out.credits == ["刘智颖"]


def test_the_end_is_decided_once_and_the_trailing_lines_counted():
    out = split_body([PARA, LAST, "相关阅读", "标题一", "推荐阅读", "标题二", "责任编辑：王五"])
    assert out.lines == [PARA, LAST]
    assert out.trailing == 3  # two block headings and the editor's end mark
    assert out.editor() == "王五"  # read after the blocks all the same


# Rule "credit-closed paragraph": a paragraph closed by a credit glued to it ends the text;
# the short lines after it are a standing notice. Rows that must not cut: a paragraph
# after the credit, a credit on the last line, no credit.
@pytest.mark.parametrize(
    ("lines", "kept", "credits"),
    [
        (
            [
                PARA,
                LAST + "（王煌忠／台中報導）",
                "《某报》关心你",
                "再给自己一次机会",
                "张老师专线：1980",
            ],
            [PARA, LAST],
            ["王煌忠"],
        ),
        ([PARA, LAST + "（编辑：张三）1120221", "标题一", "标题二"], [PARA, LAST], []),
        ([PARA + "（王鑫）", LAST], [PARA + "（王鑫）", LAST], []),  # a paragraph follows
        ([PARA, LAST + "（王鑫 方大丰）"], [PARA, LAST], ["王鑫 方大丰"]),
        ([PARA, LAST, "小标题", LAST], [PARA, LAST, "小标题", LAST], []),
    ],
)
def test_a_credit_closed_paragraph_ends_the_text(lines, kept, credits):
    out = split_body(lines)
    assert (out.lines, out.credits) == (kept, credits)


def test_kept_closing_lines():
    out = split_body([PARA, LAST, "（完）"])
    assert out.lines[-1] == "（完）"


@pytest.mark.parametrize(
    "last",
    [
        "记者从新华社获悉，今年全市新增就业岗位三万个。",  # names an agency, is a sentence
        "活动现场，职工们纷纷拍照留念，用镜头记录下这一难忘时刻。",
        "（应受访者要求，文中人物为化名。）",
    ],
)
def test_sentences_that_look_like_captions_or_notes_stay(last):
    assert split_body([PARA, last]).lines == [PARA, last]


# One vocabulary of roles for info lines and credit lines: 责任编辑 before 责编, 编辑, 选稿;
# 编审 and 校对 edit but are not the editor. Rows that must not match: those roles alone.
@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑：王五 责编：李四", "李四"),
        ("来源：某某日报 选稿：赵六 编辑：王五", "王五"),
        ("选稿：赵六", "赵六"),
        ("编审：张三", None),
        ("校对：张三 编审：李四", None),
    ],
)
def test_info_and_credit_lines_rank_editors_alike(line, editor):
    assert split_body([PARA, LAST, line]).editor() == editor


# Rule "account note": 本文来自微信公众号：X（ID：…） names the account the text comes from,
# and the credits after it. Rows that must not match: a first-published note (a standing
# notice, §3), a sentence about an account, a note with no account.
@pytest.mark.parametrize(
    ("line", "source", "authors"),
    [
        (
            "本文来自微信公众号：某某研究院（ID：mouyanjiu），作者：张三，题图来自：视觉中国",
            "某某研究院",
            ["张三"],
        ),
        (
            "本文来自微信公众号“某某财经”（ID：mcj），作者：张三，36氪经授权发布。",
            "某某财经",
            ["张三"],
        ),
        ("（本文来自公众号：某某发布）", "某某发布", []),
        ("本文首发于微信公众号：某某财经。文章内容属作者个人观点。", None, []),
        ("许多职工通过公众号了解工会的服务项目和办事流程。", None, []),
        ("本文来自网络，如有侵权请联系删除。", None, []),
    ],
)
def test_account_note(line, source, authors):
    out = BodyParts(lines=[])
    taken = take_account_note(line, out)
    assert (taken, out.sources[:1], out.credits) == (
        source is not None,
        [source] if source else [],
        [" ".join(authors)] if authors else [],
    )


# A 来源 value ends at the next label (来源：某某日报 发布时间：<script>…</script> is read as one
# credit line): the label's value is its own, and an empty time label is a time a script
# writes. Rows that must not match: a value with no label in it, a date after the outlet.
@pytest.mark.parametrize(
    ("value", "sources", "empty_time", "editors"),
    [
        ("某某日报 发布时间：", ["某某日报"], True, []),
        ("某某日报 点击：", ["某某日报"], False, []),
        ("某某日报 编辑：李四", ["某某日报"], False, [(2, "李四")]),
        ("某某日报", ["某某日报"], False, []),
        ("人民网-文化频道 原创稿", ["人民网-文化频道 原创稿"], False, []),
        ("中工网－工人日报 2022年09月29日 08:15", ["中工网－工人日报"], False, []),
    ],
)
def test_a_source_value_ends_at_the_next_label(value, sources, empty_time, editors):
    out = BodyParts(lines=[])
    out.take("source", value)
    assert (out.sources, out.empty_time, out.editors) == (sources, empty_time, editors)


# The lead's reporters, when the text opens with an in-text heading before the lead. Rows
# that must not match: a first paragraph that is a sentence, no lead after the heading.
@pytest.mark.parametrize(
    ("lines", "credits"),
    [
        (
            [
                "水果口味啤酒 警語很模糊",
                "〔記者張三、李四／台北報導〕市面上出現愈來愈多水果啤酒。",
                LAST,
            ],
            ["張三 李四"],
        ),
        (["本报讯（记者 王鑫）近日，市总工会推出十大措施。", LAST], ["王鑫"]),
        ([PARA, "本报讯（记者 王鑫）近日，市总工会推出十大措施。", LAST], []),
        (["警語很模糊", PARA, LAST], []),
    ],
)
def test_the_lead_after_a_heading(lines, credits):
    assert split_body(lines).credits == credits


# Rule "wire headline line" (§2): a dateline with the wire's headline on a line of its own
# is no paragraph; its reporters and its outlet are read from it. Rows that must not
# match: a lead whose sentence goes on, a headline with no dateline, the line alone.
@pytest.mark.parametrize(
    ("lines", "first", "credits", "outlet"),
    [
        (["新华社北京5月9日电 题：某市总工会推出十大措施", PARA], PARA, [], "新华社"),
        (
            ["新华社北京5月9日电（记者张三）题：某市总工会推出十大措施", PARA],
            PARA,
            ["张三"],
            "新华社",
        ),
        (
            ["新华社北京5月9日电 题为“职工之家”的展览今天开幕，吸引了众多职工参观。", PARA],
            "新华社北京5月9日电 题为“职工之家”的展览今天开幕，吸引了众多职工参观。",
            [],
            "新华社",
        ),
        (["题：某市总工会推出十大措施", PARA], "题：某市总工会推出十大措施", [], None),
        (
            ["新华社北京5月9日电 题：某市总工会推出十大措施"],
            "新华社北京5月9日电 题：某市总工会推出十大措施",
            [],
            "新华社",
        ),
    ],
)
def test_the_wire_headline_line(lines, first, credits, outlet):
    out = split_body(lines)
    assert (out.lines[0], out.credits, out.dateline_outlet) == (first, credits, outlet)


# A 来源 on the editor's line that ends the text (责任编辑：张三 来源：某某日报) is the
# page's. Rows that must not match: a 来源 inside a trailing block (another story's), a
# standing notice that the text came from the web.
@pytest.mark.parametrize(
    ("closing", "sources"),
    [
        (["责任编辑：张三 来源：某某日报"], ["某某日报"]),
        (["责任编辑：张三", "来源：某某日报"], ["某某日报"]),
        (["相关阅读", "某某新闻标题一", "来源：某某网 2024-05-12", "责任编辑：张三"], []),
        (["信息来源于网络"], []),
    ],
)
def test_a_source_on_the_closing_editor_line(closing, sources):
    assert split_body([PARA, LAST, *closing]).sources == sources
