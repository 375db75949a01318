"""The generic layer: what newsparse knows of news markup without knowing the site.

Every post is read with these rules: a post from a site with no profile with
them alone, a profiled site's post with its profile's rules first and these
under them (`SiteProfile.layered_on`). They come from HTML semantics
(`<figure>`, `<address>`, `<aside>`, `<nav>`, comment sections) and from lines
that read the same across the Chinese- and English-language sites of the
corpus: editor and credit lines, copyright notices, related-article headers,
feed footers, date-only header lines, agency datelines. Sources: the posts of
the mirror 2020–2023, every site; `tests/pattern_examples/generic.json` holds a
real-looking example of each pattern.
"""

from __future__ import annotations

import re

from .common import (
    AGENCY_DATELINE,
    SHARED_BLOCK_RULES,
    SHARED_MARKERS,
    SHARED_TEXT_RULES,
)
from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

# Building blocks of the patterns below (plain strings, compiled only inside them).
_CJK = "\u4e00-\u9fff"
EDITOR_ROLE_WORDS = (
    "责任编辑", "責任編輯", "责编", "責編", "网编", "網編", "编辑", "編輯", "编译", "編譯", "审校",
    "審校", "审稿", "審稿", "核稿", "校对", "校對", "翻译", "翻譯", "译者", "譯者", "发稿", "發稿",
    "实习编译", "實習編譯", "监制", "監製", "策划", "策劃", "摄影", "攝影", "剪辑", "剪輯", "采访",
    "採訪", "採访", "采訪", "制作", "製作",
)  # fmt: skip
"""The roles an editor or credit line names (`採访` as written in mixed-script lines too)."""
ROLE_MEDIA = ("视频", "視頻", "图片", "圖片", "文字")
"""`视频制作`: a role for one medium."""
_EDITOR_ROLES = "|".join(EDITOR_ROLE_WORDS)
_BYLINE_ROLES = r"记者|記者|作者|撰文|撰稿|文|By|BY|by"
_ROLE_LIST = rf"(?:{'|'.join(ROLE_MEDIA)})?(?:{_EDITOR_ROLES})(?:[、和](?:{_EDITOR_ROLES}))*"
"""`采访、摄影、剪辑`: several roles one person took; `视频制作`: a role for one medium."""
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*,?"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
_ZONE = r"(?:\s*(?:Z|GMT|UTC|HKT|CST|EST|EDT|[+-]\d{2}:?\d{2}))?"

DATE_ONLY_LINE = re.compile(
    r"^(?:(?:更新|發布|发布|发表|發表|Published|Updated|Posted)(?:时间|時間|于|於|on)?\s*[:：]?\s*)?(?:"
    rf"\d{{4}}-\d{{2}}-\d{{2}}(?:[T ]{_CLOCK})?{_ZONE}"
    rf"|\d{{1,2}}/\d{{1,2}}/\d{{4}}(?:\s*-?\s*{_CLOCK})?"
    rf"|(?:{_WEEKDAY}\s+)?\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?:\s+{_CLOCK})?{_ZONE}"
    rf"|(?:{_WEEKDAY}\s+)?{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:·\s*)?\d{{4}}(?:\s+{_CLOCK})?"
    rf"|\d{{4}}年\d{{1,2}}月\d{{1,2}}日(?:\s*(?:星期|週|周)[一二三四五六日天])?(?:\s*{_CLOCK})?"
    r"|\d+\s*(?:秒|分钟|分鐘|小时|小時|天)前"
    r")\s*$"
)
"""A header line holding only a date or time: `2020-08-14T03:30:43`, `Thu, 20 Aug 2020 01:24:59 GMT`,
`08/09/2020 - 11:37`, `Sep 26th 2020`, `Jul 11 · 2019`, `2020年8月14日 星期五`, `39 分钟前`."""

COPYRIGHT_LINE = re.compile(
    r"^\s*(?:©|Copyright\b|版权声明|版權聲明|版权说明|版權說明|版权所有|版權所有|[（(]?版权归|[（(]?版權歸)"
    r"|版权归\S{1,12}所有|版權歸\S{1,12}所有"
    r"|(?:版权所有|版權所有|All rights reserved\.?|未经授权不得转载|未經授權不得轉載)[。.）)]*\s*$",
    re.IGNORECASE,
)
"""`© 2020年德国之声版权声明：本文所有内容受到著作权法保护…`, `版权声明：本文版权归日经中文网所有`,
`…这些作品版权归原作者所有。…`,
`Copyright © 2023 Example Media. All rights reserved.`"""

COPYRIGHT_NEEDLES = (
    "©", "版权", "版權", "Copyright", "copyright", "COPYRIGHT", "rights reserved",
    "Rights Reserved", "未经授权", "未經授權",
)  # fmt: skip

FEED_FOOTER_LINE = re.compile(
    r"^(?:The post .+ (?:first )?appeared (?:first )?on .+"
    r"|Post tags:.*|Feed enhanced by .*|.*\|\s*Permalink\s*\|.*|.*Permalink \|.*comments?.*"
    r"|Posted by .+ on (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, \w+ \d{1,2}, \d{4})$"
)
"""What blog feeds and embedded posts leave behind: `The post X first appeared on Bitter Winter.`,
`Post tags: 中美关系, 外交`, `Feed enhanced by Better Feed from Ozh`, `Posted by X on Monday, July 27, 2020`."""

END_MARK_LINE = re.compile(
    r"^(?:[（(](?:完|全文完|待续|待續|未完待续)[)）]|[#＃■□]|-{2,}\s*完\s*-{2,}|END|[~～.\s]*Fin[~～.\s]*)$"
)
"""A line that only ends the story: `（完）`, `(完)`, `#`, `■`, `~. Fin .~`."""

END_MARK_TAIL = re.compile(r"(?<=[。！？」”.!?）)])\s*(?:[（(](?:完|全文完)[)）]|[#＃■])$")
"""The same mark closing the last paragraph: `…可能受限。(完)`, `…视频。#`, `…in a decade. ■`."""

EDITOR_IN_PARENTHESES = re.compile(
    rf"[（(](?P<names>{_ROLE_LIST}\s*[：:][^（）()]*)[）)]\s*(?P<code>\d{{7}})?\s*$"
)
"""`（編輯：周慧盈/唐佩君）1110915`, `（譯者：張正芊/核稿：劉學源）1091129`, `（责任编辑：王五）`."""

_CREDIT_SEGMENT = r"\s*[：:/／|｜ ]\s*[^。！？!?：:#＃]{1,60}?"
CREDIT_LINE = re.compile(
    rf"^(?P<names>(?:{_ROLE_LIST}{_CREDIT_SEGMENT}|(?:{_BYLINE_ROLES}){_CREDIT_SEGMENT}"
    rf"(?=[\s;；,，|｜/]+(?:{_EDITOR_ROLES})))"
    rf"(?:[\s;；,，|｜/]+(?:{_EDITOR_ROLES}){_CREDIT_SEGMENT})*)\s*[#＃]?$"
)
"""A line of roles and names: `责任编辑：韩玉`, `编译 戴素萍/汪红英;审校 陈宗琦`, `发稿 张金栋；审校 吴云凌`,
`记者：吕熙 刘少风 责编：胡力汉 嘉远 网编：瑞哲`, `译者/何黎`, `翻译：Cindy Hao`."""

SIGNATURE_LINE = re.compile(
    rf"^(?P<names>[{_CJK}·]{{2,6}}(?:\s*[/／]\s*[{_CJK}·]{{2,6}})+)\s*"
    r"[（(][^（）()]{0,30}(?:社|通讯|通訊|新闻|新聞|电视|電視|Reuters|AFP|AP|dpa)[^（）()]{0,30}[）)]$"
)
"""`凝炼/叶宣（德新社、路透社）`: writer and editor, then the agencies the story draws on."""

REPORTER_LINE = re.compile(
    rf"^(?:[{_CJK}]{{2,10}}?)?(?:特約|特约|駐[{_CJK}]{{1,4}})?(?:記者|记者)"
    rf"(?:\s+(?P<names>[{_CJK}·]{{2,6}}(?:[、 ][{_CJK}·]{{2,6}})*)"
    rf"|\s*(?P<who_where>[{_CJK}、 ]{{2,20}}?)(?:採訪)?(?:報導|报导|報道|报道))$"
)
"""A reporter's line: `寒冬記者 江濤`, `自由亚洲电台记者郑崇生华盛顿报导`."""

REPORTER_FROM_LINE = re.compile(
    rf"^[{_CJK}A-Za-z]{{0,12}}(?:記者|记者)(?P<names>[{_CJK}·]{{2,6}})(?:从|從|在|自)"
    rf"[{_CJK}、，, ]{{2,20}}(?:发回|發回)(?:报道|報導)。?$"
)
"""`BBC中文驻北美记者冯兆音从纽约、华盛顿发回报道。`: who reported, and from where."""

BYLINE_LINE = re.compile(
    r"^(?:(?:记者|記者|作者|撰文|撰稿|文)\s*[：:/／|｜]|(?:记者|記者|作者)\s|[Bb][Yy]\s)"
    r"\s*(?P<names>[^\s。！？!?：:，,][^。！？!?：:]{0,40})$"
)
"""A byline of its own: `文/张三`, `作者：李四`, `By Jane Doe`."""

SIGNATURE_DASH = re.compile(
    rf"^[—–]{{1,2}}\s*(?:[{_CJK}]{{1,8}}\s+)?(?P<names>[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){{0,2}}|[{_CJK}·]{{2,4}})$"
)
"""`——苏州人 Grace`, `——张三`: the writer signing off (an epigraph's `——鲁迅《呐喊》` names a work)."""

EMBED_TITLE = re.compile(r"^(?:视频|視頻|影片|Video|VIDEO)\s*[：:]")
"""`視頻：殊緣寺被拆除`: the title over an embedded video (dropped when a player follows)."""

REPORTER_CUE = re.compile(
    r"#(?:請聽)?(?:以下(?:專題)?報導|(?P<title>央廣記者|央廣|記者)?(?P<names>[^#\s]{2,12}?)"
    r"(?:的)?(?:專題)?(?:採訪)?報導)#?"
)
"""In a radio transcript, the cue before the reporter's piece: `#央廣記者鄭翔云、江昭倫報導#`, `#記者王韋婷的採訪報導#`,
`#請聽記者陳林幸虹報導#`, `#劉玉秋的報導#`, `#央廣記者蕭照平專題採訪報導#`; the names-less
`#請聽以下專題報導#`; one without its closing `#` (`#記者歐陽夢萍採訪報導人民參與審判…`)."""

SOUND_BITE_CUE = re.compile(r"#[^#\s]{2,20}說#")
"""`#外交部發言人歐江安說#`: the cue before a sound bite, which the next words repeat."""

NAMES_ONLY = re.compile(r"^(?P<names>[^。！？!?：:，,\d]{2,40})$")
"""An element marked up as the author (`<address>`, `rel=author`) holding names only: `Jane Doe`."""

BYLINE_LEAD_IN = re.compile(rf"^(?:{_BYLINE_ROLES})\s*[：:/／]?$")
"""`By` or `作者：` left alone when the name itself is marked up as the author."""

_RELATED_WORDS = (
    r"延伸閱讀|延伸阅读|相关新闻|相關新聞|相关阅读|相關閱讀|相关报道|相關報導|相关文章|相關文章"
    r"|推荐阅读|推薦閱讀|更多新闻|更多新聞|更多阅读|更多閱讀|相关图集|相關圖集|相关链接|相關連結|热门文章|熱門文章"
    r"|Related(?: (?:articles|stories|coverage|content|posts))?|Read more|See also|More on this story"
)
RELATED_HEADER = re.compile(
    rf"^(?:{_RELATED_WORDS}|More from [A-Z].{{0,30}})(?:\s*[:：].{{0,60}})?$", re.IGNORECASE
)
"""`延伸閱讀`, `相关阅读：`, `相关图集：温莎家族`, `Related`, `More on this story`: the title of a list of
other stories (the links that follow it are related articles)."""

RELATED_LABEL = re.compile(rf"^(?:{_RELATED_WORDS})\s*[:：—–-]+\s*\S", re.IGNORECASE)
"""`更多阅读——分析：德國為何…`: a related story's link after its label, on one line."""

READ_MORE_LINE = re.compile(
    r"^(?:点击(?:查看|阅读)本[文版][英中]文版|點擊(?:查看|閱讀)本[文版][英中]文版|阅读原文|閱讀原文"
    r"|(?:点击|點擊)(?:这里|這裡|此处|此處)?(?:阅读|閱讀|查看)(?:全文|原文|更多)|Read the full (?:story|article)"
    r"|Continue reading.*|Read more(?: at .*)?)[。.…]?$",
    re.IGNORECASE,
)
"""`点击查看本文英文版。`, `阅读原文`, `Read more at Example News`: a link out, not story text."""

READ_MORE_TAIL = re.compile(
    r"(?:(?<=\.\.\.)|(?<=…))\s*(?:\.\.\.|…)?\s*(?:more|More|MORE)$"
    r"|\s*[<＜(（\[]?(?:Read more|Continue reading|閱讀更多|阅读更多|查看全文|閱讀全文|阅读全文"
    r"|繼續閱讀|继续阅读)[>＞)）\]]?\s*$"
)
"""The feed's mark that the text goes on elsewhere: `…四家科技巨擘...more`, a `...more` link after
the excerpt's own `...` (which stays as written), `…<查看全文>`."""

READ_MORE_NEEDLES = ("more", "More", "MORE", "Continue", "閱讀", "阅读", "查看全文")

PROMO_NEEDLES = (
    "订阅", "訂閱", "ubscribe", "ign up", "关注我", "關注我", "ollow us", "下载", "下載",
    "isten on:", "or full access", "or access", "全文",
)  # fmt: skip
"""Strings one of which every promo line holds (without its first letter, whose case varies)."""

PROMO_LINE = re.compile(
    r"^(?:欢迎|歡迎|请|請|立即|马上|馬上)?(?:订阅|訂閱|[Ss]ubscribe to|[Ss]ign up for)\S{0,10}"
    r"(?:电子报|電子報|[Nn]ewsletter|频道|頻道|我们|我們)"
    r"|^(?:关注|關注|[Ff]ollow)(?:我们|我們| us)\S{0,20}$"
    r"|^(?:下载|下載)\S{0,10}(?:APP|App|客户端|客戶端)"
    r"|^[Ll]isten on:|^[Ff]or (?:full )?access to .{0,80}subscribe here\b"
    r"|^请?(?:订阅|訂閱)或(?:登录|登入|登錄)|^.{0,20}(?:继续|繼續)(?:阅读|閱讀)全文[！!。]?$"
)
"""`订阅我们的电子报…`, `關注我們的臉書專頁`, `Sign up for our newsletter`, `下载日经中文网APP`,
`Listen on: Apple Podcasts | Spotify`, `For full access to print, digital and audio editions … subscribe here`,
`请订阅或登录，以继续阅读全文！`."""

TAGS_LINE = re.compile(r"^(?:标签|標籤|Tags?|关键词|關鍵詞|关键字|關鍵字)\s*[：:]")
"""`标签：误导`, `Tags: China, Trade`: the page's tag links, not story text."""

SHARE_LINE = re.compile(
    r"^(?:分享|Share|分享到|分享至)\s*[:：]?\s*(?:Facebook|Twitter|微博|微信|LINE|\s)*$",
    re.IGNORECASE,
)
"""`分享 :`, `Share`: what is left of a share bar's label."""

BYLINE_TITLE = re.compile(
    r"^[\w· ]{0,16}(?:记者|記者|通讯员|通訊員|特派员|特派員|编辑|編輯|correspondent|reporter|editor)$",
    re.IGNORECASE,
)
"""`BBC防卫记者`, `BBC亚洲事务记者`, `Asia correspondent`: the title under a byline's name (a
line of the story's top that follows a name; `layout.header_lines`)."""

SOURCE_NOTE = re.compile(
    r"^[（(](?:综合报道|綜合報導|综合|綜合"
    r"|[^（）()\d]{1,16}(?:社|通讯社|通訊社)(?:[、，,和及][^（）()、，,\d]{1,12})*等?"
    r"|(?:以上|本文)?(?:文章)?(?:转自|轉自|转载自|轉載自)[^（）()]{1,30})[）)]$"
)
"""`（综合报道）`, `（路透社）`, `（路透社、华尔街日报等）`, `（以上文章转自美国之音）`: the sources a
story was compiled from."""

CONTRIBUTION_NOTE = re.compile(
    r"^[（(]?[^（）()]{2,60}(?:对此报道|對此報導|对本文|對本文|对报道|對報導)亦?有(?:所)?(?:贡献|貢獻)[。.]?[）)]?$"
)
"""`（白宫记者鲍威尔和美国之音的布雷德迈尔对此报道亦有贡献。）`: who else reported."""

PRINT_EDITION_LINE = re.compile(
    r"^This article appeared in the .+ section of the print edition(?: under the headline .*)?$"
)
"""`This article appeared in the Europe section of the print edition under the headline "Is it in Europe?"`"""

PLACE_DASH_DATELINE = re.compile(
    r"^(?P<raw>(?P<location>(?:(?![了的是在到又就也都还着过我你他她们这那不说和与])"
    r"[^\s，。、；：:“”\"（）()—－\-·\d]){1,8})——)"
)
"""`华盛顿——上周，…`: a place before the double dash (function words never stand in one)."""

OUTLET_DATELINE = re.compile(
    r"^(?P<raw>[（(](?P<agency>[^（）()\d，。：:、\s]{1,10}?"
    r"(?:中文网|中文網|网|網|社|台|报|報|新闻|新聞|電視|电视))(?:信息中心)?(?:报道|報導)?[）)])"
)
"""`（德国之声中文网）`, `（维权网信息中心报道）`: the outlet that filed the story, opening it."""

BRACKET_DATELINE = re.compile(
    r"^(?P<raw>【(?P<agency>[^【】\d]{2,8}?)(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日讯】"
    r"(?:[（(](?P=agency)?(?:[^（）()记]{0,6})?(?P<staff>记者|記者)(?P<who_where>[^（）()A-Za-z]*?)(?:综合|採訪|采访)?"
    r"(?:报导|報導|报道|報道)[）)])?)"
)
"""`【大纪元2020年10月03日讯】（大纪元记者钟又淳报导）`, `【新唐人2020年12月1日讯】`."""

WIRE_DATELINE = re.compile(
    r"^(?P<raw>(?P<agency>路透|法新社|美联社|美聯社|彭博|共同社|德新社)(?P<location>[^\d\s，。]{0,30}?)"
    r"(?:(?P<month>\d{1,2})月)?(?P<day>\d{1,2})日\s*[-–—]+)"
)
"""`路透东京/波士顿8月14日 -`, `法新社巴黎9月1日 —`."""

CAPITALS_DATELINE = re.compile(
    r"^(?P<raw>(?P<location>[A-ZÀ-Þ][A-ZÀ-Þ.'’-]+(?:,? [A-ZÀ-Þ][A-ZÀ-Þ.'’-]+){0,3}))(?:\s+[—–]\s|$)"
)
"""`WASHINGTON — …` opening the story, or `ZURICH` as a header line of its own."""

NAMED_SOURCE_CREDIT = re.compile(
    r"[（(](?P<credit>(?!资料|資料)[^（）()]*(?:攝|摄|提供|取自|翻攝|翻摄|來源|来源)[^（）()]*)[）)]\s*$"
)
"""`（圖取自哈薩克總統官方網頁korda.kz）`, `（美国之音张永泰摄）`, `（照片来源：台湾总统府网站）`: a source named;
a bare `（资料图片）` (file photo) names none and stays caption text."""

SOURCE_CREDIT = re.compile(
    r"\s*(?P<credit>©\s*\S.{0,40}|(?:Photo|Image|图片|圖片|图|圖)\s*[:：/]\s*\S.{0,40}"
    r"|[（(](?:[^（）()]{0,20}(?:美联社|美聯社|路透社?|法新社|新华社|新華社|AP|AFP|Reuters|Getty Images|EPA|微博|网络图片|網絡圖片)[^（）()]{0,10})[)）])\s*$"
)
"""`…等 ©Twitter`, `Photo: Oliver Contreras/AP`, `…的抗议场所。（AP）`, `（网络图片）` closing a caption."""

# What the generic layer's neighbour decisions (`newsparse.layout`) and the image
# extractor look for in the markup itself.

CAPTION_TAGS = frozenset({"figcaption", "small", "caption", "cite"})
"""Elements a caption stands in, when a line after an image sits inside one."""

DECK_CLASS_HINTS = ("standfirst", "story-lead", "description", "summary", "deck", "excerpt", "dek")
"""Class names of the summary a page sets above the story (`blog-post__description`)."""

PERSON_NAMES = re.compile(
    r"^(?:(?:[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,3}|[\u4e00-\u9fff·]{2,10})(?:\s*(?:,|、|和|and)\s*|$))+$"
)
"""`William Yang`, `CHARLIE SAVAGE`, `张三、李四`: people's names only (not `端傳媒 Initium Media`)."""

ICON_HINTS = (
    "icon", "avatar", "gravatar", "emoji", "emoticon", "smiley", "expression", "img_face",
    "spinner", "share", "logo-", "/logo",
)  # fmt: skip
"""Words in an image's address or class that mark page furniture, never a story's picture."""

EMOJI_ALT = re.compile(r"^\[[^\[\]]{1,8}\]$")
"""`alt="[泪]"`, `alt="[doge]"`: a Weibo-style emoji inside running text."""

MAX_ICON_SIZE = 100
"""Pixels: an image declared this small or smaller is an icon, avatar or button."""

BLOCK_RULES = (
    BlockRule("figure", "figure", Role.FIGURE),
    BlockRule("figcaption", "figcaption", Role.CAPTION),
    BlockRule("comments", "#comments, #respond, .comments, .comment-list, .commentlist, "
              ".comment-respond, ol.comment, li.comment, div.comment", Role.DROPPED, Reason.COMMENTS),
    BlockRule("share-widget", ".sharedaddy, .share, .sharing, .social-share, .share-buttons, "
              ".addthis_toolbox, .likes, .wp-block-social-links", Role.DROPPED, Reason.WIDGET),
    BlockRule("navigation", "nav", Role.DROPPED, Reason.NAVIGATION),
    BlockRule("aside", "aside:not(:has(time))", Role.DROPPED, Reason.WIDGET),
    BlockRule("form", "form", Role.DROPPED, Reason.WIDGET),
    BlockRule("footer", "footer", Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("author", "address, [rel=author], [itemprop=author], .byline", Role.BYLINE),
    BlockRule("time", "time", Role.DROPPED, Reason.HEADER),
    BlockRule("social-post", "blockquote.twitter-tweet, blockquote.instagram-media, "
              ".fb-post, .fb-xfbml-parse-ignore, blockquote.tiktok-embed", Role.EMBED),
    *SHARED_BLOCK_RULES,
)  # fmt: skip

TEXT_RULES = (
    *SHARED_TEXT_RULES,
    TextRule("date-line", DATE_ONLY_LINE, Role.DROPPED, Reason.HEADER),
    TextRule(
        "copyright", COPYRIGHT_LINE, Role.DROPPED, Reason.COPYRIGHT, needles=COPYRIGHT_NEEDLES
    ),
    TextRule(
        "blog-footer",
        FEED_FOOTER_LINE,
        Role.DROPPED,
        Reason.FEED_FOOTER,
        needles=("The post ", "Post tags:", "Feed enhanced by ", "Permalink", "Posted by "),
    ),
    TextRule(
        "print-edition",
        PRINT_EDITION_LINE,
        Role.DROPPED,
        Reason.BOILERPLATE,
        needles=("This article appeared in the ",),
    ),
    TextRule("end-mark-line", END_MARK_LINE, Role.DROPPED, Reason.END_MARK),
    TextRule(
        "end-mark-tail",
        END_MARK_TAIL,
        Role.DROPPED,
        Reason.END_MARK,
        cut=Cut.TAIL,
        needles=("完", "#", "＃", "■"),
    ),
    TextRule(
        "editor-tail",
        EDITOR_IN_PARENTHESES,
        Role.EDITOR,
        cut=Cut.TAIL,
        parses=True,
        needles=tuple(
            f"{bracket}{word}" for bracket in "（(" for word in EDITOR_ROLE_WORDS + ROLE_MEDIA
        ),
    ),
    TextRule("credit-line", CREDIT_LINE, Role.EDITOR, parses=True),
    TextRule("signature", SIGNATURE_LINE, Role.CREDIT, parses=True),
    TextRule("reporter-line", REPORTER_LINE, Role.BYLINE, parses=True),
    TextRule(
        "reporter-from-line",
        REPORTER_FROM_LINE,
        Role.BYLINE,
        parses=True,
        needles=("发回", "發回"),
    ),
    TextRule("standalone-byline", BYLINE_LINE, Role.BYLINE, parses=True),
    TextRule("signature-dash", SIGNATURE_DASH, Role.BYLINE, parses=True),
    TextRule("reporter-cue", REPORTER_CUE, Role.BYLINE, cut=Cut.SPAN, parses=True, needles=("#",)),
    TextRule(
        "sound-bite-cue",
        SOUND_BITE_CUE,
        Role.DROPPED,
        Reason.BOILERPLATE,
        cut=Cut.SPAN,
        needles=("#",),
    ),
    TextRule("byline-lead-in", BYLINE_LEAD_IN, Role.DROPPED, Reason.HEADER),
    TextRule("related-header", RELATED_HEADER, Role.DROPPED, Reason.NAVIGATION),
    TextRule("read-more", READ_MORE_LINE, Role.DROPPED, Reason.NAVIGATION),
    TextRule(
        "read-more-tail",
        READ_MORE_TAIL,
        Role.DROPPED,
        Reason.TRUNCATION,
        cut=Cut.TAIL,
        needles=READ_MORE_NEEDLES,
    ),
    TextRule("promo", PROMO_LINE, Role.DROPPED, Reason.PROMO, needles=PROMO_NEEDLES),
    TextRule(
        "share-label",
        SHARE_LINE,
        Role.DROPPED,
        Reason.WIDGET,
        needles=("分享", "Share", "share", "SHARE"),
    ),
    TextRule(
        "tags-line",
        TAGS_LINE,
        Role.DROPPED,
        Reason.NAVIGATION,
        needles=("标签", "標籤", "Tag", "关键", "關鍵"),
    ),
    TextRule("sources-note", SOURCE_NOTE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("contribution", CONTRIBUTION_NOTE, Role.CREDIT, needles=("贡献", "貢獻")),
)

LAYER = SiteProfile(
    id="unknown",
    name="Unknown site",
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    credit_patterns=(NAMED_SOURCE_CREDIT, SOURCE_CREDIT),
    dateline_patterns=(
        AGENCY_DATELINE,
        BRACKET_DATELINE,
        WIRE_DATELINE,
        OUTLET_DATELINE,
        PLACE_DASH_DATELINE,
        CAPITALS_DATELINE,
    ),
    byline_patterns=(BYLINE_LINE, NAMES_ONLY),
    boilerplate_markers=SHARED_MARKERS,
)
"""The generic layer, and the profile of every post from a site with no profile of its own."""
