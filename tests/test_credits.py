import pytest

from unionnews.extraction.credits import (
    clean_editor,
    closing_credit,
    closing_department,
    closing_editor,
    credit_line,
    lead_credit,
    names_in,
    unit_writers,
)


# Rule "closing credit": names in parentheses after the last sentence, with or without an
# outlet and a role. Rows that must not match: (完), a content note, a word in parentheses
# inside a sentence, a Latin outlet.
@pytest.mark.parametrize(
    ("paragraph", "text", "names"),
    [
        ("激励更多人矢志技能成才。(王鑫 方大丰)", "激励更多人矢志技能成才。", ["王鑫", "方大丰"]),
        ("成才。（记者 王鑫 通讯员 方大丰）", "成才。", ["王鑫", "方大丰"]),
        ("换新iPhone。(李楠)", "换新iPhone。", ["李楠"]),
        ("结束。（总台央视记者 张三 李四）", "结束。", ["张三", "李四"]),
        ("结束。（本报记者 张三 李四）", "结束。", ["张三", "李四"]),
        ("结束。（记者张三 整合）", "结束。", ["张三"]),  # 整合 is what he did
        ("结束。（方 敏）", "结束。", ["方敏"]),  # a padded two-character name
        ("结束。（姚峰 上海报道）", "结束。", ["姚峰"]),  # where it was filed
        ("結束。（王煌忠／台中報導）", "結束。", ["王煌忠"]),
        ("结束。（新华社报道）", "结束。（新华社报道）", []),  # an outlet, no name
        ("结束。（上海报道）", "结束。（上海报道）", []),  # a place alone
        ("结束。（实习生张三对此文亦有贡献）", "结束。", []),  # a contributor's note
        ("结束。（作者系某某大学教授）", "结束。", []),  # a note about the writer
        ("结束。（本文作者系某某大学教授）", "结束。", []),
        ("量化宽松。（完）", "量化宽松。（完）", []),  # not a person
        ("（应受访者要求，文中张严为化名。）", "（应受访者要求，文中张严为化名。）", []),
        ("同比增长（同比）", "同比增长（同比）", []),  # inside a sentence
        ("结束。（BBC）", "结束。（BBC）", []),
        ("结束。（宣教部）", "结束。（宣教部）", []),  # a department: closing_department's
        ("结束。（某某区总工会 王五 李六）", "结束。", ["王五", "李六"]),  # their unit first
        ("结束。（某某区总工会 供稿）", "结束。（某某区总工会 供稿）", []),  # a unit, no one
        ("结束。（某某县发改局）", "结束。（某某县发改局）", []),  # a unit alone
        # a name before its role: the writer is an author, the photographer is not
        ("结束。（张三/文 李四/图）", "结束。", ["张三"]),
        ("结束。（張三／文圖）", "结束。", ["張三"]),
        ("结束。（李四/摄）", "结束。", []),
        ("结束。（全文/完）", "结束。（全文/完）", []),  # no name, no role
        ("结束。（张三/完）", "结束。（张三/完）", []),  # 完 is no role
        ("结束。（张三 李四/文 王五/图）", "结束。", ["张三", "李四"]),  # several names
        ("结束。（张三、李四/文 王五/图）", "结束。", ["张三", "李四"]),
        ("结束。（某某日报/文）", "结束。（某某日报/文）", []),  # an outlet, not a name
        # roles in traditional characters; names as written
        ("結束。（記者張三）", "結束。", ["張三"]),
        ("結束。（記者 張三 李四）", "結束。", ["張三", "李四"]),
        ("結束。（記者張三／綜合報導）", "結束。", ["張三"]),
        ("結束。（綜合報導）", "結束。（綜合報導）", []),  # compiled, no one
        ("結束。（編譯／張三）", "結束。（編譯／張三）", []),  # a translator, no writer
    ],
)
def test_closing_credit(paragraph, text, names):
    assert closing_credit(paragraph) == (text, names)


# Rule "glued editor": the editor's credit glued to the end of the last paragraph, with a
# date stamp after it or none. Rows that must not match: inside a sentence, another role.
@pytest.mark.parametrize(
    ("paragraph", "text", "editor"),
    [
        ("盡全力緩解。（編輯：蘇龍麒）1120221", "盡全力緩解。", "蘇龍麒"),
        ("增长。（责任编辑：张三）", "增长。", "张三"),
        ("增长。【编辑：李四】", "增长。", "李四"),
        ("他说（编辑：张三）不对", "他说（编辑：张三）不对", None),
        ("增长（编辑：张三）", "增长（编辑：张三）", None),  # no sentence before it
        ("增长。（记者：张三）", "增长。（记者：张三）", None),  # a writer: closing_credit's
        # with no brackets: names only after the label, after a sentence's end
        ("增长。编辑：张三", "增长。", "张三"),
        ("增长。責任編輯：張三 李四", "增长。", "張三、李四"),
        ("他担任编辑：张三", "他担任编辑：张三", None),
        ("增长。编辑：这件事说来话长", "增长。编辑：这件事说来话长", None),
    ],
)
def test_closing_editor(paragraph, text, editor):
    left, credit = closing_editor(paragraph)
    assert (left, credit.editor() if credit else None) == (text, editor)


# Rule "contributing unit": a unit in parentheses closing the text is not body.
@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("总体趋稳。（德清县发改局）", "总体趋稳。"),
        ("总体趋稳。(省总宣教部)", "总体趋稳。"),
        ("总体趋稳。（某某党支部供稿）", "总体趋稳。"),
        ("总体趋稳。（王鑫）", "总体趋稳。（王鑫）"),  # a person: closing_credit's
        ("总体趋稳。（完）", "总体趋稳。（完）"),
    ],
)
def test_closing_department(paragraph, expected):
    assert closing_department(paragraph) == expected


# Rule "news lead": the credit in a dateline's parentheses.
@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("本报讯（记者 王鑫 通讯员 方大丰）近日，", ["王鑫", "方大丰"]),
        ("新京报讯（记者 陆一夫）11月25日，", ["陆一夫"]),
        ("本报北京5月11日电（记者 张三）", ["张三"]),
        ("央广网北京5月11日消息（记者张三）", ["张三"]),
        ("据消息（记者张三）称，", []),  # 消息 with no date: no dateline
        ("新华社北京5月19日电（记者张三、李四）", ["张三", "李四"]),
        ("新华社北京5月19日电（张三、李四）", ["张三", "李四"]),  # a bare name list
        ("某某报讯（全媒体记者张三 通讯员李四）", ["张三", "李四"]),
        ("近日，记者从市总工会获悉。", []),
        ("会议指出（2024年）要加强", []),  # no dateline
        ("本报讯（某某局）近日", []),  # a unit, not a person
        # a wire dateline whose reporters run into the place it is filed from
        ("（中央社記者溫貴香台北21日電）行政院副院長今天表示，", ["溫貴香"]),
        ("（中央社記者張三、李四東京21日電）日本政府", ["張三", "李四"]),
        # Rows the wire-reporter rule must not take: no reporter, a name it cannot tell
        # from a longer place.
        ("（中央社台北21日電）行政院", []),
        ("（中央社記者林克倫華盛頓21日電）美國", []),
        # the reporters after a lead, closed by 报道 and a colon; rows with no name
        ("【大公報訊】記者張三報道：全國總工會今天", ["張三"]),
        ("本报讯 记者张三 通讯员李四报道：近日，", ["张三", "李四"]),
        ("本报讯 记者从市总工会获悉，近日报道：", []),
        ("【大公報訊】據報道：", []),
        # a space standing for the colon after 报道; row that must not match: 报道 glued
        # to the sentence it opens
        ("本报讯 记者吴晓静 通讯员章明飞报道 丽水市总工会近日", ["吴晓静", "章明飞"]),
        ("本报讯 记者张三报道称，近日", []),
        # a bracketed lead before the credit's parentheses
        ("【某某工人报讯】（记者 张三）近日，", ["张三"]),
        ("〔本报讯〕（记者 张三 通讯员 李四）近日，", ["张三", "李四"]),
        # reporters after the lead set off by spaces; rows that must not match: the
        # sentence begins right after the role, a lead with no role after it
        ("本报讯 记者张三 通讯员李四 7月14日，市总工会", ["张三", "李四"]),
        ("本报讯 全媒体记者 张三 近日，市总工会", ["张三"]),
        ("本报讯 记者近日从市总工会获悉，", []),
        ("本报讯 近日，市总工会召开会议", []),
    ],
)
def test_lead_credit(paragraph, names):
    assert lead_credit(paragraph) == names


# Rule "credit line": a line that is only credits, a byline of its own or a closing line.
@pytest.mark.parametrize(
    ("line", "authors", "editor"),
    [
        ("新京报记者 陆一夫", ["陆一夫"], None),
        ("采写：南都见习记者 林子沛", ["林子沛"], None),  # 南都 is the paper, not a name
        ("文/图 刘玺东 易赛楠", ["刘玺东", "易赛楠"], None),
        ("本报记者 张三 本报通讯员 李四", ["张三", "李四"], None),
        ("工人日报-中工网记者 张三", ["张三"], None),
        ("某某报·某某网记者 张三", ["张三"], None),
        ("澎湃新闻记者 张三 李四", ["张三", "李四"], None),
        ("■本报记者 张三", ["张三"], None),
        ("全媒体记者 张三", ["张三"], None),
        ("执笔/张三、李四&王五", ["张三", "李四", "王五"], None),
        ("执笔人：闵乐夫 赵兰波 刘韬", ["闵乐夫", "赵兰波", "刘韬"], None),
        ("记者 方 敏", ["方敏"], None),
        ("《棱镜》作者 周纯", ["周纯"], None),
        ("文/张三 编辑/李四", ["张三"], "李四"),
        ("编辑 刘晓阳 校对 李铭", [], "刘晓阳"),
        ("责任编辑：杨倩_NF4425", [], "杨倩"),  # staff code stripped
        ("编辑|张三 责编|李四 校对|王五", [], "李四"),  # 责编 outranks 编辑
        ("某某党支部供稿 摄影/张三 编辑/李四", [], "李四"),  # no person writes
        ("【编辑：姚昊】", [], "姚昊"),
        ("［责任编辑：赵六］", [], "赵六"),  # full-width square brackets
        ("〔责任编辑：赵六〕", [], "赵六"),
        ("文字 | 张三", ["张三"], None),  # 文字 before a separator is the writer's role
        ("文字｜张三 编辑｜李四", ["张三"], "李四"),
        ("编辑：王五 二审：李四 三审：张三", [], "王五"),
        # where the report was filed, set apart by a space; an outlet before the role
        ("21世纪经济报道 记者 张三 北京报道", ["张三"], None),
        ("本报记者 张三 李四 综合报道", ["张三", "李四"], None),
        ("记者 张三报道", ["张三"], None),  # no space: the name, then 报道
        ("作者：第一财经 张三", ["张三"], None),  # an outlet in the writer's slot
        # a description or a title after the name; a name in Latin letters is one name
        ("作者：张三（某某大学教授）", ["张三"], None),
        ("作者 | 张三 某某研究院研究员", ["张三"], None),
        ("作者：Zhang San", ["Zhang San"], None),
        ("作者：Zhang San, Li Si", ["Zhang San", "Li Si"], None),
        ("主笔：张三", ["张三"], None),
        # a named commentator writes the piece
        ("本报特约评论员 张三", ["张三"], None),
        ("文丨张三 本报特约评论员 李四", ["张三", "李四"], None),
        ("报道员 张三", ["张三"], None),
        ("特约报道员 张三 通讯员 李四", ["张三", "李四"], None),
    ],
)
def test_credit_line(line, authors, editor):
    credit = credit_line(line)
    assert credit is not None
    assert credit.authors == authors
    assert credit.editor() == editor


@pytest.mark.parametrize(
    "line",
    [
        "中新社记者 贾天勇 摄",  # a photographer is not an author
        "记者近日从市总工会获悉",  # prose
        "青年优秀论文颁奖典礼",  # 文 inside a word is no credit
        "文字记录员张三",  # nor 文字 without a separator
        "本报评论员",  # a collective signature
        "某某日报特约评论员",  # nor a commentator with no name
        "作者：未知",  # a placeholder
        "作者最新文章",  # a trailing block's heading
        "记者了解到，今年以来全市新增就业岗位",
        "编辑部的故事",
        "■该作者文章",  # a block of the writer's other articles
        "图片来源：视觉中国",  # where a photo comes from credits nobody
        "数据来源：国家统计局",
        "记者 张教授",  # a title, not a name
    ],
)
def test_not_a_credit_line(line):
    credit = credit_line(line)
    assert credit is None or not credit.authors


# Rule "name before its role" on a line of its own: the writers are authors; a
# photographer alone credits no author but the line is still a credit. Rows that must not
# match: places or words before a slash.
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("张三/文 王五/图", ["张三"]),
        ("张三 李四/文 王五/图", ["张三", "李四"]),
        ("王五/图", []),
        ("北京/上海", None),
        ("某某日报/文", None),
    ],
)
def test_names_before_roles_line(line, authors):
    credit = credit_line(line)
    assert (credit.authors if credit is not None else None) == authors


# Where the cover image or a photo comes from is no source of the article; rows that
# must not match: the article's own 来源 written with a bar.
@pytest.mark.parametrize(
    ("line", "sources"),
    [
        ("封面来源｜视觉中国", []),
        ("题图来源：视觉中国", []),
        ("头图来源 | 某某图库", []),
        ("编辑｜张三 来源｜某某日报", ["某某日报"]),
    ],
)
def test_where_the_cover_comes_from(line, sources):
    credit = credit_line(line)
    assert (credit.sources if credit else []) == sources


# Rule "role compound": a role word glued to a word that makes a column's or a desk's
# name names nobody. Rows that must not match: the role with a name after it, glued or not.
@pytest.mark.parametrize(
    ("line", "editor"),
    [
        ("编辑推荐", None),
        ("編輯推薦", None),
        ("编辑精选", None),
        ("编辑部", None),
        ("記者手記", None),
        ("编辑：张三", "张三"),
        ("编辑 张三", "张三"),
        ("责任编辑：推荐", "推荐"),  # labelled: whatever follows is the value
    ],
)
def test_role_compounds_name_nobody(line, editor):
    credit = credit_line(line)
    assert (credit.editor() if credit else None) == editor


def test_names_in_skips_non_people():
    assert names_in("作者：网络整理") == []
    assert names_in("记者 王鑫、方大丰") == ["王鑫", "方大丰"]
    assert names_in("医技药剂党支部") == []  # a collective signature
    assert names_in("某某日报评论员") == []
    assert names_in("张三 摄") == []
    # a description after the name, and a name before its role
    assert names_in("张三（工人日报记者）") == ["张三"]
    assert names_in("张三（工人日报记者") == ["张三"]  # its bracket cut by the info line
    assert names_in("张三/文 李四/图") == ["张三"]
    assert names_in("記者張三") == ["張三"]  # a role in traditional characters
    assert names_in("記者 張三 李四") == ["張三", "李四"]
    assert names_in("（记者 张三 李四）") == ["张三", "李四"]  # a credit in brackets stays


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("杨倩_NF4425", "杨倩"),
        ("张三 SF099", "张三"),
        ("张三（PN269）", "张三"),
        ("（责任编辑：周雁）", "周雁"),
        ("汤诗瑶、丁涛", "汤诗瑶、丁涛"),  # every name the page shows
        ("HN666", "HN666"),  # a code alone is kept
        ("宪瑞 人气： 5380", "宪瑞"),
        ("Demi Xia", "Demi Xia"),
        ("", None),
        # a role tag after a name (§2); rows that must not match: a name in brackets
        ("张三（实习）", "张三"),
        ("张三(见习)、李四", "张三、李四"),
        ("（张三）", "张三"),
    ],
)
def test_clean_editor(raw, expected):
    assert clean_editor(raw) == expected


# Rule "correspondent's dateline" and 丨 as a separator: 记者 张三 发自 北京, 文丨张三.
@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("记者 张三 发自 北京", ["张三"]),
        ("本报记者 张三 李四 发自 上海", ["张三", "李四"]),
        ("李根 发自 凹非寺", ["李根"]),  # no role word: 发自 marks the byline
        ("文丨张三 特约评论员", ["张三"]),
        ("文丨张三", ["张三"]),
    ],
)
def test_correspondent_bylines(line, authors):
    credit = credit_line(line)
    assert credit is not None
    assert credit.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "他从北京发自内心地说",  # 发自内心 is an idiom, not a dateline
        "他 发自内心",
        "发自 北京",  # no name before it
        "张三发自北京",  # glued: a sentence fragment, not a byline
        "一二三四五 发自 北京",  # five characters are no name
    ],
)
def test_not_a_correspondent_byline(line):
    assert credit_line(line) is None


# Role words written in traditional characters are the same role words; the names stay
# as the page writes them (關 is a surname as well as the 關 of 相關).
@pytest.mark.parametrize(
    ("line", "authors", "editors"),
    [
        ("記者王鼎鈞／台北報導", ["王鼎鈞"], []),  # where it was filed is no name
        ("記者 張三 關某", ["張三", "關某"], []),
        ("（編輯：蘇龍麒）", [], ["蘇龍麒"]),
        ("責任編輯：陳曉明", [], ["陳曉明"]),
        ("本报记者 张三/北京报道", ["张三"], []),
    ],
)
def test_traditional_role_words(line, authors, editors):
    credit = credit_line(line)
    assert credit is not None
    assert credit.authors == authors
    assert [name for _, name in credit.editors] == editors


@pytest.mark.parametrize(
    "line",
    [
        "記者會上，他說明了原因。",  # a sentence about a press conference
        "關於這件事，各方說法不一",
    ],
)
def test_traditional_prose_is_no_credit(line):
    assert credit_line(line) is None


def test_a_bracketed_credit_opening_the_text():
    assert lead_credit("〔記者李欣芳／台北報導〕最新消息！前民進黨主席林義雄宣布停止禁食") == [
        "李欣芳"
    ]
    assert lead_credit("〔本報訊〕最新消息！") == []  # no reporter named
    # in parentheses too; rows that name no reporter must not match
    assert lead_credit("（记者张三）近日，市总工会召开会议。") == ["张三"]
    assert lead_credit("（记者张三/北京报道）近日，") == ["张三"]
    assert lead_credit("（記者張三／台北報導）行政院今天") == ["張三"]
    assert lead_credit("（记者从市总工会获悉）今年以来，") == []
    assert lead_credit("（记者手记）近日，") == []
    assert lead_credit("（新华社记者 张三 摄）") == []  # a photo's credit


# Rule "outlet glued to a byline": a 来源 value running into the byline after it. Rows
# that must not match: an outlet alone, a website-and-paper pair, a labelled writer after
# the outlet, an agency with a bare role, a desk (记者站).
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("某某工人报记者 刘明 通讯员 张华", ("某某工人报", "记者 刘明 通讯员 张华")),
        ("人民网-人民日报记者 李四", ("人民网-人民日报", "记者 李四")),
        ("工人日报", None),
        ("中工网－工人日报", None),
        ("某某日报 作者：张三", None),
        ("新华社记者", None),
        ("某某工人报记者站", None),
    ],
)
def test_outlet_and_byline(value, expected):
    from unionnews.extraction.credits import outlet_and_byline

    assert outlet_and_byline(value) == expected


def test_a_credit_line_s_values_lose_the_bars_between_them():
    credit = credit_line("来源：某某区总工会 | 编辑：张三 | 审核：李四")
    assert credit is not None
    assert credit.sources == ["某某区总工会"]
    assert credit.editor() == "张三"


# Rule "unit and writers": a closing line naming the unit and its writers without brackets.
# Rows that must not match: a unit alone, a unit and a date, a unit and a phrase, a name
# first.
@pytest.mark.parametrize(
    ("line", "writers"),
    [
        ("宣教部 刘智颖", ["刘智颖"]),
        ("某某区总工会 王五 李六", ["王五", "李六"]),
        ("市总工会办公室", None),
        ("宣教部 2024年3月5日", None),
        ("市总工会 召开全委会议", None),
        ("刘智颖 宣教部", None),
    ],
)
def test_unit_writers(line, writers):
    assert unit_writers(line) == writers


# Rule "a person by form": a common surname leads two or three characters (a compound one
# three or four). Rows that must not match: words and outlets, a body's name ending as
# one, a Latin name, a longer run.
@pytest.mark.parametrize(
    ("token", "person"),
    [
        ("张三", True),
        ("王鑫", True),
        ("陳美玲", True),
        ("欧阳修远", True),
        ("社会", False),
        ("财新", False),
        ("金融界", False),
        ("齐鲁网", False),
        ("王府井商业街", False),
        ("Zhang", False),
        ("欧阳", False),
    ],
)
def test_looks_like_person(token, person):
    from unionnews.extraction.credits import looks_like_person

    assert looks_like_person(token) is person


# Rule "outlet in the author slot": the slot's first word, when it ends as an outlet's
# name does. Rows that must not match: a person, the page's own 本报, a collective
# signature (评论员), a person before the outlet, a body that is no outlet.
@pytest.mark.parametrize(
    ("value", "outlet"),
    [
        ("某某日报", "某某日报"),
        ("某某晚报 张三", "某某晚报"),
        ("某某新闻网/张三", "某某新闻网"),
        ("（某某日报）", "某某日报"),
        ("张三", None),
        ("本报", None),
        ("本报评论员", None),
        ("某某日报评论员", None),
        ("张三 某某日报", None),
        ("某某区总工会", None),
        ("网络整理", None),
    ],
)
def test_credited_outlet(value, outlet):
    from unionnews.extraction.credits import credited_outlet

    assert credited_outlet(value) == outlet


# A counter's label a template sets beside the credit (作者:admin 阅读量) names nobody, in
# either script. Rows that must not match: a name that holds such a word's characters.
@pytest.mark.parametrize(
    ("value", "names"),
    [
        ("张三 阅读量", ["张三"]),
        ("張三 閱讀數", ["張三"]),
        ("admin 浏览次数", []),
        ("阅晓", ["阅晓"]),
        ("张点击", ["张点击"]),
    ],
)
def test_a_counter_is_no_name(value, names):
    from unionnews.extraction.credits import names_in

    assert names_in(value) == names
