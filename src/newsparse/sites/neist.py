"""Nei.st (nei.st), long reads reposted from Caixin, Initium, WSJ, The Economist and others.

The feed delivers the whole WordPress page, pretty-printed (one tag per line),
with no stamp or headline line: `article > header.page-header` (the title),
`div.entry-content` (the story, `content_selector`), `footer.entry-footer`
(categories) and a site footer. Inside the content: `link` preloads, the deck
`p.blog-post__description`, a source header that varies with the publisher
(`div.js-postMetaLockup` "端傳媒 Initium Media / May 5th 2020", empty logo boxes
`div.container.wsj|nyt|ft|infzm|conTop`, `div.navigation__primary-inner`, Caixin's
`div.fr` "资中筠 in Caixin Weekly Oct 28 · 2019", `div.entry-meta` in July 2020),
image containers `div.container.img` (`.large`, `.lrge`, `.xxl`, `.full`) with an
aesop `figcaption` (description + credit), the story's `p`/`h2` (sometimes
continued in `section.entry-content.preview`) between empty `div.code-block` ad
cards, then the end boxes: `section.collection` "Related" (from September 2019),
`div.streamItem--heading` + `section.nopqrstu` (older), series boxes, the paywall
card `div.aesop-content-comp-wrap` "You’ve hit the wall." (the story is cut off
before it), "No More." / publisher promos (`div.bqdn`, `section.wxyz`). Chart
widgets (ai2html, Dow Jones charts) carry label text that is not the story.
Sources: the mirror's 1,388 posts of the site (July 2019 – July 2020).
"""

from __future__ import annotations

import re

from .profile import BlockRule, Reason, Role, SiteProfile, TextRule

CAPTION_CREDIT = re.compile(
    r"(?P<credit>(?:(?:Photos?|Photograph(?:s|y)?|Illustrations?|Images?|Graphic|Video"
    r"|图片?|摄影?|插图|制图|来源)(?:\s*[:：]|\s+by\b)|Ill\.)\s*\S[^。]*?)\s*$"
)
"""`… 摄影机观景窗内的特朗普。 Photo: Oliver Contreras/AP`, `… 摄：陈焯煇/端传媒`,
`… Photograph by Jonas Bendiksen`, `小威廉·凯林 Ill. Niklas Elmehed. © Nobel Media.`: the
`aesop-cap-cred` credit closing a caption."""

BYLINE = re.compile(
    r"^(?!财新|Caixin)(?P<names>\S.*?)(?: in (?P<title>.+?))?"
    r" (?:[A-Z][a-z]{2} \d{1,2} · \d{4}|\d{4} · [A-Z][a-z]{2} \d{1,2})$"
)
"""The `div.fr` line of reposted Caixin pieces: `资中筠 in Caixin Weekly Oct 28 · 2019`,
`Richard N. Cooper in Caixin Weekly Nov 18 · 2019`, `吴敬琏 Oct 14 · 2019` give the writer;
`财新 Oct 25 · 2019`, `财新周刊 Mar 30 · 2015` only the publisher."""

EMPTY_LINE = re.compile(r"^[\s\u200b\ufeff、，,。.·]*$")
"""`、`, a zero-width space, `·`: a line with no words (a stray text node, a separator)."""

RELATED_LINKS = (
    "div.left > a[href], div.nou > a[href], h1 > a[href], h3 > a[href], "
    ".extremeHero-titleClamp > a[href], a.card-documentation, a.arbor-link, "
    "li.blog-post__siblings-list__article > a[href], .single-story-module__info a[href]"
)
"""The article links of each related box, not its publisher or avatar links."""

BLOCK_RULES = (
    BlockRule(
        "deck",
        "div.entry-content:has(p:not([class]), h2) [class*='blog-post__description']",
        Role.DROPPED,
        Reason.HEADER,
    ),
    BlockRule(
        "page-title",
        "h1.page-title, section.fullscreen_dek_below, div.world-in-app header",
        Role.DROPPED,
        Reason.HEADER,
    ),
    BlockRule(
        "source-header",
        ".js-postMetaLockup, div.container.wsj, div.container.nyt, div.container.ft, "
        "div.container.infzm, div.container.conTop, div.container.newyorker, "
        ".navigation__primary-inner, div.entry-meta",
        Role.DROPPED,
        Reason.HEADER,
    ),
    BlockRule("byline", 'div[class="fr"]', Role.BYLINE),
    BlockRule("ad-card", "div.code-block", Role.DROPPED, Reason.AD),
    BlockRule("paywall", "div.aesop-content-comp-wrap", Role.DROPPED, Reason.TRUNCATION),
    BlockRule("figure", "div.container.img, div.dfdgn", Role.FIGURE),
    BlockRule(
        "caption",
        "figcaption, p.aesop-cap-description, p.aesop-cap-cred, p.aesop-cap-caption",
        Role.CAPTION,
    ),
    BlockRule(
        "chart",
        "div.ai2html, div.g-artboard, div.dynamic-inset-container, div.dj-chart-container, "
        "div.toaster-chart, div.highcharts-container",
        Role.DROPPED,
        Reason.WIDGET,
    ),
    BlockRule("button", "button", Role.DROPPED, Reason.WIDGET),
    BlockRule(
        "related",
        "section.collection, section.nopqrstu, div.jgG9YY6ITETnf_0W9g, div.streamItem--section, "
        "section.globalFooterCards, section.arbor-grid-container, div.js-elevateBottomRecirc, "
        "section.single-story-module",
        Role.RELATED,
    ),
    BlockRule("related-heading", "div.streamItem--heading", Role.DROPPED, Reason.NAVIGATION),
    BlockRule("teaser", "div.u-table", Role.DROPPED, Reason.NAVIGATION),
    BlockRule(
        "source-promo",
        "div.dndo, div.bqdn, section.wxyz, section.sosumi",
        Role.DROPPED,
        Reason.PROMO,
    ),
)

TEXT_RULES = (TextRule("empty", EMPTY_LINE, Role.DROPPED, Reason.EMPTY),)

PROFILE = SiteProfile(
    id="neist",
    name="Nei.st",
    tags=("Nei.st",),
    hosts=("nei.st",),
    content_selector="div.entry-content",
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector="figcaption",
    credit_patterns=(CAPTION_CREDIT,),
    byline_patterns=(BYLINE,),
    related_link_selector=RELATED_LINKS,
    boilerplate_markers=(
        "You’ve hit the wall.",
        "Inside Premium Subscriptions",
        "All the News That's Fit to Print",
        "Published since September 1843",
    ),
)
