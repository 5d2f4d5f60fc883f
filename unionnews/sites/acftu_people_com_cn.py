"""中国工会新闻网 acftu.people.com.cn, the People's Daily union channel.

Evidenced: articles /n1/YYYY/MMDD/c67502-NNNNNNNN.html; info line YYYY年MM月DD日HH:MM
来源：X. Assumed: the channel index /GB/67502/index.html and its index2.html pages.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="acftu_people",
    label="中国工会新闻网",
    domains=("acftu.people.com.cn",),
    start_urls=("http://acftu.people.com.cn/GB/67502/index.html",),
    article_url=r"/n1/\d{4}/\d{4}/c67502-\d+\.html$",
    list_url=r"/GB/67502/index\d*\.html$",
    date_in_url=r"/n1/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})/",
    sections=("各地工会及产业工会",),
    evidence="article URL and layout evidenced; list URL assumed",
)
