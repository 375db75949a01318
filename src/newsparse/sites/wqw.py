"""Weiquanwang (维权网, wqw2010.blogspot.com), a Blogger feed of texts pasted from MS Word.

Markup variants: `div.MsoNormal` paragraphs with `<div class="MsoNormal"><br /></div>`
spacers inside a `div[trbidi]` wrapper (July–September 2020); a WordPress page
pasted into that wrapper (`div.entry-content > div`, `figure.wp-block-image`,
an `h1`/`h2` author line); `p.MsoNormal > span[style*=宋体]` paragraphs with empty
`<o:p>` (from August 2020 on, most posts); plain `<p>`; loose inline text right
after the Blogger `<a name='more'>` jump, which is the first paragraph. Images are
`div.separator > a > img` (after the text in most posts), once a
`table.tr-caption-container` with Blogger's untouched caption placeholder.
News reports open with the stamp `（维权网信息中心报道）`; commentaries with a
`特约评论员：X` line; letters close with a date-only line.
Source: the mirror's posts of the site, July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Reason, Role, SiteProfile, TextRule

DATELINE = re.compile(r"^\s*(?P<raw>[（(](?P<agency>维权网)信息中心(?:报道|報導)[）)])")
"""`（维权网信息中心报道）2020年11月9日，本网获悉：…` (also with ASCII parentheses): agency only."""

END_MARK = re.compile(r"^[（(]未完待续[）)]$")
"""`（未完待续）` closing an instalment of a serial."""

DATE_ONLY = re.compile(
    r"^[-—–\s]*(?:\d{4}\s*(?:年年?\s*\d{1,2}\s*[月日]\s*\d{1,2}\s*日|[.．/-]\s*\d{1,2}\s*[.．/-]\s*\d{1,2}日?)"
    r"|二[〇O○零][〇O○零一二三四五六七八九]{2}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
    r"\s*(?:星期[一二三四五六日天])?\s*(?:[上中下]午|早上?|晚上?|凌晨)?"
    r"\s*(?:\d{1,2}[:：]\d{2}|\d{1,2}时(?:\d{1,2}分)?)?$"
)
"""A line holding only a date (and time): `2020年7月21日`, `2021.1.3`, `---2020.12.10`,
`2020年12月8日星期二`, `二O一九年八月四日` — the date line heading or signing a letter."""

BYLINE = re.compile(
    r"^(?:(?:特约评论员|作者)\s*[：:]\s*|文\s*[/／]\s*)(?P<names>[^\s：:，。,/]{2,12}?)"
    r"(?:\s+\d{4}[-.年/]\d{1,2}[-.月/]\d{1,2}日?)?$"
)
"""`特约评论员：鲍平山`, `作者：吴有水 2020-7-29`, `文/肥猪满圈` standing as lines of their own."""

SOURCE_LINE = re.compile(r"^来源[：:]")
"""`来源：周泽律师 直言一堂 2021年1月5月 （原公众号文章已无法访问)` above a reposted text."""

PHOTO_CAPTION = re.compile(
    r"^[（(【][^（）()【】]*(?:照片|[前后合近]照|照[）)]|图片|画面|左起|右起|[左右][一二三四五六]为|附图)"
    r"[^（）()【】]*[）)】]$"
)
"""A whole line in brackets describing a photo: `（被抓前后照）`, `（勒智多杰受审时画面）`,
`（左起：施明磊，葛红，…）`, `【附图：一行人离开的时候，…】`."""

PHOTO_SOURCE = re.compile(r"[，,]\s*(?P<credit>图片来源[：:]?[^，,。；;（）()]+)")
"""`（传说中的关禁闭，图片来源网络，与本文内容无关）` → credit `图片来源网络`."""

CAPTION_PLACEHOLDER = "添加图片说明"
"""Blogger's "add a caption" text, left in `td.tr-caption` when the author wrote none."""

BLOCK_RULES = (
    BlockRule(
        "caption-placeholder",
        f'td.tr-caption:lexbor-contains("{CAPTION_PLACEHOLDER}")',
        Role.DROPPED,
        Reason.BOILERPLATE,
    ),
    BlockRule("blogger-caption", "td.tr-caption", Role.CAPTION),
)

TEXT_RULES = (
    TextRule("end-mark", END_MARK, Role.DROPPED, Reason.END_MARK),
    TextRule("date-only", DATE_ONLY, Role.DROPPED, Reason.HEADER),
    TextRule("byline", BYLINE, Role.BYLINE),
    TextRule("source-line", SOURCE_LINE, Role.DROPPED, Reason.HEADER),
    TextRule("photo-caption", PHOTO_CAPTION, Role.CAPTION),
)

PROFILE = SiteProfile(
    id="wqw",
    name="Weiquanwang (维权网)",
    tags=("维权网",),
    hosts=("wqw2010.blogspot.com",),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    credit_patterns=(PHOTO_SOURCE,),
    dateline_patterns=(DATELINE,),
    byline_patterns=(BYLINE,),
    boilerplate_markers=("未完待续", CAPTION_PLACEHOLDER),
)
