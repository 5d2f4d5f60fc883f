"""南方工报 www.nfgb.com.cn, Guangdong's workers' paper.

Evidenced: articles /yw/content/post_N.html (yw = 要闻); info line YYYY-MM-DD 来源:南方工报
作者:X 分享:; body opening 南方工报讯(全媒体记者…); closing 编辑:X and 二审:Y lines.
Assumed: /yw/ as a list with index_N.html.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="nfgb",
    label="南方工报",
    domains=("nfgb.com.cn",),
    start_urls=("http://www.nfgb.com.cn/yw/",),
    article_url=r"/content/post_\d+\.html$",
    list_url=r"/yw/(?:index_\d+\.html)?$",
    region={"province": "广东省"},
    sections=("要闻",),
    evidence="article URL and layout evidenced; list page assumed",
)
