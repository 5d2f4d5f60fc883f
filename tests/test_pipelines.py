import pytest
from scrapy.exceptions import DropItem
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from unionnews.items import Article
from unionnews.pipelines import DedupePipeline, TrailingBlocksPipeline, ValidatePipeline

PARA = "娄底市总工会近日推出“十大措施”，从强化基层基础、劳动竞赛、技能培训等方面入手，为地方发展贡献工会智慧和力量。"


@pytest.fixture
def stats():
    return MemoryStatsCollector(get_crawler())


def test_trailing_blocks_are_cut_and_counted(stats):
    item = Article(url="u", title="t", body=f"{PARA}\n{PARA}\n相关阅读\n别的新闻\n推荐阅读\n又一条")
    TrailingBlocksPipeline(stats).process_item(item)
    assert item.body == f"{PARA}\n{PARA}"
    assert stats.get_value("unionnews/trailing_removed") == 2


def test_body_without_trailing_blocks_is_untouched(stats):
    item = Article(url="u", title="t", body=PARA)
    TrailingBlocksPipeline(stats).process_item(item)
    assert item.body == PARA
    assert stats.get_value("unionnews/trailing_removed") is None


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


def test_dedupe_by_url_and_by_body(stats):
    pipeline = DedupePipeline(stats)
    pipeline.process_item(Article(url="a", title="t", body=PARA))
    with pytest.raises(DropItem):
        pipeline.process_item(Article(url="a", title="t", body="另一篇文章的正文。"))
    with pytest.raises(DropItem):
        pipeline.process_item(Article(url="b", title="t", body=" " + PARA.replace("，", "， ")))
    pipeline.process_item(Article(url="c", title="t", body="另一篇文章的正文。"))
    assert stats.get_value("unionnews/dropped/duplicate_url") == 1
    assert stats.get_value("unionnews/dropped/duplicate_body") == 1
