"""FT Chinese (FT中文网).

Markup knowledge for this site, as data. Source: the mirror's posts of the site.
"""

from __future__ import annotations

from .common import PARENTHESISED_CREDIT, SHARED_BLOCK_RULES, SHARED_MARKERS, SHARED_TEXT_RULES
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="ft",
    name="FT Chinese (FT中文网)",
    tags=("金融时报",),
    hosts=("cn.ft.com", "ftchinese.com"),
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    boilerplate_markers=SHARED_MARKERS,
)
