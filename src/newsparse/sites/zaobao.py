"""Lianhe Zaobao (联合早报, zaobao.com realtime/china), as its feed delivered the story.

One markup over the whole period: the Drupal article body, flattened into the outer
`<div>`: `[div.figure-media > img][figcaption] p* <section id="imu">(ad)</section> p*
<div id="innity-in-post"></div><div id="dfp-ad-midarticlespecial-wrapper"
class="dfp-tag-wrapper">…</div> [p*]`. The ad slots are empty and may stand mid-story.

- Top photo: `div.figure-media > img.img-fluid.lazyload` (`src` = `data-src`, `title` = caption)
  followed by a sibling `figcaption`; or a gallery `div.figure-media-gallery` of
  `div.figure-media-gallery-slide`s, each with its own `figcaption > p`.
- Inline photos: `div.center > figure.image-placeholder > img + figcaption`, or a bare
  `p.center > img`.
- Captions end with their source in brackets, `（路透社）`, `（微博）`, `（互联网）`: split off as the
  credit, brackets kept (gold convention for this site).
- Embeds: `div.media_embed` (YouTube `iframe`, `blockquote.twitter-tweet`), `div.oembed`,
  `div.fb-post`; a `（视频来源：YouTube/…）` line under a video credits the video, not the story.
- Text: `p`, a few `h3` subheads, `ul/ol > li`, a `blockquote`, a `table`, a `pre`; some `p`s use
  `<br><br>` as paragraph breaks. The story rarely opens with a stamp, `（早报讯）`.
Sources: the mirror's 8,540 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

SOURCE_CREDIT = re.compile(
    r"(?P<credit>[（(](?!(?:档案照|档案图|资料图|资料照|合成图)[）)])[^（）()]+[）)])[\s\u200b]*$"
)
"""`…街道上漆黑一片。（微博）` → credit `（微博）`, brackets kept (gold convention for this site).
A bare `（档案照）` or `（资料图）` describes the photo and stays in the caption."""

PAPER_DATELINE = re.compile(
    r"^(?P<raw>[（(](?:(?P<agency>早报)|(?P<location>[^（）()\d\s]{1,6}?))??(?P<kind>综合讯|讯)[）)])"
)
"""The paper's own stamp opening the story: `（早报讯）`, `（台北讯）`, `（北京综合讯）`, `（综合讯）`."""

REPORTER_SIGN_OFF = re.compile(
    r"[（(]《?联合早报》?(?P<title>(?:[\u4e00-\u9fff]{2})?(?:记者|特派员))?"
    r"(?P<names>[\u4e00-\u9fff]{2,3}?)(?:[\u4e00-\u9fff]{2})?(?:报道)?[）)]\s*$"
)
"""The reporter's sign-off closing the story, alone or at the end of the last paragraph:
`（联合早报记者王纬温南宁报道）`, `（《联合早报》上海特派员陈婧报道）`, `（联合早报北京特派员杨丹旭）`,
`（《联合早报》台北记者庄慧良报道）`, `（《联合早报》黄小芳报道）`."""

REPORTER_NOTE = re.compile(r"^[（(]记者是《联合早报》[^（）()]*[）)]$")
"""`（记者是《联合早报》上海特派员）`: a byline note without a name."""

HEADER_BYLINE = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,3})报道$")
"""`易锐民报道`: the first of the header byline lines (name, post, e-mail) above a story."""

STAFF_POST = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:特派员|记者)$|^[\w.+-]+@sph\.com\.sg$")
"""`香港特派员`, `yikym@sph.com.sg`: the reporter's post and e-mail under the header byline."""

SPONSOR_NOTE = re.compile(r"^[（(]本文由[^（）()]{1,20}呈现[）)]$")
"""`（本文由东博会呈现）`: the advertorial mark above a sponsored story."""

SOURCE_NOTE = re.compile(r"^[（(]来源[：:][^（）()]*[）)]$")
"""`（来源：本文翻译自彭博社报道）`: where a translated story comes from."""

VIDEO_SOURCE = re.compile(r"^[（(]视频来源[：:][^（）()]*[）)]$")
"""`（视频来源：YouTube/何小飞）`: the credit line under an embedded video."""

RELATED_TITLE = re.compile(r"^相关新闻[：:]?$")
"""`相关新闻：`: the title of a related-links list."""

BLOCK_RULES = (
    BlockRule(
        "ad-slot",
        'section#imu, #innity-in-post, .dfp-tag-wrapper, [id^="dfp-ad"]',
        Role.DROPPED, Reason.AD,
    ),
    BlockRule("gallery-slide", ".figure-media-gallery-slide", Role.FIGURE),
    BlockRule("gallery-nav", ".figure-media-gallery-nav", Role.DROPPED, Reason.NAVIGATION),
    BlockRule("inline-figure", "figure.image-placeholder", Role.FIGURE),
    BlockRule("caption", "figcaption", Role.CAPTION),
    BlockRule(
        "media-embed",
        "div.media_embed, div.oembed, div.fb-post, blockquote.twitter-tweet",
        Role.EMBED,
    ),
    BlockRule("related-list", 'ul:has(> li > a[href*="/story"])', Role.RELATED),
    BlockRule("translate-icon", ".gtx-trans-icon", Role.DROPPED, Reason.WIDGET),
)  # fmt: skip

TEXT_RULES = (
    TextRule("video-source", VIDEO_SOURCE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("source-note", SOURCE_NOTE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("related-title", RELATED_TITLE, Role.RELATED),
    TextRule("reporter-note", REPORTER_NOTE, Role.BYLINE),
    TextRule("header-byline", HEADER_BYLINE, Role.BYLINE),
    TextRule("staff-post", STAFF_POST, Role.BYLINE),
    TextRule("sponsor-note", SPONSOR_NOTE, Role.DROPPED, Reason.PROMO),
    TextRule("reporter-sign-off", REPORTER_SIGN_OFF, Role.BYLINE, cut=Cut.TAIL),
)

PROFILE = SiteProfile(
    id="zaobao",
    name="Lianhe Zaobao (联合早报)",
    tags=("联合早报",),
    hosts=("www.zaobao.com", "zaobao.com", "zaobao.com.sg"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    credit_patterns=(SOURCE_CREDIT,),
    dateline_patterns=(PAPER_DATELINE,),
    byline_patterns=(REPORTER_SIGN_OFF, HEADER_BYLINE),
    boilerplate_markers=("视频来源：", "相关新闻：", "记者是《联合早报》"),
)
