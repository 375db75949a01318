"""Deutsche Welle Chinese (德国之声, dw.com/zh), in the three shapes its feed builds.

- Articles: a header `<div><i>NAME<br>2020-08-22T13:57:30.953Z</i></div>` (NAME often
  empty, sometimes `null 李澄欣` or `德国之声中文网`), the top image
  `<img src="https://images.weserv.nl/?url=api.dw.com/image/…_303.jpg">` with its caption in
  `<div><small style="color: #999;">`, then `p`s; bold `p > strong` subheadings; more
  images with the same caption div; a closing `A/B（路透社）` credit line (A wrote, B
  edited) and the `© 2020年德国之声版权声明…` line. An attached picture gallery follows
  an `<h3>相关图集：…</h3>`: `<div><img …><b>title</b>：caption</div>` items.
- Video teasers: one `p` and a `<video src="…mp4">`.
- Gallery-only posts: the `div` items alone, with no header and no `p`.

The story opens with `（德国之声中文网）` or `(德国之声中文网) `. Sources: the mirror's
3,424 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

_NAME = r"(?:[\u4e00-\u9fff]{1,4}|[A-Z][A-Za-z.\-]*(?: [A-Z][A-Za-z.\-]*){0,2})"
_SLASH = r"\s*[/／]{1,2}\s*"
_SOURCES = r"\s*[（(][^（）()]{2,40}[)）]"

DATELINE = re.compile(
    r"^(?P<raw>[（(]?\s*(?P<agency>德[国國]之[声聲圣](?:中文?[网網王部]?|中网)?)\s*[)）])"
)
"""`（德国之声中文网）`, `(德国之声中文网) `, `（德國之聲中文網）`, `（德国之声中文）`: the agency
alone."""

STAMP_ONLY = re.compile(r"^[（(]\s*德[国國]之[声聲]中文[网網]\s*[)）]$")
"""`（德国之声中文网）` standing as its own paragraph: a header dateline."""

HEADER_BYLINE = re.compile(
    r"^(?:采访记者[：:]\s*)?(?:null\s+)?(?!德[国國]之[声聲]|ARD|DW)"
    r"(?P<names>[^\d\s（(：:][^（(]*?)\s*"
    r"(?:[（(]?\s*(?:综合报[道导]|綜合報導|摘编|摘译|编译|采访记者)\s*[)）]?)?\s*\d{4}-\d\d-\d\dT"
)
"""The header's name before its timestamp: `William Yang2021-01-01T06:32:19.531Z`,
`null 李澄欣2020-…`, `达扬（摘编）2020-…`; not `德国之声中文网` or `ARD`."""

HEADER_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z?$")
"""`2020-08-22T13:57:30.953Z`: the header's date line."""

CREDIT_AUTHORS = re.compile(
    rf"(?:^|(?<=\s))(?P<names>{_NAME}(?:\s*(?:、|{_SLASH})\s*{_NAME})*?)"
    rf"(?={_SLASH}{_NAME}(?:{_SLASH})?{_SOURCES}$)"
)
"""The writers in the closing credit line: `凝炼` in `凝炼/叶宣（德新社、路透社）`, `苗子、李澄欣` in
`苗子、李澄欣/凝练（综合报道）`; the line may be glued to the last paragraph after a space
(`…的机会。 张平/ 达扬 （法新社）`)."""

CREDIT_EDITOR = re.compile(rf"^[/／]{{1,2}}\s*(?P<names>{_NAME})(?:{_SLASH})?{_SOURCES}$")
"""The editor closing the credit line, once the writers are cut off: `/叶宣（德新社、路透社）`."""

SINGLE_AUTHOR = re.compile(
    rf"^(?P<names>{_NAME}(?:、{_NAME})*)\s*(?:[/／]\s*)?"
    r"[（(][^（）()]{0,30}(?:综合报[道导]|綜合報導|摘编|编译|社|等)[)）]$"
)
"""A credit line with one writer and no editor: `李澄欣（综合报导）`, `张平/ (法新社、德新社、路透社)`."""

BYLINE_LINE = re.compile(r"^(?:采访记者|作者)[：:]\s*(?P<names>[^：:]{2,40}?)(?:\s+编译[：:].*)?$")
"""`采访记者：任琛`, `作者：Marcel Fürstenau 编译：李鱼`: a byline written as a paragraph."""

NAMES_ONLY = re.compile(rf"^(?P<names>{_NAME}(?:\s*(?:、|{_SLASH})\s*{_NAME})*)$")
"""The writers as cut from a credit line: `凝炼`, `苗子、李澄欣`, `文山/张平`."""

COPYRIGHT = re.compile(
    r"(?:^|\s)(?:[©@]\S{0,2}\s*)?(?:\d{4}\s*年\s*)?德[国國]之[声聲]版[权權][声聲]明.*$|^[©@]$"
)
"""`© 2020年德国之声版权声明：本文所有内容受到著作权法保护…`, `©️ 2020年 德国之声版权声明…`,
alone or glued to the end of the last paragraph."""

DISCLAIMER = re.compile(
    r"\s*[\[［]?摘[编译]?自[^。，]{0,12}?[，,]?不代表德[国國]之[声聲][^。，]{0,8}?观点[\]］]?。?$"
)
"""`[摘编自其它媒体，不代表德国之声观点]`, `摘编自其他媒体的内容，不代表德国之声的立场或观点`,
alone or closing the last paragraph."""

COMMENT_DISCLAIMER = re.compile(r"^德[国國]之[声聲]致力[于於]为您提供客观中立的新闻报[道导]")
"""`德国之声致力于为您提供客观中立的新闻报道，以及展现多种角度的评论分析。…`."""

PODCAST_PROMO = re.compile(
    r"^欢迎订阅德[国國]之[声聲].{0,20}播客|^(?:Feed-URL|iTunes)\s*[:：]?$"
    r"|^https?://(?:rss\.dw\.com|itunes\.apple\.com)/\S*$"
)
"""`欢迎订阅德国之声“古典音乐风”播客，…`, `Feed-URL:`, `https://rss.dw.com/xml/podcast_chi_…`."""

RELATED_LINE = re.compile(
    r"(?:^|\s|(?<=[。！？”」]))(?:延伸|延展|延申|更多)阅读\s*(?:[:：—]|\s|$).*$"
)
"""`更多阅读：北京车展…`, `延伸阅读: 专访黄台仰…`, `延伸阅读—— RBG逝世后…`: a link to another
story, alone or closing a paragraph."""

PHOTO_LINE = re.compile(r"^图文?[：:]")
"""`图：“来自卡塞尔的雅娜”在汉诺威歌剧广场…`: a photo caption written as a paragraph."""

SERIES_LABEL = re.compile(r"^专题系列[：:]")
"""`专题系列：德国的绿水青山从何而来？（三）`: the series a story belongs to, above it."""

GALLERY_TITLE = re.compile(r"^相关图集[：:]")
"""`相关图集：温莎家族：不列颠的帝王之家`: the title of the attached picture gallery."""

BLOCK_RULES = (
    BlockRule("header", "div:first-child > i:first-child", Role.BYLINE),
    BlockRule("gallery", "h3 ~ div:has(> img)", Role.FIGURE),
    BlockRule("caption", 'div:has(> small[style*="#999"])', Role.CAPTION),
)

TEXT_RULES = (
    TextRule("stamp-only", STAMP_ONLY, Role.DATELINE),
    TextRule("copyright", COPYRIGHT, Role.DROPPED, Reason.COPYRIGHT, cut=Cut.TAIL),
    TextRule("credit-authors", CREDIT_AUTHORS, Role.BYLINE, cut=Cut.SPAN),
    TextRule("credit-editor", CREDIT_EDITOR, Role.EDITOR),
    TextRule("single-author", SINGLE_AUTHOR, Role.BYLINE),
    TextRule("byline-line", BYLINE_LINE, Role.BYLINE),
    TextRule("disclaimer", DISCLAIMER, Role.DROPPED, Reason.BOILERPLATE, cut=Cut.TAIL),
    TextRule("comment-disclaimer", COMMENT_DISCLAIMER, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("podcast", PODCAST_PROMO, Role.DROPPED, Reason.PROMO),
    TextRule("related", RELATED_LINE, Role.RELATED, cut=Cut.TAIL),
    TextRule("gallery-title", GALLERY_TITLE, Role.DROPPED, Reason.WIDGET),
    TextRule("photo-line", PHOTO_LINE, Role.CAPTION),
    TextRule("series-label", SERIES_LABEL, Role.DROPPED, Reason.NAVIGATION),
    TextRule("timestamp", HEADER_TIMESTAMP, Role.DROPPED, Reason.HEADER),
)

PROFILE = SiteProfile(
    id="dw",
    name="Deutsche Welle Chinese (德国之声)",
    default_credit_role="编辑",
    tags=("德国之声",),
    hosts=("www.dw.com", "dw.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    dateline_patterns=(DATELINE,),
    editor_patterns=(CREDIT_EDITOR,),
    byline_patterns=(HEADER_BYLINE, SINGLE_AUTHOR, BYLINE_LINE, NAMES_ONLY),
    boilerplate_markers=("版权声明", "版權聲明", "不代表德国之声"),
    generic_exclusions=("caption-after-image",),
)
