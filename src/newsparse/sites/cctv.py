"""CCTV Xinwen Lianbo (新闻联播) digests, via cn.govopendata.com.

Each post is the day's list of broadcast segments: a bare `<div>` of `<li>`
items (no `ul`), each one `<a target="_blank" href=".../xinwenlianbo/YYYYMMDD/#N">`
whose text is the segment headline (`【走向我们的小康生活】…`, `国内联播快讯`).
Every item is one body paragraph (a list item); the hrefs are in-page anchors
of the same transcript, not related articles. Two posts are placeholders
without a list: `<div>2020-11-02 新闻联播 文字版查看详细内容</div>`, a stub whose
"查看详细内容" (see the details) points to the full transcript. No images,
datelines, bylines or editor lines. Sources: the mirror's 129 posts of the site
(July 2020 – January 2021; the archive holds the same 129).
"""

from __future__ import annotations

import re

from .profile import Cut, Reason, Role, SiteProfile, TextRule

SEE_DETAILS = re.compile(r"查看详细内容$")
"""`2020-11-02 新闻联播 文字版查看详细内容`: the placeholder's "see the details" link text;
the feed carried no segment list that day."""

TEXT_RULES = (TextRule("see-details", SEE_DETAILS, Role.DROPPED, Reason.TRUNCATION, cut=Cut.TAIL),)

PROFILE = SiteProfile(
    id="cctv",
    name="CCTV Xinwen Lianbo (新闻联播)",
    tags=("CCTV新闻联播",),
    hosts=("cn.govopendata.com",),
    text_rules=TEXT_RULES,
)
