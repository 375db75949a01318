"""China Digital Times (中国数字时代).

Markup knowledge for this site, as data. Source: the mirror's posts of the site.
"""

from __future__ import annotations

from .common import PARENTHESISED_CREDIT, SHARED_BLOCK_RULES, SHARED_MARKERS, SHARED_TEXT_RULES
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="cdt",
    name="China Digital Times (中国数字时代)",
    tags=("中国数字时代",),
    hosts=("chinadigitaltimes.net",),
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    boilerplate_markers=SHARED_MARKERS,
)
