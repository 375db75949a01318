"""The New York Times Chinese (纽约时报中文网, cn.nytimes.com), as a feed proxy re-renders it.

One flat markup for the whole period (July 2020 – January 2021): an outer
`<div>` holding a header `<div><i>AUTHOR<br>YYYY-MM-DD HH:MM:SS</i></div>`, the
lead `<img>` (through images.weserv.nl) with its grey
`<div><small style="color: #999;">` caption (often empty), then the story's
`<p>`s, further image + caption pairs, and the end matter. Variants: translated
articles and op-eds closing with contributor lines, author bios and a
`翻译：…` line before the `点击查看本文英文版。` link (in one `<p>` split by `<br/>`,
in separate `<p>`s, or in NYT leftovers `div.css-53u6y8` / `div[data-poster]`);
daily briefings (`• …` items between a `（欢迎点击此处订阅…）` promo and a
`感谢阅读今天的简报…` sign-off); op-eds written in Chinese closing with the
author's bio only; one-line flashes (`快讯：…`). Sources: the mirror's posts
of the site, 2020-07 … 2021-01.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

# Building blocks of the patterns below (plain strings, compiled only inside them).
_LATIN_WORD = r"(?:(?:[A-Z]\.){2,3}|[A-Z][A-Za-z\u00C0-\u024F'’\-]*\.?)"
_LATIN_NAME = rf"{_LATIN_WORD}(?:\s(?:(?:de|la|van|von|der|da|del|bin|al)\s)*{_LATIN_WORD}){{1,4}}"
"""Two to five capitalised words: `Choe Sang-Hun`, `Michael J. de la Merced`, `A.O. Scott`."""
_CJK_NAME = r"[\u4e00-\u9fff]{1,5}(?:·(?:[\u4e00-\u9fff]{1,6}|[A-Z]\.?)){0,3}"
_GLOSS = r"\s*[(（][A-Z][A-Za-z\u00C0-\u024F'’ .\-]+[)）]"
_GLOSSED_NAME = rf"{_CJK_NAME}{_GLOSS}"
"""`储百亮(Chris Buckley)`, `托马斯·L·弗里德曼(Thomas L. Friedman)`."""
_PERSON = rf"(?:{_GLOSSED_NAME}|{_LATIN_NAME}|(?![我你他她它这那])(?:(?![自和及对])[\u4e00-\u9fff]){{2,4}})"
_SEPARATOR = r"\s*(?:、|，|,|和|及|and)\s*"
_FROM_PLACE = r"\s*自\s*(?:(?!对|报道)[^\s\d，。、；;,()（）自和]){1,15}?"
"""`自韩国首尔`: where a reporter worked from."""
_CONTRIBUTED = r"\s*(?:对(?:本文|报道))?(?:亦有|有|由|又|亦)"
_CONTRIBUTION_ROLE = r"(?:报道|研究|采访)?(?:和(?:报道|研究))?贡献"
_CLAUSE_END = r"(?:[。.；;，,]\s*|$)"
_HANDLE = r"(?:\s*[(（]@\w+[)）])?\s*"
_JOB = (
    r"(?:记者|编辑|作者|作家|撰稿人|专栏|评论员|评论家|评论人|社长|主任|研究员|学者|教授|讲师|"
    r"本科生|学生|律师|议员|媒体人|活动人士|摄影师|导演|艺术家|创始人|顾问|部长|大使|校长|主席|"
    r"总监|经济学家|历史学家|诗人|医生|委员|获得者)"
)
_NO_QUOTE = r"(?!.*(?:[“”]|说|表示))"
_BIO_TAIL = (
    r"(?:，(?:现居|现驻|目前|也是|来自|此前|曾|著有|欢迎在|该组织)[^。“”]*?)?。(?:[他她欢][^“”]*)?$"
)
"""The end of a one-sentence bio: `…研究员，现居美国。`, optionally `他…` / `欢迎在…关注他`."""
_FOLLOW_ME = r"欢迎\S*?关注"

HEADER_BYLINE = re.compile(
    r"^\s*(?!《)(?P<names>[^\d《》]+?)(?:,(?P=names))?(?:,\s(?P<title>THE\s[A-Z][A-Z ]+))?"
    r"\s*\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$"
)
"""The header `<i>CHARLIE SAVAGE<br>2021-01-12 14:17:38</i>`, read as one line.

The proxy often doubles the name (`KONEY BAI,KONEY BAI`): the back-reference
keeps one. `MEGHAN, THE DUCHESS OF SUSSEX` is a name and a title; the
non-person header `《纽约时报》` gives no author.
"""

SECTION_BYLINE = re.compile(r"^——作者(?P<names>[\u4e00-\u9fff·]+)")
"""`——作者汉娜·比奇(Hannah Beech)；摄影亚当·迪恩(Adam Dean)` under a section of a compilation."""

TRANSLATOR_LINE = re.compile(r"^(?P<role>翻译|编译)\s*[:：]\s*(?P<names>.+)$")
"""`翻译 ：晋其角、邓妍`, `翻译：Cindy Hao`, `编译：纽约时报中文网` — the line closing a translated story."""

TRANSLATOR_NAMES = re.compile(r"^(?P<role>翻译|编译)\s*[:：]\s*(?!纽约时报中文网)(?P<names>.+)$")
"""Translators who are people: `翻译：杜然、Harry Wong`; not the organisation `翻译：纽约时报中文网`."""

CONTRIBUTION_CLAUSE = re.compile(
    rf"^(?:{_PERSON}(?:{_FROM_PLACE})?{_SEPARATOR})*{_PERSON}(?:{_FROM_PLACE})?"
    rf"{_CONTRIBUTED}{_CONTRIBUTION_ROLE}{_CLAUSE_END}"
)
"""`Amber Wang和Liu Yi对本文有研究贡献。`, `Hari Kumar自新德里、Sameer Yasir自克什米尔对本文有报道贡献，`."""

REPORTER = re.compile(
    rf"^(?=(?:{_PERSON}(?:{_FROM_PLACE})?{_SEPARATOR})*{_PERSON}{_FROM_PLACE}\s*报道{_CLAUSE_END})"
    rf"{_PERSON}(?:{_FROM_PLACE})?(?:\s*报道)?(?:{_SEPARATOR}|[。.；;]\s*|$)"
)
"""One reporter of `Keith Bradsher自北京、Steven Lee Myers自韩国首尔报道。`: the closing line
naming who reported the story from where, a byline. Cut out one name at a time, so that
each reporter's own place (`自北京`) stays out of the name."""

GLOSSED_REPORTER = re.compile(rf"^(?P<names>{_CJK_NAME}){_GLOSS}")
"""`孟建国(Paul Mozur)和` cut from a reporting line → 孟建国 (the Chinese name, without its gloss)."""

REPORTER_NAME = re.compile(rf"^(?P<names>{_PERSON})")
"""`Steven Lee Myers自韩国首尔报道。` cut from a reporting line → Steven Lee Myers."""

GLOSSED_CONTRIBUTOR = re.compile(
    rf"^(?P<names>{_CJK_NAME}){_GLOSS}(?:{_FROM_PLACE})?{_CONTRIBUTED}"
    rf"(?P<role>{_CONTRIBUTION_ROLE}){_CLAUSE_END}$"
)
"""`王霜舟(Austin Ramzy)对本文有报道贡献。` → 王霜舟 (the Chinese name, without its gloss)."""

CONTRIBUTORS = re.compile(
    rf"^(?P<names>{_PERSON}(?:{_SEPARATOR}{_PERSON})*)(?:{_FROM_PLACE})?{_CONTRIBUTED}"
    rf"(?P<role>{_CONTRIBUTION_ROLE}){_CLAUSE_END}$"
)
"""`Andrew Kramer和Katherine J. Wu对本文有报道贡献。`, `Claire Fu自北京对本文有研究贡献。`.

Lists where each name has its own place (`A自北京、B自上海…`) are not parsed.
"""

PHOTO_CREDIT = re.compile(r"^(?P<role>摄影|图片来源|图片)\s*[:：]\s*(?P<names>.+)$")
"""`摄影：Emile Ducke`, `图片来源：视频截图来自YouTube。…` closing a photo story."""

DESIGN_CREDIT = re.compile(r"^本文由(?P<names>.+?)(?P<role>设计、制作|设计|制作)[。.]?$")
"""`本文由Gabriel Gianordoli、Renee Melides设计、制作。`"""

STAFF_BIO = re.compile(
    rf"^{_LATIN_NAME}{_HANDLE}"
    r"(?:是|为|曾|自|主要|于\d{4}|从\d{4}|现驻|现任|现为|现居|常驻|驻|负责|报道|撰写|著有|"
    r"生活在|住在|在|时报|，|,)"
)
"""`Charlie Savage是驻华盛顿国家安全和法律政策方面的记者。…欢迎在Twitter和Facebook上关注他。`

A line opening with a name in Latin letters and a bio verb: the story itself
writes people's names in Chinese, so only the end matter starts this way
(`Tiffany May报道中国…`, `Pico Iyer著有15本书…`, `Zhou Ue，纽约大学本科生。`).
"""

GLOSSED_BIO = re.compile(
    rf"^{_GLOSSED_NAME}{_HANDLE}(?:"
    rf"(?:是|曾|为|自|现任|在|时报)(?=.*{_FOLLOW_ME})"
    r"|(?:是|曾|为|自|现任|时报|在(?:《纽约时报》|时报)担?任)(?=[^。]*时报)"
    rf"|{_NO_QUOTE}(?:是|系)(?:一名|一位)?[^。“”]{{0,80}}?{_JOB}{_BIO_TAIL}"
    rf"|{_NO_QUOTE}，[^。“”]{{0,30}}{_JOB}[^。“”]{{0,30}}。)"
)
"""`储百亮(Chris Buckley)是《纽约时报》首席中国记者。…`, `刘文(Tracy Wen Liu)，独立记者、翻译。…`.

Chinese name with its English gloss, then the Times or a follow-me line, or a
one-sentence job description; a story's own `X(Y)是…，她说…` does not qualify.
"""

OPED_BIO = re.compile(
    rf"^(?:{_FOLLOW_ME}本文作者"
    r"|(?:(?![这那他她我你它其该此每各本])[\u4e00-\u9fff]{2,4}(?<![们都也还来年月日天后前时上下里中外])|作者)(?:"
    rf"(?:是|为|自)(?=.*{_FOLLOW_ME}[他她])"
    rf"|{_NO_QUOTE}(?:是|系)(?:一名|一位)?[^。“”]{{0,80}}?{_JOB}{_BIO_TAIL}"
    rf"|(?=.{{0,40}}$)，[^，。“”]{{0,30}}{_JOB}(?:，[^，。“”]{{0,30}})?。$))"
)
"""A Chinese writer's bio: `邓聿文是中国战略分析智库研究员，胡赵基金会秘书长，时政评论家。`,
`张千帆，北京大学宪法学教授。`, `作者是中国战略分析智库研究员，现居美国。`,
`欢迎在Twitter上关注本文作者Jennifer Szalai：@jenszalai。`."""

EDITORIAL_NOTE = re.compile(
    r"^(?:本文(?:原文|最初)发表于|本文(?:根据|节选自|选自)|本文是来自\S*转折点|转折点[:：]"
    r"|[（(]?本文稍后将有更新|[（(]关注我们对)"
)
"""`本文最初发表于2020年4月3日。`, `本文根据《纽约时报》英文报道编译。`, `（本文稍后将有更新，敬请关注。）`,
`本文是来自《转折点》(Turning Points)的一篇文章…` and its `转折点：…` deck."""

NEWSLETTER_PROMO = re.compile(r"^[（(]欢迎点击此处订阅")
"""`（欢迎点击此处订阅NYT简报，我们将在每个工作日发送最新内容至您的邮箱。）` opening a story."""

SUBSCRIBE_TAIL = re.compile(r"(?<=。)[^。]*欢迎点击此处订阅[^。]*。$")
"""`…时报近期再次推出弹劾简报，欢迎点击此处订阅。` closing a briefing item: the promo sentence is cut off."""

BRIEFING_SIGN_OFF = re.compile(r"^感谢阅读今天的(?:NYT)?简报")
"""`感谢阅读今天的简报，新读者请点击此处订阅。点击这里查看往日更新。欢迎在Twitter(@nytchinese)…`"""

ENGLISH_VERSION_LINK = re.compile(r"^点击(?:查看|阅读)本[文版][英中]文版[。.]?$")
"""`点击查看本文英文版。` — the link to the original, not a related story."""

PLACE_DATELINE = re.compile(
    r"^(?P<raw>(?P<location>(?:(?![了的是在到又就也都还着过我你他她们这那不说和与])"
    r"[^\s，。、；：:“”\"（）()—－\-·\d]){1,11})——)"
)
"""`华盛顿——上周，…`, `加利福尼亚州贝里埃萨湖——在…`: a place before the double dash.

A short phrase before a rhetorical dash (`又到了秋天——`) holds function words
that a place name never does; longer phrases run past the length cap.
"""

BLOCK_RULES = (
    BlockRule("header", "body > div > div:first-child:has(> i)", Role.BYLINE),
    BlockRule("empty-caption", "div:has(> small:blank)", Role.DROPPED, Reason.EMPTY),
    BlockRule("caption", "div:has(> small)", Role.CAPTION),
)

TEXT_RULES = (
    TextRule("newsletter-promo", NEWSLETTER_PROMO, Role.DROPPED, Reason.PROMO),
    TextRule("briefing-sign-off", BRIEFING_SIGN_OFF, Role.DROPPED, Reason.PROMO),
    TextRule("subscribe-tail", SUBSCRIBE_TAIL, Role.DROPPED, Reason.PROMO, cut=Cut.TAIL),
    TextRule("english-version", ENGLISH_VERSION_LINK, Role.DROPPED, Reason.NAVIGATION),
    TextRule("translator", TRANSLATOR_LINE, Role.EDITOR),
    TextRule("contribution", CONTRIBUTION_CLAUSE, Role.CREDIT, cut=Cut.SPAN),
    TextRule("reporter", REPORTER, Role.BYLINE, cut=Cut.SPAN),
    TextRule("design-credit", DESIGN_CREDIT, Role.CREDIT),
    TextRule("photo-credit", PHOTO_CREDIT, Role.CREDIT),
    TextRule("section-byline", SECTION_BYLINE, Role.BYLINE),
    TextRule("editorial-note", EDITORIAL_NOTE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("staff-bio", STAFF_BIO, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("glossed-bio", GLOSSED_BIO, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("op-ed-bio", OPED_BIO, Role.DROPPED, Reason.BOILERPLATE),
)

PROFILE = SiteProfile(
    id="nytimes",
    name="The New York Times Chinese (纽约时报中文网)",
    tags=("纽约时报",),
    hosts=("cn.nytimes.com",),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    dateline_patterns=(PLACE_DATELINE,),
    editor_patterns=(
        TRANSLATOR_NAMES,
        GLOSSED_CONTRIBUTOR,
        CONTRIBUTORS,
        DESIGN_CREDIT,
        PHOTO_CREDIT,
    ),
    byline_patterns=(HEADER_BYLINE, SECTION_BYLINE, GLOSSED_REPORTER, REPORTER_NAME),
    boilerplate_markers=(
        "欢迎点击此处订阅",
        "感谢阅读今天的简报",
        "点击查看本文英文版",
        "翻译：",
        "对本文有报道贡献",
        "对本文有研究贡献",
    ),
    generic_exclusions=("footer",),  # 2023: `footer.author-info` holds the contribution lines
)
