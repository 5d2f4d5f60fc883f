"""河北 工会职工服务网 jiceng.hebzgfw.cn (基层 channel).

Evidenced: articles /pub/…/YYYYMM/tYYYYMMDD_N.html (TRS shape). Assumed: the section
list /pub/fwwcs/jcgh/ffdt/ with index_N.html pages.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="hebzgfw",
    label="河北工会职工服务网",
    domains=("hebzgfw.cn",),
    start_urls=("https://jiceng.hebzgfw.cn/pub/fwwcs/jcgh/ffdt/",),
    article_url=r"/\d{6}/t\d{8}_\d+\.html$",
    list_url=r"/pub/fwwcs/jcgh/ffdt/(?:index_\d+\.html)?$",
    date_in_url=r"/t(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})_",
    region={"province": "河北省"},
    sections=("基层动态",),
    evidence="article URL evidenced; list URL assumed",
)
