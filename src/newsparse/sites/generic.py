"""The fallback for posts from a site with no profile: only generic rules."""

from __future__ import annotations

from .common import (
    AGENCY_DATELINE,
    PARENTHESISED_CREDIT,
    SHARED_BLOCK_RULES,
    SHARED_MARKERS,
    SHARED_TEXT_RULES,
)
from .profile import SiteProfile

PROFILE = SiteProfile(
    id="unknown",
    name="Unknown site",
    block_rules=SHARED_BLOCK_RULES,
    text_rules=SHARED_TEXT_RULES,
    credit_patterns=(PARENTHESISED_CREDIT,),
    dateline_patterns=(AGENCY_DATELINE,),
    boilerplate_markers=SHARED_MARKERS,
)
