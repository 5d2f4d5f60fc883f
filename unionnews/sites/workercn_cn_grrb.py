"""工人日报 e-paper under www.workercn.cn/papers/grrb/.

Evidenced: page (版面) URLs /papers/grrb/YYYY/MM/DD/<page>/page.html, articles
.../<page>/news-<n>.html, the page list ul#pageUrl and article list ul#pageTitle, the
source line 《工人日报》(YYYY年MM月DD日 NN版), utf-8. Each run starts at page 1 of the day
given by ``-a date=YYYY-MM-DD`` (default: today in Shanghai).
"""

from unionnews.sites.base import Site

SITE = Site(
    name="grrb",
    label="工人日报",
    domains=("workercn.cn",),
    start_urls=("https://www.workercn.cn/papers/grrb/{date:%Y/%m/%d}/1/page.html",),
    article_url=r"/papers/grrb/\d{4}/\d{2}/\d{2}/\d+/news-\d+\.html$",
    list_url=r"/papers/grrb/\d{4}/\d{2}/\d{2}/\d+/page\.html$",
    date_in_url=r"/papers/grrb/(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/",
    sections=("电子版各版",),
    evidence="URL shapes, page and article lists, source line: evidenced",
)
