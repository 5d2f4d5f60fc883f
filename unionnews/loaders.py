"""ArticleLoader: every field of an Article goes through a normaliser from ``unionnews.extraction``.

The loader context carries ``now`` (the crawl time, an aware datetime) for relative dates,
``reference`` (the date the page's data or URL tells) for pages that show month and
day only, ``published`` (the publication
time in the page's own data, which a relative date shown on the page stands for), and
``own_name``, the site's own
name, which is the source of a page that names none or says it is its own.
"""

from __future__ import annotations

from itemloaders.processors import Compose, Identity, Join, MapCompose, TakeFirst
from scrapy.loader import ItemLoader

from unionnews.extraction import credits, sources, tags
from unionnews.extraction.dates import FoundDate, find_date
from unionnews.extraction.text import collapse
from unionnews.items import Article


def _found(value: str, loader_context: dict) -> FoundDate | None:
    return find_date(
        value,
        now=loader_context.get("now"),
        reference=loader_context.get("reference"),
        published=loader_context.get("published"),
    )


def _date(value: str, loader_context: dict) -> str | None:
    found = _found(value, loader_context)
    return found.value if found else None


def _precision(value: str, loader_context: dict) -> str | None:
    found = _found(value, loader_context)
    return found.precision if found else None


def _source(value: str, loader_context: dict) -> str | None:
    return sources.resolve_source(value, loader_context.get("own_name"))


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


class ArticleLoader(ItemLoader):
    """Loads the fields of an Article; ``load_article()`` gives the typed record.

    The values are gathered in a plain dict: the loader looks up field metadata for
    every value it adds, which costs a dataclass adapter each time, and Article keeps
    its processors here rather than in field metadata anyway."""

    default_item_class = dict
    default_input_processor = MapCompose(collapse)
    default_output_processor = TakeFirst()

    source_in = MapCompose(collapse, _source)
    published_at_in = MapCompose(collapse, _date)
    published_precision_in = MapCompose(collapse, _precision)
    authors_in = MapCompose(credits.names_in)
    authors_out = Compose(_unique)
    editor_in = MapCompose(collapse, credits.clean_editor)
    tags_in = MapCompose(tags.split_tags)
    tags_out = Compose(_unique)
    body_in = MapCompose(collapse)
    body_out = Join("\n")
    crawled_at_in = Identity()
    url_in = Identity()  # already clean: no whitespace to fold
    site_in = Identity()
    region_in = Identity()

    def load_article(self) -> Article:
        return Article(**self.load_item())
