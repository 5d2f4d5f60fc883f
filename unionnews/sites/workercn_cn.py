"""中工网 www.workercn.cn, the national portal of 工人日报社.

Evidenced: article URLs /c/YYYY-MM-DD/NNNNNNN.shtml whose date is the publication date;
the /roll/ rolling-news list rendered on the server; info line 来源：X YYYY-MM-DD HH:MM;
body ending with 责任编辑. Assumed: the 全国工会 /qggh/ and 地方工会 /dfgh/ section paths
and index_N.shtml pagination.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="workercn",
    label="中工网",
    domains=("workercn.cn",),
    start_urls=(
        "https://www.workercn.cn/roll/",
        "https://www.workercn.cn/qggh/",
        "https://www.workercn.cn/dfgh/",
    ),
    article_url=r"^https?://(?:www\.)?workercn\.cn/c/\d{4}-\d{2}-\d{2}/\d+\.shtml$",
    list_url=r"^https?://(?:www\.)?workercn\.cn/(?:roll|qggh|dfgh)/(?:index_\d+\.shtml)?$",
    date_in_url=r"/c/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})/",
    sections=("滚动", "全国工会", "地方工会"),
    evidence="article URL, /roll/ list, layout: evidenced; /qggh/, /dfgh/, pagination: assumed",
)
