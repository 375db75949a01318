"""The Economist (economist.com, in English).

One markup in every post of the mirror (July 2020 – January 2021), a dump of the
site's React page: the lead `<img>` (weserv-proxied; a relative `og-fallback`
logo when the story has none) and an empty `<div>`, then an `<aside>` header
holding the print date `<time>`, a hidden `meta[itemProp=author]` ("The
Economist"), and sometimes `p[data-test-id="Article Byline"]` (`by P.U.`,
`by Tom Standage: editor, The World in 2021`) and the place-only dateline
`p[data-test-id="Dateline"]` (`ZURICH`). Then the story as a flat run of `<p>`
and `<h2>` (a drop cap `<span data-caps>` + `<small>` small capitals opens it),
`figure` charts and pictures, `blockquote` pull quotes (1843 long reads) and
empty ad slots: `div[data-test-id="Inline Ad"]` until September 2020,
`div > div > div#econ-N` after. The `■` end mark (`span[data-ornament]`) closes
the story, then the print-edition `p[data-test-id="Footnote"]` (dropped, except in
chart- or cartoon-only pages, where it is the only text there is).

Around the story: podcast players and their "Listen on: …" / subscription lines,
newsletter promos ("Dig deeper: … sign up for Checks and Balance …", "For more
coverage of climate change, register for …"), editor's notes and corrections,
By Invitation blurbs and `____` separators, picture-credit lines
(`ILLUSTRATIONS: X`, `Images: Getty`), chart sources, book-review headers
(`Title. By X. Publisher; 352 pages; $28.99.`). Related links: the series box of
special reports and Technology Quarterly (`div > strong + ul`) and "Dig deeper"
article lists. Sources: the mirror's 1,438 posts of the site.
"""

from __future__ import annotations

import re

from .profile import BlockRule, Reason, Role, SiteProfile, TextRule

PLACE_DATELINE = re.compile(
    r"^(?P<raw>(?P<location>[A-ZÀ-Þ][A-ZÀ-Þ .,'’-]{2,80}"
    r"|[A-ZÀ-Þ][a-zß-ÿ]+(?:(?:,? | and )[A-ZÀ-Þ][a-zß-ÿ]+)+))$"
)
"""The place-only dateline element, in capitals (`ZURICH`, `WASHINGTON, DC`,
`BEIRUT AND JERUSALEM`, `SÃO PAULO`) or, rarely, in title case (`New York`,
`Amsterdam, Boulder, Denver, London, Rotterdam and Zoom`)."""

_NAME = (
    r"(?:[A-ZÀ-Þ][A-ZÀ-Þ’'-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ’'-]+)+\b(?![a-z])"
    r"|(?:[A-Z]\.)+(?:[A-Z](?:-[A-Z])?\.?)?"
    r"|[A-ZÀ-Þ][a-zß-ÿ]*[’'][A-ZÀ-Þ][a-zß-ÿ]+|[A-ZÀ-Þ][a-zß-ÿ][\w’'-]*)"
    r"(?:\s+(?:[A-ZÀ-Þ][a-zß-ÿ]*[’'][A-ZÀ-Þ][a-zß-ÿ]+|[A-ZÀ-Þ][a-zß-ÿ][\w’'-]*|[A-Z]\.))*"
)
"""One name: initials (`P.U.`, `J.U-S`, `J.W.S.W.`), capitalised words (`Mark O’Connell`) or
capitals (`GARRY KASPAROV`)."""

BYLINE = re.compile(
    rf"^[Bb]y\s+(?P<names>{_NAME}(?:(?:\s*,\s*|\s+and\s+){_NAME})*)"
    r"\s*(?:[:|,]\s*(?P<title>.*?))?\s*$"
)
"""`by P.U.`, `by Jacob Kushner and Daniel Ammann`, `by M.B., R.L.`,
`by Tom Standage: editor, The World in 2021`, `by Vijay Vaitheeswaran, US business editor,
The Economist`, `by M.S. | AMSTERDAM` (a blog's place, not a name)."""

BYLINE_UNPUNCTUATED = re.compile(
    r"^[Bb]y\s+(?P<names>[A-ZÀ-Þ][a-zß-ÿ][\w’'-]*\s+[A-ZÀ-Þ][\w’'-]+)\s+(?P<title>\S.*?)\s*$"
)
"""`by Natasha Loder health policy editor, The Economist`, `by David Rennie Beijing bureau chief,
The Economist`: a title with no colon after a first and last name."""

PROMO_LINE = re.compile(
    r"^(?:Listen on:|For (?:full )?access to (?:print, digital|The Economist’s print)"
    r"|You can subscribe and listen to|Enjoy more audio and podcasts on"
    r"|Listen to (?:The Economist’s podcasts|our interview with).*economist\.com/"
    r"|The podcast is complemented by our|For more coverage of .*(?:hub|newsletter)"
    r"|Sign up to our .*newsletter|Letters are welcome via e-mail|\* Letters appear online only"
    r"|You can also download a printable version)"
    r"|[Ss]ubscribe to The Economist for full access"
    r"|sign up for Checks and Balance|Sign up and listen to Checks and Balance"
)
"""`Listen on: Apple Podcasts | Spotify | …`, `Please subscribe to The Economist for full access
to print, digital and audio editions: …`, `… then sign up for Checks and Balance, our weekly
newsletter …`, `For more coverage of climate change, register for The Climate Issue, …`."""

NOTE_LINE = re.compile(
    r"^(?:(?:Editor’s note|Editor's note|Correction|Clarification)\b[^:]{0,40}:"
    r"|This (?:invited|guest) commentary is part of"
    r"|This article appeared in the .{2,60} section of the print edition of )"
)
"""`Editor’s note: Some of our covid-19 coverage is free …`, `Correction (November 6th 2020): …`,
`This invited commentary is part of The Economist’s Open Future initiative …`, `This article
appeared in the Business section of the print edition of The World in 2021 under the headline …`."""

SEPARATOR_LINE = re.compile(r"^[_*\s]{3,}$")
"""`_____________________`, `* * *`: a rule between the story and its notes."""

PICTURE_CREDIT_LINE = re.compile(
    r"^(?:(?:Additional )?(?:ILLUSTRATIONS?|PHOTOGRAPHS?|IMAGES?|PICTURES?|Illustrations?"
    r"|Photographs?|Images?|images?)|image|Picture credits?)\s*:|^©"
)
"""`ILLUSTRATIONS: COREY BRICKLEY`, `PHOTOGRAPHS: WOLFGANG SCHWAN`, `Images: Getty, Alamy`,
`Picture credits: Robert Smithson, …`, `Additional images: …`, `©Universal Music Publishing Group`:
who made the pictures or owns the words (credits, not text)."""

CHART_SOURCES = re.compile(r"^Sources?: \S")
"""`Sources: Good Judgment; Bloomberg; The Economist` under a chart: its caption."""

BOOK_HEADER = re.compile(r"^[^;]{2,250}[.?]\s*(?:r?By [^;]{2,200})?[^;]*; [\d,]+ pages[;,.]?")
"""`MS-13. By Steven Dudley.Hanover Square Press; 352 pages; $28.99.`: the reviewed book's details,
a header above the review."""

BLOCK_RULES = (
    BlockRule("print-date", "aside time", Role.DROPPED, Reason.HEADER),
    BlockRule("dateline", 'p[data-test-id="Dateline"]', Role.DATELINE),
    BlockRule("byline", 'p[data-test-id="Article Byline"]', Role.BYLINE),
    BlockRule(
        "print-footnote",
        'div:has(p:not([data-test-id])) > p[data-test-id="Footnote"]',
        Role.DROPPED,
        Reason.BOILERPLATE,
    ),
    BlockRule("end-mark", "span[data-ornament]", Role.DROPPED, Reason.END_MARK, breaks_line=False),
    BlockRule(
        "ad-slot", 'div[data-test-id="Inline Ad"], div[id^="econ-"]', Role.DROPPED, Reason.AD
    ),
    BlockRule("fallback-image", 'img[src*="og-fallback"]', Role.DROPPED, Reason.BOILERPLATE),
    BlockRule("player", "figure:has(iframe), figure:has(audio)", Role.EMBED),
    BlockRule("figure", "figure", Role.FIGURE),
    BlockRule(
        "dig-deeper-promo",
        'p:has(> strong:lexbor-contains("Dig deeper")):not(:has(> a))',
        Role.DROPPED,
        Reason.PROMO,
    ),
    BlockRule("dig-deeper", 'p:has(> strong:lexbor-contains("Dig deeper"))', Role.RELATED),
    BlockRule("series-box", "div:has(> strong):has(> ul)", Role.RELATED),
)

TEXT_RULES = (
    TextRule("promo", PROMO_LINE, Role.DROPPED, Reason.PROMO),
    TextRule("note", NOTE_LINE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("separator", SEPARATOR_LINE, Role.DROPPED, Reason.BOILERPLATE),
    TextRule("picture-credit", PICTURE_CREDIT_LINE, Role.DROPPED, Reason.COPYRIGHT),
    TextRule("chart-sources", CHART_SOURCES, Role.CAPTION),
    TextRule("book-header", BOOK_HEADER, Role.DROPPED, Reason.HEADER),
)

PROFILE = SiteProfile(
    id="economist",
    name="The Economist",
    tags=("经济学人en",),
    hosts=("www.economist.com", "economist.com"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    dateline_patterns=(PLACE_DATELINE,),
    byline_patterns=(BYLINE, BYLINE_UNPUNCTUATED),
    related_link_selector='a[href*="/20"], a[href*="/node/"]',
    boilerplate_markers=(
        "Listen on:",
        "subscribe to The Economist",
        "Checks and Balance, our weekly newsletter",
        "Editor’s note:",
    ),
    generic_exclusions=("figure",),
)
