"""广东省总工会 www.gdftu.org.cn.

Evidenced: articles /<section>/<sub>/content/post_N.html (ghyw = 工会要闻); info line
YYYY-MM-DD 来源:X 分享:; closing (编辑:X). Assumed: /ghyw/ as a list with index_N.html.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="gdftu",
    label="广东省总工会",
    domains=("gdftu.org.cn",),
    start_urls=("http://www.gdftu.org.cn/ghyw/",),
    article_url=r"/content/post_\d+\.html$",
    list_url=r"/ghyw/(?:\w+/)?(?:index_\d+\.html)?$",
    region={"province": "广东省"},
    sections=("工会要闻",),
    evidence="article URL and layout evidenced; list page assumed",
)
