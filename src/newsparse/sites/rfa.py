"""Radio Free Asia Mandarin (自由亚洲电台, rfa.org/mandarin), as its feed delivered the story.

The Plone story body pasted into one outer `<div>`, without a wrapper class. Paragraphs are
either one `<p>` each, or runs separated by `<br/> <br/>` inside `<p>`/`<div>`s (also pasted
Facebook `div.o9v6fnle`, Gmail `p.gmail-msonospacing` and Pages `p.p1` markup); bold one-liners
are subheads. Related stories sit in link-only lists near the top:
`<ul><li><b><a class="external-link" href="http://www.rfa.org/mandarin/…html">…</a></b></li></ul>`.
Images never lead the post: `div.image-inline.captioned` with `div.image-caption` (a caption
`span` and a `span.copyright`, empty or `Photo: RFA`) and a `div#zoomattribute` zoom icon,
until November 2020; then `figure.image-richtext.image-inline.captioned` with
`figcaption.image-caption`. Videos are iframes (Facebook, YouTube, Kaltura; some in
`div.videoWrapper`) followed by an italic `视频【…】` / `视频：…` caption line; tweets are
`blockquote.twitter-tweet`. The last line credits the story, in two families:
`记者：乔龙 责编：许书婷 网编：瑞哲` and `自由亚洲电台记者郑崇生华盛顿报导 责编：申铧 网编：洪伟`.
Sources: the mirror's 1,756 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

_NAME = r"[\u4e00-\u9fff·]{2,5}"
_NAMES = rf"{_NAME}(?:[\s\u3000、，,/／]+{_NAME})*"
_NAMES_LAZY = r"[\u4e00-\u9fff·]{2,5}?(?:[\s\u3000、，,/／]+[\u4e00-\u9fff·]{2,5}?)*?"
_ROLE_SEP = r"\s*·?\s*[:：;；]?\s*"
_PLACES = (
    "华盛顿|华府|台北|台中|台南|高雄|巴黎|旧金山|伦敦|纽约|香港|东京|首尔|柏林|多伦多|温哥华|"
    "洛杉矶|悉尼|墨尔本|曼谷|日内瓦|布鲁塞尔|芝加哥|波士顿|休斯顿|西雅图|费城|新泽西|达兰萨拉|"
    "北京|上海|广州|深圳|武汉|成都|澳门|新加坡|莫斯科|布拉格"
)
_AFTER = r"(?:^|(?<=[\s\u3000、，,/／;；（(）)。.]))"

CONTRIBUTORS = re.compile(
    rf"[（(]本台记者(?P<names>{_NAMES_LAZY})(?:亦|也)?(?:对(?:本文|报道|本篇报道))?有(?P<role>贡献)。?[）)]"
)
"""`（本台记者陈品洁、夏小华亦有贡献）`, `（本台记者唐家婕对报道有贡献。）` at the credit line."""

WEB_EDITOR = re.compile(
    rf"{_AFTER}[（(]?(?P<role>网编|网骗|(?:网络|网吧)(?=\s*[:：])){_ROLE_SEP}(?P<names>{_NAMES})?"
    r"\s*[）)]?\s*$"
)
"""The web editor closing the credit line: `… 网编：瑞哲`, `网编 景铭）`, typos `网骗：瑞哲`,
`网络：瑞哲`, `网吧：洪伟`."""

DESK_EDITOR = re.compile(
    rf"{_AFTER}[（(]?(?P<role>责编|責編|责辑|编辑(?=\s*[:：])|编辑(?={_NAME}\s*[）)]?\s*$))"
    rf"{_ROLE_SEP}(?P<names>{_NAMES})?\s*[）)]?\s*$"
)
"""The desk editors before it: `… 责编：许书婷`, `责编 胡力汉 许书婷`, `责编；胡力汉 嘉远`,
`；编辑：申铧）`, `(记者曹郁芬采访 编辑申铧)`, `責編 胡力汉`, `责编·：梒青`, a bare `责编：` cut off."""

REPORTER_LINE = re.compile(
    rf"^[（(]?(?P<title>(?:本台|实习|特约)?[记記]者)\s*[:：]?\s*(?P<names>{_NAMES_LAZY})\s*(?:采访)?"
    r"\s*[、/／;；]?\s*[）)]?\s*$"
)
"""What is left of the credit line: `记者：乔龙`, `（记者：韩洁`, `记者：吕熙 刘少风`, `（实习记者：林佩谕`,
`特约记者：孙诚`, `記者 呂熙`, `(记者曹郁芬采访)`."""

STATION_BYLINE = re.compile(
    r"^(?=.*[记記]者|.*报[导道]\s*[。.]?\s*$)(?:以上是)?"
    r"(?P<title>(?:自由亚洲(?:电台)?|本台)(?:驻\S{2,4}?)?(?:特约|实习)?(?:[记記]者)?)"
    rf"\s*[:：]?\s*(?P<names>{_NAMES_LAZY})\s*(?:发自)?\s*(?:(?:{_PLACES})[、，,/／]?)*\s*"
    r"的?(?:综合|专题|连线)?(?:报[导道])?\s*[。.]?\s*$"
)
"""The station's byline: `自由亚洲电台记者郑崇生华盛顿报导`, `自由亚洲电台记者 夏小华、李宗翰 台北报导`,
`自由亚洲电台记者薛小山报道`, `自由亚洲电台驻伦敦特约记者陈彦廷报道`, `自由亚洲电台记者：柳飞`,
`自由亚洲电台肖一冰华盛顿报道`, `本台记者王允的专题报道`, `以上是自由亚洲特约记者孙诚发自旧金山的报道`,
`自由亚洲电台特约记者孙诚旧金山、东京连线报道`; it names a reporter or ends with 报道."""

VIDEO_CAPTION = re.compile(r"^视频\s*[【：:]")
"""`视频【对抗极权的泰国抗争者】 【一幕幕似曾相识的画面】`, `视频：方政在新闻发布会上…`."""

PHOTO_RFA = re.compile(r"(?P<credit>Photo\s*:\s*[^（）()\s][^（）()]*)$")
"""`…（记者李宗翰摄）Photo: RFA`: the copyright span closing a caption."""

BRACKETED_CREDIT = re.compile(
    r"(?P<credit>[（(](?![左右中上下前后]*图?[\d一二三四五]*[）)])(?![^（）()]*(?:左|右|音译))"
    r"(?=[^（）()]*[\u4e00-\u9fff]|[^（）()]*(?:AP|AFP|Reuters|REUTERS|RFA|EPA|Getty|Public Domain))"
    r"[^（）()]+[）)])[。.]?\s*$"
)
"""`…象征对当局的反抗。（AP）` → `（AP）`, brackets kept (gold convention); `（记者李宗翰摄）`,
`（志愿者提供/记者乔龙）`, `(图源：路透)`, `（Public Domain）`, a cartoonist `（变态辣椒）`. Not a position
`（左图）`/`（由左至右）`, a transliteration note `（音译）`, nor a Latin gloss `（Mike Pompeo）`."""

BLOCK_RULES = (
    BlockRule("related-list", "ul:has(a[href])", Role.RELATED),
    BlockRule("zoom-icon", "#zoomattribute, a.single_image", Role.DROPPED, Reason.WIDGET),
    BlockRule("image-caption", ".image-caption", Role.CAPTION),
    BlockRule(
        "video-embed",
        "div.videoWrapper, #story_inline_youtube, #story_inline_kaltura, "
        "blockquote.twitter-tweet",
        Role.EMBED,
    ),
)  # fmt: skip

TEXT_RULES = (
    TextRule("video-caption", VIDEO_CAPTION, Role.CAPTION),
    TextRule("contributors", CONTRIBUTORS, Role.CREDIT, cut=Cut.SPAN),
    TextRule("web-editor", WEB_EDITOR, Role.EDITOR, cut=Cut.TAIL),
    TextRule("desk-editor", DESK_EDITOR, Role.EDITOR, cut=Cut.TAIL),
    TextRule("reporter-line", REPORTER_LINE, Role.BYLINE),
    TextRule("station-byline", STATION_BYLINE, Role.BYLINE),
)

PROFILE = SiteProfile(
    id="rfa",
    name="Radio Free Asia Mandarin (自由亚洲电台)",
    tags=("自由亚洲电台",),
    hosts=("www.rfa.org", "rfa.org"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    credit_patterns=(PHOTO_RFA, BRACKETED_CREDIT),
    editor_patterns=(WEB_EDITOR, DESK_EDITOR, CONTRIBUTORS),
    byline_patterns=(REPORTER_LINE, STATION_BYLINE),
    boilerplate_markers=("网编", "责编"),
)
