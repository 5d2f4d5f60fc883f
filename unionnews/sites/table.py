"""Every site the project crawls, one ``Site(...)`` row each, keyed by spider name.

A row says where the site's lists start, which URLs are its articles and lists, the date
in its article URLs, its region and the sections crawled; the comment above it says what
of that is evidenced (seen in public material about the site) and what is assumed. A site
whose layout the generic reader gets wrong has a module of its own beside this one
(``unionnews/sites/<spider>.py``) holding its ``Site`` with hints or a loader, and its row
here is that module's ``SITE``.
"""

from __future__ import annotations

from unionnews.sites.base import Site

_ROWS: tuple[Site, ...] = (
    # 中华全国总工会 www.acftu.org.
    #
    # Evidenced: the 工会要闻 list /xwdt/ghyw/; TRS-style article URLs /YYYYMM/tYYYYMMDD_N.html
    # on the ghpf subdomain. Assumed: the same article shape under /xwdt/ghyw/ on www, and
    # index_N.html pagination. Links to the site were seen with a challenge token; a plain
    # crawl may meet a 412 (counted, never retried forever).
    Site(
        name="acftu",
        label="中华全国总工会",
        domains=("acftu.org",),
        start_urls=("https://www.acftu.org/xwdt/ghyw/",),
        article_url=r"^https?://(?:www\.)?acftu\.org/.+/\d{6}/t\d{8}_\d+\.html$",
        list_url=r"^https?://(?:www\.)?acftu\.org/xwdt/ghyw/(?:index_\d+\.html)?$",
        date_in_url=r"/t(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})_",
        sections=("工会要闻",),
        evidence="list URL evidenced; www article shape and pagination assumed",
    ),
    # 中国工会新闻网 acftu.people.com.cn, the People's Daily union channel.
    #
    # Evidenced: articles /n1/YYYY/MMDD/c67502-NNNNNNNN.html; info line YYYY年MM月DD日HH:MM
    # 来源：X. Assumed: the channel index /GB/67502/index.html and its index2.html pages.
    Site(
        name="acftu_people",
        label="中国工会新闻网",
        domains=("acftu.people.com.cn",),
        start_urls=("http://acftu.people.com.cn/GB/67502/index.html",),
        article_url=r"/n1/\d{4}/\d{4}/c67502-\d+\.html$",
        list_url=r"/GB/67502/index\d*\.html$",
        date_in_url=r"/n1/(?P<y>\d{4})/(?P<m>\d{2})(?P<d>\d{2})/",
        sections=("各地工会及产业工会",),
        evidence="article URL and layout evidenced; list URL assumed",
    ),
    # 北京市总工会 www.bjzgh.org (https only).
    #
    # Evidenced: one article URL /ghzz/bjgt/xwdt/YYYYMM/YYYYMMDD/j_<digits>.html. Assumed: the
    # news list /ghzz/bjgt/xwdt/ with index_N.html pages, and the same article shape for all
    # news.
    Site(
        name="bjzgh",
        label="北京市总工会",
        domains=("bjzgh.org",),
        start_urls=("https://www.bjzgh.org/ghzz/bjgt/xwdt/",),
        article_url=r"/\d{6}/\d{8}/j_\d+\.html$",
        list_url=r"/ghzz/bjgt/xwdt/(?:index_\d+\.html)?$",
        date_in_url=r"/\d{6}/(?P<y>\d{4})(?P<m>\d{2})(?P<d>\d{2})/j_",
        region={"province": "北京市"},
        sections=("新闻动态",),
        evidence="one article URL evidenced; list and generality assumed",
    ),
    # 四川工人日报 e-paper dzb.51grb.com.
    #
    # Evidenced: articles /xpaper/news/<a>/<b>/<c>-1.shtml; the page shows the 版's headline
    # list, an issue line 第N期:第NN版 本期出版日期:YYYY-MM-DD, then the article with a body
    # opening 本报讯(记者…). Assumed: /xpaper/ as the entry page of the latest issue.
    Site(
        name="scgrb",
        label="四川工人日报",
        domains=("dzb.51grb.com",),
        start_urls=("http://dzb.51grb.com/xpaper/",),
        article_url=r"/xpaper/news/\d+/\d+/\d+-1\.shtml$",
        list_url=r"/xpaper/(?:layout/\d+/\d+\.shtml)?$",
        region={"province": "四川省"},
        sections=("电子版",),
        evidence="article URL and layout evidenced; entry page assumed",
    ),
    # 广东省总工会 www.gdftu.org.cn.
    #
    # Evidenced: articles /<section>/<sub>/content/post_N.html (ghyw = 工会要闻); info line
    # YYYY-MM-DD 来源:X 分享:; closing (编辑:X). Assumed: /ghyw/ as a list with index_N.html.
    Site(
        name="gdftu",
        label="广东省总工会",
        domains=("gdftu.org.cn",),
        start_urls=("http://www.gdftu.org.cn/ghyw/",),
        article_url=r"/content/post_\d+\.html$",
        list_url=r"/ghyw/(?:\w+/)?(?:index_\d+\.html)?$",
        region={"province": "广东省"},
        sections=("工会要闻",),
        evidence="article URL and layout evidenced; list page assumed",
    ),
    # 河北 工会职工服务网 jiceng.hebzgfw.cn (基层 channel).
    #
    # Evidenced: articles /pub/…/YYYYMM/tYYYYMMDD_N.html (TRS shape). Assumed: the section
    # list /pub/fwwcs/jcgh/ffdt/ with index_N.html pages.
    Site(
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
    ),
    # 湖南省总工会 (湖南工会网) www.hnszgh.org.
    #
    # Evidenced (an older crawler): lists /web/default/menu.jsp?menuId=<id>&pageNo=<n> with
    # items in .List7; article container .neirong, title h4, info .laiyuan, body .Article.
    # Assumed: the menuId of 工会要闻 and the article URL shape content.jsp?contentId=N.
    Site(
        name="hnszgh",
        label="湖南省总工会",
        domains=("hnszgh.org",),
        start_urls=("http://www.hnszgh.org/web/default/menu.jsp?menuId=1&pageNo=1",),
        article_url=r"/web/default/content\.jsp\?contentId=\d+$",
        list_url=r"/web/default/menu\.jsp\?menuId=\d+&pageNo=\d+$",
        region={"province": "湖南省"},
        sections=("工会要闻",),
        evidence="list URL and layout evidenced (old crawler); menuId and article URL assumed",
    ),
    # 江苏省总工会 (江苏工会网) www.jsgh.org.
    #
    # Evidenced: the list /col/col3577/index.html?uid=18462&pageNum=N. Assumed (the Hanweb
    # platform's usual shape): articles /art/YYYY/M/D/art_<col>_<id>.html.
    Site(
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
    ),
    # 娄底市总工会 www.ldszgh.com.
    #
    # Evidenced: articles /News/YYYY/<32 hex>.html; footer 版权所有:娄底市总工会. Assumed: the
    # list page /News/ and its index_N.html pages.
    Site(
        name="ldszgh",
        label="娄底市总工会",
        domains=("ldszgh.com",),
        start_urls=("http://www.ldszgh.com/News/",),
        article_url=r"/News/\d{4}/[0-9a-f]{32}\.html$",
        list_url=r"/News/(?:index_\d+\.html)?$",
        region={"province": "湖南省", "city": "娄底市"},
        sections=("工会动态",),
        evidence="article URL and footer evidenced; list page assumed",
    ),
    # 南方工报 www.nfgb.com.cn, Guangdong's workers' paper.
    #
    # Evidenced: articles /yw/content/post_N.html (yw = 要闻); info line YYYY-MM-DD 来源:南方工报
    # 作者:X 分享:; body opening 南方工报讯(全媒体记者…); closing 编辑:X and 二审:Y lines.
    # Assumed: /yw/ as a list with index_N.html.
    Site(
        name="nfgb",
        label="南方工报",
        domains=("nfgb.com.cn",),
        start_urls=("http://www.nfgb.com.cn/yw/",),
        article_url=r"/content/post_\d+\.html$",
        list_url=r"/yw/(?:index_\d+\.html)?$",
        region={"province": "广东省"},
        sections=("要闻",),
        evidence="article URL and layout evidenced; list page assumed",
    ),
    # 青海省总工会 www.qhszgh.com (also the bare host).
    #
    # Evidenced: articles /index.php?c=show&id=N; a sidebar blurb (青海省总工会简介) before the
    # body; the body closing with the department in parentheses, e.g. (宣教部); footer
    # ©CopyRight 青海省总工会. Assumed: lists /index.php?c=category&id=N&page=N.
    Site(
        name="qhszgh",
        label="青海省总工会",
        domains=("qhszgh.com",),
        start_urls=("https://www.qhszgh.com/index.php?c=category&id=2",),
        article_url=r"/index\.php\?c=show&id=\d+$",
        list_url=r"/index\.php\?c=category&id=\d+(?:&page=\d+)?$",
        region={"province": "青海省"},
        sections=("工会要闻",),
        evidence="article URL and layout evidenced; list URL assumed",
    ),
    # 劳动午报 ldwb.workerbj.cn, Beijing's workers' paper.
    #
    # Evidenced: articles /content/YYYY-MM/DD/content_NNNNNN.htm; footer 版权所有 劳动午报社.
    # Assumed: the front page as the list of the day's articles.
    Site(
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
    ),
    # 中工网 www.workercn.cn, the national portal of 工人日报社.
    #
    # Evidenced: article URLs /c/YYYY-MM-DD/NNNNNNN.shtml whose date is the publication date;
    # the /roll/ rolling-news list rendered on the server; info line 来源：X YYYY-MM-DD HH:MM;
    # body ending with 责任编辑. Assumed: the 全国工会 /qggh/ and 地方工会 /dfgh/ section paths
    # and index_N.shtml pagination.
    Site(
        name="workercn",
        label="中工网",
        domains=("workercn.cn",),
        start_urls=(
            "https://www.workercn.cn/roll/",
            "https://www.workercn.cn/qggh/",
            "https://www.workercn.cn/dfgh/",
        ),
        article_url=r"^https?://(?:www\.)?workercn\.cn/c/\d{4}-\d{2}-\d{2}/\d+\.shtml$",
        list_url=r"^https?://(?:www\.)?workercn\.cn/(?:roll|qggh|dfgh)/(?:index_\d+\.shtml)?$",
        date_in_url=r"/c/(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})/",
        sections=("滚动", "全国工会", "地方工会"),
        evidence="article URL, /roll/ list, layout: evidenced; /qggh/, /dfgh/, pagination: assumed",
    ),
    # 工人日报 e-paper under www.workercn.cn/papers/grrb/.
    #
    # Evidenced: page (版面) URLs /papers/grrb/YYYY/MM/DD/<page>/page.html, articles
    # .../<page>/news-<n>.html, the page list ul#pageUrl and article list ul#pageTitle, the
    # source line 《工人日报》(YYYY年MM月DD日 NN版), utf-8. Each run starts at page 1 of the day
    # given by ``-a date=YYYY-MM-DD`` (default: today in Shanghai).
    Site(
        name="grrb",
        label="工人日报",
        domains=("workercn.cn",),
        start_urls=("https://www.workercn.cn/papers/grrb/{date:%Y/%m/%d}/1/page.html",),
        article_url=r"/papers/grrb/\d{4}/\d{2}/\d{2}/\d+/news-\d+\.html$",
        list_url=r"/papers/grrb/\d{4}/\d{2}/\d{2}/\d+/page\.html$",
        date_in_url=r"/papers/grrb/(?P<y>\d{4})/(?P<m>\d{2})/(?P<d>\d{2})/",
        sections=("电子版各版",),
        evidence="URL shapes, page and article lists, source line: evidenced",
    ),
)

SITES: dict[str, Site] = {site.name: site for site in _ROWS}
if len(SITES) != len(_ROWS):
    raise ValueError("two rows of the site table share a spider name")
