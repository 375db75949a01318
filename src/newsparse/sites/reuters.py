"""Reuters Chinese (路透中文网, cn.reuters.com), in the three markups its feed carried.

- July–August 2020, the old cn.reuters.com page: `div.StandardArticleBody_body` holding
  the `p`s, a `div.PrimaryAsset_container` figure (`figcaption > div.Image_caption`),
  the `p.Attribution_content` editor line and the 「我们的标准：」 trust badge.
- Early September 2020, the React reuters.com page: hashed classes
  (`p.Paragraph-paragraph-2Bgue`, `div.AdSlot__container___2BqUD`,
  `figure.WithCaption-container-Aau3d` with a CSS background instead of an `<img>`,
  `div.Attribution-attribution-Y5JpY > p`); only the class prefixes are stable.
- From September 2020 on, feed-built HTML: plain `p`s under the outer `div`, an
  `<img width="100%">` followed by `<div><small style="color: #999;">caption</small></div>`,
  and credit lines (when any) as plain `p`s.

Every post opens with a header `<div><i>2020-08-14T03:30:43</i></div>` (`Z`-suffixed from
September, empty in the React markup). The dateline `路透东京/波士顿8月14日 -` opens the
first paragraph; `(完)`/`（完）` closes the last. Credit lines (`编译 X/Y；审校 Z`,
`发稿 X；审校 Y`, `记者 X；审校 Y`, `采写 路透中文新闻部；撰写 X`) are cut into editor,
byline and desk segments. Sources: the mirror's 5,961 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

_ROLE_WORDS = "编译|审校|发稿|整理|记者|作者|撰写|撰稿|采写"
_NAME = rf"(?!{_ROLE_WORDS})[\u4e00-\u9fff]{{2,4}}"
_NAMES = rf"{_NAME}(?:\s*/\s*{_NAME})*"
_DESK = r"路透[\u4e00-\u9fff]{0,6}部"
_SEP = r"\s*[;；]?\s*"
_SEGMENT = rf"(?:编译/审校|{_ROLE_WORDS})\s*[/：:]?\s*(?:{_NAMES}|{_DESK})"
_REST_IS_CREDITS = rf"(?=(?:{_SEP}{_SEGMENT})*{_SEP}[）)]?$)"

FEED_DATE_PREFIX = re.compile(
    rf"^(?:Reuters)?(?:\d{{1,2}}月\d{{1,2}}日?\s*)?-\s+(?=(?:{_ROLE_WORDS})|[（(])"
)
"""`Reuters9月11日 - ` or `12月30日 - ` glued before a credit line or desk note by the feed:
`Reuters9月11日 - 发稿 黄斌/马蓉`, `Reuters12月4日 - (新增孟晚舟被捕和庭审背景)`."""

HEADER_TIMESTAMP = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ?$")
"""`2020-08-14T03:30:43`, `2020-09-10T00:17:41Z`: the header line above the story."""

EDITOR_LINE = re.compile(
    rf"(?:^|[（(])(?P<role>编译/审校|编译|审校|发稿|整理)\s*[/：:]?\s*"
    rf"(?P<names>(?:{_NAMES})?(?:{_SEP}(?:编译|审校)\s*{_NAMES})*)"
    rf"(?:{_SEP}(?:编译|审校))?\s*[;；]?\s*[）)]?$"
)
"""An editor line, alone or in parentheses closing a paragraph: `编译 戴素萍/汪红英;审校 陈宗琦`,
`发稿 张金栋；审校 吴云凌`, `编译/审校 李爽/白云`, `…(完) (发稿 许菁；审校 林高丽)`. A role left
without names (`编译 高思佳；审校`) is dropped."""

EDITOR_SEGMENT = re.compile(
    rf"^(?:编译/审校|编译|审校|发稿|整理)\s*[/：:]?\s*{_NAMES}{_SEP}{_REST_IS_CREDITS}"
)
"""The editor part opening a mixed credit line: `发稿 许菁；` in `发稿 许菁；撰写 乔艳红；审校 杨淑祯`,
`编译 王凤昌 ` in `编译 王凤昌 发稿 朱淑珍`."""

BYLINE_SEGMENT = re.compile(
    rf"^(?:记者|作者|撰写|撰稿)\s*[/：:]?\s*(?P<names>{_NAMES}){_SEP}{_REST_IS_CREDITS}"
)
"""A byline, or the reporter or writer part of a credit line: `作者 边竞/李宏薇/侯向明`,
`作者/沈燕`, `记者 梁慧仪; ` in `记者 梁慧仪; 审校 吴云凌`, `撰写 乔艳红` in
`采写 路透北京中文部；撰写 乔艳红`."""

DESK_SEGMENT = re.compile(rf"^(?:采写|发稿)\s*[/：:]?\s*{_DESK}{_SEP}{_REST_IS_CREDITS}")
"""A newsroom, not a person: `采写 路透中文新闻部；` in `采写 路透中文新闻部；撰写 李宏薇`."""

CONTRIBUTORS = re.compile(
    r"^[（(](?:路透)?(?:[\u4e00-\u9fff]{0,4}部)?(?P<names>[^（）()]{2,40}?)(?:对本文)?亦有(?P<role>贡献)[）)]$"
)
"""`（路透新闻部周静远、马蓉对本文亦有贡献）`, `（北京中文部黄斌对本文亦有贡献）`: contributors."""

END_MARK = re.compile(r"\s*[（(]完[)）]$")
"""`…受限。(完)` or a `（完）` line of its own: the end of the story."""

UPDATE_NOTE = re.compile(r"^[（(][^（）()]{0,20}?(?:新增|增加|更新|修正|补充|更正)[^（）()]*[）)]$")
"""`（新增香港保安局回应和背景资料）`, `（更正：标题及内文澄清是“英格兰”封锁…）`,
`（对11月26日稿件的更新，新增中国石油集团发言人评论）`: desk notes on the story's versions."""

CLICK_THROUGH = re.compile(
    r"^(?:here|(?:[^。！？]{0,30}[，,]\s*)?[^。！？，,]{0,20}(?:点[击选]|请参见)"
    r"[^。！？，,\s]{0,30}\s*[^。！？\s]*)\s*$"
)
"""`欲览报告全文，请点击：here`, `参看详情，请点选央行网站file:///C:/…`, `欲览详情，请参见外管局网站：
www.safe.gov.cn`, and a `here` link standing alone: pointers to a source page."""

CODE_LINKS = re.compile(r"^\*{4}[^*]{2,40}\*{4}")
"""`****查阅相关新闻或页面，请点选下列代码连结**** 美国股市 [.NCN] …`: terminal codes."""

GRAPHIC_LINK = re.compile(r"^[^。！]{0,40}?[：:\s(（]*(?:https?://)?tmsnrt\.rs/\w+[)）]?$")
"""`tmsnrt.rs/3kKYZK2`, `美国工作班次增长可能趋缓 tmsnrt.rs/39llMYk`: an interactive graphic's
link, with its title."""

CAPTION_CREDIT = re.compile(
    r"\s*(?P<credit>REUTERS?/[^。]+?|[A-Za-z][^\u4e00-\u9fff。]*?\bvia\s+REUTERS"
    r"|[^\s。，]{1,12}/REUTERS)\s*$",
    re.IGNORECASE,
)
"""The photo credit closing a caption: `…驶入盐田港。REUTERS/Martin Pollard`,
`…上讲话。Greg Nash/Pool via REUTERS`, `KCNA/via REUTERS`, `…智能手机。苹果/REUTERS`."""

DATELINE = re.compile(
    r"^(?:(?:Reuters)?\d{1,2}月\d{1,2}日?\s*-\s*|-\s*)?(?P<raw>(?P<agency>路透)(?P<location>[^\d\s，。]{0,30}?)"
    r"(?:(?P<month>\d{1,2})?月)?(?P<day>\d{1,2})日\s*[-–—])"
)
"""`路透东京/波士顿8月14日 -`, `路透9月9日 -`: location as written, none when absent; the feed
may glue its own date before it (`10月5日 - 路透香港10月2日 -`, `Reuters10月7日 - 路透华盛顿…`)."""

BLOCK_RULES = (
    BlockRule(
        "trust-badge", "div.StandardArticleBody_trustBadgeContainer", Role.DROPPED,
        Reason.BOILERPLATE,
    ),
    BlockRule("ad-slot", '[class*="AdSlot__"]', Role.DROPPED, Reason.AD),
    BlockRule("figure-2020", "div.PrimaryAsset_container", Role.FIGURE),
    BlockRule("figure-react", 'figure[class*="WithCaption-container"]', Role.FIGURE),
    BlockRule("feed-caption", 'div:has(> small[style*="#999"])', Role.CAPTION),
)  # fmt: skip

TEXT_RULES = (
    TextRule("header-timestamp", HEADER_TIMESTAMP, Role.DROPPED, Reason.HEADER),
    TextRule("feed-date", FEED_DATE_PREFIX, Role.DROPPED, Reason.HEADER, cut=Cut.SPAN),
    TextRule("end-mark", END_MARK, Role.DROPPED, Reason.END_MARK, cut=Cut.TAIL),
    TextRule("editor-line", EDITOR_LINE, Role.EDITOR, cut=Cut.TAIL),
    TextRule("desk", DESK_SEGMENT, Role.DROPPED, Reason.BOILERPLATE, cut=Cut.SPAN),
    TextRule("byline", BYLINE_SEGMENT, Role.BYLINE, cut=Cut.SPAN),
    TextRule("editor-segment", EDITOR_SEGMENT, Role.EDITOR, cut=Cut.SPAN),
    TextRule("contributors", CONTRIBUTORS, Role.CREDIT),
    TextRule("update-note", UPDATE_NOTE, Role.DROPPED, Reason.HEADER),
    TextRule("click-through", CLICK_THROUGH, Role.DROPPED, Reason.NAVIGATION),
    TextRule("code-links", CODE_LINKS, Role.DROPPED, Reason.NAVIGATION),
    TextRule("graphic-link", GRAPHIC_LINK, Role.DROPPED, Reason.WIDGET),
)

PROFILE = SiteProfile(
    id="reuters",
    name="Reuters Chinese (路透中文网)",
    tags=("路透",),
    hosts=("cn.reuters.com", "reuters.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector=".Image_caption",
    credit_patterns=(CAPTION_CREDIT,),
    dateline_patterns=(DATELINE,),
    editor_patterns=(EDITOR_LINE, CONTRIBUTORS),
    byline_patterns=(BYLINE_SEGMENT,),
    boilerplate_markers=("我们的标准", "信任原则"),
)
