import pytest

from unionnews.extraction.credits import (
    clean_editor,
    closing_credit,
    credit_line,
    lead_credit,
    names_in,
)


@pytest.mark.parametrize(
    ("paragraph", "text", "names"),
    [
        ("激励更多人矢志技能成才。(王鑫 方大丰)", "激励更多人矢志技能成才。", ["王鑫", "方大丰"]),
        ("成才。（记者 王鑫 通讯员 方大丰）", "成才。", ["王鑫", "方大丰"]),
        ("换新iPhone。(李楠)", "换新iPhone。", ["李楠"]),
        ("量化宽松。（完）", "量化宽松。（完）", []),  # not a person
        ("（应受访者要求，文中张严为化名。）", "（应受访者要求，文中张严为化名。）", []),
    ],
)
def test_closing_credit(paragraph, text, names):
    assert closing_credit(paragraph) == (text, names)


@pytest.mark.parametrize(
    ("paragraph", "names"),
    [
        ("本报讯（记者 王鑫 通讯员 方大丰）近日，", ["王鑫", "方大丰"]),
        ("新京报讯（记者 陆一夫）11月25日，", ["陆一夫"]),
        ("近日，记者从市总工会获悉。", []),
    ],
)
def test_lead_credit(paragraph, names):
    assert lead_credit(paragraph) == names


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("新京报记者 陆一夫", ("author", ["陆一夫"])),
        ("采写：南都见习记者 林子沛", ("author", ["林子沛"])),  # 南都 is the paper, not a name
        ("文/图 刘玺东 易赛楠", ("author", ["刘玺东", "易赛楠"])),
        ("编辑 刘晓阳 校对 李铭", ("editor", ["刘晓阳"])),
        ("责任编辑：杨倩_NF4425", ("editor", ["杨倩"])),  # staff code stripped
        ("中新社记者 贾天勇 摄", None),  # a photographer is not an author
        ("记者近日从市总工会获悉", None),  # prose
        ("青年优秀论文颁奖典礼", None),  # 文 inside a word is no credit
    ],
)
def test_credit_line(line, expected):
    assert credit_line(line) == expected


def test_names_in_skips_non_people():
    assert names_in("作者：网络整理") == []
    assert names_in("记者 王鑫、方大丰") == ["王鑫", "方大丰"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("杨倩_NF4425", "杨倩"),
        ("（责任编辑：周雁）", "周雁"),
        ("宪瑞 人气： 5380", "宪瑞"),
        ("Demi Xia", "Demi Xia"),
        ("", None),
    ],
)
def test_clean_editor(raw, expected):
    assert clean_editor(raw) == expected
