"""Radio Taiwan International (中央廣播電臺, rti.org.tw), as its feed delivered the story.

The feed gives a cut-off excerpt only, in one markup over the whole period (no classes, no `p`):
`<div><img src="https://static.rti.org.tw/assets/thumbnails/…jpg" width="360" alt=CAPTION
title=CAPTION><br>TEXT...<a target="_blank" href="https://www.rti.org.tw/news/view/id/N">...more</a></div>`,
or the same without the image and its `<br>`. The text is one run; radio stories carry a reporter
cue in it, `#央廣記者江昭倫報導#`, `#記者王韋婷的採訪報導#`, `#請聽記者陳林幸虹報導#`, which is cut
out (splitting the text there) and gives the authors. The trailing `...` of the excerpt stays as
written; the `...more` link to the full story closes the excerpt. Captions (the image's `alt`) end
with a credit: `(AFP)`, `(路透社/達志影像)`, `(蕭照平攝)`, `圖取自推特`, or CNA's
`中央社記者張謙香港攝　109年4月9日`. Sources: the mirror's 1,785 posts of July–August 2020.
"""

from __future__ import annotations

import re

from .generic import REPORTER_CUE, SOUND_BITE_CUE
from .profile import BlockRule, Cut, Reason, Role, SiteProfile, TextRule

CNA_PHOTO_CREDIT = re.compile(
    r"(?P<credit>中央社(?:記者|特約記者)?\S*?攝[\s\u3000]*\d{2,3}年\d{1,2}月\d{1,2}日)\s*$"
)
"""`…空蕩蕩。（資料圖片）中央社記者張謙香港攝　109年4月9日`: a CNA photo's credit closing the caption."""

_CREDIT_WORDS = (
    r"攝|提供|圖|取自|擷|來源|社|檔案|資料|影像|網|推特|臉書|新聞處|維基|官網|截圖|"
    r"AFP|AP|EPA|RT|RTI|Reuters|Photo|YouTube|Youtube|Twitter|FB|Facebook|"
    r"[Pp]ixabay|[Uu]nsplash|[Pp]exels|Pxhere|Getty"
)

BRACKETED_CREDIT = re.compile(
    r"(?P<credit>[（(](?!圖?[前後左右中上下]*[\d一二三四五六七八九]*[）)])"
    rf"(?=[^（）()]*(?:{_CREDIT_WORDS}))[^（）()]+[）)])[。.]?\s*$"
)
"""`蘋果公司(Apple)。(unsplash圖庫)` → `(unsplash圖庫)`, brackets kept (gold convention);
also `(AFP)`, `（劉玉秋攝）`, `(央廣檔案/記者王照坤 攝)`, stacked `(AP) (達志影像)`. The bracket
must name a source: not a position `（左2）`/`(圖右)`, nor a gloss left in front of the credit,
`華為（Huawei） (路透社/達志影像)`, `(145公釐) (AFP)`."""

SENTENCE_CREDIT = re.compile(
    r"(?:^|(?<=[。\s]))(?P<credit>圖(?:取自|擷自|片來源|[：:]|\s)[^。（）()]{1,40}|"
    r"[^。\s（）()]{2,12}提供)[。]?\s*$"
)
"""A credit written as a closing sentence: `圖取自推特`, `圖:pixabay`, `圖：張良一/攝`,
`美國之音提供`, `圖：香港電台提供`."""

BLOCK_RULES = (
    BlockRule(
        "more-link",
        'a[href*="rti.org.tw/news/view/id/"]:lexbor-contains("more")',
        Role.DROPPED, Reason.TRUNCATION,
    ),
)  # fmt: skip

TEXT_RULES = (
    TextRule("reporter-cue", REPORTER_CUE, Role.BYLINE, cut=Cut.SPAN),
    TextRule("sound-bite-cue", SOUND_BITE_CUE, Role.DROPPED, Reason.BOILERPLATE, cut=Cut.SPAN),
)

PROFILE = SiteProfile(
    id="rti",
    name="Radio Taiwan International (中央廣播電臺)",
    tags=("RTI 中央廣播電臺",),
    hosts=("www.rti.org.tw", "rti.org.tw"),
    block_rules=BLOCK_RULES,
    text_rules=TEXT_RULES,
    caption_from_alt=True,
    credit_patterns=(CNA_PHOTO_CREDIT, BRACKETED_CREDIT, SENTENCE_CREDIT),
    byline_patterns=(REPORTER_CUE,),
    boilerplate_markers=("...more", "報導#"),
)
