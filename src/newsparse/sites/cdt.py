"""China Digital Times (中国数字时代, chinadigitaltimes.net/chinese), as its WordPress feed delivered it.

Every post is one `<div>` holding the `content:encoded` of a WordPress post. Most posts are
reposts (WeChat, Weibo, DW, BBC, RFA, 端传媒 …), so the inner markup follows the source; what
is stable is WordPress's own markup around it:

- Feed footers, by period: until early September 2020 the Ozh "Better Feed" footer
  `<hr /><p><small>&copy; ACCOUNT for <a>中国数字时代</a>, get_post_time('Y'). |<a>Permalink</a> …
  <br/>Post tags: <a rel="tag">…</a></small></p><p><small>Feed enhanced by …</small></p>`;
  then none; from November 2020 `<p>The post <a>TITLE</a> appeared first on <a>中国数字时代</a>.</p>`.
  The © line's ACCOUNT is the WordPress posting account, not an author.
- Images: `<p><img class="aligncenter wp-image-N" src="…/chinese/files/2020/09/文明码.jpg">` (the
  `src` written with raw CJK file names), or `div.wp-caption > img + p.wp-caption-text` with the
  caption. Plain caption lines follow some images: `图/网络截图`, `图 | 外卖员王计兵`.
  Amazon affiliate pixels (width 1) and images whose `src` is no address (`图片地址`) are not
  story images. Inline WordPress emoji (`img.wp-smiley`) and Weibo emoticons stand inside lines of
  text, so no rule takes them (a rule would cut the line in two).
- Captions: `p.wp-caption-text` in `div.wp-caption`; an `<em>`-only paragraph right after an image
  paragraph (`<p><img …></p><p><em>网络截图</em></p>`); caption lines `图/网络截图`.
- Related: `blockquote.wp-embedded-content` cards of CDT articles (each followed by its
  `iframe.wp-embedded-content`), usually under a `相关阅读：` line; `相关阅读：<a>…</a>` rows; a
  `<blockquote>` or `<h6>` opening with `相关阅读：`/`延伸阅读：` and holding the links.
- Embedded posts: `blockquote.twitter-tweet`, `div.fb-post`/`div.fb-video` (Facebook), YouTube
  iframes; a timeline slider's navigation (`.wpostahs-slider-nav`) repeats its slide titles.
- Credit lines of the reposted source, each its own `<p>` or `<div>`, at the top or the end:
  bylines `作者：郑也夫（北京大学教授）`, `文/六神磊磊`, `文｜Viola`, `撰文丨荆欣雨`, `口述：芊`,
  `记者：王允`; credits `编辑：黄臻曜、薇薇子`, `编辑 | 甘浩 校对 | 李项玲`, `责编：申铧 网编：洪伟`,
  several roles often on one line; DW's closing `张慈/杨威廉 (路透社、法新社)` (writer/editor);
  a closing `——苏州人 Grace` sign-off. Source lines (`来源：澎湃新闻`, `原标题：…`) are not body.
- Reposted DW stories keep DW's stamp `(德国之声中文网)`: a dateline when it opens the story.

Sources: the mirror's 1,753 posts of July 2020 – January 2021.
"""

from __future__ import annotations

import re

from .common import PARENTHESISED_CREDIT
from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

# Pieces of the credit-line patterns below.
_SEP = r"\s*[：:/／｜|丨│]\s*"
_LATIN_NAME = r"[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*){0,3}"
_HAN_NAME = r"[^\s、，,/／：:（()）|｜丨│。！？!?；;“”\"《》【】\[\]*]{1,10}"
_SPLIT_NAME = r"[\u4e00-\u9fff] [\u4e00-\u9fff]{1,2}(?=$|\s|[（(，])"
"""A two- or three-character name written with a space after the surname: `徐 媛`."""
_NAME = rf"(?:{_SPLIT_NAME}|{_LATIN_NAME}|{_HAN_NAME})"
_NAMES = rf"{_NAME}(?:\s*[、/／]\s*{_NAME})*"
_SPACED_NAMES = rf"{_NAME}(?:\s*[、，,/／\s]\s*{_NAME})*?"
_TITLE_WORDS = r"实习生|实习记者|特约撰稿人|特约记者"
_NEXT_ROLE = (
    r"(?:(?:\s+|\s*[/／;；，,]\s*)(?:[^\s：:｜|丨│/／]{1,4}\s*[：:｜|丨│]|(?:"
    + _TITLE_WORDS
    + r")\s)|\s*(?:编辑|责编|网编|校对|来源|出品)\s*[：:｜|丨│])"
)
"""Where the next role of a credits line begins: ` 编辑：`, ` / 编辑：`, ` 实习生 `, `编辑｜`."""
_LINE_END = rf"(?=\s*$|{_NEXT_ROLE})"
_AUTHOR_ROLES = r"作者/编辑|作者|文|撰文|撰写|撰稿|采写|口述|采访、撰文|采访|记者"
_CREDIT_ROLES = (
    r"(?:责任编辑|编辑排版|编辑|责编|網編|网编|校对|翻译|翻譯|译者|编译|摄影|策划|监制|整理|审校"
    r"|排版|配画|配图|美编|插画)(?:、(?:排版|配画|配图|美编|插画|编辑))*"
    rf"|{_TITLE_WORDS}"
)
_SOURCES = r"(?=[^（）()]*(?:社|综合报导|综合报道))[^（）()图照]{1,30}"
"""What DW's sign-off names in brackets: `综合报导`, `路透社、法新社`, `”香港01″、路透社等`."""

FOOTER_POST_TAIL = re.compile(r"^The post .+ appeared first on 中国数字时代\.?$")
"""`The post 人间思想笔记 | 人类去火星之后… appeared first on 中国数字时代.`: the feed's footer."""

RELATED_LABEL = re.compile(
    r"^(?:相关阅读|延伸阅读|更多阅读|关联阅读|相關閱讀|延伸閱讀)\s*[：:]?\s*(?:[（(][^（）()]*[）)])?$"
)
"""`相关阅读：` standing alone above the related cards; `关联阅读：（CDT编者：此处略，请查看原文）`."""

RELATED_ROW = re.compile(r"(?:^|(?<=\s))(?:相关阅读|延伸阅读|更多阅读)[：:]\s*\S.*$")
"""`相关阅读：【CDTV】袁腾飞：从烂剧《大秦赋》聊秽史`, alone or closing a paragraph."""

SERIES_NAV = re.compile(r"^CD[ST](?:档案|专页)\s*[|｜]\s*\S")
"""`CDS档案 | 李文亮`, `CDS档案｜新冠病毒事件总汇`: links to the site's own dossiers."""

ARCHIVE_CARD_LINE = re.compile(r"^(?:标题|来源|发表日期|主题归类|CDS收藏|CDT收藏|版权说明)[：:]")
"""The lines of the 2022 `CDT 档案卡` box above a repost (`标题：…`, `发表日期：2022.8.8`); its
`作者：…` line is the byline."""

SEPARATOR_LINE = re.compile(r"^[—\-－_=~～*＊·]+$")
"""`—————————-`, `——————`: a rule drawn with dashes."""

END_MARK = re.compile(r"^(?:-\s*完\s*-|[（(]\s*完\s*[）)]|[（(]未完待续[）)])$")
"""`-完-`, `（完）`, `（未完待续）` closing the story."""

SOURCE_LINE = re.compile(
    r"^(?:原标题|原文标题|原标题为|发布时间)\s*[：:]"
    r"|^(?:来源|來源|转自|转载自)(?:\s*[：:｜|丨│]\s*|\s+)[^。！？]{1,60}$"
)
"""`原标题：国家网信办深入推进…`, `发布时间：2014年12月30日 来源：环球时报`, `来源：澎湃新闻`, `来源 功夫财经`, `转自│刑事网`: the source's header."""

PRODUCER_LINE = re.compile(rf"^[/／]?\s*(?:出品|出品方|联合出品){_SEP}\S[^。！？]{{0,40}}$")
"""`出品丨腾讯新闻谷雨工作室`: the producing desk, an organisation, closing a credits line."""

PAYWALL_NOTE = re.compile(r"^由于端传媒是付费媒体.*请访问端传媒")
"""`由于端传媒是付费媒体，故不在此提供全文转载，如需阅读全文，请访问端传媒`."""

PHOTO_LINE = re.compile(
    r"^\*?(?:(?:图|圖|图片)\s*[/／｜|丨]|图源\s*[：:]|(?:图片|圖片)(?:来自|來自|来源|來源)[：:]?)\s*\S.{0,40}$"
)
"""`图/网络截图`, `图 | 外卖员王计兵`, `*图源：视觉中国`, `圖片來自wang l`: a caption line under an image."""

AMAZON_PROMO = re.compile(r"^请点击购买")
"""`请点击购买加缪的小说：鼠疫 (Traditional Chinese Edition)`: an affiliate link to a bookshop."""

INVISIBLE_LINE = re.compile(r"^[\u200b\u200c\u200d\ufeff\s]+$")
"""A paragraph holding only zero-width spaces (`<p>\u200b</p>`)."""

VIDEO_LINK = re.compile(r"^视频地址\d?$")
"""`视频地址`, `视频地址1`: the label of a link to a video, standing for the player."""

PLACE_DATELINE = re.compile(r"^(?P<raw>(?P<location>[\u4e00-\u9fff]{2,8})\s*[—–])$")
"""`华盛顿 —`: VOA's place stamp, its own paragraph in reposted VOA stories."""

_TITLE_PREFIX = r"(?:[^\s：:]{0,12}?(?:记者|特派员)\s*)?"
"""A title written before the name, dropped: `《财经》记者 `, `新京报记者`, `香港特派员`."""

PHOTO_CREDIT = re.compile(
    r"(?:^|(?<=[\s。，]))(?P<credit>(?:图|圖|图片|图源|摄影|摄影师)\s*[/／｜|丨：:]\s*\S[^。]*"
    r"|[^\s。，]{1,11}[^拍\s。，]\s?摄|©\s*\S[^。]*|图片(?:来自|源自|来源)[^\s。]{0,12}|受访者供图"
    r"|[（(]互联网[）)])$"
)
"""A credit closing a caption: `航拍开闸泄洪中的王家坝闸 张娅子 摄`, `…。图 / 网络`, `©视觉中国`,
`*图源：视觉中国`, `…（互联网）`, `受访者供图`."""

FLICKR_CREDIT = re.compile(r",\s+by\s+(?P<credit>[^,]+\(CC [^()]+\))$")
"""The photographer and licence of a Flickr photo: `Untitled, by nicolas_oddo (CC BY-ND 2.0)`."""

BYLINE = re.compile(
    rf"^(?!\s*记者[^，]*，)\**\s*(?:{_AUTHOR_ROLES}){_SEP}\**\s*{_TITLE_PREFIX}(?P<names>{_NAMES})"
    r"(?:\s*(?P<paren>[（(])|(?P<tsep>\s*，\s*|\s+(?=\S{0,12}?(?:记者|教授|研究员|社长)(?:\s|$))))?"
    r"(?P<title>(?(paren)[^（）()]{1,30}|(?(tsep)[^（）()。！？：:]{1,40}?。?|)))(?(paren)[）)])"
    rf"\**{_LINE_END}"
)
"""An author line, or its first part: `作者：郑也夫（北京大学教授）`, `作者： 王凡 BBC中文记者`,
`**文/六神磊磊`, `文｜Viola`, `文|王明珂，台湾中研院特聘研究员`, `撰文丨荆欣雨 编辑丨糖槭`,
`记者：王允 责编：申铧`, `作者：汤汤 / 编辑：金石`, `口述：芊`, `文｜《财经》记者 刘经宇`."""

CORRESPONDENT = re.compile(
    r"^(?P<title>[^\s，。：:]{0,12}?记者)\s*(?P<names>[\u4e00-\u9fff]{2,4})?\s*发自\s*[^\s，。]{2,12}$"
)
"""A correspondent's header line: `端传媒记者李慧筠发自香港`, `BBC记者 发自上海` (no name)."""

WECHAT_HEADER = re.compile(
    rf"^原创(?:\s*[：:]\s*|\s+)(?P<names>{_NAMES})"
    r"(?:\s+\S{1,12}(?:\s+(?:今天|昨天|前天|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}月\d{1,2}日))?)?$"
)
"""A WeChat article's header, author then account: `原创 邢初 南风窗 今天`, `原创：青峰、鹅`."""

SPACED_AUTHORS = re.compile(
    rf"^\**\s*(?P<role>{_AUTHOR_ROLES}){_SEP}\**\s*{_TITLE_PREFIX}"
    rf"(?P<names>{_NAME}(?:\s+{_NAME})+?){_LINE_END}"
)
"""Authors written apart by spaces: `作者：猪西西 硝美丽`, `记者：吴锺昊 范帆` (kept as a credit,
since a byline's names are split only at `、`, `/`)."""

CREDIT_PART = re.compile(
    rf"^[/／;；，,]?\s*(?P<role>{_CREDIT_ROLES})(?:{_SEP}|\s+)(?P<names>{_SPACED_NAMES}){_LINE_END}"
)
"""A role of a credits line: `编辑：黄臻曜、薇薇子`, `编辑 | 甘浩`, `责编：胡力汉 许书婷`,
`/ 编辑：金石`, `实习生 谢婧雯 毕卿`."""

BRACKETED_EDITOR = re.compile(
    r"[（(](?P<role>责编|责任编辑|编辑)[：:]\s*(?P<names>[^（）()：:]{1,30})[）)]\s*$"
)
"""`(责编：杨丽娜、闫妍)` closing a story reposted from 人民网, alone or ending the last paragraph."""

DW_WRITER = re.compile(
    rf"^(?P<names>[\u4e00-\u9fff]{{2,4}})(?=\s*(?:/\s*[\u4e00-\u9fff]{{2,4}}\s*)?[（(]{_SOURCES}[）)]$)"
)
"""The writer in DW's closing line `张慈/杨威廉 (路透社、法新社)` or `张慈(综合报导)`."""

DW_EDITOR = re.compile(rf"^/\s*(?P<names>[\u4e00-\u9fff]{{2,4}})\s*[（(]{_SOURCES}[）)]$")
"""The editor in DW's closing line, after the writer: `/杨威廉 (路透社、法新社)`."""

DW_SOURCES = re.compile(rf"^[（(]{_SOURCES}[）)]$")
"""DW's closing `(综合报导)` after the writer alone."""

SIGN_OFF = re.compile(
    r"^——\s*(?P<title>[^\s—]{1,8}人)\s+(?P<names>[A-Za-z][\w.'’-]*(?: [A-Za-z][\w.'’-]*)?|[\u4e00-\u9fff]{2,4})$"
)
"""A closing sign-off naming where the writer is from: `——苏州人 Grace`."""

BARE_NAME = re.compile(r"^(?P<names>[\u4e00-\u9fff]{2,4})$")
"""A byline block holding only a name, as DW's writer is cut: `张慈`."""

DW_DATELINE = re.compile(r"^(?P<raw>[（(](?P<agency>德国之声中文网)[）)])")
"""`(德国之声中文网) 周二(1月19日)，…`: DW's stamp kept in a reposted DW story."""

BLOCK_RULES = (
    BlockRule("ozh-footer", "p:has(> small)", Role.DROPPED, Reason.FEED_FOOTER),
    BlockRule("archive-card-title", ".su-spoiler-title", Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("embed-card", "blockquote.wp-embedded-content", Role.RELATED),
    BlockRule("embed-card-frame", "iframe.wp-embedded-content", Role.DROPPED, Reason.DUPLICATE),
    BlockRule(
        "related-box",
        'blockquote:has(> p:first-child:lexbor-contains("相关阅读")), '
        'blockquote:has(> p:first-child:lexbor-contains("更多阅读")), '
        'h6:has(a):lexbor-contains("延伸阅读"), h6:has(a):lexbor-contains("相关阅读")',
        Role.RELATED,
    ),

    BlockRule(
        "figure",
        'div.wp-caption:has(img[src^="http"]), div.wp-caption:has(img[src^="//"])',
        Role.FIGURE,
    ),
    BlockRule("placeholder-figure", "div.wp-caption", Role.DROPPED, Reason.EMPTY),
    BlockRule(
        "no-address", 'img:not([src^="http"]):not([src^="//"])', Role.DROPPED, Reason.EMPTY
    ),
    BlockRule(
        "social-embed",
        "blockquote.twitter-tweet, div.fb-post, div.fb-video, #fb-root, blockquote.instagram-media",
        Role.EMBED,
    ),
    BlockRule(
        "em-caption",
        'p:has(img:not(.wp-smiley)) + p:has(> em:only-child):not(:lexbor-contains("作者"))',
        Role.CAPTION,
    ),
    BlockRule("slider-nav", ".wpostahs-slider-nav", Role.DROPPED, Reason.NAVIGATION),
)  # fmt: skip

TEXT_RULES = (
    TextRule("archive-card", ARCHIVE_CARD_LINE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("post-footer", FOOTER_POST_TAIL, Role.DROPPED, Reason.FEED_FOOTER),
    TextRule("related-label", RELATED_LABEL, Role.DROPPED, Reason.NAVIGATION),
    TextRule("related-row", RELATED_ROW, Role.RELATED, cut=Cut.TAIL),
    TextRule("series-nav", SERIES_NAV, Role.DROPPED, Reason.NAVIGATION),
    TextRule("separator", SEPARATOR_LINE, Role.DROPPED, Reason.EMPTY),
    TextRule("end-mark", END_MARK, Role.DROPPED, Reason.END_MARK),
    TextRule("source-line", SOURCE_LINE, Role.DROPPED, Reason.HEADER),
    TextRule("producer", PRODUCER_LINE, Role.DROPPED, Reason.HEADER),
    TextRule("paywall-note", PAYWALL_NOTE, Role.DROPPED, Reason.PROMO),
    TextRule("photo-line", PHOTO_LINE, Role.CAPTION),
    TextRule("amazon-promo", AMAZON_PROMO, Role.DROPPED, Reason.PROMO),
    TextRule("invisible", INVISIBLE_LINE, Role.DROPPED, Reason.EMPTY),
    TextRule("video-link", VIDEO_LINK, Role.DROPPED, Reason.WIDGET),
    TextRule("place-dateline", PLACE_DATELINE, Role.DATELINE),
    TextRule("byline", BYLINE, Role.BYLINE, cut=Cut.SPAN),
    TextRule("wechat-header", WECHAT_HEADER, Role.BYLINE),
    TextRule("correspondent", CORRESPONDENT, Role.BYLINE),
    TextRule("spaced-authors", SPACED_AUTHORS, Role.CREDIT, cut=Cut.SPAN),
    TextRule("credit-part", CREDIT_PART, Role.CREDIT, cut=Cut.SPAN),
    TextRule("bracketed-editor", BRACKETED_EDITOR, Role.CREDIT, cut=Cut.TAIL),
    TextRule("dw-writer", DW_WRITER, Role.BYLINE, cut=Cut.SPAN),
    TextRule("dw-editor", DW_EDITOR, Role.CREDIT),
    TextRule("dw-sources", DW_SOURCES, Role.DROPPED, Reason.HEADER),
    TextRule("sign-off", SIGN_OFF, Role.BYLINE),
)

PROFILE = SiteProfile(
    id="cdt",
    name="China Digital Times (中国数字时代)",
    dateline_blocks=3,
    tags=("中国数字时代",),
    hosts=("chinadigitaltimes.net",),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_selector=".wp-caption-text",
    credit_patterns=(PARENTHESISED_CREDIT, FLICKR_CREDIT, PHOTO_CREDIT),
    dateline_patterns=(DW_DATELINE, PLACE_DATELINE),
    editor_patterns=(CREDIT_PART, SPACED_AUTHORS, BRACKETED_EDITOR, DW_EDITOR),
    byline_patterns=(BYLINE, WECHAT_HEADER, CORRESPONDENT, SIGN_OFF, BARE_NAME),
    boilerplate_markers=(
        "appeared first on 中国数字时代",
        "Feed enhanced by",
        "get_post_time",
        "Post tags:",
    ),
)
