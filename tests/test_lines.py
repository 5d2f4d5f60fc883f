"""The line model: the span decoder, the shipped weights, and pages it must read."""

import pytest

from unionnews.extraction import lines
from unionnews.extraction.page import extract


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1.0, 2.0, 3.0], (0, 3, 6.0)),
        ([-1.0, 2.0, 3.0, -1.0], (1, 3, 5.0)),
        ([2.0, -1.0, 2.0], (0, 3, 3.0)),  # a caption between paragraphs is crossed
        ([2.0, -5.0, 1.0], (0, 1, 2.0)),  # a related block is not
        ([-1.0, -2.0], (0, 0, 0.0)),  # nothing above zero: no span
        ([], (0, 0, 0.0)),
    ],
)
def test_best_span(values, expected):
    assert lines.best_span(values) == expected


def test_shipped_weights_fit_the_features():
    weights = lines.shipped_weights()
    assert len(weights.coef) == len(lines.FEATURES) == len(weights.mean)
    assert len(weights.page["coef"]) == len(lines.PAGE_FEATURES)
    # Sentence punctuation speaks for body, a block heading of other headlines against.
    named = dict(zip(lines.FEATURES, weights.coef, strict=True))
    assert named["block_heading"] < 0 < named["log_punct"] + named["ends_sentence"]


def test_weights_for_other_features_are_refused():
    data = lines.shipped_weights().to_dict()
    data["features"] = data["features"][:-1]
    with pytest.raises(ValueError, match="fit_lines"):
        lines.Weights.from_dict(data)


PARA = "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"


def test_a_page_nested_thousands_deep_gives_its_parts():
    # A CMS that never closes its <div>s: the walker must not recurse.
    depth = 1500
    html = (
        "<html><head><title>某某市总工会推出十大措施_某某市总工会</title></head><body>"
        + "<div>" * depth
        + "<h1>某某市总工会推出十大措施</h1>"
        + "".join(f"<p>{PARA}</p>" for _ in range(4))
        + "</body></html>"
    )
    parts = extract(html)
    assert parts.title == "某某市总工会推出十大措施"
    assert parts.body_lines[:4] == [PARA] * 4


def test_headline_above_the_info_line_without_a_title_element():
    # Rule "headline above the info line": no <title>, no heading element.
    menu = " ".join(f"<a href='/{i}/'>栏目{i}</a>" for i in range(12))
    html = (
        f"<html><body><div class='nav'>{menu}</div><div>某某市总工会推出十大措施</div>"
        "<div>http://www.example.invalid/ 2005-07-18 13:03:17</div><div>"
        + "".join(f"<p>{PARA}</p>" for _ in range(6))
        + f"</div><div class='foot'>{menu}</div></body></html>"
    )
    assert extract(html).title == "某某市总工会推出十大措施"


def test_a_sentence_above_the_body_is_no_headline():
    # Rows that must not match: a sentence, a link, a date line.
    menu = " ".join(f"<a href='/{i}/'>栏目{i}</a>" for i in range(12))
    html = (
        f"<html><body><div class='nav'>{menu}</div><div>某某市总工会推出十大措施。</div>"
        "<div><a href='/x'>某某市总工会推出十大措施</a></div>"
        "<div>2005-07-18 13:03:17</div>"
        + "".join(f"<div>{PARA}</div>" for _ in range(4))
        + f"<div class='foot'>{menu}</div></body></html>"
    )
    assert extract(html).title is None


def test_every_line_gets_every_feature_in_order():
    from unionnews.extraction.page import read_anatomy

    html = (
        "<html><head><title>某某市总工会推出十大措施_某某市总工会</title></head><body>"
        "<div class='nav'><a href='/'>首页</a></div><h1>某某市总工会推出十大措施</h1>"
        "<div>来源：某某市总工会 2026-11-20 09:30</div>"
        + "".join(f"<p>{PARA}</p>" for _ in range(3))
        + "<div>相关阅读</div><div>责任编辑：张三</div></body></html>"
    )
    anatomy = read_anatomy(html)
    rows = lines.line_features(anatomy)
    assert len(rows) == len(anatomy.lines)
    assert {len(row) for row in rows} == {len(lines.FEATURES)}
    named = [dict(zip(lines.FEATURES, row, strict=True)) for row in rows]
    texts = [line.text for line in anatomy.lines]
    assert named[texts.index("相关阅读")]["block_heading"] == 1.0
    assert named[texts.index("责任编辑：张三")]["end_mark"] == 1.0
    assert named[texts.index("责任编辑：张三")]["after_trailing"] == 1.0
    assert named[texts.index(PARA)]["ends_sentence"] == 1.0


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([1.0, 2.0, -3.0], (0, 2, 3.0)),  # a span above zero: the best span
        ([-2.0, -0.5, -3.0], (1, 2, -0.5)),  # none: a one-paragraph item's best line
        ([], (0, 0, 0.0)),  # an empty page: nothing
    ],
)
def test_decode(values, expected):
    assert lines.decode(values) == expected


def test_a_one_paragraph_item_is_its_prose_line_not_a_better_scored_scrap():
    # No line above zero: the best prose line, not a credit such as (中時 ) that scores
    # higher; with no prose line marked, the best line.
    assert lines.decode([-1.8, -1.3, -3.0], [True, False, False]) == (0, 1, -1.8)
    assert lines.decode([-1.8, -1.3, -3.0], [False, False, False]) == (1, 2, -1.3)
