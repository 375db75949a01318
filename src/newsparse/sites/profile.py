"""The shape of a site profile: what newsparse knows about one site's markup, as data.

Extractors are generic; everything particular to a site (which elements are
ads, how its datelines and editor lines read, where captions sit) is a value
of these types, kept in one module per site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import Enum


class Role(str, Enum):
    """What a block of the post's HTML turned out to be."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    FIGURE = "figure"  # an image with its caption and credit
    IMAGE = "image"  # an image met inside running text
    RELATED = "related"  # a block of links to other stories
    TOPIC = "topic"  # a tag box: a name and the stories under it
    EMBED = "embed"  # iframe, video, audio
    DATELINE = "dateline"  # a header element holding only the dateline
    EDITOR = "editor"  # the editor line closing a story
    CREDIT = "credit"  # a translator/reviewer/credits line
    BYLINE = "byline"  # a standalone author line
    DROPPED = "dropped"

    @property
    def is_text(self) -> bool:
        return self in TEXT_ROLES


TEXT_ROLES = frozenset({Role.PARAGRAPH, Role.HEADING, Role.LIST_ITEM, Role.QUOTE})


class Reason(str, Enum):
    """Why a block was dropped."""

    AD = "ad"
    PROMO = "promo"
    FEED_FOOTER = "feed_footer"
    COPYRIGHT = "copyright"
    HEADER = "header"  # a date/time or other header line above the story
    END_MARK = "end_mark"
    EMPTY = "empty"
    DUPLICATE = "duplicate"
    NAVIGATION = "navigation"
    WIDGET = "widget"
    CAROUSEL = "carousel"
    BOILERPLATE = "boilerplate"
    TOO_DEEP = "too_deep"


@dataclass(frozen=True)
class BlockRule:
    """Elements matching `selector` take `role` (and, when dropped, `reason`) whole."""

    name: str
    selector: str
    role: Role
    reason: Reason | None = None


@dataclass(frozen=True)
class TextRule:
    """A line of text matching `pattern` takes `role`.

    With `tail=True` the match must end the line: the matched tail is split off
    as its own block and the text before it keeps its role (an editor line
    written at the end of the last paragraph).
    """

    name: str
    pattern: re.Pattern[str]
    role: Role
    reason: Reason | None = None
    tail: bool = False


@dataclass(frozen=True)
class SiteProfile:
    id: str
    name: str
    tags: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    block_rules: tuple[BlockRule, ...] = ()
    text_rules: tuple[TextRule, ...] = ()
    caption_selector: str | None = None
    caption_from_alt: bool = False
    credit_patterns: tuple[re.Pattern[str], ...] = ()
    dateline_patterns: tuple[re.Pattern[str], ...] = ()
    editor_patterns: tuple[re.Pattern[str], ...] = ()
    topic_name_selector: str | None = None
    topic_link_selector: str = "a[href]"
    related_link_selector: str = "a[href]"
    boilerplate_markers: tuple[str, ...] = field(default=())
    """Strings that must never reach a paragraph, caption or title (checked by tests)."""
