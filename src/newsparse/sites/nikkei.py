"""Nikkei Chinese (日经中文网, cn.nikkei.com), as the mirror carried it in 2023.

The generic layer reads most of it: plain `<p>` story text, images in one-cell
tables with the caption in the next row, bold subheads, the closing
`版权声明：…版权所有` notice. What is the site's own is the closing byline line
`日本经济新闻（中文版：日经中文网）花房良祐 古贺雄大 休斯顿`: the paper, the
reporters, then where they filed from. Source: the mirror's posts of
2023-07-10 (`posts-mirror/`).
"""

from __future__ import annotations

import re

from .profile import Role, SiteProfile, TextRule

_NAME = r"[\u4e00-\u9fff·]{2,6}"

CLOSING_BYLINE = re.compile(
    r"^日本经济新闻\s*[（(]中文版[：:]\s*日经中文网[）)]\s*"
    rf"(?P<names>{_NAME}(?:[\s、，,]+{_NAME})*?)(?:\s*(?:汇总|彙總|报道|報導))?$"
)
"""`日本经济新闻（中文版：日经中文网）花房良祐 古贺雄大 休斯顿` → 花房良祐, 古贺雄大 (the places
reporters filed from, `休斯顿`, `首尔`, are known places and no names); `… 竹内弘文 纽约、伴百江 汇总`."""

PROFILE = SiteProfile(
    id="nikkei",
    name="Nikkei Chinese (日经中文网)",
    tags=("日本経済新聞", "日本经济新闻", "日经中文网"),
    hosts=("cn.nikkei.com", "zh.cn.nikkei.com"),
    text_rules=(TextRule("closing-byline", CLOSING_BYLINE, Role.BYLINE, parses=True),),
    boilerplate_markers=("版权声明：日本经济新闻社版权所有",),
)
