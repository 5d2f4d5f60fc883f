"""江苏省总工会 (江苏工会网) www.jsgh.org.

Evidenced: the list /col/col3577/index.html?uid=18462&pageNum=N. Assumed (the Hanweb
platform's usual shape): articles /art/YYYY/M/D/art_<col>_<id>.html.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="jsgh",
    label="江苏省总工会",
    domains=("jsgh.org",),
    start_urls=("https://www.jsgh.org/col/col3577/index.html?uid=18462&pageNum=1",),
    article_url=r"/art/\d{4}/\d{1,2}/\d{1,2}/art_\d+_\d+\.html$",
    list_url=r"/col/col\d+/index\.html\?uid=\d+&pageNum=\d+$",
    date_in_url=r"/art/(?P<y>\d{4})/(?P<m>\d{1,2})/(?P<d>\d{1,2})/",
    region={"province": "江苏省"},
    sections=("工会要闻",),
    evidence="list URL evidenced; article URL assumed",
)
