"""青海省总工会 www.qhszgh.com (also the bare host).

Evidenced: articles /index.php?c=show&id=N; a sidebar blurb (青海省总工会简介) before the
body; the body closing with the department in parentheses, e.g. (宣教部); footer
©CopyRight 青海省总工会. Assumed: lists /index.php?c=category&id=N&page=N.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="qhszgh",
    label="青海省总工会",
    domains=("qhszgh.com",),
    start_urls=("https://www.qhszgh.com/index.php?c=category&id=2",),
    article_url=r"/index\.php\?c=show&id=\d+$",
    list_url=r"/index\.php\?c=category&id=\d+(?:&page=\d+)?$",
    region={"province": "青海省"},
    sections=("工会要闻",),
    evidence="article URL and layout evidenced; list URL assumed",
)
