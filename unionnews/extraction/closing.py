"""Lines that are page furniture, not the article: conventions §1 (provenance at the top)
and §3 (closing lines).

Each rule is a named pattern over one line, tested on its own in tests/test_closing.py.
``furniture_kind`` says which rule a line falls under, anywhere in the text; the closing
rules (``closing_kind``) apply only after the last paragraph, where a short line such as
``（来源：某某日报）`` cannot be a sentence of the article. Credits and editor lines are the
credit rules' (credits.py); the trailing blocks that follow an article are trailing.py's.

Every line is cut to ``MAX_LINE`` characters before matching: furniture is short.
"""

from __future__ import annotations

import re

from unionnews.extraction.text import fold_labels

MAX_LINE = 300

_DATE = r"\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?"
_OPEN = r"[（(【\[]?\s*"
# What may date a printed source after its title: 2024年3月5日第5版, 2024年第3期, 第3期,
# ，某某出版社2024年版.
_PRINTED = (
    r"(?:[\s，,（(]*(?:\d{4}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?|第\s*\d{1,4}\s*[期版]"
    r"|[\u4e00-\u9fff]{2,12}出版社(?:\s*\d{4}\s*年版)?|年版)[)）]?)*"
)
_CLOSE = r"\s*[)）】\]]?"

# One widget of a row: a button (点赞, 打印本页, 返回顶部, A+, T|T), the type size (字号：大 中
# 小), a count (3人点赞), a view counter (浏览次数：123); each may be bracketed (【打印】) or
# followed by its count (赞(0)).
_WIDGET_WORD = (
    r"[+＋]\s*1|点赞|赞|收藏(?:本页|本文)?|加入收藏|在看|分享|举报|打印(?:本页|本文|此页)?"
    r"|我要打印|关闭(?:窗口|本页)?|我要纠错|纠错|阅读原文|查看原文|\+?\s*关注|返回(?:顶部|列表)"
    r"|顶部|TOP|复制链接|(?:微信|手机)?扫一扫|手机(?:看|阅读|版)|(?:点击)?播放(?:视频)?"
    r"|放大|缩小|默认|[Aa]\s*[-－+＋]|(?:(?:字号|字体)\s*[:：]?\s*)?T\s*[|｜]\s*T"
    r"|(?:(?:字号|字体)\s*[:：]?\s*)?[【\[]?大[】\]]?\s*[【\[]?中[】\]]?\s*[【\[]?小[】\]]?"
    r"|\d+\s*人?(?:点赞|赞|收藏|在看|阅读)"
    r"|(?:点击|浏览|阅读|访问)(?:数|量|次数|人次)?\s*[:：]\s*[\d,.]*\s*[万千]?\s*次?"
)
_SHARE_BAR = r"分享(?:到|至)?\s*(?:[:：][^，。！？]{0,30})?"
_WIDGET_ITEM = rf"[【\[［]?\s*(?:{_WIDGET_WORD})\s*(?:[(（]\s*\d*\s*[)）])?\s*[】\]］]?"

# Rules that hold anywhere in the text.
FURNITURE: dict[str, re.Pattern[str]] = {
    # 原标题：…, （原标题：…）, 本文原标题：《…》, （原题为《…》）, 原文标题：…
    "original_title": re.compile(
        rf"^{_OPEN}(?:本文)?原文?(?:标)?题\s*(?:为|是)?\s*[:：《“\"].{{0,100}}$"
    ),
    # 【1】【2】【3】, 上一页 1 2 3 下一页, 共3页, 第1页/共2页<<上一页|下一页>>
    "pagination": re.compile(
        r"^第\s*\d{1,3}\s*页\s*[/／]\s*共\s*\d{1,3}\s*页"
        r"|^[<«《]*\s*(?:上一页|下一页)\s*[|｜/／]?\s*(?:上一页|下一页)?\s*[>»》]*$"
        r"|^(?:[【\[]\s*\d{1,3}\s*[】\]]\s*){2,}$"
        r"|^(?:首页\s*)?(?:上一页\s*)?(?:\d{1,3}\s+){1,}\d{1,3}\s*(?:下一页)?(?:\s*尾页)?$"
        r"|^(?:上一页|下一页)(?:\s*\d{1,3})*\s*(?:上一页|下一页)?$"
        r"|^共\s*\d{1,3}\s*页"
    ),
    # 点击进入“某某”>>, 返回某某，查看更多, 下载某某客户端
    "promotion": re.compile(
        r"^点击(?:进入|查看|阅读).{0,30}(?:>>|》》|>|›)\s*$|^点击进入专题\s*[:：]?$"
        r"|^返回\S{0,8}首页\s*>*$"
        r"|^返回.{1,12}[，,]\s*查看更多"
        r"|^(?:下载|打开).{1,12}(?:客户端|APP|App)\S{0,12}$"
        # 更多精彩，请下载某某APP; 打开某某APP，阅读更多精彩内容
        r"|^更多.{0,8}[，,]\s*(?:请|敬请)?(?:下载|打开).{1,24}$"
        r"|^(?:下载|打开).{1,12}(?:客户端|APP|App)[，,].{1,20}$"
        r"|^扫码关注|^(?:长按|扫描)(?:识别)?(?:下方|上方)?二维码"
        r"|^相关资讯请关注"
        # an invitation to join or follow the outlet's account: 點我加入某某LINE好友
        r"|^[►▶➤]?\s*点我(?:加入|追[踪蹤]|[订訂][阅閱]|下载|关注|看|[观觀]看|[进進]入).{0,28}$"
        r"|^分享(?:给|让)?.{0,6}(?:更多人|朋友|好友)(?:看到|看看)?$"
        r"|^点击(?:上方|下方|顶部|标题下方?)\S{0,6}(?:蓝字|关注)"
        r"|^扫一扫.{0,12}(?:手机|打开|分享|关注)\S{0,12}$"
        # an invitation to follow, read on or react: 欢迎关注…, 更多精彩内容，请关注…,
        # 点击“阅读原文”…, 觉得不错，请点个“在看”, 看更多！, 更多新聞請看：…
        r"|^欢迎(?:转发|分享|转载|留言|点赞)[^。]{0,24}$"
        r"|^关注(?:我们|本?公众号|微信公众号|官方微信(?:公众号)?|官方微博)(?:$|[，,：:\s].{0,24}$)"
        r"|^欢迎关注.{1,24}$|^更多.{0,8}[，,]\s*(?:请|敬请)?关注.{1,24}$|^敬请关注.{1,24}$"
        # 关注“某某工会”微信公众号，获取更多职工服务信息: follow an account to get more
        r"|^关注.{1,20}?(?:公众号|视频号|抖音号|微博|客户端)[，,]?\s*(?:获取|了解|查看|获得|阅读)更多.{0,16}$"
        r"|^点击(?:下方|上方|底部|左下角)?.{0,2}阅读原文.{0,12}$"
        r"|^.{0,10}(?:点个|点一下).{0,2}(?:在看|赞).{0,12}$"
        r"|^看更多\S{0,2}$|^更多.{0,6}(?:请看|請看|请访问|請訪問|請關注)"
        # an account's id: ID：mmgc2024
        r"|^(?:微信)?ID\s*[:：]\s*[A-Za-z0-9_\-]{2,30}$"
    ),
    # A media player's words: 视频加载中…, 您的浏览器不支持video标签, 收听本文, 00:00 / 03:15
    "player": re.compile(
        r"^(?:视频加载中|正在加载|加载中)[.…。]*$"
        r"|^(?:您的浏览器不支持|收听本文|听新闻|听全文|语音播报)\S{0,24}$"
        r"|^\d{2}:\d{2}(?:\s*/\s*\d{2}:\d{2})?$"
    ),
    # How long the text takes to read: 本文约3000字，阅读需要8分钟
    "reading_time": re.compile(
        r"^(?:本文|全文)(?:共|约|大约)?\s*\d+\s*字.{0,12}分钟.{0,4}$"
        r"|^(?:预计)?阅读(?:本文|全文)?(?:时间)?(?:大约|约)?(?:需要?)?\s*[:：]?\s*\d+\s*分钟$"
    ),
    # A row of widgets (+1, 点赞, 收藏, 在看, 【纠错】, 打印 | 关闭, 【字号：大 中 小】, 赞(0)) and
    # a view counter (浏览次数：123, 点击量：1.2万), perhaps closed by a share bar (分享到：…).
    "widget": re.compile(rf"^(?:{_WIDGET_ITEM}\s*[|｜丨/·•]?\s*)*(?:{_WIDGET_ITEM}|{_SHARE_BAR})$"),
    # A breadcrumb: 您当前的位置：首页 > 文化 > 文学, 当前位置：…, 首页 > 工会动态 > 正文
    "breadcrumb": re.compile(
        r"^(?:您(?:当前|现在)?(?:的|所在)?位置|当前位置|所在位置)\s*[:：]"
        r"|^(?:首页|主页|网站首页)\s*(?:[>›»\uff1e]|\s[-－—]\s*\S{2,12}$)"
    ),
    # The regulator's report line a site shows on every page: 不良信息举报电话：…
    "report_line": re.compile(r"^(?:违法和)?不良信息举报(?:电话|邮箱|中心|专区)?\s*[:：].{0,50}$"),
    # A collective signature over an editorial: 本报评论员, 某某日报特约评论员 (§2: no author)
    "signature_line": re.compile(
        r"^(?:本报|本刊|本台|本网|\S{1,10}(?:报|社|网|台))(?:特约)?评论员$"
    ),
    # An e-paper's page label above the text: 00001版:一版要闻, 第02版：工会, and its issue
    # line: 第8686期:第01版 首版
    "edition_label": re.compile(
        r"^(?:第\s*)?\d{1,5}\s*版\s*[:：]\s*\S{1,12}$"
        r"|^第\s*\d{1,6}\s*期\s*[:：]?\s*第?\s*\d{1,3}\s*版\s*[:：]?\s*\S{0,12}$"
    ),
    # A document's adoption or issue line under its headline: （2007年6月29日…会议通过）
    "adoption": re.compile(
        rf"^[（(]\s*{_DATE}.{{2,80}}(?:通过|发布|公布|施行|印发|修正|修订)\s*[)）]$"
    ),
}

# Rules that hold after the last paragraph.
CLOSING: dict[str, re.Pattern[str]] = {
    # The page's date stamp under the text, in brackets, perhaps with its buttons:
    # 【2024-05-13】, [ 2024-05-13 10:00:00 ] [ 打印 ]. The record takes its date.
    "date_stamp": re.compile(
        rf"^[【\[［(（]\s*(?:发布(?:时间|日期)\s*[:：]\s*)?{_DATE}"
        r"(?:\s*[0-2]?\d:[0-5]\d(?::[0-5]\d)?)?\s*[】\]］)）]"
        r"(?:\s*[【\[［]\s*(?:打印|关闭|收藏|关闭窗口|打印本页)\s*[】\]］])*$"
    ),
    # 《某某日报》（2024年05月10日 04版）, （来源：某某日报 2024年5月10日 第3版）
    "print_edition": re.compile(
        rf"^{_OPEN}(?:来源\s*[:：]\s*)?《?\s*[^》（()）]{{2,20}}?\s*》?\s*[（(]?\s*{_DATE}"
        r"\s*(?:第?\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*版)?\s*[)）]?\s*[)）]?$"
    ),
    # （本文来自某某，更多原创资讯请下载…APP）, （本文来源：某某日报 作者：张三）, 来源：某某
    "provenance": re.compile(
        rf"^{_OPEN}(?:本文|文章|稿件)(?:来自|来源|转载自|转自|来源于|摘自|选自|刊于)\s*[:：]?.{{1,80}}{_CLOSE}$"
        r"|^[（(](?:来自|来源|转载自|转自|来源于|摘自|选自)\s*[:：]?[^（()）]{1,80}[)）]$"
        r"|^(?:来源|来源于|稿源)\s*[:：].{1,40}$"
        rf"|^{_OPEN}(?:资料|数据|图片|图|视频)(?:来源|出处)\s*[:：].{{1,60}}{_CLOSE}$"
        r"|^图片(?:均)?来[自源](?:于)?(?:网络|互联网).{0,30}$"
        r"|^[（(](?:本报|本网|本台|本刊|以上内容|以上)?(?:综合|整理|编译|据|转载|内容来自)[^）)]{0,40}[)）]$"
        # 据某某日报报道 alone after the text: the report it retells
        r"|^据[^，。；：:\s]{2,20}(?:报道|消息)[。.]?$"
        r"|^(?:原文链接|原文地址|本文链接|文章链接|原文网址|原文出[处處])\s*[:：]"
        # a reprint's note: 本文经某某授权转载, （本文由某某授权转载）, 本文经某某授权发布
        rf"|^{_OPEN}本文(?:经|由).{{1,24}}(?:转载|授权(?:发布|刊发|刊登)).{{0,24}}{_CLOSE}$"
        # where it was printed first, by the title in book marks and what dates it:
        # （原载《某某日报》）, 原文刊于《某某》2024年第3期, 选自《某某文集》，某某出版社2024年版
        rf"|^{_OPEN}(?:原文|本文)?(?:原载|原刊|刊于|刊载于|选自|摘自)于?\s*《[^》]{{1,30}}》"
        rf"{_PRINTED}{_CLOSE}[。.]?$"
        # 内容来自某某客户端, 本文整理自某某日报, 【转自某某日报】, 本文根据某某报道整理
        rf"|^{_OPEN}(?:(?:本文|文章|内容|本文内容|本文素材|素材|以上内容)来自"
        rf"|(?:本文|文章|内容|本文内容)?(?:整理自|编译自|综合自|转载于|转自))"
        rf"[^，。；\s]{{2,24}}{_CLOSE}[。.]?$"
        r"|^本文根据.{2,30}(?:整理|编写|改编)[。.]?$"
        # the outlet alone in brackets closing the text: （自由時報）, （ETtoday新聞雲）
        # (its report: （星島日報報道）)
        r"|^[（(]\s*[A-Za-z\u4e00-\u9fff]{1,14}(?:报|社|网|台|新闻|新闻雲|新闻云|周刊|客户端)"
        r"(?:报道|报导)?\s*[)）]$"
        # a contributing unit: 供稿：某某区总工会, （某某局供稿）
        rf"|^{_OPEN}(?:供稿(?:单位)?|稿件提供|信息提供)\s*[:：丨|][^，。；]{{1,40}}{_CLOSE}$"
        rf"|^{_OPEN}[^，。；\s]{{2,30}}\s?供稿{_CLOSE}$"
    ),
    # 某某网专稿，未经书面授权请勿转载; 转载请注明出处; 版权声明：…; 本文为某某原创
    "rights": re.compile(
        r"^.{0,24}(?:专稿|原创稿件?|独家稿件?|原创)[，,。\s]*未经.{0,10}授权"
        r"|^.{0,24}未经.{0,10}(?:授权|许可|同意).{0,12}(?:转载|使用|复制)"
        r"|^(?:转载请注明|版权声明|免责声明|特别声明|郑重声明|声明)\s*[:：]?"
        # a reprint request closing a line: 欢迎转载，请注明出处; 如需转载，请后台留言申请授权
        r"|^.{0,30}转载.{0,8}?(?:请|须|需|务必|并)(?:注明|标明)(?:出处|来源|作者)"
        r"|^.{0,40}如需转载.{0,30}(?:授权|联系|申请|注明)"
        rf"|^{_OPEN}(?:本文|文章)(?:为|系|由).{{1,20}}(?:原创|独家)"
        # 如有侵权请联系删除, 版权归原作者所有
        r"|^.{0,40}如有侵权[，,]?\s*(?:请)?(?:联系|告知|通知)|^.{0,20}版权归.{1,16}所有"
        # a portal's standing notices: 网友评论仅供其表达个人看法…, …不代表本网观点, 如涉及版权问题…
        r"|^网友评论仅供其表达个人看法"
        r"|^.{0,30}不代表(?:本网|本站|本平台|本报|本刊|本号|本公众号|平台)的?(?:观点|立场)[。.）)]?$"
        r"|^如涉及版权问题"
        r"|^图片来自网络[，,]\s*如有侵权"
        r"|^[-—\s]*(?i:THE\s*)?(?i:END)[-—\s]*$"
        # a disclaimer with no label: 本文仅代表作者观点…, 风险提示：…, 不构成投资建议
        rf"|^{_OPEN}(?:本文|文章|以上)(?:内容|观点)?(?:仅|只)?代表(?:作者|个人)"
        r"|^(?:风险提示|投资有风险)|^.{0,30}不构成(?:任何)?投资建议[。.！!]?$"
        r"|^(?:（完）|\(完\))?\s*(?:END|End)$"
    ),
    # Standing notices the site appends to every article (conventions §3): an app
    # promotion (喜欢这篇文章？去App商店搜…), a forum invitation (进入【某某股吧】讨论), an
    # acknowledgement (感谢某某为本文提供的帮助) and a first-published note (本文首发于…).
    "standing_notice": re.compile(
        r"^喜欢这篇文章.{0,40}$|^.{0,20}去(?:App|APP|应用)\s*(?:商店|市场)搜"
        r"|^进入【[^】]{1,20}】讨论$"
        rf"|^{_OPEN}感谢.{{1,40}}(?:提供|给予|对本文).{{0,10}}(?:帮助|支持|协助|指导).{{0,6}}$"
        rf"|^{_OPEN}(?:本文|原文)?(?:首发|最早发表|首刊|原载|出自)(?:于|\s*[:：]).{{1,40}}$"
        # a helpline (安心专线：0800-788995, 生命線：1995) and the care note before it
        # (★某某关心您：再给自己一次机会, 珍惜生命…), a reminder (某某提醒您，…), a
        # statutory warning set between stars (full-width or not: *饮酒过量，有害健康*)
        r"|^.{0,20}(?:专线|热线|生命线)\s*[:：]?\s*[\d（(][\d\-－ ]{2,}"
        r"|^举报(?:电话|热线)\s*[:：]?\s*[\d（(][\d\-－ ]{2,}"
        r"|^[●■◆★▲]?\s*.{0,20}关心(?:您|你)\s*[，,：:]|^[●■◆★▲]?\s*珍惜生命"
        # a mailbox for contributions or reports: 欢迎投稿：tougao@…, 举报邮箱：…
        r"|^.{0,12}(?:投稿|举报|联系|爆料)\S{0,4}\s*[:：]\s*[\w.\-]+@[\w.\-]+$"
        r"|^[●■◆★▲]?\s*.{0,20}提醒(?:您|你)\s*[，,：:]"
        r"|^[\uff0a*※]\s*[^\uff0a*※]{2,40}[\uff0a*※]$"
    ),
    # A call to the reader closing a self-media post: 你怎么看？欢迎留言讨论, 如果你喜欢这篇文章，
    # 请点赞转发, 更多精彩内容请关注…, 以上就是今天的全部内容, 感谢阅读.
    "call_to_action": re.compile(
        r"^(?:对此)?[，,]?\s*(?:你|您|大家)怎么看[？?].{0,24}$"
        r"|^.{0,16}(?:欢迎|请|记得)(?:在)?(?:评论区|留言区)?(?:留言|评论|讨论)\S{0,12}$"
        r"|^如果(?:你|您)(?:喜欢|觉得).{0,16}(?:请|记得|欢迎|就).{0,16}$"
        r"|^喜欢(?:的|本文的)?(?:朋友|小伙伴|读者).{0,16}$"
        r"|^(?:想|要)?了解更多.{0,16}(?:关注|下载).{0,16}$|^点击关注.{0,20}$"
        r"|^更多.{0,10}请关注.{1,24}$"
        r"|^以上就是.{0,12}(?:全部内容|今天的(?:全部)?内容|本期(?:全部)?内容).{0,12}$|^感谢(?:您的|你的)?(?:阅读|观看)[!！。.]?$"
    ),
    # Where the pictures come from: 注：本文图片来源于网络
    "picture_note": re.compile(
        r"^(?:注\s*[:：]\s*)?(?:本文)?(?:图片|配图)(?:均)?来(?:源|自)于?[^，。,]{1,16}[。.]?$"
    ),
    # A production credit line of a media house: 总监制：… 监制：… 审读：… (no authors).
    "production": re.compile(
        r"^(?:总?监制|出品人?|总策划|策划|统筹|制作|审读|审校|终审)\s*[:：丨|].{1,60}$"
    ),
    # A note about the writer, unbracketed (§3: a closing credit): 作者简介：张三，某某大学教授。
    "writer_note": re.compile(r"^(?:作者简介|作者介绍|作者单位)\s*[:：]"),
    # A collective signature closing an editorial: （经济日报评论员）, （本报评论员）.
    "signature": re.compile(r"^[（(][^（()）]{0,16}评论员[)）]$"),
}


# The paper a print-edition line names: 《某某日报》（2024年05月10日 04版）, （来源：某某日报
# 2024年5月10日 第3版）. A headline with its date (某某会议召开2024-05-10) names none: the
# line must set the paper in 《》 or name an edition (版).
_EDITION_PAPER = re.compile(
    rf"^{_OPEN}(?:来源\s*[:：]\s*)?(?P<paper>《[^》]{{2,22}}》|[^》（()）\s\d]{{2,20}}?)\s*[（(]?\s*{_DATE}"
)


def edition_paper(line: str) -> str | None:
    """The paper a closing print-edition line names, as written (《某某日报》), else None."""
    text = line.strip()
    if not ("《" in text or "版" in text) or closing_kind(text) != "print_edition":
        return None
    m = _EDITION_PAPER.match(fold_labels(text))
    return text[m.start("paper") : m.end("paper")] if m else None


# The outlet a provenance note names (§3): 本文来自澎湃新闻，更多…, 【转自某某日报】,
# 原载《某某日报》, 据某某日报报道, 本文整理自某某日报, 本文经授权转载自某某.
_PROVENANCE_OUTLET = re.compile(
    r"^[（(【\[]?\s*(?:本文|文章|内容|本文内容|以上内容|稿件)?(?:经授权|经\S{1,12}授权)?"
    r"(?:来自|转载自|转自|转载于|来源于|整理自|编译自|综合自|原载于?|原刊于?|刊于|摘自|选自|据)\s*"
    r"(?:微信公众号|公众号)?\s*[:：]?\s*[《“\"]?(?P<name>[^，,。；;（(）)》”\"\s】\]]{2,24}?)"
    r"(?:[》”\"]|报道|消息|$|[，,。；;（(）)\s】\]])"
)


# Where a text was printed names a paper or a magazine only by such an ending.
_PRINTED_IN = re.compile(r"原载|原刊|刊于|摘自|选自")
_OUTLET_ENDING = re.compile(r"(?:报|刊|杂志|周刊|网|社|台|新闻|客户端)$")


# The outlet whose own work the text is, by its rights note (本文为某某原创, 本文系某某日报
# 独家稿件), or that let it be reprinted (本文由某某日报授权转载, 本文经某某授权发布).
_OWN_WORK = re.compile(
    rf"^{_OPEN}(?:本文|文章)(?:(?:为|系|是)(?P<own>[^，,。；;\s]{{2,20}}?)(?:原创|独家)"
    r"|(?:经|由)(?P<lent>[^，,。；;\s]{2,20}?)授权(?:转载|发布|刊发|刊登))"
)


# Rule "compiled note" (§5: 综合, 综合A、B name no single outlet), in a closing note:
# （综合整理自某某新闻、某某网等）, （本报综合）, （综合自新华社、中新社）, （据新华社、人民网
# 综合报道）: the text was put together from several outlets, so the page has no source,
# not even its own name. A unit that is called 综合 (综合处, 综合新闻部) is no such note.
_COMPILED_NOTE = re.compile(
    r"^[（(【\[]\s*(?:本报|本网|本台|本刊|本站|本文)?(?:综合|综编)"
    r"(?![^（()）【】]{0,3}?(?:部|处|科|室|办|组|中心|频道|版))"
    r"|^[（(【\[]\s*据[^（()）]{2,40}?综合(?:报道|整理|编辑)?\s*[)）】\]]$"
)


def compiled_note(line: str) -> bool:
    """Whether a closing note says the text was compiled from several outlets."""
    text = line.strip()
    if "综合" not in text and "綜合" not in text:
        return False  # most lines: no closing rule is tried on them
    return bool(_COMPILED_NOTE.match(fold_labels(text))) and closing_kind(text) is not None


def provenance_outlet(line: str) -> str | None:
    """The outlet a closing provenance note names, as written, else None."""
    text = line.strip()
    if closing_kind(text) is None:
        return None  # a sentence of the text that opens so (据统计…) names no source
    folded = fold_labels(text)
    own = _OWN_WORK.match(folded)
    if own:
        group = "own" if own["own"] else "lent"
        return text[own.start(group) : own.end(group)]
    m = _PROVENANCE_OUTLET.match(folded)
    if not m:
        return None
    name = text[m.start("name") : m.end("name")]
    if _PRINTED_IN.search(text[: m.start("name")]) and not _OUTLET_ENDING.search(name):
        return None  # 选自《某某文集》: a book, not an outlet
    return name


def _cut(line: str) -> str:
    return fold_labels(line.strip()[:MAX_LINE])


def furniture_kind(line: str) -> str | None:
    """The rule a line falls under wherever it stands, else None."""
    text = _cut(line)
    for name, pattern in FURNITURE.items():
        if pattern.search(text):
            return name
    return None


# A closing line is short; a longer one is a paragraph of the article.
MAX_CLOSING_LINE = 120


def closing_kind(line: str) -> str | None:
    """The rule a line falls under after the last paragraph, else None."""
    text = _cut(line)
    found = furniture_kind(text)
    if found or len(text) > MAX_CLOSING_LINE:
        return found
    for name, pattern in CLOSING.items():
        if pattern.search(text):
            return name
    return None


# The same notes glued to the end of the last paragraph: …增长。（原题为《…》）
_GLUED_TAIL = re.compile(
    r"(?<=[。！？!?”…])\s*[（(](?:原题为?|原标题|本文(?:来自|来源|转载自)|资料来源|来源)"
    r"[^（()）]{1,80}[)）]\s*$"
)


# Of those, the ones that name where the text comes from: …增长。（来源：某某日报）
_GLUED_SOURCE = re.compile(
    r"(?<=[。！？!?”…])\s*[（(](?:本文|文章)?(?:来源|来自|转载自|转自)\s*[:：]?\s*"
    r"(?P<value>[^（()）]{2,40})[)）]\s*$"
)


def glued_source(paragraph: str) -> str | None:
    """The 来源 value of a provenance note glued to the end of the last paragraph."""
    m = _GLUED_SOURCE.search(paragraph[-60:])
    return m["value"].strip() if m else None


def strip_glued_tail(paragraph: str) -> str:
    """The last paragraph without a provenance note glued to its end."""
    if len(paragraph) > 20_000:
        return paragraph
    return _GLUED_TAIL.sub("", paragraph).rstrip()
