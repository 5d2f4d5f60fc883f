"""Table tests of the furniture and closing-line rules (conventions §1 and §3)."""

import pytest

from unionnews.extraction.closing import (
    closing_kind,
    edition_paper,
    furniture_kind,
    strip_glued_tail,
)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("原标题：某某市总工会启动职工技能大赛", "original_title"),
        ("（原标题：某某市总工会启动职工技能大赛）", "original_title"),
        ("本文原标题：《定了！某某港即将开通！》", "original_title"),
        ("（原题为《是“收割韭菜”还是“回归理性”》）", "original_title"),
        ("【1】【2】【3】【4】", "pagination"),
        ("上一页 1 2 3 下一页", "pagination"),
        ("共3页", "pagination"),
        ("第1页/共2页<<上一页|下一页>>", "pagination"),
        ("<<上一页|下一页>>", "pagination"),
        ("点击进入“文艺星青年”>>", "promotion"),
        ("点击进入专题：", "promotion"),
        ("返回某某网首页>>", "promotion"),
        ("返回搜狐，查看更多", "promotion"),
        ("下载某某客户端", "promotion"),
        ("扫码关注某某公众号", "promotion"),
        ("+1", "widget"),
        ("点赞", "widget"),
        ("在看", "widget"),
        ("【纠错】", "widget"),
        ("阅读原文", "widget"),
        ("字号：大 中 小", "widget"),
        ("分享到：微信 微博 QQ空间", "widget"),
        ("A- A+", "widget"),
        ("查看原文", "widget"),
        ("扫一扫在手机打开当前页", "promotion"),
        ("欢迎关注某某工会微信公众号", "promotion"),
        ("关注“某某工会”微信公众号，获取更多职工服务信息", "promotion"),
        ("关注某某工会公众号了解更多", "promotion"),
        ("更多精彩内容，请关注某某公众号。", "promotion"),
        ("点击“阅读原文”，了解更多。", "promotion"),
        ("觉得不错，请点个“在看”", "promotion"),
        ("看更多！", "promotion"),
        ("更多新聞請看：某某新聞網", "promotion"),
        ("ID：mmgc2024", "promotion"),
        ("点击上方蓝字关注我们", "promotion"),
        ("點我加入某某新聞LINE好友", "promotion"),
        ("►點我訂閱某某YouTube頻道", "promotion"),
        ("放大 缩小 默认", "widget"),
        # a row of widgets, a view counter (§1 info line, §3 widgets)
        ("【字号：大 中 小】", "widget"),
        ("字体：【大】【中】【小】", "widget"),
        ("字号：T|T", "widget"),
        ("打印 | 关闭", "widget"),
        ("【打印本页】【关闭窗口】", "widget"),
        ("收藏本页 加入收藏", "widget"),
        ("点赞 收藏 分享", "widget"),
        ("赞(0)", "widget"),
        ("返回顶部", "widget"),
        ("微信扫一扫", "widget"),
        ("点击播放", "widget"),
        ("分享：", "widget"),
        ("分享到", "widget"),
        ("打印 | 分享到：微信 微博", "widget"),
        ("浏览次数：123", "widget"),
        ("点击量：1.2万", "widget"),
        ("阅读：123", "widget"),
        ("浏览次数：", "widget"),  # filled in by a script
        ("关注我们", "promotion"),
        ("欢迎转发分享，让更多职工朋友看到！", "promotion"),
        ("关注公众号,随时阅读某某工人报", "promotion"),
        ("您当前的位置:首页 > 文化 > 文学", "breadcrumb"),
        ("当前位置：首页 > 工会动态", "breadcrumb"),
        ("首页 > 工会动态 > 正文", "breadcrumb"),
        ("首页 - 新闻动态", "breadcrumb"),
        ("不良信息举报电话:某某网(029-12345678)", "report_line"),
        ("违法和不良信息举报电话：010-12345678", "report_line"),
        ("第8686期:第01版 首版", "edition_label"),
        ("原文标题：某某工会开展活动", "original_title"),
        ("点个“在看”，让更多人看到", "promotion"),
        ("点击下方“阅读原文”查看更多", "promotion"),
        ("更多精彩，请下载某某APP", "promotion"),
        ("打开某某APP，阅读更多精彩内容", "promotion"),
        ("本报评论员", "signature_line"),
        ("某某日报特约评论员", "signature_line"),
        ("【放大】【缩小】", "widget"),
        ("00001版:一版要闻", "edition_label"),
        ("第02版：工会", "edition_label"),
        ("视频加载中…", "player"),
        ("您的浏览器不支持video标签。", "player"),
        ("收听本文", "player"),
        ("00:00 / 03:15", "player"),
        ("本文约3000字，阅读需要8分钟", "reading_time"),
        ("阅读本文大约需要5分钟", "reading_time"),
        ("分享让更多人看到", "promotion"),
        ("（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）", "adoption"),
    ],
)
def test_furniture(line, kind):
    assert furniture_kind(line) == kind
    assert closing_kind(line) == kind


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("《某某日报》（2024年05月10日 04版）", "print_edition"),
        ("《 某某日报 》（ 2024年05月10日 04 版）", "print_edition"),
        ("（来源：某某日报 2024年5月10日 第3版）", "print_edition"),
        ("(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "provenance"),
        ("（本文来源：某某日报 作者：张三）", "provenance"),
        ("来源：某某日报", "provenance"),
        ("（资料来源：参考消息、海外网等）", "provenance"),
        ("图片来源：某某网", "provenance"),
        ("图片均来自网络", "provenance"),
        ("（综合整理自澎湃新闻、智东西等）", "provenance"),
        ("供稿：某某区总工会", "provenance"),  # a contributing unit
        ("（某某县发改局供稿）", "provenance"),
        ("原文链接：http://www.example.cn/a/1.html", "provenance"),
        ("欢迎投稿：tougao@example.cn", "standing_notice"),
        ("举报邮箱：jubao@example.cn", "standing_notice"),
        ("某某网专稿，未经书面授权请勿转载", "rights"),
        ("未经授权，不得转载", "rights"),
        ("转载请注明出处：某某网", "rights"),
        ("版权声明：本文版权归某某所有", "rights"),
        ("免责声明：本文仅代表作者观点", "rights"),
        ("本文为某某号原创", "rights"),
        ("图片来自网络，如有侵权，请联系删除", "provenance"),  # a note on where images are from
        ("- THE END -", "rights"),
        ("- END -", "rights"),
        ("（本文为某某工会原创，如需转载请联系）", "rights"),
        ("喜欢这篇文章？去App商店搜某某新闻，看更多精彩内容", "standing_notice"),
        ("进入【上证指数股吧】讨论", "standing_notice"),
        ("感谢某某研究院为本文提供的帮助", "standing_notice"),
        ("（本文首发于某某公众号）", "standing_notice"),
        ("自殺防治諮詢安心專線：0800-788995（24小時）", "standing_notice"),
        ("职工维权热线：12351", "standing_notice"),
        ("生命線：1995", "standing_notice"),
        ("本文經授權轉載自某某週刊", "provenance"),
        ("郑重声明：某某网发布此信息的目的在于传播更多信息，与本站立场无关。", "rights"),
        ("（本文由某某新闻授權轉載）", "provenance"),
        ("原文出處：某某週刊", "provenance"),
        ("（自由時報）", "provenance"),
        ("（ETtoday新聞雲）", "provenance"),
        ("（中央社）", "provenance"),
        ("心理援助热线12355", "standing_notice"),
        ("★中時電子報關心您：再給自己一次機會", "standing_notice"),
        ("珍惜生命，若需諮詢或協助，請撥打安心專線1925（24小時）", "standing_notice"),
        ("●《某某新闻云》提醒您，请给自己机会：", "standing_notice"),
        ("\uff0a饮酒过量，有害健康/未成年请勿饮酒\uff0a", "standing_notice"),
        ("总监制：张三 监制：李四 审读：王五", "production"),
        ("统筹丨张三", "production"),
        ("（经济日报评论员）", "signature"),
        ("作者简介：张三，某某大学教授。", "writer_note"),
        ("作者单位：某某大学", "writer_note"),
        ("-end-", "rights"),
        ("本文仅代表作者观点，不代表本站立场", "rights"),
        ("风险提示：市场有风险，投资需谨慎。", "rights"),
        ("文章内容仅供参考，不构成投资建议。", "rights"),
        ("（央视新闻客户端）", "provenance"),
        ("（星島日報報道）", "provenance"),  # the outlet's own report
        ("（本报综合）", "provenance"),
        # a self-media post's closing calls and notes (§3 promotion, rights)
        ("本文由某某原创，欢迎关注，带你一起长知识！", "rights"),
        ("本文内容来源于网络，如有侵权请联系删除。", "rights"),
        ("版权归原作者所有，如有侵权请联系删除。", "rights"),
        ("对此，你怎么看？欢迎留言。", "call_to_action"),
        ("你怎么看？欢迎在评论区留言讨论。", "call_to_action"),
        ("如果你喜欢这篇文章，请点赞转发。", "call_to_action"),
        ("喜欢的朋友请点个关注吧！", "call_to_action"),
        ("想了解更多精彩内容，快来关注某某工会", "call_to_action"),
        ("更多精彩内容请关注某某工会微信公众号", "call_to_action"),
        ("以上就是今天的全部内容，感谢阅读。", "call_to_action"),
        ("感谢阅读", "call_to_action"),
        ("点击关注，第一时间了解更多资讯", "call_to_action"),
        ("注：本文图片来源于网络", "picture_note"),
        ("网友评论仅供其表达个人看法，并不表明某某网同意其观点或证实其描述。", "rights"),
        ("本网站所刊载信息，不代表本站观点。", "rights"),
        ("本文系转载，不代表本网观点。", "rights"),
        ("如涉及版权问题请联系本网。", "rights"),
        ("（本报评论员）", "signature"),
        ("【2024-05-13】", "date_stamp"),
        ("[ 2024-05-13 10:00:00 ] [ 打印 ] [ 关闭 ]", "date_stamp"),
        ("（发布日期：2024年5月13日）", "date_stamp"),
        # where the text was printed or taken from (§3 provenance notes)
        ("（原载《某某日报》）", "provenance"),
        ("原文刊于《某某杂志》2024年第3期。", "provenance"),
        ("本文原载于《某某日报》2024年3月5日第5版", "print_edition"),
        ("选自《某某文集》，某某出版社2024年版。", "provenance"),
        ("摘自《某某日报》", "provenance"),
        ("本文经某某授权发布。", "provenance"),
        ("内容来自某某客户端", "provenance"),
        ("本文整理自某某日报", "provenance"),
        ("【转自某某日报】", "provenance"),
        ("本文根据某某日报报道整理", "provenance"),
        ("（以上内容综合自某某日报、某某网）", "provenance"),
        ("据某某日报报道", "provenance"),
        ("某某区总工会 供稿", "provenance"),
        ("本文首发：某某财经", "standing_notice"),
        ("原文首发于某某日报", "standing_notice"),
        ("举报电话：12351", "standing_notice"),
        ("欢迎转载，请注明出处。", "rights"),
        ("转载须注明出处", "rights"),
        ("转载或引用请注明出处。", "rights"),
        ("转载请联系作者并注明出处。", "rights"),
        ("歡迎轉載，請註明出處。", "rights"),  # in traditional characters
        ("舉報電話：12351", "standing_notice"),
        ("欢迎个人转发朋友圈，其他机构或自媒体如需转载，请后台留言申请授权。", "rights"),
        ("资料出处：某某研究院", "provenance"),
    ],
)
def test_closing(line, kind):
    assert closing_kind(line) == kind
    assert furniture_kind(line) is None  # only after the last paragraph


@pytest.mark.parametrize(
    "line",
    [
        "（完）",  # ends the text and stays
        "（应受访者要求，文中人物为化名。）",  # the article's own note
        "来自全国各地的100名劳模代表参加了活动。",  # a sentence of the article
        "据统计，全市已有三百余名职工参加培训。",
        "据某某日报报道，全市职工运动会昨日开幕。",  # the lead retelling a report
        "摘自《工人日报》的这篇评论指出，职工权益保障还需加强。",
        "选自己喜欢的项目参加比赛。",
        "首发式在市职工文化宫举行。",
        "转自他人的经验，值得借鉴。",
        "职工转载、分享这篇文章的热情很高，纷纷表示受益匪浅。",
        "如需转岗培训，可向所在单位工会申请。",
        "原题目中的数字有误，编辑部已更正。",
        "点击率逐年上升，说明职工关注度提高。",
        "2024年5月10日，某某市总工会召开全委会议。",  # a sentence opening with a date
        "共青团某某市委参加活动",  # 共 is not 共N页
        "第2页共有三个车间的名单。",  # 第N页 in a sentence
        "下一页将介绍各地经验。",
        "收藏家王某展示了他的作品，吸引了众多职工前来观看。",
        "某某日报社记者近日走访了多家企业。",
        # Rows the standing-notice, production and signature rules must not take:
        "喜欢这篇文章的读者很多，他们纷纷留言，表达了对劳模的敬意，也分享了自己在岗位上的故事和体会。"
        "有的职工说，这样的报道让他们更有干劲。",  # a long sentence of the article
        "感谢党和政府的关怀，让我们职工有了更好的工作环境。",  # a quote, not an acknowledgement
        "策划这次活动的是市总工会女职工委员会。",  # 策划 opening a sentence, no colon
        "（记者从市总工会获悉）",  # a parenthesis that is not a signature
        "本文首发的数据引起了广泛关注。",
        "市总工会开通维权热线后，已接到职工来电1200余次。",  # a sentence about a hotline
        "他提醒记者，要注意安全。",  # 提醒 someone else, inside a sentence
        "生命线工程建设已完成投资1.2亿元。",  # a lifeline project, no helpline number
        "工会组织关心职工生活，为他们解决实际困难。",  # 关心 in a sentence
        "他说，大家要珍惜生命中的每一次机会。",  # 珍惜生命 inside a sentence
        "（详见附件）",  # a note of the article's own
        "本文经过多次修改，最终定稿。",  # 本文经 without a reprint
        "他郑重声明，将依法维护职工的合法权益。",  # 郑重声明 inside a sentence
        "放大职工技能大赛的示范效应。",  # 放大 in a sentence
        "第2版共刊登了三篇职工来稿。",  # an edition inside a sentence
        "原文件已下发各基层工会。",  # 原文 without 出处
        "点我国职工技能水平进一步提高。",  # not 点我 as a click
        "\uff0a",  # a star alone
        # Rows the contributing-unit and share rules must not take:
        "各基层工会供稿踊跃，共收到稿件三百余篇。",
        "分享经验，共同提高。",
        "阅读原文件后，他提出了修改意见。",
        # Rows the player, reading-time and follow rules must not take:
        "关注职工需求，提升服务水平。",
        "关注职工在公众号的留言，及时回应职工诉求。",
        "关注公众号的职工越来越多，获取更多服务的渠道也更畅通了，职工们纷纷点赞。",
        "本文约有三千字，是他在会上的发言。",
        "加载中心的职工正在作业。",
        "10:00，比赛正式开始。",
        "分享到朋友圈的照片引来点赞。",  # 分享到 in a sentence, no colon
        # Rows the invitation rules must not take: sentences of the article.
        "欢迎关注职工权益的各界人士积极参与，共同推动劳动关系和谐发展，为职工群众办好事实事。",
        "更多职工关注的是工资收入和社会保障问题。",
        "看更多的书，走更远的路，是他对青年职工的寄语。",
        "ID卡制度在企业中广泛推行。",
        "扫一扫二维码就能入会，职工办事更方便了。",
        "职工可发送邮件至tougao@example.cn参与征文活动。",
        "【2024-05-13，职工运动会开幕】",  # a date inside words in brackets
        # Rows the widget-row, counter, follow, breadcrumb and report rules must not take:
        "打印机",
        "评论员",
        "默认设置",
        "大中小企业",
        "收藏家",
        "阅读量突破10万",  # a counter's word in a sentence, no colon
        "阅读：鲁迅作品",  # a value that is no count
        "分享到朋友圈的照片引来点赞",
        "关注我们身边的劳模",
        "关注公众号的职工越来越多。",
        "当前位置不便透露，他说。",
        "首页上线了职工服务专区。",
        "首页-专题页面改版上线，职工办事更方便了。",
        "市总工会公布举报电话：12351。",
        "第8686期刊物已经印发。",
        # Rows the disclaimer, writer-note, signature and follow rules must not take:
        "这不构成投资建议的理由",
        "本文代表了一种新思路。",
        "作者系统梳理了劳模精神的内涵。",
        "作者简介中提到，他曾在工厂工作十年。",
        "endless",
        "他是一名评论员",
        "更多职工，请到现场参加。",
        "欢迎分享经验的职工报名参加。",
        # Rows the closing calls and notes must not take: sentences of the article
        "大家怎么看待这个问题，我们下期再谈。",
        "欢迎职工留言提出建议，工会将认真研究。",
        "喜欢读书的职工越来越多，他们在书香中成长。",
        "以上就是工会工作的主要内容，下一步将继续推进。",
        "图片来源于现场拍摄的一组照片，记录了职工们的风采。",
        "他说：“你怎么看？我觉得可以。”",
        "如有侵权的情况，工会将依法维权。",
        "这些做法并不代表本网的立场吗？他问。",
        "网友评论说，这项措施很好。",
        "（该报道引起关注）",
    ],
)
def test_not_furniture(line):
    assert closing_kind(line) is None
    assert furniture_kind(line) is None


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("需求量会越来越大。（原题为《是“收割韭菜”还是“回归理性”》）", "需求量会越来越大。"),
        ("加强监督检查。(本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP)", "加强监督检查。"),
        ("某某（来源：某某）", "某某（来源：某某）"),  # not after a sentence
        ("量化宽松。（完）", "量化宽松。（完）"),
    ],
)
def test_strip_glued_tail(paragraph, expected):
    assert strip_glued_tail(paragraph) == expected


# The paper a closing print-edition line names. Rows that must not match: a headline with
# its date, a date stamp, an edition line naming no paper.
@pytest.mark.parametrize(
    ("line", "paper"),
    [
        ("《人民日报》（2024年05月10日 04版）", "《人民日报》"),
        ("《人民日报》 (2005-01-14 第二版)", "《人民日报》"),
        ("《 某某日报 》（ 2024年05月10日 04 版）", "《 某某日报 》"),
        ("（来源：某某日报 2024年5月10日 第3版）", "某某日报"),
        ("某某会议召开2024-05-10", None),
        ("【2024-05-13】", None),
        ("2024年05月10日 04版", None),
    ],
)
def test_edition_paper(line, paper):
    assert edition_paper(line) == paper


# The outlet a provenance note names, when no 来源 is labelled (ranked after a news lead's
# outlet). Rows that must not match: a sentence of the text, a note on data or pictures.
@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）", "澎湃新闻"),
        ("本文来自扬眼，更多精彩请下载扬眼APP", "扬眼"),
        ("【转自某某日报】", "某某日报"),
        ("原载《某某日报》", "某某日报"),
        ("据某某日报报道", "某某日报"),
        ("本文整理自某某日报", "某某日报"),
        ("本文经授权转载自微信公众号扬眼（ID：yangyan）", "扬眼"),
        ("据统计，全市已有三百余名职工参加培训。", None),
        ("选自《某某文集》，某某出版社2024年版。", None),  # a book, not an outlet
        ("摘自《某某杂志》2024年第3期", "某某杂志"),
        ("（资料来源：某市统计局）", None),
        ("图片来源：视觉中国", None),
        # whose own work the text is, or who let it be reprinted; rows that must not
        # match: a sentence about an original work, a rights note naming nobody
        ("本文为扬眼原创，未经授权禁止转载。", "扬眼"),
        ("（本文系某某日报独家稿件）", "某某日报"),
        ("本文由某某日报授权转载", "某某日报"),
        ("以上内容来自某某日报", "某某日报"),
        ("本文为原创，未经授权禁止转载。", None),
        ("本文讲述了某某原创歌曲的创作过程，值得一读。", None),
    ],
)
def test_provenance_outlet(line, outlet):
    from unionnews.extraction.closing import provenance_outlet

    assert provenance_outlet(line) == outlet


def test_a_news_leads_outlet_before_a_provenance_note():
    from unionnews.extract import extract_page

    para = (
        "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"
    )
    note = "（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）"

    def source(first: str) -> str | None:
        html = (
            "<html><head><title>某某市总工会推出十大措施</title></head><body>"
            "<h1>某某市总工会推出十大措施</h1><div>2024-03-05 10:20</div>"
            f"<div><p>{first}{para}</p><p>{para}</p><p>{note}</p></div></body></html>"
        )
        record = extract_page(html.encode(), "http://www.example.com/a/1.html")
        assert record is not None
        return record["source"]

    assert source("新华社北京3月5日电 ") == "新华社"
    assert source("") == "澎湃新闻"


# A closing note saying the text is compiled from several outlets (§5: 综合 names no single
# outlet). Rows that must not match: one outlet, a 来源 label, a unit called 综合, a
# sentence of the text, an unbracketed line.
@pytest.mark.parametrize(
    ("line", "compiled"),
    [
        ("（综合整理自澎湃新闻、智东西、雷锋网等）", True),
        ("(综合整理自澎湃新闻、智东西、雷锋网等)", True),
        ("（本报综合）", True),
        ("（综合自新华社、中新社）", True),
        ("（综合新华社、中新社报道）", True),
        ("（据新华社、人民网综合报道）", True),
        ("（据新华社报道）", False),
        ("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）", False),
        ("（来源：综合）", False),
        ("（综合处 张三）", False),
        ("（综合新闻部供稿）", False),
        ("（综合办公室）", False),
        ("综合来看，今年全市职工技能竞赛的参赛人数明显增加。", False),
        ("综合整理自澎湃新闻、智东西等", False),
    ],
)
def test_compiled_note(line, compiled):
    from unionnews.extraction.closing import compiled_note

    assert compiled_note(line) is compiled


def test_a_text_compiled_from_several_outlets_has_no_source():
    from unionnews.extract import extract_page

    para = (
        "某某市总工会近日推出十大措施，从强化基层基础、劳动竞赛、技能培训等方面入手，为职工办实事。"
    )

    def source(note: str) -> str | None:
        html = (
            "<html><head><title>某某市总工会推出十大措施_某某职工网</title></head><body>"
            "<h1>某某市总工会推出十大措施</h1><div>2024-03-05 10:20</div>"
            f"<div><p>{para}</p><p>{para}</p><p>{note}</p></div>"
            "<div>版权所有：某某职工网</div></body></html>"
        )
        record = extract_page(html.encode(), "http://www.example.com/a/1.html")
        assert record is not None
        assert note not in record["body"]
        return record["source"]

    assert source("（综合整理自澎湃新闻、某某网等）") is None
    assert source("（本文来自澎湃新闻，更多原创资讯请下载“澎湃新闻”APP）") == "澎湃新闻"
    assert source("（本报记者 张三）") == "某某职工网"  # a page naming no outlet is its own


# The 来源 of a provenance note glued to the last paragraph. Rows that must not match: a
# note on the data (资料来源), a note with no sentence before it, a place in brackets.
@pytest.mark.parametrize(
    ("paragraph", "value"),
    [
        ("全市职工参赛。（来源：某某日报）", "某某日报"),
        ("全市职工参赛。(本文来源: 某某网)", "某某网"),
        ("全市职工参赛。（资料来源：某市统计局）", None),
        ("全市职工参赛（来源：某某日报）", None),
        ("全市职工参赛。（北京）", None),
    ],
)
def test_glued_source(paragraph, value):
    from unionnews.extraction.closing import glued_source

    assert glued_source(paragraph) == value
