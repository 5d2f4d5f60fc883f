"""娄底市总工会 www.ldszgh.com.

Evidenced: articles /News/YYYY/<32 hex>.html; footer 版权所有:娄底市总工会. Assumed: the
list page /News/ and its index_N.html pages.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="ldszgh",
    label="娄底市总工会",
    domains=("ldszgh.com",),
    start_urls=("http://www.ldszgh.com/News/",),
    article_url=r"/News/\d{4}/[0-9a-f]{32}\.html$",
    list_url=r"/News/(?:index_\d+\.html)?$",
    region={"province": "湖南省", "city": "娄底市"},
    sections=("工会动态",),
    evidence="article URL and footer evidenced; list page assumed",
)
