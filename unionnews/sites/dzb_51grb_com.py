"""四川工人日报 e-paper dzb.51grb.com.

Evidenced: articles /xpaper/news/<a>/<b>/<c>-1.shtml; the page shows the 版's headline
list, an issue line 第N期:第NN版 本期出版日期:YYYY-MM-DD, then the article with a body
opening 本报讯(记者…). Assumed: /xpaper/ as the entry page of the latest issue.
"""

from unionnews.sites.base import Site

SITE = Site(
    name="scgrb",
    label="四川工人日报",
    domains=("dzb.51grb.com",),
    start_urls=("http://dzb.51grb.com/xpaper/",),
    article_url=r"/xpaper/news/\d+/\d+/\d+-1\.shtml$",
    list_url=r"/xpaper/(?:layout/\d+/\d+\.shtml)?$",
    region={"province": "四川省"},
    sections=("电子版",),
    evidence="article URL and layout evidenced; entry page assumed",
)
