"""RFI Chinese (法广, rfi.fr/cn), as its feed delivered the story.

Every post is `<div><div>DD/MM/YYYY - HH:MM</div><img …>[<p><strong>chapo</strong></p>]
<div class="t-content__body u-clearfix">…</div></div>`, in two kinds of story:

- RFI's own stories: a bold intro paragraph (body), then the `p`s of `t-content__body`,
  closed by two empty `div.o-self-promo` promos. In-story subheads and interview questions
  are bold-only `p`s (body). Related rows are `p`s such as
  `<p><em><strong>相关报道&nbsp;<a>…</a></strong></em></p>`,
  `<p><strong><a href="…/tw/尼古拉">其它</a> /&nbsp;<a>…</a></strong></p>`,
  `<p><em>之前相关报道 -&nbsp;<a>…</a></em></p>` or `<p>延伸阅读：<a>…</a></p>`.
  Embedded media: `div.m-em-image` figures (a lazy `data:` pixel, the real `<img>` inside
  `<noscript>`, then `figcaption.m-figure__caption` with a legend and a `© …` credit),
  `div.m-em-video`, `div.m-em-audio`, `div.m-em-flash` (YouTube iframe), `div.m-em-diaporama`.
- AFP wires (法新社, in CNA's translation): the first `p` opens with `（法新社巴黎14日电）`,
  the last closes with `（译者：X/核稿：Y）` (cut off as the editor line), then
  `<p class="t-copyright">© 2020 AFP</p>` (dropped).

Until the end of August 2020 a read-more interstitial (`div.m-interstitial`, ad slots
`.m-block-ad*`, the `button.m-interstitial__unlock-btn` 「继续浏览后续」) sits at the top of
`t-content__body`; its stray `</div>`s close the outer `div`, so the story's `p`s often stand
outside `t-content__body`: the body is therefore not limited to that element. Some posts
carry the feed service's `获取更多RSS` footer. The top image is the lead image, except RFI's
logo card `static.rfi.fr/meta_og_twcards/RFI_FB.png`; one post has the literal text `Array`
in its place. Sources: the mirror's 10,694 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

HEADER_DATE = re.compile(r"^\d{2}/\d{2}/\d{4} - \d{2}:\d{2}$")
"""`08/09/2020 - 11:37`: the date/time line above the story."""

ARRAY_PLACEHOLDER = re.compile(r"^Array$")
"""`Array`: what the feed wrote instead of the top image in one post (a PHP array printed)."""

RELATED_ROW = re.compile(r"^(?:之前)?相关报道(?:\s|[-/：:])|^其它\s*[-/]|^延伸阅读[：:]")
"""A related row whose label opens the line: `相关报道 远程飞机 – 中俄走向合作`,
`之前相关报道 - Covid-19阴影下…`, `其它 - 英国脱欧挑起…`, `延伸阅读：特朗普挺英国脱欧…`."""

_GLUED_TITLE = r"(?:[^（）()\s][^（）()]{0,39}?)?"
"""The wire's own headline, which the feed sometimes glued before the stamp (no space)."""

_WIRE_AGENCY = r"(?P<agency>法新社|中央社|路透社|法新|中央|路透)"

WIRE_DATELINE = re.compile(
    rf"^\s*{_GLUED_TITLE}(?P<raw>[（(]{_WIRE_AGENCY}(?P<location>[^（）()\d]*?)"
    r"(?P<day>\d{1,2})日?(?P<kind>[^（）()\d]{0,8}?)\s*[）)])"
)
"""The wire stamp opening an AFP story, with its day: `（法新社巴黎14日电）`,
`（法新社奥兰多30日综合外电报导）`, `（法新社香港24日法新社）`, `（法新社巴黎23日法新社电）`,
`（中央布鲁塞尔7日电）`, `（路透约翰尼斯堡27日电）`, `（法新雅典14日电）`, and after a glued
headline: `世卫建议室内通风欠佳应戴口罩（中央社日内瓦2日法新电）`."""

WIRE_DATELINE_NO_DAY = re.compile(
    rf"^\s*{_GLUED_TITLE}(?P<raw>[（(]{_WIRE_AGENCY}(?P<location>[^（）()\d]*?)日?(?P<kind>法新电|电)\s*[）)])"
)
"""A wire stamp without a day: `（法新社华盛顿法新电）`, `（法新社米兰日电）`."""

EDITOR_LINE = re.compile(
    r"[（(]?(?P<names>(?:实习)?(?:译者|编译|编辑|翻译)(?:和(?:译者|编译|编辑|翻译))?[：:][^（）()]*)[）)]"
    r"\s*(?P<code>\d{7})?\s*$"
)
"""The CNA desk's line closing an AFP story: `…关键。」（译者：郑诗韵/核稿：张佑之）`,
`（译者：纪锦玲）`, `（实习编译：沈佩榕/核稿：蔡佳敏）`, `（编辑：蔡佳敏/核稿：严思祺）`,
`（译者：陈正健/核稿：刘淑琴）1091017`, and without its opening bracket `译者：徐睿承/核稿：严思祺）`."""

SIGN_OFF = re.compile(
    r"[（(](?P<title>法广特约记者|法广记者)(?P<names>[^（）()\s]{2,4}?)发自[^（）()]{1,12}[）)]\s*$"
)
"""A correspondent's sign-off closing a paragraph: `（法广特约记者楚良一发自东京）`."""

SOURCE_NOTE = re.compile(r"(?<=[。」”])\s*中央社[（(]翻译[）)]\s*$")
"""`…乐观。」中央社（翻译）`: the source note closing a story taken from CNA."""

END_MARK = re.compile(
    r"\s*[（(]\s*(?:全文)?完(?:\s*[–-]\s*Fin)?\s*[）)]\s*$|^[~～.\s]*Fin[~～.\s]*$"
)
"""`（完）`, `(完)`, `( 全文完 – Fin )` closing the story; `~. Fin .~` on its own line (2023)."""

FIGURE_CREDIT = re.compile(r"(?:^|\s)(?P<credit>©[^©]*)$")
"""`黄之锋在面书发表《严正声明》 © 网上截图`: the `© …` credit span closing a figure caption."""

_RELATED_LABELS = ("其它", "相关报道")
_INLINE_WRAPPERS = ("", "strong > ", "em > ", "em > strong > ", "strong > em > ")
RELATED_LINK_FIRST = ", ".join(
    f'p:has(> {wrapper}a:first-child:lexbor-contains("{label}"))'
    for wrapper in _INLINE_WRAPPERS
    for label in _RELATED_LABELS
)
"""Related rows whose label is itself the first link: `<p><strong><a>其它</a> / <a>…</a></strong></p>`,
`<p><em><strong><a>之前相关报道</a> / <a>…</a></strong></em></p>`."""

BLOCK_RULES = (
    BlockRule("copyright", "p.t-copyright", Role.DROPPED, Reason.COPYRIGHT),
    BlockRule("self-promo", ".o-self-promo", Role.DROPPED, Reason.PROMO),
    BlockRule(
        "interstitial",
        ".m-interstitial, .m-block-ad, .m-block-ad__label, .m-block-ad__content, "
        "button.m-interstitial__unlock-btn",
        Role.DROPPED, Reason.AD,
    ),
    BlockRule("logo-card", 'img[src*="/meta_og_twcards/"]', Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("lazy-pixel", 'img[src^="data:"]', Role.DROPPED, Reason.WIDGET),
    BlockRule("figure-image", ".m-figure__img-wrapper > noscript", Role.IMAGE),
    BlockRule("figure-caption", "figcaption.m-figure__caption", Role.CAPTION),
    BlockRule(
        "media-embed",
        ".m-em-video, .m-em-audio, .m-em-flash, .m-em-diaporama", Role.EMBED,
    ),
    BlockRule("related-row", RELATED_LINK_FIRST, Role.RELATED),
)  # fmt: skip

TEXT_RULES = (
    TextRule("header-date", HEADER_DATE, Role.DROPPED, Reason.HEADER),
    TextRule("array-placeholder", ARRAY_PLACEHOLDER, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("related-row-text", RELATED_ROW, Role.RELATED),
    TextRule("end-mark", END_MARK, Role.DROPPED, Reason.END_MARK, cut=Cut.TAIL),
    TextRule("editor-line", EDITOR_LINE, Role.EDITOR, cut=Cut.TAIL),
    TextRule("sign-off", SIGN_OFF, Role.BYLINE, cut=Cut.TAIL),
    TextRule("source-note", SOURCE_NOTE, Role.DROPPED, Reason.BOILERPLATE, cut=Cut.TAIL),
)

PROFILE = SiteProfile(
    id="rfi",
    name="RFI Chinese (法广)",
    tags=("法广",),
    hosts=("www.rfi.fr", "rfi.fr"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    credit_patterns=(FIGURE_CREDIT,),
    dateline_patterns=(WIRE_DATELINE, WIRE_DATELINE_NO_DAY),
    editor_patterns=(EDITOR_LINE,),
    byline_patterns=(SIGN_OFF,),
    related_link_selector='a[href*="/20"], a[href*="-20"]',
    boilerplate_markers=(
        "继续浏览后续",
        "© 2020 AFP",
        "© 2021 AFP",
        "举报广告",
        "（译者：",
        "核稿：",
        ".a{fill",
    ),
    generic_exclusions=("figure",),
)
