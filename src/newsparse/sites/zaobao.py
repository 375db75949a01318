"""Lianhe Zaobao (联合早报).

Markup knowledge for this site, as data. Source: the mirror's posts of the site.
"""

from __future__ import annotations

from .common import PARENTHESISED_CREDIT, SHARED_BLOCK_RULES, SHARED_MARKERS, SHARED_TEXT_RULES
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="zaobao",
    name="Lianhe Zaobao (联合早报)",
    tags=("联合早报",),
    hosts=("www.zaobao.com", "zaobao.com", "zaobao.com.sg"),
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    boilerplate_markers=SHARED_MARKERS,
)
