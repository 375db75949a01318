"""Reuters Chinese (路透中文网).

Markup knowledge for this site, as data. Source: the mirror's posts of the site.
"""

from __future__ import annotations

from .common import PARENTHESISED_CREDIT, SHARED_BLOCK_RULES, SHARED_MARKERS, SHARED_TEXT_RULES
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="reuters",
    name="Reuters Chinese (路透中文网)",
    tags=("路透",),
    hosts=("cn.reuters.com", "reuters.com"),
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    boilerplate_markers=SHARED_MARKERS,
)
