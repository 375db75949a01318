"""BBC Chinese (BBC中文, bbc.com/zhongwen/simp), in the markups the mirror carries.

- Old CPS pages rewritten by the feed (18 July – 17 September 2020): flat `<figure>` with
  a `©`-credited `<figcaption>`, `p.story-body__introduction`, plain `<p>`,
  `h2.story-body__crosshead`, `ul.story-body__unordered-list` link lists, video
  placeholders (`img.media-placeholder` + a `…/embed` link), `aside.pullout` boxes.
- Old CPS page HTML as served (17–21 July 2020): `div.story-body__inner`,
  `div.media-landscape` images with `span.off-screen` labels (`图片版权`,
  `Image caption`), `div.bbccom_slot` ads, an `<i>2020年 7月 18日</i>` header line.
  Such an image block is read whole when it has a credit (`caption_selector`), so
  that `COPYRIGHT_LABEL_CREDIT` splits the credit from the caption after it.
- styled-components pages (June–November 2020): `p.Paragraph-k859h4-0`,
  `h2.SubHeading-…`, `h1.Headline-…`, `time.StyledTimestamp-…`, a
  `div.StyledByline` > `ul.Person-…` byline, `section.AdContainer-…` ads.
- emotion pages (29 October 2020 on, and one 2014 story re-fetched): the same components with `css-<hash>-Name`
  classes (`css-3pm568-Paragraph`, `css-10tk4x-SubHeading`, `css-…-BulletedList`).
- Title-only posts: the feed gave nothing but the title in a bare `<div>`.

Class hashes change between builds, so selectors match the semantic part of a
class (`[class*="Paragraph"]`, `[class*="Headline"]`). Sources: the 150 posts of
the corpus and the 1,993 BBC posts of the mirror's 2021 archive.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Reason, Role, SiteProfile, TextRule

SEPARATOR_ALTS = (
    "line",
    "line break",
    "presentation line",
    "presentational grey line",
    "2px presentational grey line",
    "short presentational grey line",
    "transparent line",
    "1px transparent line",
    "short presentational transparent line",
    "transparent line (white space)",
    "presentational white space",
    "section divider",
    "link box banner top",
    "link box banner bottom",
    "banner",
    "分隔线",
    "间隔线",
)
"""`alt` of the rule and spacer images BBC sets between sections (`<img alt="line" …>`)."""

SEPARATOR_FILES = (
    "grey_line",
    "line976",
    "white_line",
    "white_space",
    "transparent",
    "_separator-nc",
    "banner_bottom",
    "banner_top",
    "_strap_",
)
"""Parts of those images' file names (`…/_105894347_grey_line-nc.png`), for the ones without `alt`."""

_SEPARATOR_IMG = ", ".join(
    [f'img[alt="{alt}" i]' for alt in SEPARATOR_ALTS]
    + [f'img[src*="{part}"]' for part in SEPARATOR_FILES]
)
_SEPARATOR_FIGURE = ", ".join(
    f':is(figure, div[class*="media-"]):has({image})' for image in _SEPARATOR_IMG.split(", ")
)

FIGURE_CREDIT = re.compile(r"\s*(?P<credit>©[^©]+?)\s*$")
"""`中国驻英国大使刘晓明去年开通推特账号 ©Reuters/Twitter` — the credit closing a figcaption."""

COPYRIGHT_LABEL_CREDIT = re.compile(r"^图片版权\s*(?P<credit>\S.*?)\s*(?:Image caption|$)")
"""`图片版权Getty ImagesImage caption鸦片战争资料图片。…`: an old CPS image read whole — the
off-screen label and the credit, then the off-screen label of the caption that follows."""

HEADER_DATE = re.compile(r"^\d{4}年\s+\d{1,2}月\s+\d{1,2}日$")
"""`2020年 7月 18日`: the date line above an old CPS page (spaces after 年 and 月)."""

EMBED_END_MARK = re.compile(r"^(?:结尾|跳过) \S+ 帖子")
"""`结尾 Twitter 帖子, 1`: the skip-link text around an embedded post, should it stand alone."""

RELATED_TITLE = re.compile(
    r"^(?:(?:相关(?:内容|报道|故事|阅读)|本周其他的?重要故事)\s*[：:]?"
    r"|[^，。]{0,30}更多[^，。]{0,30}报道\s*[：:]|BBC[^，。]{0,30}更多[^，。]{0,30}报道)$"
)
"""`相关内容`, `本周其他重要故事：`, `新冠病毒更多报道：`, `BBC更多有关新疆“再教育营”的报道` — the title
over a list of related stories."""

PROGRAM_NOTE = re.compile(
    r"^(?:本(?:专栏|《[^》]+》)来自[^。]{0,12}《[^》]+》。|《[^》]{2,8}》(?:（[^）]*）)?每?周?为您(?:找来|带来).*"
    r"|（本音频内容不代表BBC立场。）)$"
)
"""`本专栏来自粤语《时事一周》。`, `《记者来鸿》（From Our Own Correspondent）为您带来…`,
`（本音频内容不代表BBC立场。）` — a radio column's blurb and disclaimer."""

COPYRIGHT_LINE = re.compile(
    r"^(?:文中|所有)?图片(?:[，,]?版权所有|均受版权保护)(?:[，,：:。.].{0,80})?$"
)
"""`所有图片版权所有。`, `所有图片均受版权保护.`, `图片版权所有：CIRCE/Renaud de Stephanis；BBC；David Smith`
— a photo copyright notice."""

PUNCTUATION_ONLY = re.compile(r"^[\s.。，、·…]+$")
"""`.`: a stray paragraph holding only punctuation."""

_GLOSS = r"\s*(?:[（(]\s*[A-Za-z][A-Za-z .'’\-]*\s*[)）])?"
_NAME_CHAR = r"[^\s，。：:、；;（()）\d*？?！!·•‧.的]"
_NAME = (
    rf"(?!发自|从)(?:{_NAME_CHAR}{{1,8}}(?:[·•‧.]\s?{_NAME_CHAR}{{1,8}}){{1,2}}"
    rf"|{_NAME_CHAR}{{2,6}})"
)

BYLINE_LINE = re.compile(
    r"^[－—\-]?\s*(?P<title>BBC[^\s，。：:（()）]{0,16}?(?:记者|主编|编辑|分析师|评论员|通讯员))\s*"
    rf"(?P<names>{_NAME}){_GLOSS}"
    r"(?:\s*(?:发自|从)[^\s，。：:]{2,16}?(?:发回)?(?:报道|报导)?"
    r"|(?:\s+|(?<=[)）])\s*)[^\s，。：:]{2,8}(?:报道|报导)"
    r"|[^\s，。：:]{2,3}(?:报道|报导)"
    r"|\s*的?分析)?"
    r"\s*[：:。]?$"
)
"""`BBC驻北美记者安东尼·泽克尔（Anthony Zurcher）`, `BBC中文驻北美记者冯兆音从纽约、华盛顿发回报道。`
— a correspondent's byline standing as its own line, often over an analysis box."""

BYLINE_NAME_FIRST = re.compile(
    rf"^(?P<names>{_NAME})\s*[（(]\s*[A-Za-z][A-Za-z .'’\-]*\s*[)）]\s*"
    r"(?:(?P<title>BBC[^\s，。：:（()）]{0,16}(?:记者|主编|编辑|分析师|评论员|通讯员))|报道|报导)$"
)
"""`安东尼·泽克尔（Anthony Zurcher）BBC驻北美记者`, `里图·普拉萨德（Ritu Prasad）报道` — name first."""

PERSON_NAME = re.compile(rf"^(?:作者[：:])?\s*(?P<names>.+?){_GLOSS}\s*$")
"""`帕布罗·乌卓亚（Pablo Uchoa）` in the `ul.Person` byline: the name, without its English gloss."""

_ROLE = (
    r"(?:撰稿|撰文|编写|[采採][访訪]|拍摄|摄影|摄像|摄制|视频制作|制作|制片人|监制|剪辑|图片|编译|翻译"
    r"|责编|编辑|审校|补充报道)"
)
CREDIT_LINE = re.compile(
    rf"^(?P<open>[（(])?(?P<role>{_ROLE}(?:[/、]{_ROLE})*"
    r"|记者(?=[：:][^；]*；[^；：:]{1,4}[：:]))[：:]\s*(?P<names>[^。，？！?!]{1,120}?)(?(open)[）)])$"
)
"""`视频制作：Michael Onyiego、Sofia Bettiza`, `(编写/责编：横路)`, `拍摄/剪辑：王哲珺`,
`採访、摄影、剪辑：李洛` (2023) — a line of
credits (a reporter's `记者：` only when more roles follow after `；`)."""

MEDIA_SOURCE = re.compile(r"^(?:视频|影片素材|影片|图片)来源[：:].{1,60}$")
"""`视频来源：AFP, Reuters`: where a story's footage came from."""

CONTRIBUTOR_LINE = re.compile(
    rf"^\*?\s*(?P<names>{_NAME}){_GLOSS}\s*(?P<role>参与报道|协助报道)。?$"
)
"""`*维拉·曼登戈利（Vera Mantengoli）参与报道。` closing a story."""

BLOCK_RULES = (
    BlockRule(
        "headline",
        'h1[class*="Headline"], h1[class*="VisuallyHiddenText"], strong[class*="Headline"]',
        Role.DROPPED,
        Reason.DUPLICATE,
    ),
    BlockRule("timestamp", 'time, [class*="StyledTimestamp"]', Role.DROPPED, Reason.HEADER),
    BlockRule("byline-name", 'ul[class*="Person"] > li[class*="Name"]', Role.BYLINE),
    BlockRule(
        "byline-title", 'ul[class*="Person"] > li[class*="Title"]', Role.DROPPED, Reason.HEADER
    ),
    BlockRule(
        "ad",
        'section[data-e2e="advertisement"], section[class*="AdContainer"], .bbccom_slot, '
        ".dotcom-ad",
        Role.DROPPED,
        Reason.AD,
    ),
    BlockRule(
        "social-embed",
        'div.social-embed, div:has(> div > a[class*="SkipLink"]), blockquote.twitter-tweet, '
        "blockquote.instagram-media, blockquote.fb-xfbml-parse-ignore, .lazyload-wrapper, "
        'div.media-with-caption, a[href$="/embed"], .bbc-news-vj-embed-wrapper, div.idt2, '
        'div[class*="news_idt__image-slider"]',
        Role.EMBED,
    ),
    BlockRule("video-placeholder", "img.media-placeholder", Role.DROPPED, Reason.WIDGET),
    BlockRule("pull-quote", "aside.quote", Role.DROPPED, Reason.DUPLICATE),
    BlockRule("separator-figure", _SEPARATOR_FIGURE, Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("separator-image", _SEPARATOR_IMG, Role.DROPPED, Reason.BOILERPLATE),
    BlockRule(
        "figure",
        'figure, div[class*="media-landscape"], div[class*="media-portrait"]',
        Role.FIGURE,
    ),
    BlockRule(
        "related-list",
        "ul:has(> li a):not(:has(> li:not(:has(a)):not(:empty)))",
        Role.RELATED,
    ),
)

TEXT_RULES = (
    TextRule("header-date", HEADER_DATE, Role.DROPPED, Reason.HEADER),
    TextRule("embed-end-mark", EMBED_END_MARK, Role.DROPPED, Reason.WIDGET),
    TextRule("related-title", RELATED_TITLE, Role.DROPPED, Reason.NAVIGATION),
    TextRule("program-note", PROGRAM_NOTE, Role.DROPPED, Reason.PROMO),
    TextRule("copyright-line", COPYRIGHT_LINE, Role.DROPPED, Reason.COPYRIGHT),
    TextRule("media-source", MEDIA_SOURCE, Role.DROPPED, Reason.COPYRIGHT),
    TextRule("punctuation-only", PUNCTUATION_ONLY, Role.DROPPED, Reason.EMPTY),
    TextRule("byline-line", BYLINE_LINE, Role.BYLINE),
    TextRule("byline-name-first", BYLINE_NAME_FIRST, Role.BYLINE),
    TextRule("credit-line", CREDIT_LINE, Role.CREDIT),
    TextRule("contributor-line", CONTRIBUTOR_LINE, Role.CREDIT),
)

PROFILE = SiteProfile(
    id="bbc",
    name="BBC Chinese (BBC中文)",
    tags=("BBC",),
    hosts=("www.bbc.com", "bbc.com", "bbc.co.uk"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector='div[class*="media-"]:has(.story-image-copyright), .media-caption__text',
    credit_patterns=(FIGURE_CREDIT, COPYRIGHT_LABEL_CREDIT),
    editor_patterns=(CREDIT_LINE, CONTRIBUTOR_LINE),
    byline_patterns=(BYLINE_LINE, BYLINE_NAME_FIRST, PERSON_NAME),
    boilerplate_markers=(
        "使用浏览器播视频",
        "view video in browser",
        "图片版权",
        "Image caption",
        "帖子, 1",
    ),
    generic_exclusions=("aside",),  # `aside.pullout` boxes are background the story reads on with
)
