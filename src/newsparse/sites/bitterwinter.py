"""Bitter Winter (寒冬, zh.bitterwinter.org), as its WordPress feed delivered the story.

The Chinese edition (traditional characters) ran until 1 December 2020. Three markups:

- Excerpt only (22–29 July 2020): one line of text directly in the root `<div>`.
- Full story (from 30 July): `<div><h2>DECK</h2><p>…</p><figure class="wp-caption">
  <img …><figcaption class="wp-caption-text">CAPTION（網絡圖片）</figcaption></figure>…
  <p>寒冬記者\xa0 江濤</p><section class="widget widget_media_image">…donate…</section></div>`:
  the `h2` summary deck is not body; in-story subheads are `h3`; YouTube players stand in
  `div.video-container` under a `<p>視頻：…</p>` title; `span.keyword_link` tag links and running
  text links are ordinary links. Commentaries open with `<p>作者：馬西莫·英特羅維吉（Massimo
  Introvigne）</p>` instead of the closing `寒冬記者 X` line. One roundup lists `閱讀全文>><a>…</a>`
  rows (related links).
- The same, closed from 21 August 2020 by the WordPress footer
  `<p>The post <a>TITLE</a> first appeared on <a>Bitter Winter</a>.</p>`.

Captions end with a bracketed source, the credit: `（網絡圖片）`, `（知情人提供）`, `（網站截圖）`,
`（公共領域）`, or after a note in the same brackets: `（人民幣，下同。約1.12萬美元，網絡圖片）`.
The PayPal donate banner (`section.widget`, a `<picture>` of the theme's image) is an ad.
Sources: the mirror's 168 posts of July – December 2020.
"""

from __future__ import annotations

import re

from .common import PARENTHESISED_CREDIT
from .profile import BlockRule, Reason, Role, SiteProfile, TextRule

_CREDIT_WORDS = r"圖片|截圖|提供|攝|翻拍|合成圖|公共領域|鳴謝|來自|Twitter|Weibo|VOA|CC BY|CC0"

FOOTER_LINE = re.compile(r"^The post .+ first appeared on Bitter Winter\.?$")
"""`The post 中共滅佛持續拆：… first appeared on Bitter Winter.`: the feed's footer."""

VIDEO_TITLE = re.compile(r"^視頻[：:]")
"""`視頻：殊緣寺被拆除`: the title of the YouTube player that follows."""

STAFF_BYLINE = re.compile(r"^(?P<title>寒冬記者)[\s\u00a0]+(?P<names>[^\s（(]{2,8})$")
"""`寒冬記者\u00a0 江濤`: the reporter's line closing a news report."""

AUTHOR_BYLINE = re.compile(
    r"^作者[：:]\s*(?P<names>[^（()）：:，。]{2,20}?)\s*(?:[（(][^（）()]*[）)])?$"
)
"""`作者：馬西莫·英特羅維吉（Massimo Introvigne）`: a contributor's line opening a commentary;
the name in brackets is the English gloss, not kept."""

MASTHEAD_SIGNATURE = re.compile(
    r"^《寒冬》(?P<title>主編|主任|總編輯|編輯)(?P<names>[^（()）\s]{2,20}?)\s*(?:[（(][^（）()]*[）)])?$"
)
"""`《寒冬》主編馬西莫·英特羅維吉（Massimo Introvigne）`: a signature closing a letter to readers."""

DATE_LINE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")
"""`2020年8月8日`: the date line of an open statement, not running text."""

READ_MORE = re.compile(r"^閱讀全文\s*(?:>>|》》|＞＞)")
"""`閱讀全文>>中共密令「打死白死」 警察施多種致命酷刑逼供基督徒`: a roundup's link to a report."""

BRACKET_CREDIT = re.compile(
    rf"[（(](?P<credit>[^（）()。]*(?:{_CREDIT_WORDS})[^（）()。]*)[）)]\s*$"
)
"""A caption's bracketed source: `…（知情人提供）`, `…（網站截圖）`, `…（公共領域）`, `…（圖片來自Twitter）`."""

NOTE_CREDIT = re.compile(
    rf"[，,]\s*(?P<credit>[^（）()，,。]*(?:{_CREDIT_WORDS})[^（）()，,。]*)(?=[）)]\s*$)"
)
"""The source closing a bracketed note: `…8萬元（人民幣，下同。約1.12萬美元，網絡圖片）` → `網絡圖片`."""

BLOCK_RULES = (
    BlockRule("summary-deck", "div > h2:first-child", Role.DROPPED, Reason.HEADER),
    BlockRule("figure", "figure.wp-caption", Role.FIGURE),
    BlockRule("donate-banner", "section.widget", Role.DROPPED, Reason.PROMO),
    BlockRule("video", "div.video-container", Role.EMBED),
)

TEXT_RULES = (
    TextRule("wp-footer", FOOTER_LINE, Role.DROPPED, Reason.FEED_FOOTER),
    TextRule("video-title", VIDEO_TITLE, Role.DROPPED, Reason.WIDGET),
    TextRule("staff-byline", STAFF_BYLINE, Role.BYLINE),
    TextRule("author-byline", AUTHOR_BYLINE, Role.BYLINE),
    TextRule("masthead-signature", MASTHEAD_SIGNATURE, Role.BYLINE),
    TextRule("date-line", DATE_LINE, Role.DROPPED, Reason.HEADER),
    TextRule("read-more", READ_MORE, Role.RELATED),
)

PROFILE = SiteProfile(
    id="bitterwinter",
    name="Bitter Winter (寒冬)",
    tags=("寒冬",),
    hosts=("zh.bitterwinter.org", "bitterwinter.org"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector="figcaption",
    credit_patterns=(BRACKET_CREDIT, NOTE_CREDIT, PARENTHESISED_CREDIT),
    byline_patterns=(STAFF_BYLINE, AUTHOR_BYLINE, MASTHEAD_SIGNATURE),
    boilerplate_markers=(
        "first appeared on Bitter Winter",
        "寒冬記者",
        "視頻：",
    ),
)
