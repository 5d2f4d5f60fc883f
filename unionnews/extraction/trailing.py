"""Where an article ends.

News pages follow the article with blocks of other headlines: 相关阅读, 推荐阅读, 精彩放送,
点击查看更多, 今日推送, 上一篇/下一篇 … Their headings often sit inside the same content
container as the article (the CMS appends them to the body), so the body must be cut at the
first such heading wherever it stands. Disclaimers and "end of article" marks end the body too.
"""

from __future__ import annotations

import re

from unionnews.extraction.text import ends_sentence, fold_labels

# Headings that open a block of other articles' headlines.
BLOCK_HEADINGS = (
    "相关阅读",
    "推荐阅读",
    "相关新闻",
    "相关文章",
    "相关推荐",
    "相关链接",
    "相关报道",
    "相关资讯",
    "相关专题",
    "相关搜索",
    "延伸阅读",
    "扩展阅读",
    "精彩放送",
    "精彩推荐",
    "精彩图片",
    "热门推荐",
    "热点推荐",
    "热点新闻",
    "热门新闻",
    "热门文章",
    "热文推荐",
    "猜你喜欢",
    "为您推荐",
    "为你推荐",
    "点击查看更多",
    "查看更多",
    "更多精彩",
    "今日推送",
    "今日推荐",
    "往期回顾",
    "往期推荐",
    "上一篇",
    "下一篇",
    "上一条",
    "下一条",
    "此前报道",
    "延伸 · 推荐",
    "延伸·推荐",
    "大家都在看",
    "最新文章",
    "最新新闻",
    "推荐文章",
    "排行榜",
    "24小时排行",
    "新闻排行",
    "点击排行",
    "相关资讯请关注",
    "作者最新文章",
    "小编最近文章",
    "你可能会喜欢",
    "你可能感兴趣",
    "网友评论",
    "我要评论",
    "热门评论",
    "专题推荐",
    "点击进入专题",
    "媒体报道",
    "标题导航",  # an e-paper's list of the page's other headlines
)
# Lines that close an article: what follows them is page furniture.
END_MARKS = (
    "特别声明：",
    "特别声明:",
    "郑重声明：",
    "郑重声明:",
    "免责声明",
    "声明：本文",
    "正文已结束",
    "- THE END -",
    "THE END",
    "图片来自网络，如有侵权",
    "图片来源于网络，如有侵权",
    "版权声明",
    "版权所有",
    "未经授权",
    "未经允许不得转载",
    "转载请注明",
    "【打印】",
    "【关闭】",
    "【关闭窗口】",
    "打印本页",
    "关闭窗口",
    "分享到：",
    "分享到:",
    "分享至好友",
    "扫一扫在手机",
    "用微信扫描二维码",
    "用微信扫码二维码",
    "扫一扫，用手机看新闻",
    "扫描下方二维码",
    "扫码关注",
    "长按二维码",
    "长按识别二维码",
)
_LEADING_JUNK = re.compile(r"^[\s+＋>»›·•\-—=_|｜【\[►▶▼▲◆●■★☆◎→]+")
_HEADING_TAIL = re.compile(r"^[\s:：>»›】\]\-—]*$")


# One pass over a line instead of one startswith per heading: this runs on every line.
_HEADING_START = re.compile("|".join(map(re.escape, sorted(BLOCK_HEADINGS, key=len, reverse=True))))
_END_MARK = re.compile("|".join(map(re.escape, END_MARKS)))


# Rule "recommendation heading": the words above such a block say who recommends and what
# (猜你想看, 为您推荐, 大家都在看, 精选阅读, 热点资讯): a recommender's word, then a word
# for stories, and nothing else on the line.
_RECOMMENDS = re.compile(
    r"^(?:猜你|猜您|为你|为您|给你|大家|编辑|小编|精选|热门|热点|更多|相关|最新|往期|延伸|"
    r"推荐|精彩|今日|本周|本月|24小时|看了又看|读了又读)"
    r"\S{0,3}?(?:推荐|阅读|想看|爱看|在看|都在看|喜欢|文章|新闻|资讯|报道|视频|图片|热点|精选|精彩|好文)"
    r"[\s:：>»›】\]\-—]*$"
)


# Rule "more from the outlet": 更多TVBS報導, 看更多 某某 文章, 更多中時新聞網報導 head the
# outlet's other stories: 更多, a name, a word for stories, and nothing else.
_MORE_FROM = re.compile(r"^看?更多\s*\S{1,12}?\s*(?:报道|报导|新闻|文章|资讯|好文)[\s:：>»›】\]]*$")


def is_block_heading(line: str) -> bool:
    """True when ``line`` opens a block of other headlines (相关阅读, + 点击查看更多精彩 …)."""
    text = _LEADING_JUNK.sub("", fold_labels(line.strip()))
    m = _HEADING_START.match(text)
    if not m:
        return (len(text) <= 12 and _RECOMMENDS.match(text) is not None) or (
            len(text) <= 20 and _MORE_FROM.match(text) is not None
        )
    rest = text[m.end() :]
    # 相关阅读 / 相关阅读： / 点击查看更多精彩 / 上一篇：<a headline>
    return bool(_HEADING_TAIL.match(rest)) or rest[:1] in ("：", ":") or len(rest) <= 4


# The editor's credit closes an article: 责任编辑：X, even when the name is left empty.
_EDITOR_LINE = re.compile(r"^[（(]?\s*(?:责任编辑|责编)\s*[:：]")


# 信息来源于网络: the self-media way to say "copied from somewhere", which closes a post.
_FROM_THE_WEB = re.compile(r"^(?:信息|内容|图片|文章|素材)(?:均)?(?:来源于|来自于?)(?:网络|互联网)")


def is_end_mark(line: str) -> bool:
    text = fold_labels(line.strip())
    if _FROM_THE_WEB.match(text):
        return True
    if _EDITOR_LINE.match(text) and len(text) <= 40:
        return True
    m = _END_MARK.search(text)
    return m is not None and (m.start() == 0 or len(text) < 60)


def is_trailing(line: str) -> bool:
    return is_block_heading(line) or is_end_mark(line)


# A related-links box can also open a body (相关新闻： above the first paragraph); a
# heading ends the article only once this much text has come before it.
MIN_ARTICLE_CHARS = 30
# Rule "lead box": a heading with little text before it and most of the article's prose
# after it opens a box at the top (a promo, 相关新闻 with two headlines): the article
# goes on after the box.
LEAD_BOX_MAX_BEFORE = 150
LEAD_BOX_PROSE_FACTOR = 3


def opens_lead_box(before: int, total: int) -> bool:
    """Whether a block heading with ``before`` characters of text above it, on a page
    whose text holds ``total``, opens a box at the top (the article follows it)."""
    return before < LEAD_BOX_MAX_BEFORE and total - before > LEAD_BOX_PROSE_FACTOR * before


def _prose_chars(lines: list[str]) -> int:
    return sum(len(line) for line in lines if ends_sentence(line.strip()))


def article_end(lines: list[str]) -> int:
    """Index of the first line that is not the article any more (``len(lines)`` if none)."""
    seen = 0
    after: int | None = None  # prose after the current line, computed once when needed
    for i, line in enumerate(lines):
        if seen >= MIN_ARTICLE_CHARS and is_trailing(line):
            if seen < LEAD_BOX_MAX_BEFORE and is_block_heading(line):
                if after is None:
                    after = _prose_chars(lines)
                if opens_lead_box(seen, after):
                    continue  # a box at the top: the article follows it
            return i
        if not is_block_heading(line):
            seen += len(line)
    return len(lines)
