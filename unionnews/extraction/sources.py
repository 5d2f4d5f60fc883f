"""The originating outlet: ``来源：中工网－工人日报`` → ``工人日报`` (conventions §5).

Each rule is general and named below, with its own table test: a website-and-paper pair
gives the paper, an outlet's column or account suffix is dropped, an app or publisher
suffix is dropped, a person before an outlet is the writer, and the page is its own
source when it names none or says so.
"""

from __future__ import annotations

import re

from unionnews.extraction.text import fold_labels

# Other spellings of an outlet a site may name for itself (Site modules pass their own);
# none by default: the rules below are general.
ALIASES: dict[str, str] = {}

# Rule "publisher suffix": 某某日报社 is the paper. An app (某某日报客户端, 某某新闻APP) is
# an outlet of its own name, kept as shown (§5).
_PUBLISHER_SUFFIX = re.compile(r"(?<=[\u4e00-\u9fff])社$")
_KEEP_SHE = re.compile(r"(?:新华社|中新社|通讯社|杂志社|出版社|新闻社)$")
# Rule "account suffix": 某某发布微信公众号, 某某日报官方微信, 某某日报官方微博,
# 某某晚报官方账号, 某某晚报官方百家号 are the account, 某某发布.
_ACCOUNT_SUFFIX = re.compile(
    r"(?<=[\u4e00-\u9fffA-Za-z])\s*"
    r"(?:微信公众号|微信公众平台|微信公号|官方微信|微信号|公众号|官方微博|"
    r"官方(?:账号|帐号|百家号|头条号|企鹅号|网易号|抖音号|快手号|搜狐号|大风号))$"
)
# Rule "platform before the account": 微信公众号“某某”, 百家号 某某财经, 新浪微博@人民日报
# name the account after the platform; the account is the source (§5).
_PLATFORM_FIRST = re.compile(
    r"^(?:微信公众号|微信公众平台|微信公号|公众号|微信|百家号|头条号|企鹅号|网易号|搜狐号|大风号|"
    r"一点号|今日头条|新浪微博|微博|抖音|快手)[\s:：@“\"「『]+(?P<account>[\u4e00-\u9fffA-Za-z][^”\"」』]*)"
    r"[”\"」』]?$"
)
# 社 is a publisher's suffix only after a paper's or a station's name: 工人日报社.
_PAPER_BEFORE_SHE = re.compile(r"(?:报|刊|网|台|杂志|周刊|新闻)$")

# Values that name no outlet at all: the web at large, a compilation, advertorial labels.
NOT_A_SOURCE = frozenset(
    {
        "网络",
        "互联网",
        "网络整理",
        "网友投稿",
        "未知",
        "佚名",
        "转载",
        "综合",
        "商讯",
        "广告",
        "推广",
        "本站",
        "本网",
    }
)

# The same in other words: a contribution (作者投稿, 用户投稿, 读者来信), the web again
# (网络转载, 转自网络, 网络来源), nobody in particular (其他, 自媒体, 管理员).
_NO_OUTLET = re.compile(
    r"^(?:(?:网友|网民|读者|用户|作者|会员)?(?:投稿|来信)|网友|读者"
    r"|(?:转载|转自|来源于|来自)(?:网络|互联网)|网络(?:转载|来源|资料)"
    r"|其他|其它|自媒体|管理员|admin)$",
    re.I,
)
# Rule "platform": a self-media platform's name (微信公众平台, 百家号) is the site's, not the
# outlet of an account's post (§5: the account is, even when the platform runs it); as a
# 来源 value alone it names no outlet.
PLATFORM_NAME = re.compile(
    r"(?:微信公众号|微信公众平台|微信公号|微信号|微信|百家号|头条号|企鹅号|网易号|搜狐号|大风号|"
    r"一点号|公众号|今日头条|新浪微博|微博|抖音|快手)$"
)
_BRACKETS = str.maketrans("", "", '《》〈〉"“”「」')
# Markers after an outlet: 某某网[整理], 某某网（原创）.
_SUFFIX = re.compile(
    r"\s*[\[［(（【](?:整理|综合|转载|原创|编译"
    # an account's id after its name: 36氪（ID：wow36kr）, 某某（微信号：moumou）
    r"|(?:微信)?(?:ID|id|微信号|公众号)\s*[:：]\s*[A-Za-z0-9_\-]{2,30})[\]］)）】]\s*$"
)
# A print edition's date after the outlet, or what is left of one: 某某日报（2024年05月13日
# 05版）, 某某日报( once the date is read apart.
_EDITION = re.compile(r"\s*[（(](?:[^（()）]*(?:\d{4}|版)[^（()）]*[)）]?)?\s*$")
_SPLIT = re.compile(r"\s*[－—–\-|｜丨·•/／]+\s*")
_LEAD = re.compile(r"^(?:本文|文章|稿件|信息|新闻)?(?:来源于?|稿源|出处)\s*[:：]?\s*")

# Rule "placeholder": what a page template prints in a 来源 slot left empty (来源：未知,
# 来源：暂无) is an empty label: the page is the site's own (§5).
_PLACEHOLDER = frozenset({"未知", "不详", "暂无", "无"})
# Rule "self-name": the page says it is its own (本网原创, 本站讯, 原创), in any brackets
# or script (【本报讯】, 〔本報訊〕, 本網原創).
_SELF = re.compile(r"^(?:本网|本站|本报|本刊)(?:原创稿?|讯|稿|独家|整理|编辑)?$|^原创(?:稿件?)?$")
_WRAP = re.compile(r"^[【〔\[［（(]\s*(.*?)\s*[】〕\]］）)]$")


def _is_self(text: str) -> bool:
    """Whether ``text`` is a self-name, brackets and script aside."""
    return bool(_SELF.match(_WRAP.sub(r"\1", fold_labels(text.strip()))))


# Rule "relative self-name": 本会, or 市总工会 with no place before it, or one of the
# federation's own departments (来源：办公室, 宣教部), alone or after the federation's
# relative name (市总工会宣教部, 市总办公室): the site names itself by its part. A level
# (省总, 市总, 全总) names the site only when the site is a federation of that level.
_DEPARTMENT = (
    r"办公室|办公厅|研究室|宣教部|宣传部|宣传教育部|组织部|基层工作部|"
    r"权益保障部|保障工作部|法律工作部|女职工部|女职工委员会|财务部|网络工作部|劳动和经济工作部|"
    r"经济工作部|经济技术部|国际联络部|资产监督管理部|机关党委|经审办|"
    r"经费审查委员会办公室|工会办公室"
)
_RELATIVE_SELF = re.compile(
    r"^(?:本会|(?P<alone>[省市县区])总工会"
    rf"|(?:本会|(?P<level>[省市县区]|全)总(?:工会)?)?(?:{_DEPARTMENT}))$"
)
# The ending of the site's own name that a relative name's level stands for.
_LEVEL_OWNER = {
    "省": "省总工会",
    "市": "市总工会",
    "县": "县总工会",
    "区": "区总工会",
    "全": "全国总工会",
}


def _relative_to(text: str, own_name: str | None) -> bool:
    """Whether ``text`` names the site ``own_name`` by its part or its level: 宣教部, 本会,
    市总工会宣教部 on a city federation's site; not 省总宣教部 on a city's (the
    province's department is another body)."""
    m = _RELATIVE_SELF.match(text)
    if not m:
        return False
    level = m["level"] or m["alone"]
    return not (level and own_name and not own_name.endswith(_LEVEL_OWNER[level]))


# Rule "section name": a portal's section or a union site's column (社会, 财经头条, 国际频道,
# 工会动态, 图片新闻, 劳模风采), or the department that posted the page (宣教部, 办公室),
# says where the page is filed, not who published it: no outlet beside the date, and no
# text when it opens the text column.
SECTION_NAME = re.compile(
    r"^(?:国内|国际|社会|要闻|热点|时政|军事|科技|体育|娱乐|财经|健康|教育|文化|旅游|汽车|房产|"
    r"视频|直播|专栏|专题|评论|观点|图片|头条|置顶|推荐|独家|快讯|滚动|最新|热门|精选|本地|地方|"
    r"新闻中心|职工之家|"
    r"\S{1,6}(?:头条|频道|栏目|专栏|专题|动态|要闻|公告|通知|风采|聚焦|资讯|快讯|视点|速递|播报|"
    r"之窗|园地|天地)|"
    r"(?:图片|视频|国内|国际|社会|本地|地方|工会|综合|时政|财经|体育|娱乐|滚动|最新|热点|基层|市县|"
    r"县区)新闻|"
    r"\S{1,6}(?:部|处|科|室))$"
)
# Rule "channel": a page's own channel name is not an outlet (文化频道, 国际频道).
_CHANNEL = re.compile(r"频道$")
# Rule "compiled": 综合, 综合某某社、某某网: no single outlet.
_COMPILED = re.compile(r"^(?:综合|综编|编综)")
# Rule "website and paper": the newspaper of a 某某网-某某报 pair is the origin.
# A paper's edition is the paper too: 人民日报海外版.
_NEWSPAPER = re.compile(r"(?:报|报社|报[\u4e00-\u9fff]{1,3}版)$")
_WEBSITE = re.compile(r"(?:网|在线|客户端|网站|App|APP)$")
# Rule "person and outlet": 张三/某某报.
_PERSON_OUTLET = re.compile(
    r"^(?P<person>[\u4e00-\u9fff]{2,4})\s*[/／]\s*(?P<outlet>[\u4e00-\u9fffA-Za-z]{2,20})$"
)
# How an outlet's name ends; a news lead (新华社…电, 某某报讯) names one of the first kind.
LEAD_OUTLET_ENDINGS = ("社", "网", "报", "台", "新闻", "客户端")
_OUTLET_END = re.compile(
    f"(?:{'|'.join((*LEAD_OUTLET_ENDINGS, '杂志', '周刊', '在线', 'App', 'APP'))})$"
)


def ends_like_outlet(name: str) -> bool:
    """Whether ``name`` ends as an outlet's name does: 新京报, 某某網, 某某客户端 (not
    the page's own 本报)."""
    folded = fold_labels(name)
    return bool(_OUTLET_END.search(folded)) and not _is_self(folded)


def person_and_outlet(raw: str | None) -> tuple[str, str] | None:
    """``石佳/中国青年报`` → (``石佳``, ``中国青年报``): a writer credited with the outlet."""
    m = _PERSON_OUTLET.match((raw or "").strip())
    if not m or not _OUTLET_END.search(m["outlet"]) or _OUTLET_END.search(m["person"]):
        return None
    return m["person"], m["outlet"]


def _pick_outlet(parts: list[str]) -> str:
    """One outlet from ``X-Y`` parts: the newspaper of a website-and-paper pair, else the
    first part (what follows is its column or account)."""
    papers = [p for p in parts if _NEWSPAPER.search(p)]
    if papers and any(_WEBSITE.search(p) for p in parts if p not in papers):
        return papers[0]
    return parts[0]


def _without_suffix(name: str) -> str:
    """``工人日报社`` → ``工人日报``, ``某某发布微信公众号`` → ``某某发布``; 新华社 and
    ``工人日报客户端`` stay."""
    account = _ACCOUNT_SUFFIX.sub("", name)
    if len(account) >= 2:
        name = account
    if _KEEP_SHE.search(name):
        return name
    stripped = _PUBLISHER_SUFFIX.sub("", name)
    if name.endswith("社") and not _PAPER_BEFORE_SHE.search(stripped):
        return name  # 中央社 is an agency's short name, not 中央 and a publisher
    return stripped if len(stripped) >= 2 else name


_SPACED_SEPARATOR = re.compile(r"\s*([－—–\-|｜丨·•/／])\s*")


# Rule "note after the outlet": 人民网（北京）, 央广网（www.cnr.cn）, 新华社（记者 张三）: a
# closed bracket after a name that ends like an outlet's holds a place, a domain or a
# credit, not part of the name. A value wrapped whole in brackets, (中国新闻网), is the name.
_NOTE_AFTER = re.compile(
    rf"^(?P<outlet>.+?(?:{'|'.join((*LEAD_OUTLET_ENDINGS, '杂志', '周刊', '在线'))}))"
    r"\s*[（(][^（()）]{1,30}[)）]$"
)
_WRAPPED = re.compile(r"^[（(]([^（()）]+)[)）]$")


def _clean(raw: str) -> str:
    text = raw.strip()
    account = _PLATFORM_FIRST.match(_LEAD.sub("", text))
    if account:
        text = account["account"]
    text = _LEAD.sub("", text).translate(_BRACKETS)
    text = _SPACED_SEPARATOR.sub(r"\1", text)
    text = _EDITION.sub("", _SUFFIX.sub("", text)).strip()
    text = _WRAPPED.sub(r"\1", text)
    if text[-1:] in ")）" and not re.search(r"[（(]", text):
        text = text[:-1]  # (中国新闻网) whose opening bracket was trimmed with the label
    m = _NOTE_AFTER.match(text)
    return m["outlet"] if m else text


_LATIN_SPACED = re.compile(r"[A-Za-z] [A-Za-z]")
_BRAND_THEN_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9.]{1,20} [\u4e00-\u9fff]{2,12}$")


def canonical_source(raw: str | None, aliases: dict[str, str] | None = None) -> str | None:
    """The canonical outlet named by ``raw``, or None when it names none."""
    if not raw:
        return None
    table = ALIASES if aliases is None else aliases
    text = _clean(raw)
    if not text or text in table:
        return table.get(text)
    pair = person_and_outlet(text)
    if pair:
        text = pair[1]
    # A value followed by unrelated words may carry a second, space-separated outlet;
    # Latin names (The Paper) keep their spaces, and so does a Latin brand followed by
    # its Chinese name (ETtoday 东森新闻云), one name written twice.
    if " " in text and not (_LATIN_SPACED.search(text) or _BRAND_THEN_NAME.match(text)):
        text = text.split(" ")[0]
    if _COMPILED.match(text) or _is_self(text):
        return None
    parts = [p for p in _SPLIT.split(text) if p and not _CHANNEL.search(p)]
    if not parts:
        return None
    text = table.get(text) or _without_suffix(_pick_outlet(parts))
    text = table.get(text, text)
    return None if _names_no_outlet(text) else text


def _names_no_outlet(text: str) -> bool:
    """网络, 转载, 作者投稿 …: the value says the text came from nowhere in particular."""
    return text in NOT_A_SOURCE or _NO_OUTLET.match(text) is not None


# Rule "outlet by form": a source names an outlet or an account. A value with sentence
# marks, a bracket left open, a column label in 【】, or a word of the page's furniture
# standing alone (更新, 举报, 转载文章, a thread's 楼主 or 编辑于 …) names none, and a wrong
# source is worse than none.
_SENTENCE_MARKS = re.compile(r"[？?！!。，,；;…]")
_FURNITURE_WORD = re.compile(
    r"^(?:更新|更新时间|更新時間|出版|出版时间|出版時間|发布|發布|发表|發表|发布时间|發布時間|"
    r"时间|時間|举报|舉報|全球|"
    r"转载|轉載|转载文章|轉載文章|文章|原文|阅读|閱讀|评论|評論|分享|收藏|打印|"
    r"编辑|編輯|作者|记者|記者|网友|網友|投稿|互动|互動|参与互动|獨家.*|独家.*|"
    r"楼主|樓主|编辑于|編輯於|发表于|發表於|发布于|發佈於)$"
)
_INVITATION = re.compile(r"参与互动|參與互動|抢先看|搶先看")
# A reporter's role alone (通讯员, 本站记者) names a person's job, not an outlet; a web
# address (www.example.com) is where a page is, not an outlet's name.
_ROLE_ALONE = re.compile(
    r"^(?:本[站网報报刊])?(?:特约|全媒体|见习|實習|实习)?(?:记者|記者|通讯员|通訊員)$"
)
ADDRESS = re.compile(r"^(?:https?://)?[\w\-]+(?:\.[\w\-]+)+(?:/\S*)?$", re.A)
_COLUMN_LABEL = re.compile(r"^【[^】]*】$")
OUTLET_MAX = 30


def names_no_outlet(value: str) -> bool:
    """Whether ``value`` says the text has no single outlet (网络, 综合, 网友投稿), as
    opposed to naming one or naming the page itself (本站原创)."""
    text = _clean(value)
    return bool(text) and not _is_self(text) and canonical_source(text) is None


def names_an_outlet(value: str) -> bool:
    """Whether ``value`` has the form of an outlet's or account's name."""
    text = value.strip()
    if not text or len(text) > OUTLET_MAX or _SENTENCE_MARKS.search(text):
        return False
    for opening, closing in ("()", "（）", "《》", "【】", "[]"):
        if text.count(opening) > text.count(closing):
            return False  # 中国新闻网(北京: a value cut inside its brackets
    if text.count("】") > text.count("【"):
        return False  # 快资讯】: a column label 【快资讯】 cut after its opening
    return not (
        _FURNITURE_WORD.match(text)
        or _INVITATION.search(text)
        or _COLUMN_LABEL.match(text)
        or _ROLE_ALONE.match(text)
        or ADDRESS.match(text)
    )


def resolve_source(
    raw: str | None, own_name: str | None, aliases: dict[str, str] | None = None
) -> str | None:
    """The record's source: the outlet ``raw`` names, else the site itself.

    The page is its own source when it names none (no label, an empty one, or a
    template's placeholder such as 未知), when it says so (本网原创, 本站讯), when the value
    is only its own channel (文化频道), or when it names itself relatively (本会, 市总工会)
    and the site's name is known, or when the value does not have an outlet's form
    (names_an_outlet). Values that name no outlet (网络, 综合…) give None.
    """
    text = _clean(raw or "")
    if text in _PLACEHOLDER:
        text = ""  # 来源：未知, a template's default for a 来源 left empty
    if (_names_no_outlet(text) and not _is_self(text)) or PLATFORM_NAME.fullmatch(text):
        return None  # 转载, 投稿; 微信, 公众号 (a platform, the account unnamed)
    if text and not names_an_outlet(text):
        text = ""  # no outlet named: the page is taken to be the site's own
    if not text or _is_self(text) or (_CHANNEL.search(text) and not _SPLIT.search(text)):
        return canonical_source(own_name, aliases) if own_name else None
    if _relative_to(text, own_name):
        return own_name or text
    return canonical_source(text, aliases)


# Rule "dateline's outlet" (§5): the outlet a news lead names, when no 来源 is labelled:
# 新华社北京5月19日电, 中新网5月19日电, （中央社記者溫貴香台北21日電）, 新京报讯（记者…）,
# 央视网消息：, 【明報專訊】 (a special dispatch), （路透社）. The outlet is the shortest
# run that ends like one (社, 网, 报, 台); a paper's own 本报讯 names no other outlet.
# The shortest name with an outlet's ending, but whole: 中国日报网 is not 中国日报 (an ending
# that goes on is part of the name); 新华社台北 is 新华社 and a place.
_LEAD_OUTLET = (
    rf"[\u4e00-\u9fff]{{1,10}}?(?:{'|'.join(LEAD_OUTLET_ENDINGS)})"
    r"(?!网|报(?!道|导)|社|新闻|客户端)"  # 新华社报道: 报道 is the report, not the name
)
_DATELINE = re.compile(
    rf"^[（(【〔\[]?\s*(?!据)(?P<wire>{_LEAD_OUTLET})[^，。,（()）：:]{{0,16}}?"
    # 新华社北京5月9日电, 某某晚报3月5日讯, 央广网北京3月5日消息
    r"(?:\d{1,2}月)?\d{1,2}日(?:电|专?讯|消息)"
    rf"|^[（(【〔\[]?\s*(?P<news>{_LEAD_OUTLET})(?:专?讯|消息)\s*[（(：:\s】〕\]）)]"
    # 光明网讯近日…: the 讯 glued to the text that follows
    rf"|^(?P<glued>{_LEAD_OUTLET})专?讯(?=[\u4e00-\u9fff])(?!息|号)"
    # 【环球时报综合报道】, 【某某网报道 记者 张三】: the outlet's own report, in brackets
    rf"|^[【〔\[]\s*(?P<report>{_LEAD_OUTLET})(?:综合|特约|驻\S{{1,6}}|独家)?(?:报道|讯)[\s】〕\]]"
    # 据新华社报道, 据某某日报消息: the text reports the outlet's report
    rf"|^据\s*[《“\"]?(?P<cited>{_LEAD_OUTLET})[》”\"]?(?:[^，。,]{{0,12}}?)(?:报道|消息)"
    # （路透社）, （德国之声中文网）: an agency's or a paper's name alone in parentheses
    r"|^[（(]\s*(?P<alone>[\u4e00-\u9fff]{1,10}?(?:社|网|报|台))\s*[)）]"
)


def dateline_outlet(paragraph: str) -> str | None:
    """The outlet named by the news lead opening ``paragraph``, as written, else None."""
    head = paragraph[:60]
    m = _DATELINE.match(fold_labels(head))
    if not m:
        return None
    group = next(g for g in ("wire", "news", "glued", "report", "cited", "alone") if m[g])
    outlet = head[m.start(group) : m.end(group)]
    return None if outlet.startswith(("本", "据")) else outlet
