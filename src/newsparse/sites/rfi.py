"""RFI Chinese (法广).

Markup knowledge for this site, as data. Source: the mirror's posts of the site.
"""

from __future__ import annotations

from .common import PARENTHESISED_CREDIT, SHARED_BLOCK_RULES, SHARED_MARKERS, SHARED_TEXT_RULES
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="rfi",
    name="RFI Chinese (法广)",
    tags=("法广",),
    hosts=("www.rfi.fr", "rfi.fr"),
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    boilerplate_markers=SHARED_MARKERS,
)
