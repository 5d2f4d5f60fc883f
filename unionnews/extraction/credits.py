"""Who wrote the article and who edited it: the credit rules of conventions §2 and §3.

Authors are the people credited as writing or reporting, wherever the page credits them:
inside a news lead (``本报讯（记者 张三 通讯员 李四）``, ``新华社北京5月19日电（张三、李四）``),
on a byline line of its own (``本报记者 张三 本报通讯员 李四``, ``工人日报-中工网记者 张三``,
``执笔/张三、李四&王五``), in the info line (``作者：张三``) and in a closing credit
(``(王鑫 方大丰)``, ``（总台央视记者 张三 李四）``). Editors (责任编辑, 责编, 编辑, 校对 …) are
kept apart and are never authors; photographers (``张三 摄``, ``摄影/张三``), translators,
outlets and collective signatures (``本报评论员``, ``某某党支部供稿``) are neither.

Every pattern here is bounded: a credit is short, so a long line is cut before any regex
runs and no pattern can take more than linear time in what it is given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from unionnews.extraction import trailing
from unionnews.extraction.sources import ends_like_outlet
from unionnews.extraction.text import fold_labels

# A credit longer than this is prose, whatever it starts with.
MAX_CREDIT_CHARS = 200

_CJK_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}")
_LATIN_NAME = re.compile(r"[A-Za-z][A-Za-z.\-]{1,30}")

# Role words that stand before the names of writers and reporters, longest first.
AUTHOR_ROLES = (
    "全媒体记者",
    "融媒体记者",
    "见习记者",
    "实习记者",
    "特约记者",
    "首席记者",
    "驻站记者",
    "特约通讯员",
    "职工通讯员",
    "报道员",  # a unit's reporter: 特约报道员, 报道员 张三
    "专栏作者",
    "特约评论员",  # 本报特约评论员 张三: a named commentator writes; 本报评论员 alone names no one
    "评论员",
    "记者",
    "通讯员",
    "实习生",
    "撰稿人",
    "执笔人",
    "撰稿",
    "撰文",
    "采写",
    "执笔",
    "主笔",
    "作者",
    "文/图",
    "文／图",
    "图/文",
    "文图",
    "图文",
)
# Role words of people who edit, check or sign off; the editor field takes the first kind
# found in this order of rank.
EDITOR_ROLES = ("责任编辑", "责编", "编辑", "选稿")
OTHER_EDITOR_ROLES = (
    "校对",
    "审核",
    "审校",
    "审签",
    "签发",
    "监制",
    "主编",
    "编审",
    "终审",
    "复审",
    "排版",
    "美编",
    "初审",
    "一审",
    "二审",
    "三审",
    "监审",
    "值班主任",
    "执行主编",
    "总编辑",
    # the staff a government or union site's CMS names under a text: who keyed it in, who
    # posted it (录入：张三, 发布人：张三, 信息员：张三)
    "录入",
    "编发",
    "发布人",
    "发布者",
    "信息员",
    "上传",
    "审核人",
)
# Not writers: photographers, camera, design, translators.
OTHER_ROLES = ("摄影", "摄像", "图片", "视频", "制图", "设计", "海报", "编译", "翻译")
SOURCE_ROLES = ("来源于", "来源", "稿源")
# 图片来源：视觉中国, 数据来源：某某局, 封面来源｜视觉中国: where a photo, the cover image or a
# figure comes from, not the article.
MEDIA_BEFORE_SOURCE = re.compile(r"(?:图片|照片|图|视频|数据|资料|封面|题图|头图|配图)\s*$")

# 文, 文字 and 图 are roles only before a separator (文/张三, 文字｜张三): 文化, 文字稿,
# 图书 are words.
_SHORT_ROLE = r"(?:文字|文|图)(?=\s*[/／｜|丨:：])"
_ALL_ROLES = sorted(
    (*AUTHOR_ROLES, *EDITOR_ROLES, *OTHER_EDITOR_ROLES, *OTHER_ROLES, *SOURCE_ROLES),
    key=len,
    reverse=True,
)
_ROLE_ALT = "|".join(map(re.escape, _ALL_ROLES)) + "|" + _SHORT_ROLE
# Where a credit may start: the line's start, a space, punctuation, a marker (■本报记者).
_BOUNDARY = r"(?:^|(?<=[\s:：/／|｜丨、，,（(【\[［〔■●◆▲★□◇>]))"
# A role marker, with the outlet glued before it (本报记者, 某某新闻记者, 某某日报-某某网记者)
# when the outlet stands at a boundary. The outlet is at most 14 characters: bounded.
_MARKER = re.compile(
    rf"(?P<role2>{_ROLE_ALT})\s*[:：/／|｜丨]?\s*"
    rf"|{_BOUNDARY}(?P<outlet>[^\s:：/／|｜丨、，,（()）]{{1,14}}?)(?P<role1>{_ROLE_ALT})\s*[:：/／|｜丨]?\s*"
)

# Credit values that name nobody.
NOT_A_PERSON = frozenset(
    {
        "网络",
        "网络整理",
        "未知",
        "佚名",
        "本站",
        "本网",
        "admin",
        "小编",
        "综合",
        "整理",
        "整合",
        "原创",
        "编辑",
        "记者",
        "通讯员",
        "管理员",
        "系统管理员",
        "查看更多",
        "更多",
        "最新",
        "文章",  # 该作者文章: a block of the writer's other articles
        "关注",
    }
)
# A counter's label that a template sets beside the credit or the date (作者:admin 阅读量
# 128, 浏览次数), in either script: no name, no outlet.
COUNTER_WORD = (
    r"(?:阅读|閱讀|浏览|瀏覽|点击|點擊|访问|訪問|评论|評論|点赞|點讚|收藏|转发|轉發|分享)"
    r"(?:量|数|數|次数|次數)?|人气|人氣|热度|熱度"
)
_COUNTER = re.compile(COUNTER_WORD)
# Rule "collective signature": an outlet or a body in an author slot is not a person.
_COLLECTIVE = re.compile(
    r"(?:评论员|供稿|党支部|支部|党委|工会|协会|委员会|办公室|中心|研究院|局|报|网|社|台|部|处|科|室|所|站"
    r"|财经|新闻|周刊|杂志|传媒|报道|报导)$"
)
# A trailing word about what the credited person did: （记者张三 整合）.
_DID = re.compile(r"\s*(?:整合|整理|报道|报导|采写|综合)$")
# Staff codes beside a name: 张三_NN2587, 张三 SF099, 张三（PN269）.
_STAFF_CODE = re.compile(
    r"\s*(?:[_＿]\s*[A-Za-z]{1,4}\d+|\s[A-Za-z]{1,4}\d{2,}|[（(][A-Za-z]{1,4}\d+[)）])$"
)
_SPLIT = re.compile(r"[\s、，,;；/／|｜丨&\uff06]+")
_PHOTO_MARK = re.compile(r"(?:摄|摄影|供图|图片来源|视频截图)\s*$")


def clean_name(name: str) -> str:
    """A name without the staff code beside it; a code alone is kept (``HN666``)."""
    text = name.strip(" :：·")
    stripped = _STAFF_CODE.sub("", text)
    return stripped if stripped else text


def _is_name(token: str) -> bool:
    if token in NOT_A_PERSON or TITLE_WORD.search(token) or _COUNTER.fullmatch(token):
        return False
    if _CJK_NAME.fullmatch(token):
        return not _COLLECTIVE.search(token)
    return bool(_LATIN_NAME.fullmatch(token))


# Rule "a person by form": two or three characters led by a common surname (simplified
# and traditional), or three or four led by a compound one: 张三, 歐陽修遠. Used where a
# name and an outlet may stand alike (beside the date), so a word ending as a body or a
# business does (金融界, 某某网) is none.
_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏"
    "魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
    "万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘"
    "祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟"
    "艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞"
    "姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "陳黃趙吳劉楊張鄭謝許蕭葉蘇呂盧鍾譚陸賈韋鄒閆龔嚴湯顏賴莊簡傅藍蔣紀連馮歐鐘錢駱萬饒"
)
_COMPOUND_SURNAMES = ("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "皇甫", "尉迟")
_NOT_A_GIVEN_NAME_END = frozenset("网網报報社台刊志讯訊闻聞线線号號界圈家客眼汇匯堂坊")


def looks_like_person(token: str) -> bool:
    """Whether ``token`` reads as a person's name by form (张三, 歐陽修遠), not a word or a
    body's name (金融界, 某某网)."""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", token) or token[-1] in _NOT_A_GIVEN_NAME_END:
        return False
    if token.startswith(_COMPOUND_SURNAMES):
        return 3 <= len(token) <= 4
    return len(token) <= 3 and token[0] in _SURNAMES


def is_name(token: str) -> bool:
    """Whether ``token`` is a person's name: 张三, 謝明俊 (not 中時電子報, not 记者)."""
    return _is_name(clean_name(token))


def _tokens(value: str) -> list[str]:
    """Words of a credit value, with a two-character name padded by a space joined
    again (``方 敏`` is 方敏)."""
    raw = [t for t in _SPLIT.split(_DID.sub("", value.strip())) if t]
    tokens: list[str] = []
    for tok in raw:
        tok = clean_name(tok)
        if tokens and len(tok) == 1 and len(tokens[-1]) == 1 and re.match(r"[\u4e00-\u9fff]", tok):
            tokens[-1] += tok
        else:
            tokens.append(tok)
    return tokens


# A writer's description after the name, in brackets (张三（某某大学教授）): not a name.
_DESCRIPTION = re.compile(r"\s*[（(][^（()）]*[\u4e00-\u9fff][^（()）]*(?:[)）]|$)")
# A job title set after the name (张三 某某研究院研究员): not a name either.
TITLE_WORD = re.compile(
    r"(?:研究员|教授|博士|主任|院长|所长|分析师|专家|学者|律师|讲师|主席|会长|秘书长|总监|作家)$"
)
# Names written in Latin letters keep their spaces: Zhang San, Demi Xia.
_LATIN_NAMES = re.compile(r"\s*(?:[,，、&/;；]|\band\b)\s*")
_LATIN_FULL_NAME = re.compile(r"[A-Za-z][A-Za-z.\-]*(?: [A-Za-z][A-Za-z.\-]*){0,3}")


def _names(value: str) -> list[str]:
    value = _DESCRIPTION.sub(" ", value)
    if value.strip() and not re.search(r"[\u4e00-\u9fff]", value):
        parts = [p.strip() for p in _LATIN_NAMES.split(value.strip())]
        return [p for p in parts if _LATIN_FULL_NAME.fullmatch(p) and p not in NOT_A_PERSON]
    return [t for t in _tokens(value) if _is_name(t)]


@dataclass
class Credit:
    """What one credit line or credit value says, each list in page order."""

    authors: list[str] = field(default_factory=list)
    editors: list[tuple[int, str]] = field(default_factory=list)  # (rank, "张三、李四")
    sources: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)  # outlets in an author slot

    def editor(self) -> str | None:
        """The best-ranked editor credit: 责任编辑 before 责编, 编辑, 选稿."""
        return min(self.editors, key=lambda e: e[0])[1] if self.editors else None


# Rule "outlet in the author slot" (§2: an outlet is no author): 作者：某某日报, 文/某某晚报
# 张三 credit the outlet with the text, so with no 来源 it is the text's origin. Only the
# slot's first word, and only a name that ends as an outlet's does (本报 is the page's own).
def credited_outlet(value: str) -> str | None:
    """The outlet an author slot's value opens with (``某某日报 张三`` → ``某某日报``)."""
    words = _SPLIT.split(value.strip(), maxsplit=1)
    first = words[0].strip("（()）【】[]") if words else ""
    return first if 2 <= len(first) <= 20 and ends_like_outlet(first) else None


def _role_kind(role: str) -> str:
    if role in AUTHOR_ROLES or role in ("文", "文字"):
        return "author"
    if role in EDITOR_ROLES:
        return "editor"
    if role in SOURCE_ROLES:
        return "source"
    return "other"


def _editor_names(value: str) -> list[str]:
    """Every name in an editor slot; a code alone (HN666) when no name stands beside it;
    a Latin value (Demi Xia) is one name."""
    value = value.strip()
    if not re.search(r"[\u4e00-\u9fff]", value):
        return [value] if value else []
    tokens = _tokens(value)
    names = [t for t in tokens if _is_name(t)]
    return names or [t for t in tokens if t not in NOT_A_PERSON][:1]


def read_credit(text: str) -> tuple[Credit, str] | None:
    """The credits in ``text`` and the words before the first role (``""`` when the text
    opens with a role). None when ``text`` holds no role word."""
    text = text.strip()[:MAX_CREDIT_CHARS]
    markers = list(_MARKER.finditer(text))
    if not markers:
        return None
    credit = Credit()
    for i, m in enumerate(markers):
        role = m["role1"] or m["role2"]
        end = markers[i + 1].start() if i + 1 < len(markers) else len(text)
        value = text[m.end() : end].strip(" ）)】]］〕|｜丨")
        kind = _role_kind(role)
        if kind == "author" and not _PHOTO_MARK.search(value):
            credit.authors.extend(n for n in _names(value) if n not in credit.authors)
            outlet = credited_outlet(value)
            if outlet:
                credit.outlets.append(outlet)
        elif kind == "editor":
            names = _editor_names(value)
            if names:
                credit.editors.append((EDITOR_ROLES.index(role), "、".join(names)))
        elif (
            kind == "source"
            and value
            and not MEDIA_BEFORE_SOURCE.search(text[: m.start("role1" if m["role1"] else "role2")])
        ):
            credit.sources.append(value)
    return credit, text[: markers[0].start()]


# Rule "outlet glued to a byline": a 来源 value that runs into the byline after it, as
# inline parts joined with no space (<span>来源：某某工人报</span><span>记者 刘明</span>).
def outlet_and_byline(value: str) -> tuple[str, str] | None:
    """``某某工人报记者 刘明 通讯员 张华`` → (``某某工人报``, ``记者 刘明 通讯员 张华``); None
    when the value is not an outlet followed by a byline that credits a writer."""
    m = _MARKER.match(value.strip())
    if not m or not m["outlet"]:
        return None
    byline = value.strip()[m.start("role1") :]
    credit = credit_line(byline)
    if credit is None or not credit.authors:
        return None
    return m["outlet"], byline


_DESCRIPTION_AFTER_NAME = re.compile(
    r"(?<=[\u4e00-\u9fff])\s*[（(][^（()）]*[\u4e00-\u9fff][^（()）]*(?:[)）]|$)"
)


def names_in(text: str) -> list[str]:
    """Person names in a credit value: ``记者 王鑫 通讯员 方大丰`` → ``["王鑫", "方大丰"]``."""
    if not text or _PHOTO_MARK.search(text.strip()):
        return []
    writers = _names_before_roles(text.strip())
    if writers is not None:
        return writers  # 张三/文 李四/图: the photographer is no author
    # 张三（工人日报记者）: a description after the name, whose role word names nobody.
    text = _DESCRIPTION_AFTER_NAME.sub(" ", text)
    # Roles are read folded (記者張三 is 记者 and a name); names as written.
    folded = fold_labels(text)
    found = read_credit(folded)
    if found is None:
        return list(dict.fromkeys(_names(text[:MAX_CREDIT_CHARS])))
    credit, before = found
    names = [*_names(text[: len(before)]), *(_written(n, text, folded) for n in credit.authors)]
    return list(dict.fromkeys(names))


# Rule "credit line": a line that is nothing but credits. Sentence punctuation makes prose.
_PROSE = re.compile(r"[。！？；]|，.*，")
_LINE_DECOR = re.compile(r"^[\s■●◆▲★□◇【\[［（(〔]+|[\s】\]］）)〕]+$")


# Every role word holds one of these characters: a line with none is no credit.
_ROLE_CHARS = re.compile("[" + "".join(sorted({ch for role in _ALL_ROLES for ch in role})) + "]")


# Rule "correspondent's dateline": 记者 张三 发自 北京, 张三 李四 发自 凹非寺. The place after
# 发自 is no name; names before it are a byline even with no role word.
_SENT_FROM = re.compile(r"\s+发自\s*(?!内心)[^\s，。,；;]{1,12}\s*$")
SENT_FROM_MAX_NAMES = 4


def _sent_from(text: str) -> Credit | None:
    m = _SENT_FROM.search(text)
    if not m or m.start() == 0:
        return None
    head = text[: m.start()].strip()
    if _ROLE_CHARS.search(head):
        return credit_line(head)
    tokens = _tokens(head)
    if 0 < len(tokens) <= SENT_FROM_MAX_NAMES and all(_is_name(t) for t in tokens):
        return Credit(authors=list(tokens))
    return None


def credit_line(line: str) -> Credit | None:
    """The credits of a line that holds only credits (a byline, a closing credit line such
    as ``文/张三 编辑/李四``), else None. The result is shared: read it, do not change it.
    Role words may be written in traditional characters (記者, 編輯); names and outlets
    are given as the page writes them."""
    folded = fold_labels(line)
    credit = _credit_line(folded)
    if credit is None or folded == line:
        return credit
    return _as_written(credit, line, folded)


def _written(value: str, line: str, folded: str) -> str:
    """``value``, found in the folded ``line``, as the original writes it."""
    at = folded.find(value)
    return line[at : at + len(value)] if at >= 0 else value


def _as_written(credit: Credit, line: str, folded: str) -> Credit:
    """``credit`` read from the folded line, with its values taken from the original."""

    def back(value: str) -> str:
        return _written(value, line, folded)

    return Credit(
        authors=[back(n) for n in credit.authors],
        editors=[(rank, "、".join(back(n) for n in v.split("、"))) for rank, v in credit.editors],
        sources=[back(v) for v in credit.sources],
    )


# "／台北報導", "/北京报道" after a reporter's name: where the report was filed, no name.
_FILED_FROM = re.compile(r"\s*[／/]\s*[^\s／/]{1,8}(?:报导|报道)\s*$")
# The same set apart by a space (记者 张三 北京报道), when a name stands before it: 记者
# 张三报道 is the name and 报道.
_FILED_FROM_SPACED = re.compile(r"\s+[^\s／/]{1,8}(?:报导|报道)\s*$")


def _without_filed_from(text: str) -> str:
    text = _FILED_FROM.sub("", text)
    m = _FILED_FROM_SPACED.search(text)
    if m and _names(_MARKER.sub(" ", text[: m.start()]).split(" ")[-1]):
        return text[: m.start()]
    return text


# Rule "role compound": a role word glued to a word that makes it a column's or a desk's
# name (编辑推荐, 编辑精选, 编辑部, 记者手记, 记者观察, 作者简介) names nobody.
_ROLE_COMPOUND = re.compile(
    rf"^(?:{'|'.join(map(re.escape, _ALL_ROLES))})"
    r"(?:推荐|精选|部|室|组|手记|寄语|札记|观察|调查|点评|简介|介绍|的话|之选|来信|专栏)"
)


@lru_cache(maxsize=4096)
def _credit_line(line: str) -> Credit | None:
    if len(line) > 100 or not _ROLE_CHARS.search(line):
        return None
    text = _without_filed_from(_LINE_DECOR.sub("", line.strip()))
    if not text or len(text) > 80 or _PROSE.search(text) or trailing.is_block_heading(text):
        return None  # prose, or a heading such as 作者最新文章
    if "发自" in text:
        return _sent_from(text)
    writers = _names_before_roles(text)
    if writers is not None:
        # 张三/文 李四/图 on a line of its own; 李四/图 alone credits a photographer only.
        return Credit(authors=writers)
    if _ROLE_COMPOUND.match(text):
        return None  # 编辑推荐, 编辑部, 记者手记: a column or a desk, no credit
    found = read_credit(text)
    if found is None:
        return None
    credit, before = found
    rest = _MARKER.sub(" ", text[len(before) :])
    before = before.strip(" 、，,")
    if before and not _COLLECTIVE.search(before):
        return None  # prose that happens to hold a role word
    # Every word after a role must be a name, a code or a known non-person.
    for token in _tokens(rest):
        known = (
            _is_name(token)
            or token in NOT_A_PERSON
            or _COLLECTIVE.search(token)
            or TITLE_WORD.search(token)
        )
        if not known and not (
            _PHOTO_MARK.fullmatch(token) or re.fullmatch(r"[A-Za-z]{1,4}\d+", token)
        ):
            return None
    if not (credit.authors or credit.editors or credit.sources):
        return None
    return credit


# Rule "closing credit": names, with an optional outlet and role, in parentheses at the
# very end of the text: (王鑫 方大丰), （本报记者 张三 李四）, （总台央视记者 张三）.
_CLOSING = re.compile(r"[（(](?P<inner>[^（()）]{2,60})[)）]\s*$")
# A note about the writer or a contributor: （作者系某某研究员）, （实习生张三对此文亦有贡献）.
_WRITER_NOTE = re.compile(
    r"^(?:本文)?(?:作者系|作者单位|作者为|实习生.{1,6}对此文|.{2,6}对此文亦有贡献)"
)


# A closing credit follows the end of a sentence, or stands alone: 增长（同比） is prose.
_SENTENCE_END = re.compile(r"(?:^|[。！？!?…”’」』）)\]】])\s*$")


# Where the report was filed, after the names: （姚峰 上海报道）, （王煌忠／台中報導）.
_FILED_PLACE = re.compile(r"(?:\s*[／/]\s*|\s+)[\u4e00-\u9fff]{1,8}(?:报道|报导)$")


# Rule "name before its role": （张三/文 李四/图）, （张三、李四/文 王五/图）: the names
# followed by what they did; the writers (文, 文/图) are authors, the photographers (图,
# 摄) are not.
_NAME_ROLE = re.compile(
    r"([\u4e00-\u9fff]{2,4}(?:\s*[、\s]\s*[\u4e00-\u9fff]{2,4})*)\s*[/／]\s*"
    r"(文图|图文|文|图|摄影|摄)(?=\s|$)"
)
_NAME_ROLES = re.compile(rf"^(?:\s*{_NAME_ROLE.pattern})+\s*$")


def _names_before_roles(inner: str) -> list[str] | None:
    """The writers of ``张三/文 李四/图``, as written, else None when ``inner`` is not of
    that form."""
    folded = fold_labels(inner)
    if not _NAME_ROLES.match(folded):
        return None
    pairs = [
        (name, m[2])
        for m in _NAME_ROLE.finditer(folded)
        for name in re.split(r"\s*[、\s]\s*", inner[m.start(1) : m.end(1)])
    ]
    if not all(_is_name(name) for name, _ in pairs):
        return None
    return [name for name, role in pairs if "文" in role]


def closing_credit(paragraph: str) -> tuple[str, list[str]]:
    """Split a closing credit off the last paragraph: (text left, authors)."""
    m = _CLOSING.search(paragraph)
    if not m or not _SENTENCE_END.search(paragraph[: m.start()]):
        return paragraph, []
    inner = m["inner"].strip()
    writers = _names_before_roles(inner)
    if writers is not None:
        return paragraph[: m.start()].rstrip(), writers
    # Roles and rules are read on the folded text (記者 is 记者); names as written.
    folded = fold_labels(inner)
    place = _FILED_PLACE.search(folded)
    if place:
        inner, folded = inner[: place.start()], folded[: place.start()]
    if _WRITER_NOTE.match(folded):
        return paragraph[: m.start()].rstrip(), []
    if _DEPARTMENT.fullmatch(fold_labels(m.group())):
        return paragraph, []
    found = read_credit(folded)
    if found is not None:
        credit, before = found
        if before and not _COLLECTIVE.search(before) and not re.fullmatch(r"[^\s]{1,10}", before):
            return paragraph, []
        names = credit.authors
        rest = _MARKER.sub(" ", folded[len(before) :])
        if not names or not all(_is_name(t) for t in _tokens(rest)):
            return paragraph, []
        return paragraph[: m.start()].rstrip(), [_written(n, inner, folded) for n in names]
    tokens = _tokens(folded)
    # The writers' unit may stand before their names: （某某区总工会 王五 李六）.
    if len(tokens) >= 2 and len(tokens[0]) >= 3 and _COLLECTIVE.search(tokens[0]):
        tokens = tokens[1:]
    if not tokens or not all(_CJK_NAME.fullmatch(t) and _is_name(t) for t in tokens):
        return paragraph, []
    return paragraph[: m.start()].rstrip(), [_written(t, inner, folded) for t in tokens]


# Rule "glued editor": the editor's credit glued to the end of the last paragraph, with
# the desk's date stamp some sites print after it: …緩解。（編輯：蘇龍麒）1120221.
_GLUED_EDITOR = re.compile(
    r"[（(【\[]\s*(?:责任编辑|责编|编辑)\s*[:：/／]\s*(?P<name>[^（()）【】\[\]]{1,20}?)\s*"
    r"[)）】\]]\s*\d{0,8}\s*$"
    # or with no brackets, names only after the label: …三亿多元。编辑：张三
    r"|(?:责任编辑|责编|编辑)\s*[:：]\s*"
    r"(?P<bare>[\u4e00-\u9fff]{2,4}(?:[、\s][\u4e00-\u9fff]{2,4}){0,2})\s*$"
)


def closing_editor(paragraph: str) -> tuple[str, Credit | None]:
    """Split an editor's credit glued to the end of the last paragraph off it."""
    tail = paragraph[-60:]
    m = _GLUED_EDITOR.search(fold_labels(tail))
    if not m:
        return paragraph, None
    start = len(paragraph) - len(tail) + m.start()
    if not _SENTENCE_END.search(paragraph[:start]):
        return paragraph, None
    credit = credit_line(tail[m.start() : m.end("name" if m["name"] else "bare")])
    if credit is None or not credit.editors:
        return paragraph, None
    return paragraph[:start].rstrip(), credit


# (宣教部), (省总宣教部), （某某县发改局）: the contributing unit, closing the text; not a person.
_DEPARTMENT = re.compile(
    r"[（(]\s*[\u4e00-\u9fff]{1,14}(?:部|处|室|办|科|组|局|委|中心|办公室|供稿)\s*[)）]\s*$"
)


# Rule "unit and writers": a line of its own closing the text that names the contributing
# unit and its writers, with no brackets (宣教部 刘智颖, 某某区总工会 王五 李六), is the
# closing credit （某某区总工会 王五 李六） written without them.
_UNIT_WRITERS = re.compile(
    r"^(?P<unit>[\u4e00-\u9fff]{1,14}(?:部|处|室|办|科|组|中心|办公室|工会|总工会))"
    r"(?P<names>(?:\s+[\u4e00-\u9fff]{2,3}){1,3})\s*$"
)


def unit_writers(line: str) -> list[str] | None:
    """The writers a closing ``unit names`` line credits, else None."""
    m = _UNIT_WRITERS.match(line.strip())
    if not m:
        return None
    names = m["names"].split()
    return names if all(_is_name(n) for n in names) else None


def closing_department(paragraph: str) -> str:
    """The paragraph without a closing contributing unit."""
    return _DEPARTMENT.sub("", paragraph).rstrip()


# Rule "news lead": the dateline of a news story with its credit in parentheses:
# 本报讯（记者 张三 通讯员 李四）, 本报北京5月11日电（记者 张三）,
# 新华社北京5月19日电（张三、李四）.
_LEAD = re.compile(
    r"^[^（(，。]{0,24}?(?:讯|电|日消息)[〕】\]]?\s*[（(](?P<credit>[^）)]{2,60})[)）]"
    # 〔記者李欣芳／台北報導〕, （记者 张三） opening the text: the credit in brackets,
    # before the lead (a wire's dateline, …21日電）, is read below).
    r"|^[〔【\[（(](?![^〕】\]（()）]*日电)(?P<bracketed>[^〕】\]（()）]{0,10}记者[^〕】\]（()）]{2,40})[〕】\]）)]"
    # 【大公報訊】記者張三報道：…: the reporters after the lead, closed by 报道 and a colon.
    r"|^[〔【\[]?[^，。：:〕】\]]{1,16}讯[〕】\]]?\s*(?P<reported>(?:记者|通讯员)[^，。：:]{2,30}?)"
    r"\s*报道(?:\s*[：:]|\s)"  # 本报讯 记者张三 通讯员李四报道 …: a space may stand for the colon
)


# Rule "wire dateline with its reporter": （中央社記者溫貴香台北21日電）: the reporters'
# names run into the place the report is filed from, which takes its last two characters
# (台北, 東京, 北京: the place names such a dateline shows) when a name of two or three
# characters is left.
_WIRE_REPORTER = re.compile(
    r"^[（(]?\s*[\u4e00-\u9fff]{1,6}?社记者(?P<names>[\u4e00-\u9fff、]{4,30}?)"
    r"(?:\d{1,2}月)?\d{1,2}日电"
)
PLACE_CHARS = 2


def _wire_reporters(folded: str, paragraph: str) -> list[str]:
    m = _WIRE_REPORTER.match(folded)
    if not m:
        return []
    names = paragraph[m.start("names") : m.end("names")].split("、")
    names[-1] = names[-1][:-PLACE_CHARS]
    if not all(2 <= len(n) <= 3 for n in names):
        return []
    return names if all(_is_name(n) for n in names) else []


# Rule "reporters after the lead, set off by spaces": 本报讯 记者张三 通讯员李四 近日，…:
# the credit runs from the role after 讯 to the last space before the text's first mark.
_SPACED_LEAD = re.compile(
    r"^[〔【\[]?[^，。：:〕】\]\s]{1,16}讯[〕】\]]?\s+(?=(?:本报|特约|全媒体|见习)?(?:记者|通讯员))"
)


def _spaced_reporters(folded: str, paragraph: str) -> list[str]:
    m = _SPACED_LEAD.match(folded)
    if not m:
        return []
    words = re.split(r"[，。,：:；;]", paragraph[m.end() :], maxsplit=1)[0].split()
    credit = credit_line(" ".join(words[:-1])) if len(words) >= 2 else None
    return list(credit.authors) if credit is not None else []


def lead_credit(paragraph: str) -> list[str]:
    """Authors named in a story's lead, as the page writes them."""
    folded = fold_labels(paragraph[:200])
    m = _LEAD.match(folded)
    if not m:
        return _wire_reporters(folded, paragraph) or _spaced_reporters(folded, paragraph)
    inner = paragraph[m.start("credit") : m.end("credit")] if m["credit"] else None
    if inner is None:
        group = "bracketed" if m["bracketed"] else "reported"
        credit = credit_line(paragraph[m.start(group) : m.end(group)])
        return list(credit.authors) if credit is not None else []
    if read_credit(fold_labels(inner)) is None:
        # A bare name list in the dateline's parentheses is the writers.
        tokens = _tokens(inner)
        return tokens if tokens and all(_is_name(t) for t in tokens) else []
    credit = credit_line(inner)
    return list(credit.authors) if credit is not None else names_in(inner)


_ROLE_TAG_AFTER = re.compile(r"\s*[（(](?:实习|见习|实习生|见习编辑|实习编辑|特约|兼)[)）]")


def clean_editor(value: str | None) -> str | None:
    """``杨倩_NF4425`` → ``杨倩``; ``（责任编辑：张三、李四）`` → ``张三、李四``: every name the
    page shows, codes beside a name removed, a code alone kept."""
    if not value:
        return None
    text = value.strip()[:MAX_CREDIT_CHARS]
    if text[:1] in "(（[【［〔":
        text = text.strip(" ()（）[]【】［］〔〕")
    text = re.sub(r"^(?:责任编辑|编辑|责编|选稿)\s*[:：]?\s*", "", text).strip()
    if not text:
        return None
    # 宪瑞 人气：5380 …: the slot ends where another label starts.
    text = re.split(r"\s*\S{1,4}[:：]", text)[0] if re.search(r"[:：]", text) else text
    # 张三（实习）: a role tag after the name is no part of it (§2).
    text = _ROLE_TAG_AFTER.sub("", text)
    if re.search(r"[\u4e00-\u9fff]", text):
        parts = [clean_name(p) for p in re.split(r"[、，,;；/／]", text) if p.strip()]
        names = []
        for part in parts:
            # A Chinese name ends at the first space (a code or a word follows it).
            word = part.split(" ")[0] if re.match(r"[\u4e00-\u9fff]", part) else part
            if word and word not in names:
                names.append(word)
        return "、".join(names) or None
    return text or None
