import pytest

from unionnews.extraction.sources import canonical_source


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("工人日报", "工人日报"),
        ("中工网－工人日报", "工人日报"),  # portal before the outlet it reposts
        ("中工网-工人日报", "工人日报"),
        ("《工人日报》", "工人日报"),
        ("工人日报客户端", "工人日报"),  # alias table
        ("来源：湖南工人报", "湖南工人报"),
        ("游民星空[整理]", "游民星空"),
        ("新京报 作者：张三", "新京报"),
        ("网络", None),  # names no outlet
        ("本站", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_source(raw, expected):
    assert canonical_source(raw) == expected


def test_alias_table_can_be_given():
    assert canonical_source("娄底工会", {"娄底工会": "娄底市总工会"}) == "娄底市总工会"
