"""The Epoch Times (大纪元, www.epochtimes.com/gb), one WordPress markup throughout.

The feed gives the post content as flat children of one `div`: `p`, `h2`/`h3`
subheadings, `figure.wp-caption` images with a `figcaption.wp-caption-text`,
YouTube `iframe`s (often in `<center>`), `blockquote.twitter-tweet` tweets,
documentcloud and player containers, and text pasted with its source markup
(`p.p1`/`span.s1` from Apple Notes, `div.ar_articleContent`). `<br />` splits
verse, lists and digests into lines.

Every story opens with the stamp `【大纪元2020年10月03日讯】`, often followed by
`（大纪元记者钟又淳报导）`; it closes with `责任编辑：韩玉#` (sometimes after
`文字整理：X；`). Video-show transcripts add producer credits
(`新唐人大纪元《直播节目》制作组`, `策划：…`, `主播：…`), channel link lists and
subscribe prompts; news pages add the 【支持】 donate box and 网络收看方式 links.
Sources: the mirror's 4,568 posts of September 2020 – January 2021.
"""

from __future__ import annotations

import re

from .places import ALL
from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

_SITE_PLACES = (
    "台湾", "台中", "台南", "桃园", "新北", "新竹", "宜兰", "花莲", "屏东", "嘉义", "彰化", "云林",
    "华盛顿DC", "洛杉矶", "旧金山", "费城", "休斯顿", "波士顿", "西雅图", "多伦多", "温哥华",
    "蒙特利尔", "悉尼", "墨尔本", "奥克兰", "大阪", "新加坡", "澳门",
)  # fmt: skip
_PLACE = "|".join(sorted({*ALL, *_SITE_PLACES}, key=len, reverse=True))
_COUNTRY = "台湾|美国|加拿大|澳洲|日本|英国|德国|法国"

DATELINE = re.compile(
    r"(?P<raw>【(?P<agency>大纪元)(?P<year>\d{4})年(?P<month>\d{1,2})月(?P<day>\d{1,2})日讯】?"
    r"(?:（(?:香港|英文|台湾)?大纪元(?:时报)?(?:资深|特约|华府特约)?"
    rf"(?:记者(?P<reporters>[^（）A-Za-z]*?)(?P<location>(?:{_COUNTRY})?(?:{_PLACE}))?|[^（）]*?)"
    r"(?:综合|采访|编译)?报[导道](?:[／/][^（）]+?(?:编译|翻译))?）)?)"
)
"""`【大纪元2020年11月25日讯】（大纪元记者钟元台北报导）`, `【大纪元2020年10月01日讯】`,
`…讯】（大纪元记者徐简、谢佳宣、李言综合报导）`, `…讯】（大纪元记者李辰美国华盛顿DC报导）`;
`（大纪元香港新闻中心报导）` and English-edition bylines (`（英文大纪元记者Cathy He报导／吴畏编译）`)
name no reporter here."""

STAMP_ONLY = re.compile(r"^【大纪元\d{4}年\d{1,2}月\d{1,2}日讯】$")
"""`【大纪元2020年10月10日讯】` standing as its own paragraph: a header dateline."""

EDITOR_LINE = re.compile(
    r"(?:^|\s)(?P<names>(?:[^\s：:；;，,、#＃]{1,6}：[^；;，,、#＃]+[；;，,、]\s*)*责任编辑：[^#＃]*?)"
    r"\s*[#＃◇]*\s*$"
)
"""`责任编辑：韩玉`, `责任编辑：叶紫微#`, `文字整理：李洁思；责任编辑：高静 #`."""

END_MARK = re.compile(r"\s*(?:[#＃]|[（(](?:完|待续|未完待续|全文完)[)）])$")
"""`…视频。#`, `（待续）`, `（完）`: the end of the story or of one part of a series."""

PRODUCER_CREDIT = re.compile(r"^[^。，：\s]{0,20}(?:制作组|节目组|直播组)$")
"""`新唐人大纪元《直播节目》制作组`, `《薇羽看世间》节目组`, `新唐人大纪元直播组`: a programme team,
not a person."""

SHOW_CREDIT = re.compile(r"^(?P<role>策划|主播|制作|剪辑|文字整理)[：:](?P<names>[^：:。]{2,30})$")
"""`策划：许巧茹、宇文铭`, `主播：尉然`: the show's producers and presenter."""

WRITER_LINE = re.compile(r"^撰文[：:](?P<names>[^：:。]{2,30}?)(?:[、，,]财商[^、，,]*)?$")
"""`撰文：李晓彤、财商经济研究所`: the writers of a commentary script (the institute is no person)."""

SOURCE_LINE = re.compile(
    r"^[（(]?(?:转自|转载[：:]|资料来源[：:]|来源[：:]|文章来源[：:])[^（）()。]{1,30}[）)]?$"
)
"""`资料来源：明慧网`, `（转自中央社）`, `（转载：自由亚洲电台）`, `转自自由时报`: where the text was taken from."""

DISCLAIMER = re.compile(r"^[（(]?本(?:文|视频)(?:仅|只)代表作者[^。）)]*[。）)]?$")
"""`本文仅代表作者个人观点，不一定反映《大纪元时报》的观点。`, `（本视频只代表作者的观点和陈述）`."""

CHANNEL_LINK = re.compile(
    r"^(?:[^：:。，\s]{1,16}\s*[：:\s]\s*(?:https?[：:]//|www\.|facebook\.com|twitter\.com|bit\.ly|t\.me)\S*"
    r"|(?:YouTube|脸书|推特|Twitter|Facebook)[：:])$"
)
"""`大纪元脸书直播：facebook.com/djy.news`, `新唐人直播：https://www.youtube.com/watch?v=…`,
`推特专页：https://twitter.com/newsdetox2`, and the `推特：` heading over such links: the show's
and the site's channel links."""

SUBSCRIBE_PROMPT = re.compile(
    r"点赞订阅|订阅[、，,]?留言|欢迎订阅|订阅我们的|加入我的telegram|帮助转发我的频道|节目每周[一二三四五六日]期"
    r"|如果您有爆料信息"
)
"""`…如果您喜欢新闻看点，请别忘记点赞订阅，并分享给您的亲人和朋友`, `欢迎订阅YouTube频道：…`."""

DONATE = re.compile(r"^【支持】为真相护航|^https?://donate\.epochtimes\.com/?$")
"""`【支持】为真相护航 为沉默发声，就在今天，支持大纪元` and its donate link."""

READ_MORE = re.compile(r"^(?:【[^】]{1,16}】请点击这里|详情请阅(?:全文|原文)|接上文[：:].+?)。?$")
"""`【大选更新11·10】请点击这里。`, `详情请阅全文。`, `接上文：马三家受害者公开证据…`: a link to
the full story, the previous update or the previous part of a series."""

VIDEO_CUE = re.compile(
    r"^(?:完整(?:采访|访问)(?:内容)?请(?:点击)?观看[^。]{0,20}|点阅[^。，]{2,30}|[^。]{2,30}请点击这里)。?$"
)
"""`完整访问请观看《珍言真语》节目。`, `点阅揭秘中共的舆情管控系统系列内幕。`,
`中共肺炎全球感染分布图及美国疫情地图请点击这里。`: pointers to a video, a topic or a data page."""

WATCH_ONLINE = re.compile(r"^(?:网络收看方式|以下播出大纪元信号)[：:]?$")
"""`网络收看方式：`, `以下播出大纪元信号：`: the heading of the channel link list."""

LISTEN_PROMO = re.compile(r"^听新闻[：:]$|^（听更多新闻请至“听纪元”平台）$")
"""`听新闻：` above an audio player, `（听更多新闻请至“听纪元”平台）` below it."""

SEPARATOR = re.compile(r"^[*＊—~～=-]+$")
"""`*****`, `—`: a separator line between a transcript and its credits."""

CAPTION_CREDIT = re.compile(
    r"\s*[（(](?![左右中前后排起一二三四五六七八九十上下间居\d、，]+[)）])"
    r"(?P<credit>[^（()）]{2,60})[)）]\s*$"
)
"""The source closing a caption: `…凯拉的双亲发表讲话。（Getty Images)`, `…座谈会。（陈柏州／大纪元）`,
`丁立红（明慧网）`; not a position note such as `（右二）`."""

BLOCK_RULES = (
    BlockRule("figure", "figure.wp-caption, figure:has(img)", Role.FIGURE),
    BlockRule(
        "embed",
        "blockquote.twitter-tweet, blockquote.instagram-media, .video_fit_container, "
        ".player-container, .DC-embed, .soh-embed, .iframely-embed",
        Role.EMBED,
    ),
    BlockRule("translate-junk", "#gtx-anchor, .jfk-bubble", Role.DROPPED, Reason.WIDGET),
    BlockRule("donate", 'p:has(> a[href*="donate.epochtimes.com"])', Role.DROPPED, Reason.PROMO),
)

TEXT_RULES = (
    TextRule("stamp-only", STAMP_ONLY, Role.DATELINE),
    TextRule("editor-line", EDITOR_LINE, Role.EDITOR, cut=Cut.TAIL),
    TextRule("end-mark", END_MARK, Role.DROPPED, Reason.END_MARK, cut=Cut.TAIL),
    TextRule("producer", PRODUCER_CREDIT, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("show-credit", SHOW_CREDIT, Role.CREDIT),
    TextRule("writer", WRITER_LINE, Role.BYLINE),
    TextRule("source", SOURCE_LINE, Role.DROPPED, Reason.COPYRIGHT),
    TextRule("disclaimer", DISCLAIMER, Role.DROPPED, Reason.COPYRIGHT),
    TextRule("channel-link", CHANNEL_LINK, Role.DROPPED, Reason.PROMO),
    TextRule("subscribe", SUBSCRIBE_PROMPT, Role.DROPPED, Reason.PROMO),
    TextRule("donate-text", DONATE, Role.DROPPED, Reason.PROMO),
    TextRule("read-more", READ_MORE, Role.RELATED),
    TextRule("video-cue", VIDEO_CUE, Role.DROPPED, Reason.NAVIGATION),
    TextRule("watch-online", WATCH_ONLINE, Role.DROPPED, Reason.PROMO),
    TextRule("listen", LISTEN_PROMO, Role.DROPPED, Reason.PROMO),
    TextRule("separator", SEPARATOR, Role.DROPPED, Reason.EMPTY),
)

PROFILE = SiteProfile(
    id="epochtimes",
    name="The Epoch Times (大纪元)",
    tags=("大纪元",),
    hosts=("www.epochtimes.com", "epochtimes.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector="figcaption",
    credit_patterns=(CAPTION_CREDIT,),
    dateline_patterns=(DATELINE,),
    editor_patterns=(EDITOR_LINE, SHOW_CREDIT),
    byline_patterns=(WRITER_LINE,),
    boilerplate_markers=("责任编辑：", "为真相护航", "donate.epochtimes.com"),
)
