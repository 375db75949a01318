"""Central News Agency (中央社, cna.com.tw), in both markups the mirror carries.

2020–21: `div.paragraph` story, `fullPic`/`floatImg` images with a `picinfo`
caption, ad slots, newsletter boxes, `moreArticle` 延伸閱讀 boxes.
2022: `<picture>` with lazy `data-srcset` and a class-less caption div,
`moreArticle` related boxes and `moreArticle flexhalf` topic boxes, `keywordTag`
rows, the 「聚焦新聞」 carousel. Sources: the posts of the mirror, 2020–2022.
"""

from __future__ import annotations

import re

from .common import (
    AGENCY_DATELINE,
    PARENTHESISED_CREDIT,
)
from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

EDITOR_LINE = re.compile(
    r"[（(](?P<names>(?:編輯|编辑|譯者|译者|核稿|實習編譯|编译|編譯|審稿)[：:][^（）()]*)[）)]"
    r"\s*(?P<code>\d{7})?\s*$"
)
"""`（編輯：周慧盈/唐佩君）1110915`, `（譯者：張正芊/核稿：劉學源）1091129`."""

STAFF_PHOTO_CREDIT = re.compile(
    r"(?P<credit>中央社(?:記者|特約記者)?\S*?(?:攝|傳真)\s*\d{2,3}年\d{1,2}月\d{1,2}日)\s*$"
)
"""`中央社記者沈如峰宜蘭縣攝　109年8月3日` (or `…傳真 …`) closing a 2020 caption, without parentheses."""

SPECIAL_DATELINE = re.compile(
    r"^(?P<raw>（(?P<agency>中央社)(?P<who_where>網站)?(?:(?P<day>\d{1,2})日)?電?）)"
)
"""`（中央社網站3日電）`, `（中央社）` — the agency alone."""

BLOCK_RULES = (
    BlockRule("topic-box", "div.moreArticle:has(.moreArticle-title.trailing)", Role.TOPIC),
    BlockRule("more-article", "div.moreArticle", Role.RELATED),
    BlockRule("insert-group", ".insertGroup", Role.RELATED),
    BlockRule("book-list", "div.book, div.book-title", Role.RELATED),
    BlockRule("figure-2020", "div.floatImg", Role.FIGURE),
    BlockRule("figure-2022", "div:has(> div > picture)", Role.FIGURE),
    BlockRule("ad-banner", ".bottomArticleBanner, [class*='adslot']", Role.DROPPED, Reason.AD),
    BlockRule("newsletter", ".SubscriptionInner", Role.DROPPED, Reason.PROMO),
    BlockRule(
        "subscribe-promo", 'p:has(a[href*="list-manage.com/subscribe"])', Role.DROPPED,
        Reason.PROMO,
    ),
    BlockRule(
        "focus-carousel", ".bottomBox, .topNews, .topNewsTitle, .topNewsGroup, .focus-carousel", Role.DROPPED,
        Reason.CAROUSEL,
    ),
    BlockRule("series-label", ".topicbox", Role.DROPPED, Reason.NAVIGATION),
    BlockRule("source-card", ".squareBox", Role.DROPPED, Reason.WIDGET),
    BlockRule("keyword-row", ".articlekeywordGroup, .keywordTag", Role.DROPPED, Reason.NAVIGATION),
    BlockRule(
        "glossary", ".dictionary-box, .news-dic-all", Role.DROPPED, Reason.WIDGET,
        breaks_line=False,
    ),
    BlockRule(
        "social-embed",
        ".twitterMedia, .twitter-tweet, .facebookMedia, .instagramMedia, .youtubeBox, "
        ".infogram-embed, .VOD, .noWidthMedia",
        Role.EMBED,
    ),
)  # fmt: skip

EMBED_CAPTION = re.compile(r"^[▲▼]")
"""`▲東京阿美橫商店街30日人潮`: a line captioning the embedded video or map beside it."""

TEXT_RULES = (
    TextRule("editor-line", EDITOR_LINE, Role.EDITOR, cut=Cut.TAIL),
    TextRule("embed-caption", EMBED_CAPTION, Role.CAPTION),
)

PROFILE = SiteProfile(
    id="cna",
    name="Central News Agency (中央社)",
    tags=("(臺)中央社CNA", "中央社"),
    hosts=("cna.com.tw", "www.cna.com.tw"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector=".picinfo",
    credit_patterns=(PARENTHESISED_CREDIT, STAFF_PHOTO_CREDIT),
    dateline_patterns=(AGENCY_DATELINE, SPECIAL_DATELINE),
    editor_patterns=(EDITOR_LINE,),
    topic_name_selector=".moreArticle-title",
    topic_link_selector="a.discursive",
    related_link_selector="a[href]",
    boilerplate_markers=(
        "訂閱《",
        "感謝您的訂閱",
        "同步發送電子報",
        "（編輯：",
        "延伸閱讀",
    ),
)
