"""FT Chinese (FT中文网, ftchinese.com / cn.ft.com).

One template in every post of the mirror (July 2020): an empty `<div></div>`, the
`div.story-lead` deck (a standfirst, often repeating a body sentence — not body),
`div.story-image` with the lead `<img>` (double thumbor proxy, no caption), then
`div.story-body > div#story-body-container` holding the story as `<p>`s, with
empty `div.o-ads.in-article-advert` slots between them; rarely in-story
`div.pic` images (inside a `<p>`) or FT.com `figure.n-content-picture` charts
(the Covid tracker page). Subheadings are whole-bold `<p><b>…</b></p>`.

The story closes with credit lines, each its own `<p>`, often italic:
translated FT stories with `译者/何黎` (and `X(English)华盛顿补充报道`, a bio
`本文作者是…` or `汉娜•库赫勒(Hannah Kuchler)是英国《金融时报》驻…记者`);
FT中文网 columns with a `（注：…本文仅代表作者个人观点。责编邮箱…）` note, sometimes
naming the editor (`责编：闫曼`, `本文编辑徐瑾`). No dateline, no byline line, no
related links. Sources: the mirror's 58 posts of the site, 2020-07-19 – 2020-07-27.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

TRANSLATOR_LINE = re.compile(r"^(?P<role>译者)[/／](?P<names>[^\s/／]{2,8})$")
"""`译者/何黎`: the translator of an FT story, closing it."""

DISCLAIMER_NOTE = re.compile(r"^(?:[（(]|注[：:；;]).*本文仅代表作者")
"""`（注：作者为独立评论人…。本文仅代表作者个人观点。责编邮箱bo.liu@ftchinese.com）`,
`（本文仅代表作者本人观点，责编：闫曼 man.yan@ftchinese.com)`, `注：本文仅代表作者个人观点`."""

EDITOR_NAME = re.compile(
    r"(?P<role>责编|本文编辑)[：:]?\s*(?!邮箱)(?P<names>[\u4e00-\u9fff]{2,4})(?=\s*[A-Za-z])"
)
"""`责编：闫曼 man.yan@ftchinese.com`, `本文编辑徐瑾 Jin.Xu@FTChinese.com` — a named editor
(most notes give only an e-mail address: `责编邮箱bo.liu@ftchinese.com`)."""

EDITOR_LINE = re.compile(r"^本文编辑\s*[\u4e00-\u9fff]{2,4}\s*[\w.]+@[\w.]+$")
"""`本文编辑徐瑾 Jin.Xu@FTChinese.com`: the editor line under a column."""

PRODUCTION_CREDIT = re.compile(
    r"^[（(](?P<role>[\u4e00-\u9fff、]{2,6})[：:](?:[^。：:（）()]*?(?:实习生|编辑|记者))?"
    r"(?P<names>[\u4e00-\u9fff]{2,4})。责任编辑[：:][^（）()]*[)）]$"
)
"""`（翻译、制作：数据新闻实习生赵敏竹。责任编辑：silva.shih@ftchinese.com）`."""

REPORTING_LINE = re.compile(
    r"^(?P<names>[\u4e00-\u9fff•·]{2,15}(?=\s*[(（])|[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,3})"
    r"\s*(?:[(（][A-Za-z .'-]+[)）])?[\u4e00-\u9fff]{0,6}?补充报道$"
)
"""`詹姆斯•波利提(James Politi)华盛顿补充报道`, `Xueqiao Wang北京补充报道`: additional reporting
(the name without its English gloss and city)."""

REPORTING_CUE = re.compile(r"^[^。，！？；]{2,80}补充报道$")
"""Any whole line `…补充报道`: an additional-reporting credit, whether or not its names can be read
(`王五北京补充报道` keeps no name: place and name are written together)."""

REPORTING_NAME = re.compile(
    r"^(?P<names>[\u4e00-\u9fff]{1,6}•[\u4e00-\u9fff•]{1,12})\s*[(（][A-Za-z .'-]+[)）]"
    r"(?![的是在与和])[\u4e00-\u9fff]{2,4}$"
)
"""`戴维•基奥恩(David Keohane)巴黎`: one reporter of a list `A(…)巴黎、B(…)雅典…补充报道`,
once the list is cut at its `、`."""

REPORTING_SEPARATOR = re.compile(
    r"(?:(?<=[)）][\u4e00-\u9fff]{2})|(?<=[)）][\u4e00-\u9fff]{3})|(?<=[)）][\u4e00-\u9fff]{4}))"
    r"、(?=[^。]*补充报道$)"
)
"""The `、` between reporters in `戴维•基奥恩(David Keohane)巴黎、克林•霍普(Kerin Hope)雅典补充报道`."""

AUTHOR_NOTE = re.compile(
    r"^(?:本文作者(?:是|系|为|在)"
    r"|(?P<names>[\u4e00-\u9fff•·]{2,15})\s*(?:[(（][A-Za-z .'-]+[)）])?是"
    r"(?P<title>英国《金融时报》[^。，,]{2,30}(?:记者|编辑|评论员|主编|专栏作家|撰稿人))。?$)"
)
"""`本文作者是英仕曼GLG(Man GLG)的投资策略师`, `汉娜•库赫勒(Hannah Kuchler)是英国《金融时报》驻美国
医药和生物技术记者`: the note on the writer under (rarely above) the story."""

COLUMN_BLURB = re.compile(
    r"^(?:Lex专栏是由FT评论家联合撰写的短评|【编者的话】本文为《[^》]{2,12}》系列"
    r"|本栏目由FT中文网与.{2,40}主办$)"
)
"""`Lex专栏是由FT评论家联合撰写的短评…`, `【编者的话】本文为《每周数读》系列…`,
`本栏目由FT中文网与“经纬远见”公众号、中华智库基金会共同主办`: a column's standing description."""

BLOCK_RULES = (
    BlockRule("story-lead", "div.story-lead", Role.DROPPED, Reason.HEADER),
    BlockRule("lead-image", "div.story-image", Role.FIGURE),
    BlockRule("in-article-ad", "div.o-ads", Role.DROPPED, Reason.AD),
)

TEXT_RULES = (
    TextRule("translator", TRANSLATOR_LINE, Role.EDITOR),
    TextRule("disclaimer-note", DISCLAIMER_NOTE, Role.EDITOR),
    TextRule("editor-line", EDITOR_LINE, Role.EDITOR),
    TextRule("production-credit", PRODUCTION_CREDIT, Role.CREDIT),
    TextRule("reporting-separator", REPORTING_SEPARATOR, Role.BYLINE, cut=Cut.SPAN),
    TextRule("author-note", AUTHOR_NOTE, Role.BYLINE),
    TextRule("additional-reporting", REPORTING_CUE, Role.BYLINE),
    TextRule("additional-reporter", REPORTING_NAME, Role.BYLINE),
    TextRule("column-blurb", COLUMN_BLURB, Role.DROPPED, Reason.BOILERPLATE),
)

PROFILE = SiteProfile(
    id="ft",
    name="FT Chinese (FT中文网)",
    tags=("金融时报",),
    hosts=("cn.ft.com", "ftchinese.com", "www.ftchinese.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    editor_patterns=(TRANSLATOR_LINE, PRODUCTION_CREDIT, EDITOR_NAME),
    byline_patterns=(AUTHOR_NOTE, REPORTING_LINE, REPORTING_NAME),
    boilerplate_markers=(
        "译者/",
        "本文仅代表作者",
        "责编邮箱",
        "责任编辑邮箱",
        "补充报道",
    ),
)
