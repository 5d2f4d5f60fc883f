"""The line model: every text line of a page scored as body or not, the body taken as
the best-scoring contiguous run of lines.

The conventions of Chinese news pages (bylines, captions, summary boxes, promotions,
related-headline blocks, share widgets …) are features here, not branches: each line gets
a vector of them, a logistic model fitted on the gold corpus by ``scripts/fit_lines.py``
turns the vector into a log-odds score, and the body is the maximum-sum span of
``score - span_bias`` (linear time). Weights, feature scaling and the decision thresholds
live in ``weights/lines.json``, shipped with the package; the crawl needs nothing beyond
the standard library to use them.
"""

from __future__ import annotations

import json
import math
import operator
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any, Protocol

from unionnews.extraction import body, closing, credits, infoline, tags, trailing
from unionnews.extraction.text import cjk_count, ends_sentence, punct_count


class Anatomy(Protocol):
    """What the line model reads of a page (unionnews.extraction.page.Anatomy)."""

    walker: Any
    lines: list[Any]
    container_scores: dict[int, float]
    best: int
    title_similarity: list[float]
    headline_guess: int | None

    def container_share(self, owner: int) -> float: ...


# Class and id words of a line's block and its ancestors: generic words of page
# templates, never one site's names.
_CONTENT_WORDS = re.compile(
    r"content|article|artic|text|txt|body|main|detail|story|entry|post|zhengwen|zw|"
    r"read|para|news_?con|cont\b",
    re.I,
)
_FURNITURE_WORDS = re.compile(
    r"nav|menu|foot|side|aside|relat|recommend|rec_|comment|share|copyright|list|hot|"
    r"rank|banner|header|crumb|tool|links?\b|more|tag|login|search|bottom|top|ad\b|ads|"
    r"logo|weixin|wechat|qrcode|code|reply|author|info|time|source|subtitle|title",
    re.I,
)
# How many ancestors of a line's block are read for class and id words.
ANCESTORS = 6
_COPYRIGHT = re.compile(r"©|版权|Copyright|ICP|备案|All Rights Reserved", re.I)
_PROMOTION = re.compile(
    r"下载|客户端|APP|App|扫码|扫一扫|二维码|关注|公众号|订阅|点击|进入|微信|微博|抖音"
)
_CAPTION_MARK = re.compile(
    r"摄$|\s摄\s*$|供图|资料图|图片来源|视频截图|^图[/／:：]|^图为|^▲|^视频[-－:：]"
)
_DIGITS = re.compile(r"\d")
# A date or time shown on a line (a cheap look; dates.find_date reads it properly).
_DATE_LIKE = re.compile(
    r"(?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}|\d{1,2}月\d{1,2}日|[0-2]?\d[:：][0-5]\d|"
    r"[今昨前]天|\d+\s*(?:分钟|小时|天)前|刚刚"
)
_LATIN = re.compile(r"[A-Za-z]")

FEATURES = (
    "log_len",
    "cjk_share",
    "log_punct",
    "punct_per_char",
    "ends_sentence",
    "link_ratio",
    "heading",
    "digit_share",
    "latin_share",
    "tag_p",
    "tag_div",
    "tag_cell",
    "tag_item",
    "tag_heading",
    "content_words",
    "furniture_words",
    "in_best_container",
    "container_share",
    "title_similarity",
    "before_headline",
    "after_headline_log",
    "relative_position",
    "after_trailing",
    "credit",
    "date",
    "label",
    "caption",
    "summary",
    "furniture",
    "closing",
    "block_heading",
    "end_mark",
    "tag_line",
    "copyright",
    "promotion",
    "prev_log_len",
    "prev_link_ratio",
    "prev_prose",
    "next_log_len",
    "next_link_ratio",
    "next_prose",
    "run_prose",
)


@lru_cache(maxsize=16384)
def _marker_words(marker: str) -> tuple[int, int]:
    """Whether an element's ``class id`` holds content words, and furniture words. Cached:
    a site repeats its class names on every page."""
    if len(marker) <= 1:
        return 0, 0
    return int(bool(_CONTENT_WORDS.search(marker))), int(bool(_FURNITURE_WORDS.search(marker)))


def _words(walker: Any, index: int, memo: dict[int, tuple[int, int]]) -> tuple[int, int]:
    """Content and furniture words in the class/id of an element and its ancestors."""
    content = furniture = 0
    at = index
    elements, parent = walker.elements, walker.parent
    for _ in range(ANCESTORS):
        if at < 0:
            break
        flags = memo.get(at)
        if flags is None:
            el = elements[at]
            flags = memo[at] = _marker_words(f"{el.get('class') or ''} {el.get('id') or ''}")
        content += flags[0]
        furniture += flags[1]
        at = parent[at]
    return content, furniture


def _prose(line: Any) -> float:
    return 1.0 if line.score else 0.0


# Where the label rules' verdicts stand in _text_features' tuple.
_BLOCK_HEADING, _END_MARK = 14, 15


@lru_cache(maxsize=65536)
def _text_features(text: str) -> tuple[float, ...]:
    """The features a line's text alone decides, in FEATURES order (text shape first, the
    label rules after). Cached: a site repeats its menus and footers on every page."""
    length = len(text)
    short = text[: closing.MAX_LINE]
    punct = punct_count(text)
    return (
        math.log1p(length),
        cjk_count(text) / max(length, 1),
        math.log1p(punct),
        punct / max(length, 1),
        1.0 if ends_sentence(text) else 0.0,
        len(_DIGITS.findall(text)) / max(length, 1),
        len(_LATIN.findall(text)) / max(length, 1),
        1.0 if credits.credit_line(text) is not None else 0.0,
        1.0 if length <= 80 and _DATE_LIKE.search(text) else 0.0,
        1.0 if length <= 120 and infoline.has_label(text) else 0.0,
        1.0 if length <= 120 and _CAPTION_MARK.search(text) else 0.0,
        1.0 if body.opens_with_summary_label(text) else 0.0,
        1.0 if closing.furniture_kind(text) else 0.0,
        1.0 if closing.closing_kind(text) else 0.0,
        1.0 if trailing.is_block_heading(short) else 0.0,
        1.0 if trailing.is_end_mark(short) else 0.0,
        1.0 if tags.tag_line(text) is not None else 0.0,
        1.0 if _COPYRIGHT.search(short) else 0.0,
        1.0 if length <= 60 and _PROMOTION.search(text) else 0.0,
    )


def line_features(anatomy: Anatomy) -> list[list[float]]:
    """One feature vector per line of the page, in the order of ``FEATURES``."""
    walker, lines = anatomy.walker, anatomy.lines
    n = len(lines)
    best_first, best_last = walker.spans[anatomy.best]
    top = max(anatomy.container_scores.values(), default=1.0) or 1.0
    head = anatomy.headline_guess
    memo: dict[int, tuple[int, int]] = {}
    # A run of prose lines around each line (how deep inside a text block it stands).
    run = [0] * n
    count = 0
    for i, line in enumerate(lines):
        count = count + 1 if line.score else 0
        run[i] = count
    count = 0
    for i in range(n - 1, -1, -1):
        count = count + 1 if lines[i].score else 0
        run[i] = run[i] + count - 1 if lines[i].score else 0
    rows: list[list[float]] = []
    seen_trailing = False
    for i, line in enumerate(lines):
        text = line.text
        tag = walker.elements[line.owner].tag
        content, furniture = _words(walker, line.owner, memo)
        t = _text_features(text)
        block_heading, end_mark = t[_BLOCK_HEADING] == 1.0, t[_END_MARK] == 1.0
        prev = lines[i - 1] if i else None
        nxt = lines[i + 1] if i + 1 < n else None
        after = head is not None and i > head
        rows.append(
            [
                *t[:5],
                line.link_ratio,
                1.0 if line.heading else 0.0,
                *t[5:7],
                1.0 if tag == "p" else 0.0,
                1.0 if tag == "div" else 0.0,
                1.0 if tag in ("td", "th") else 0.0,
                1.0 if tag in ("li", "dd", "dt") else 0.0,
                1.0 if tag in ("h1", "h2", "h3", "h4", "h5", "h6") else 0.0,
                float(min(content, 3)),
                float(min(furniture, 3)),
                1.0 if best_first <= line.owner <= best_last else 0.0,
                anatomy.container_share(line.owner) / top,
                anatomy.title_similarity[i],
                1.0 if head is not None and i <= head else 0.0,
                math.log1p(i - head) if after and head is not None else 0.0,
                i / max(n - 1, 1),
                1.0 if seen_trailing else 0.0,
                *t[7:],
                math.log1p(len(prev.text)) if prev else 0.0,
                prev.link_ratio if prev else 1.0,
                _prose(prev) if prev else 0.0,
                math.log1p(len(nxt.text)) if nxt else 0.0,
                nxt.link_ratio if nxt else 1.0,
                _prose(nxt) if nxt else 0.0,
                math.log1p(run[i]),
            ]
        )
        if after and (block_heading or end_mark):
            seen_trailing = True
    return rows


# Words of threads and Q&A pages, where many people write under one headline.
_THREAD_WORDS = re.compile(
    r"回复|楼主|沙发|板凳|引用|只看该作者|帖子|积分|注册时间|发表于|\d+\s*楼|回答|赞同|"
    r"关注问题|编辑于|精华|主题|跟帖|楼层|顶\b|网友|会员|登录|注册"
)

THREAD_LINE_CHARS = 30

PAGE_FEATURES = (
    "log_span_prose",
    "span_score_log",
    "span_lines_log",
    "span_dates",
    "span_thread_words",
    "span_share",
    "span_links",
    "span_headings",
    "page_link_lines",
    "page_thread_kinds",
    "headline_found",
    "headline_gap",
    "link_list",
    "list_block",
    "repeated_items",
)


def page_features(anatomy: Anatomy, start: int, end: int, total: float) -> list[float]:
    """What says whether the best span is an article's text: how much prose it holds, and
    the marks of a thread, a list or an index (dates, reply words, links, headings). The
    list rules' verdicts are added by page.page_row."""
    lines = anatomy.lines
    span = lines[start:end]
    prose = sum(len(line.text) for line in span if line.score)
    page_chars = sum(len(line.text) for line in lines) or 1
    dates = sum(1 for line in span if len(line.text) <= 80 and _DATE_LIKE.search(line.text))
    thread = sum(len(_THREAD_WORDS.findall(line.text)) for line in span if len(line.text) <= 80)
    links = sum(1 for line in span if line.link_ratio >= 0.6)
    headings = sum(1 for line in span if line.heading)
    page_links = sum(1 for line in lines if line.link_ratio >= 0.6)
    # A thread's buttons and floor marks stand on short lines anywhere on the page (楼主,
    # 回复此帖, 积分, 2楼): how many different ones, not how often.
    kinds = {
        re.sub(r"\d+", "N", word)
        for line in lines
        if len(line.text) <= THREAD_LINE_CHARS
        for word in _THREAD_WORDS.findall(line.text)
    }
    head = anatomy.headline_guess
    return [
        math.log1p(prose),
        math.log1p(max(total, 0.0)),
        math.log1p(end - start),
        math.log1p(dates),
        math.log1p(thread),
        sum(len(line.text) for line in span) / page_chars,
        links / max(end - start, 1),
        math.log1p(headings),
        page_links / max(len(lines), 1),
        math.log1p(len(kinds)),
        1.0 if head is not None else 0.0,
        math.log1p(abs(start - head)) if head is not None else 3.0,
    ]


def _linear(row: list[float], model: dict[str, Any]) -> float:
    z = float(model["intercept"])
    for x, m, s, c in zip(row, model["mean"], model["scale"], model["coef"], strict=True):
        z += c * (x - m) / s
    return z


@dataclass(frozen=True)
class Weights:
    """A fitted line model: scaling, coefficients and the decision thresholds."""

    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    span_bias: float  # subtracted from every line's score before the span is taken
    clip: float  # a line's score is held within ±clip: one line never decides alone
    min_span_chars: int  # a page whose best span holds less prose is not an article
    page: dict[str, Any]  # the page model over PAGE_FEATURES: mean, scale, coef, intercept
    page_threshold: float  # a page whose page score is below it is not an article

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Weights:
        if list(data["features"]) != list(FEATURES) or list(data["page"]["features"]) != list(
            PAGE_FEATURES
        ):
            raise ValueError("line weights were fitted for other features: run fit_lines")
        return cls(
            mean=tuple(data["mean"]),
            scale=tuple(data["scale"]),
            coef=tuple(data["coef"]),
            intercept=float(data["intercept"]),
            span_bias=float(data["span_bias"]),
            clip=float(data["clip"]),
            min_span_chars=int(data["min_span_chars"]),
            page=dict(data["page"]),
            page_threshold=float(data["page_threshold"]),
        )

    def to_dict(self) -> dict[str, Any]:
        return {
            "features": list(FEATURES),
            "mean": list(self.mean),
            "scale": list(self.scale),
            "coef": list(self.coef),
            "intercept": self.intercept,
            "span_bias": self.span_bias,
            "clip": self.clip,
            "min_span_chars": self.min_span_chars,
            "page": {"features": list(PAGE_FEATURES), **self.page},
            "page_threshold": self.page_threshold,
        }

    def page_score(self, row: list[float]) -> float:
        """The log-odds that a page whose best span gave ``row`` is an article."""
        return _linear(row, self.page)


@cache
def shipped_weights() -> Weights:
    text = resources.files("unionnews.extraction").joinpath("weights/lines.json").read_text()
    return Weights.from_dict(json.loads(text))


_override: list[Weights] = []


@contextmanager
def using(weights: Weights) -> Iterator[None]:
    """Score with ``weights`` instead of the shipped ones (the fit script's held-out runs)."""
    _override.append(weights)
    try:
        yield
    finally:
        _override.pop()


def current_weights() -> Weights:
    return _override[-1] if _override else shipped_weights()


def score_rows(rows: list[list[float]], weights: Weights) -> list[float]:
    """Each line's log-odds of being body, held within ±clip."""
    # The scaling folded into the coefficients once per page: c*(x-m)/s = (c/s)*x - c*m/s.
    folded = [c / s for c, s in zip(weights.coef, weights.scale, strict=True)]
    offset = weights.intercept - sum(
        c * m / s for c, m, s in zip(weights.coef, weights.mean, weights.scale, strict=True)
    )
    clip = weights.clip
    return [max(-clip, min(clip, offset + sum(map(operator.mul, folded, row)))) for row in rows]


def best_span(values: list[float]) -> tuple[int, int, float]:
    """The contiguous run ``[start, end)`` with the largest sum (Kadane), and that sum.
    An empty page gives ``(0, 0, 0.0)``."""
    best = (0, 0, 0.0)
    start, total = 0, 0.0
    for i, v in enumerate(values):
        if total <= 0:
            start, total = i, v
        else:
            total += v
        if total > best[2]:
            best = (start, i + 1, total)
    return best


def decode(values: list[float], prose: list[bool] | None = None) -> tuple[int, int, float]:
    """The body's lines ``[start, end)`` and their score: the best span, or, when no line
    scores above zero (a one-paragraph item), the best line alone, a prose line where
    ``prose`` marks any (a lone credit such as ``(中時 )`` is no article's text). Empty
    page: nothing."""
    start, end, total = best_span(values)
    if end > start or not values:
        return start, end, total
    candidates = [i for i in range(len(values)) if prose is None or prose[i]]
    top = max(candidates or range(len(values)), key=values.__getitem__)
    return top, top + 1, values[top]
