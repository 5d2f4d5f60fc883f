"""湖南省总工会 (湖南工会网) www.hnszgh.org.

Evidenced (an older crawler): lists /web/default/menu.jsp?menuId=<id>&pageNo=<n> with
items in .List7; article container .neirong, title h4, info .laiyuan, body .Article.
Assumed: the menuId of 工会要闻 and the article URL shape content.jsp?contentId=N.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="hnszgh",
    label="湖南省总工会",
    domains=("hnszgh.org",),
    start_urls=("http://www.hnszgh.org/web/default/menu.jsp?menuId=1&pageNo=1",),
    article_url=r"/web/default/content\.jsp\?contentId=\d+$",
    list_url=r"/web/default/menu\.jsp\?menuId=\d+&pageNo=\d+$",
    region={"province": "湖南省"},
    sections=("工会要闻",),
    evidence="list URL and layout evidenced (old crawler); menuId and article URL assumed",
)
