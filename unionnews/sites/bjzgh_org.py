"""北京市总工会 www.bjzgh.org (https only).

Evidenced: one article URL /ghzz/bjgt/xwdt/YYYYMM/YYYYMMDD/j_<digits>.html. Assumed: the
news list /ghzz/bjgt/xwdt/ with index_N.html pages, and the same article shape for all
news.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="bjzgh",
    label="北京市总工会",
    domains=("bjzgh.org",),
    start_urls=("https://www.bjzgh.org/ghzz/bjgt/xwdt/",),
    article_url=r"/\d{6}/\d{8}/j_\d+\.html$",
    list_url=r"/ghzz/bjgt/xwdt/(?:index_\d+\.html)?$",
    date_in_url=r"/\d{6}/(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})/j_",
    region={"province": "北京市"},
    sections=("新闻动态",),
    evidence="one article URL evidenced; list and generality assumed",
)
