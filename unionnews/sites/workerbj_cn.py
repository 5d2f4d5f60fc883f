"""劳动午报 ldwb.workerbj.cn, Beijing's workers' paper.

Evidenced: articles /content/YYYY-MM/DD/content_NNNNNN.htm; footer 版权所有 劳动午报社.
Assumed: the front page as the list of the day's articles.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="ldwb",
    label="劳动午报",
    domains=("ldwb.workerbj.cn",),
    start_urls=("http://ldwb.workerbj.cn/",),
    article_url=r"/content/\d{4}-\d{2}/\d{2}/content_\d+\.htm$",
    list_url=r"^http://ldwb\.workerbj\.cn/(?:node_\d+\.htm)?$",
    date_in_url=r"/content/(?P<y>\d{4})-(?P<m>\d{2})/(?P<d>\d{2})/",
    region={"province": "北京市"},
    sections=("首页",),
    evidence="article URL and footer evidenced; list pages assumed",
)
