"""中华全国总工会 www.acftu.org.

Evidenced: the 工会要闻 list /xwdt/ghyw/; TRS-style article URLs /YYYYMM/tYYYYMMDD_N.html
on the ghpf subdomain. Assumed: the same article shape under /xwdt/ghyw/ on www, and
index_N.html pagination. Links to the site were seen with a challenge token; a plain
crawl may meet a 412 (counted, never retried forever).
"""

from unionnews.sites.base import Site

SITE = Site(
    name="acftu",
    label="中华全国总工会",
    domains=("acftu.org",),
    start_urls=("https://www.acftu.org/xwdt/ghyw/",),
    article_url=r"^https?://(?:www\.)?acftu\.org/.+/\d{6}/t\d{8}_\d+\.html$",
    list_url=r"^https?://(?:www\.)?acftu\.org/xwdt/ghyw/(?:index_\d+\.html)?$",
    date_in_url=r"/t(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})_",
    sections=("工会要闻",),
    evidence="list URL evidenced; www article shape and pagination assumed",
)
