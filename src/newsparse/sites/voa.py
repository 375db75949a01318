"""VOA Chinese (美国之音, voachinese.com).

The feed builds every post the same way, over the whole archive (July 2020 –
January 2021): a `<div><i>Thu, 20 Aug 2020 01:24:59 GMT</i></div>` header line,
the top media — an `<img>` (the lead image), or a `<video poster=…>` player,
sometimes followed by an `<audio>` clip — each with a grey
`<div><small style="color: #999;">` caption, then the story as `<p>` elements
(subheadings are `<p><strong>…</strong></p>`), `div.contentImage.floatLeft`
in-story figures with their own `<small>` caption, empty `<a href="/a/ID.html">`
leftovers of stripped related boxes, YouTube `iframe`s and the feed's
`获取更多RSS` footer. A few posts carry MS-Word paste classes
(`div.OutlineElement` > `p.Paragraph`), read like any `<p>`.

The 时事大家谈 / 焦点对话 talk shows close with promos (完整版 links, the
broadcast schedule, the `====` framed disclaimer, YouTube playlists); wire
stories close with a source note `（本文依据了路透社的报道）`; a few with a
contributor line `（美国之音记者莫雨对本报道亦有贡献）`. The feed strips the
`华盛顿 —` stamps, so posts have no dateline, and it carries no byline.
Sources: the mirror's posts of the site, 2020-07 – 2021-01 (4,156 posts).
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

HEADER_DATE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$"
)
"""`Thu, 20 Aug 2020 01:24:59 GMT`: the feed's header line above the story."""

SEPARATOR_RULE = re.compile(r"={5,}")
"""`==========================================`: the rules framing the talk shows' disclaimer,
sometimes glued to the schedule line before it."""

SHOW_DISCLAIMER = re.compile(
    r"^[（(]?[^（）()]{0,80}(?:发表的都是个人观点，|发表的评论)并不代表美国之音(?:的立场)?。?[)）]?$"
)
"""`嘉宾和观众听众发表的都是个人观点，并不代表美国之音。`,
`(美国之音进行一系列采访，…被采访人所发表的评论并不代表美国之音的立场。)`."""

BROADCAST_SCHEDULE = re.compile(r"^\S{2,12}每星期.{1,24}播出，(?:敬请|欢迎按时)收看。?$")
"""`时事大家谈每星期一到四，星期六北京时间晚上九点播出，敬请收看。`,
`焦点对话每星期五北京时间晚间九点播出，欢迎按时收看。`"""

SHOW_PROMO = re.compile(
    r"^(?:(?:本期|\d{1,2}月\d{1,2}日)?《?(?:时事大家谈|焦点对话)》?"
    r"(?:本集全部内容请看：.*|完整(?:版|讨论)(?:：.*)?)"
    r"|更多精彩内容，请收看《[^》]{2,12}》完整节目视频。?"
    r"|《[^》]{2,12}》YouTube播放列表：.*|YouTube视频：.*)[\u200b\s]*$"
)
"""`10月10日时事大家谈完整版`, `本期时事大家谈完整版：拜登会延续特朗普的对华政策吗？`,
`时事大家谈本集全部内容请看：山西祖屋…`, `《时事大家谈》YouTube播放列表：http://bit.ly/VOAIO-youtube`,
`YouTube视频：`: the talk shows' links to the full programme."""

SOURCE_NOTE = re.compile(
    r"(?:^|(?<=[。！？”」]))(?:[（(][^（）()]{0,16}"
    r"(?:依据|参考|采用|采纳|根据|引用|包括|包含|基于|来源|源自|来自)"
    r"[^（）()]{0,12}(?:路透|美联|法新|广播公司|美国之音)[^（）()]{0,14}[)）]。?"
    r"|(?:本文|本报道)(?:依据|参考|采用|根据)了?(?:路透|美联|法新)社?的?报道。?"
    r"|美国之音[，\s]?(?:电视)?(?:报道|新闻)(?:报道)?。?)$"
)
"""`（本文依据了路透社的报道）`, `(本文参考了美联社的报道。)`, `…意向。（此文部分内容依据了路透社的报道）`,
`本文根据法新社报道。`, `美国之音电视报道。`: the sources a story draws on, closing it."""

CONTRIBUTOR_LINE = re.compile(
    r"(?:^|(?<=[。！？”」]))[（(]?美国之音(?:[^（）()]{0,40}(?:记者|语组))?"
    r"(?P<names>[\u4e00-\u9fff·]{2,10}(?:、[\u4e00-\u9fff·]{2,10})*)(?:\s*[（(][A-Za-z .]+[)）])?"
    r"对(?:本|此)篇?(?:报道|文)[亦也]?有(?P<role>贡献|奉献)。?[)）]?$"
)
"""`（美国之音记者莫雨、吉尔对本文也有贡献。）`, `（美国之音驻国务院记者张蓉湘对此文有贡献）`,
`美国之音亚美尼亚语组阿维迪斯杨对本报道亦有贡献。`: reporters who contributed to the story."""

HOST_LINE = re.compile(r"^(?P<names>(?P<role>主持人)：[\u4e00-\u9fff·]{2,8})$")
"""`主持人：叶凡`: the talk show's host, above the story."""

PHOTO_CREDIT = re.compile(
    r"[（(](?![\d年月日\s,，]*(?:资料|合成)?(?:照片?|图片?)\s*[)）])"
    r"(?P<credit>[^（）()]*(?:摄|拍攝|提供|来源|來源|来自|取自|源自|照片|图片|截图|截屏"
    r"|路透|美联|法新|美国之音|美國之音|网站|推特|脸书|海军)[^（）()]*?)\s*[)）]\s*$"
)
"""`（美国之音张永泰摄）`, `(美国之音/汤惠芸)`, `（路透社2020年7月20日）`, `（照片来源：台湾总统府网站）`;
not a bare photo date `（2018年10月23日）` nor `（资料照）`, which stay in the caption."""

BLOCK_RULES = (
    BlockRule("content-image", "div.contentImage", Role.FIGURE),
    BlockRule("grey-caption", "div:has(> small)", Role.CAPTION),
)

TEXT_RULES = (
    TextRule("header-date", HEADER_DATE, Role.DROPPED, Reason.HEADER),
    TextRule("separator", SEPARATOR_RULE, Role.DROPPED, Reason.BOILERPLATE, cut=Cut.SPAN),
    TextRule("show-disclaimer", SHOW_DISCLAIMER, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("schedule", BROADCAST_SCHEDULE, Role.DROPPED, Reason.PROMO),
    TextRule("show-promo", SHOW_PROMO, Role.DROPPED, Reason.PROMO),
    TextRule("source-note", SOURCE_NOTE, Role.CREDIT, cut=Cut.TAIL),
    TextRule("contributors", CONTRIBUTOR_LINE, Role.CREDIT, cut=Cut.TAIL),
    TextRule("host", HOST_LINE, Role.CREDIT),
)

PROFILE = SiteProfile(
    id="voa",
    name="VOA Chinese (美国之音)",
    tags=("美国之音",),
    hosts=("www.voachinese.com", "voachinese.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector="small",
    credit_patterns=(PHOTO_CREDIT,),
    editor_patterns=(HOST_LINE, CONTRIBUTOR_LINE),
    boilerplate_markers=(
        "播出，敬请收看",
        "欢迎按时收看",
        "并不代表美国之音",
        "YouTube播放列表",
        "===",
    ),
)
