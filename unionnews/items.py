"""The Article record: one JSON object per line of the export."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article page as a clean record. Every field is documented in the README."""

    url: str | None = None  # the article's URL (its first page)
    site: str | None = None  # host of the page, e.g. www.workercn.cn
    title: str | None = None  # the headline above the body, not the <title>
    source: str | None = None  # canonical originating outlet, e.g. 工人日报
    source_raw: str | None = None  # the text after 来源, exactly as shown
    published_at: str | None = None  # ISO 8601 in +08:00 at the precision shown
    published_precision: str | None = None  # "second", "minute" or "day": what was shown
    authors: list[str] = field(default_factory=list)  # writers and reporters, page order
    editor: str | None = None  # 责任编辑/编辑/责编
    tags: list[str] = field(default_factory=list)  # 标签/关键词
    region: dict | None = None  # {"province", "city", "county"}, parts may be None
    body: str | None = None  # paragraphs joined by "\n"
    crawled_at: str | None = None  # ISO 8601 UTC time of the fetch
    fingerprint: str | None = None  # content fingerprint shared by reposts
    duplicate_of: str | None = None  # URL of the first record with this fingerprint


FIELDS = tuple(Article.__dataclass_fields__)
