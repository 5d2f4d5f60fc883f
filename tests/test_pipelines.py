import pytest
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from unionnews.extraction.fingerprint import content_fingerprint
from unionnews.items import Article
from unionnews.pipelines import (
    DedupePipeline,
    RepostPipeline,
    ValidatePipeline,
)
from unionnews.run.sqlite_state import ArticleState

PARA = "娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。"


@pytest.fixture
def stats():
    return MemoryStatsCollector(get_crawler())


@pytest.mark.parametrize("missing", ["title", "body"])
def test_validate_drops_with_reason(stats, missing):
    item = Article(url="u", title="t", body=PARA)
    setattr(item, missing, None)
    with pytest.raises(DropItem):
        ValidatePipeline(stats).process_item(item)
    assert stats.get_value(f"unionnews/dropped/no_{missing}") == 1


def test_validate_counts_missing_date_but_keeps_record(stats):
    item = Article(url="u", title="t", body=PARA)
    assert ValidatePipeline(stats).process_item(item) is item
    assert stats.get_value("unionnews/missing/published_at") == 1


def test_dedupe_by_url(stats):
    pipeline = DedupePipeline(stats)
    pipeline.process_item(Article(url="a", title="t", body=PARA))
    with pytest.raises(DropItem):
        pipeline.process_item(Article(url="a", title="t", body="另一篇文章的正文。"))
    pipeline.process_item(Article(url="c", title="t", body="另一篇文章的正文。"))
    assert stats.get_value("unionnews/dropped/duplicate_url") == 1


def test_repost_in_one_run_is_marked_with_the_first_url(stats):
    pipeline = RepostPipeline(stats)
    body = f"{PARA}\n{PARA}\n{PARA}"
    first = pipeline.process_item(Article(url="a", title="t", body=body))
    # The portal's copy: other whitespace, half-width commas, an editor line at the end.
    copy = Article(url="b", title="t", body=" " + body.replace("，", ", ") + "\n（责任编辑：王伟）")
    pipeline.process_item(copy)
    assert first.duplicate_of is None
    assert copy.duplicate_of == "a"
    assert copy.fingerprint == first.fingerprint
    assert stats.get_value("unionnews/reposts") == 1


def test_repost_can_be_dropped(stats):
    pipeline = RepostPipeline(stats, drop=True)
    pipeline.process_item(Article(url="a", title="t", body=PARA))
    with pytest.raises(DropItem):
        pipeline.process_item(Article(url="b", title="t", body=PARA))
    assert stats.get_value("unionnews/dropped/repost") == 1


def test_repost_of_an_earlier_run_comes_from_the_state(stats, tmp_path):
    state = ArticleState(tmp_path / "state.sqlite")
    state.mark_emitted("http://old.example/1.html", content_fingerprint(PARA), "workercn", "x")
    item = RepostPipeline(stats, state).process_item(Article(url="b", title="t", body=PARA))
    assert item.duplicate_of == "http://old.example/1.html"


def test_short_bodies_get_no_fingerprint(stats):
    item = RepostPipeline(stats).process_item(Article(url="a", title="t", body="短讯。"))
    assert item.fingerprint is None
    assert item.duplicate_of is None
