"""The shape of a site profile: what newsparse knows about one site's markup, as data.

Extractors are generic; everything particular to a site (which elements are
ads, how its datelines and editor lines read, where captions sit) is a value
of these types, kept in one module per site.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from enum import Enum
from functools import cached_property, partial
from typing import TypeVar


class Role(str, Enum):
    """What a block of the post's HTML turned out to be."""

    is_text: bool
    """Whether blocks of this role are story text (a paragraph, heading, list item or
    quote): a plain attribute, read for every block of every post."""

    def __new__(cls, value: str, is_text: bool = False) -> Role:
        role = str.__new__(cls, value)
        role._value_ = value
        role.is_text = is_text
        return role

    PARAGRAPH = ("paragraph", True)
    HEADING = ("heading", True)
    LIST_ITEM = ("list_item", True)
    QUOTE = ("quote", True)
    FIGURE = "figure"  # an image with its caption and credit
    CAPTION = "caption"  # a caption standing after the image or player it describes
    IMAGE = "image"  # an image met inside running text
    RELATED = "related"  # a block of links to other stories
    TOPIC = "topic"  # a tag box: a name and the stories under it
    EMBED = "embed"  # iframe, video, audio
    DATELINE = "dateline"  # a header element holding only the dateline
    EDITOR = "editor"  # the editor line closing a story
    CREDIT = "credit"  # a translator/reviewer/credits line
    BYLINE = "byline"  # a standalone author line
    DROPPED = "dropped"


TEXT_ROLES = frozenset(role for role in Role if role.is_text)


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
    OUTSIDE = "outside_content"  # page furniture around the story's content element
    TRUNCATION = "truncation"  # the feed's "read more" mark closing an excerpt
    COMMENTS = "comments"  # readers' comments and the comment form


@dataclass(frozen=True)
class BlockRule:
    """Elements matching `selector` take `role` (and, when dropped, `reason`) whole.

    `breaks_line=False` is for inline widgets (a glossary pop-up inside a
    sentence): the text around them stays one line.
    """

    name: str
    selector: str
    role: Role
    reason: Reason | None = None
    breaks_line: bool = True

    @cached_property
    def needles(self) -> tuple[tuple[str, ...], ...] | None:
        """For each alternative of the selector, strings its match needs in the raw HTML
        (class names, ids, attribute values, `<tag` openings); `None` when some alternative
        needs none.
        A rule none of whose alternatives can match is not queried at all."""
        found = []
        for alternative in split_selector(self.selector):
            required = tuple(
                needle.lower() for needle in _needles(OPTIONAL_GROUP.sub("", alternative))
            )
            if not required:
                return None
            found.append(required)
        return tuple(found)

    @cached_property
    def gate(self) -> tuple[str, ...]:
        """Strings one of which every match needs: a needle of each alternative (a class or
        attribute value before a common `<tag`, the shortest), less those holding another
        (`comment` covers `comments`, `comment-list`). Most posts hold none, and are told so
        in a few scans instead of one per needle."""
        if self.needles is None:
            return ()
        shortest = {
            min(alternative, key=lambda needle: (needle.startswith("<"), len(needle)))
            for alternative in self.needles
        }
        return tuple(sorted(n for n in shortest if not any(o != n and o in n for o in shortest)))

    @cached_property
    def _split_gate(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        return _split_needles(self.gate)

    @cached_property
    def _split_needles(self) -> tuple[tuple[tuple[str, ...], tuple[str, ...]], ...]:
        return tuple(_split_needles(alternative) for alternative in self.needles or ())

    def may_match(self, source: SourceText) -> bool:
        """Whether the rule can match markup whose source text is `source`."""
        if self.needles is None:
            return True
        tags, lowered = source.tags, source.lowered
        gate_tags, gate_texts = self._split_gate
        if not (
            any(tag in tags for tag in gate_tags) or any(text in lowered for text in gate_texts)
        ):
            return False
        return any(
            all(tag in tags for tag in alternative_tags)
            and all(text in lowered for text in alternative_texts)
            for alternative_tags, alternative_texts in self._split_needles
        )


def _split_needles(needles: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(`figure` for each `<figure` needle, the other needles as they are)."""
    return (
        tuple(needle[1:] for needle in needles if needle.startswith("<")),
        tuple(needle for needle in needles if not needle.startswith("<")),
    )


TAG_OPENING = re.compile(r"<([a-z][a-z0-9]*)")
"""`<figure`, `<div`: an element's start tag in lower-cased markup."""


@dataclass(frozen=True)
class SourceText:
    """A post's HTML as block rules' needles are looked for in it: lower-cased (selectors
    match class names without regard to case in the quirks mode that doctype-less feed HTML
    is parsed in), with the set of element names it opens (so `<figure` is one set lookup,
    not a scan of the whole text)."""

    lowered: str
    tags: frozenset[str]

    @classmethod
    def of(cls, html: str) -> SourceText:
        lowered = html.lower()
        return cls(lowered, frozenset(TAG_OPENING.findall(lowered)))


OPTIONAL_GROUP = re.compile(r":(?:not|is|where|matches|any)\((?:[^()]|\([^()]*\))*\)")
"""`:not(.x)`, `:is(figure, .media)` — what they name need not be present."""

SELECTOR_NEEDLE = re.compile(
    r"[.#](?P<word>[\w-]+)|\[[\w-]+[*^$~|]?=\s*[\"']?(?P<value>[^\"'\]]+)[\"']?\s*\]"
)
"""`.moreArticle`, `#imu`, `[href*="feedx."]`: things a match needs in the source text."""


def split_selector(selector: str) -> list[str]:
    """The comma-separated alternatives of a selector list, commas inside `(…)` left alone."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(selector):
        depth += (char == "(") - (char == ")")
        if char == "," and depth == 0:
            parts.append(selector[start:index])
            start = index + 1
    parts.append(selector[start:])
    return [part.strip() for part in parts if part.strip()]


TYPE_NEEDLE = re.compile(r"(?:^|[\s>+~])(?P<tag>[a-z][a-z0-9]*)(?=[\s>+~.#\[:]|$)")
"""`figure`, `aside:not(…)`, `ul > li`: element names a match needs, as `<figure` in the source
text (looked for outside brackets only: `:has(p, h2)` needs either)."""

BRACKETED = re.compile(r"\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]")
"""`(…)` and `[…]` groups of a selector, nested once."""

IMPLIED_TAGS = frozenset({"html", "head", "body", "tbody"})
"""Elements the parser makes without a start tag in the source: no needle for them."""


def _needles(alternative: str) -> list[str]:
    found = [m.group("word") or m.group("value") for m in SELECTOR_NEEDLE.finditer(alternative)]
    tags = (m.group("tag") for m in TYPE_NEEDLE.finditer(BRACKETED.sub("", alternative)))
    return found + [f"<{tag}" for tag in tags if tag not in IMPLIED_TAGS]


class Cut(str, Enum):
    """How much of a line a matching `TextRule` takes."""

    LINE = "line"  # the whole line takes the rule's role
    TAIL = "tail"  # the match must end the line; it is cut off, the head keeps its role
    SPAN = "span"  # the match is cut out wherever it stands, splitting the line in two


@dataclass(frozen=True)
class TextRule:
    """A line of text matching `pattern` takes `role`, whole or in part (`cut`).

    `Cut.TAIL` serves an editor line written at the end of the last paragraph;
    `Cut.SPAN` a reporter cue standing inside a paragraph.
    """

    name: str
    pattern: re.Pattern[str]
    role: Role
    reason: Reason | None = None
    cut: Cut = Cut.LINE
    needles: tuple[str, ...] = ()
    """Strings one of which every match contains: a line holding none is passed over
    without running the pattern (a joined search tries every alternative at every
    position; a pattern of plain strings is found ten times faster)."""
    parses: bool = False
    """Whether the match's named groups (`names`, `role`, `code`, `who_where`) are what
    the line says: kept on the block, so the extractors read them instead of matching the
    line again with the profile's `editor_patterns` or `byline_patterns`."""

    @cached_property
    def needle_pattern(self) -> re.Pattern[str] | None:
        """Finds any of `needles`; `None` when the rule has none."""
        return literals(self.needles)


@dataclass(frozen=True)
class SiteProfile:
    id: str
    name: str
    tags: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    content_selector: str | None = None
    """Where the story sits when the feed delivered a whole page; the rest is dropped."""
    block_rules: tuple[BlockRule, ...] = ()
    text_rules: tuple[TextRule, ...] = ()
    caption_selector: str | None = None
    caption_from_alt: bool = False
    credit_patterns: tuple[re.Pattern[str], ...] = ()
    dateline_patterns: tuple[re.Pattern[str], ...] = ()
    dateline_blocks: int = 1
    """How many leading text blocks may hold the dateline (a repost may open with a teaser)."""
    editor_patterns: tuple[re.Pattern[str], ...] = ()
    """For EDITOR and CREDIT blocks: groups `names` (`role：name/…`), optional `role`, `code`."""
    default_credit_role: str = "編輯"
    """The role of names a credit line gives without one, as the site would write it."""
    byline_patterns: tuple[re.Pattern[str], ...] = ()
    """For BYLINE blocks: group `names`, optional `title`."""
    topic_name_selector: str | None = None
    topic_link_selector: str = "a[href]"
    related_link_selector: str = "a[href]"
    boilerplate_markers: tuple[str, ...] = field(default=())
    """Strings that must never reach a paragraph, caption or title (checked by tests)."""
    generic_exclusions: tuple[str, ...] = ()
    """Names of generic-layer rules this site turns off (its markup uses them otherwise)."""

    def layered_on(self, base: SiteProfile) -> SiteProfile:
        """This profile over `base` (the generic layer).

        Rules stack: its own first, then the base's that it neither names again nor
        excludes. Patterns that read a field (credits, datelines, bylines, editor lines)
        are a site's conventions, kept whole: the base's apply only where it has none.
        """
        excluded = set(self.generic_exclusions)
        return replace(
            self,
            block_rules=_stacked(self.block_rules, base.block_rules, excluded),
            text_rules=_stacked(self.text_rules, base.text_rules, excluded),
            credit_patterns=self.credit_patterns or base.credit_patterns,
            dateline_patterns=self.dateline_patterns or base.dateline_patterns,
            editor_patterns=self.editor_patterns or base.editor_patterns,
            byline_patterns=self.byline_patterns or base.byline_patterns,
            boilerplate_markers=_unique(self.boilerplate_markers + base.boilerplate_markers),
        )

    def uses(self, generic_rule: str) -> bool:
        """Whether a rule of the generic layer (`caption-after-image`…) applies here."""
        return generic_rule not in self.generic_exclusions

    @cached_property
    def line_screen(self) -> LineScreen | None:
        """Which text rules might match a line: most lines are then passed over after a few
        regex calls instead of one per rule (compiled on the profile's first post)."""
        return LineScreen(self.text_rules) if self.text_rules else None


RuleT = TypeVar("RuleT", BlockRule, TextRule)
ItemT = TypeVar("ItemT")


def _stacked(
    own: tuple[RuleT, ...], base: tuple[RuleT, ...], excluded: set[str]
) -> tuple[RuleT, ...]:
    names = {rule.name for rule in own} | excluded
    return own + tuple(rule for rule in base if rule.name not in names)


def _unique(items: tuple[ItemT, ...]) -> tuple[ItemT, ...]:
    return tuple(dict.fromkeys(items))


class LineScreen:
    """Which of a profile's text rules might match a line, in a few regex calls instead of
    one per rule. Rules anchored at the line's start (`^…`) are joined and tried there only;
    rules with needles only on lines holding one of theirs; the rest are joined and
    searched for. (Searched for, a joined pattern tries every alternative at every position.)"""

    def __init__(self, rules: tuple[TextRule, ...]) -> None:
        self.rules = rules
        kinds = [_kind(rule) for rule in rules]
        self.at_start = any_of(
            r.pattern for r, k in zip(rules, kinds, strict=True) if k is _Kind.AT_START
        )
        self.anywhere = any_of(
            r.pattern for r, k in zip(rules, kinds, strict=True) if k is _Kind.ANYWHERE
        )
        self.at_start_rules = frozenset(i for i, k in enumerate(kinds) if k is _Kind.AT_START)
        self.anywhere_rules = frozenset(i for i, k in enumerate(kinds) if k is _Kind.ANYWHERE)
        self.needles = literals(needle for rule in rules for needle in rule.needles)
        """Finds whether a line holds any needle at all (most lines hold none)."""
        self.needled_rules = tuple(
            (index, rule.needles) for index, rule in enumerate(rules) if rule.needles
        )

    def candidates(self, line: str) -> tuple[TextRule, ...]:
        """The rules, in order, that the screen cannot rule out for `line`."""
        chosen: set[int] = set()
        if self.at_start is not None and self.at_start.match(line) is not None:
            chosen |= self.at_start_rules
        if self.anywhere is not None and self.anywhere.search(line) is not None:
            chosen |= self.anywhere_rules
        if self.needles is not None and self.needles.search(line) is not None:
            chosen.update(
                index
                for index, needles in self.needled_rules
                if any(needle in line for needle in needles)
            )
        if not chosen:
            return ()
        return tuple(rule for index, rule in enumerate(self.rules) if index in chosen)

    def may_match(self, line: str) -> bool:
        return bool(self.candidates(line))


class _Kind(Enum):
    AT_START = "at_start"
    ANYWHERE = "anywhere"
    NEEDLES = "needles"


def _kind(rule: TextRule) -> _Kind:
    if rule.needles:
        return _Kind.NEEDLES
    return _Kind.AT_START if anchored_at_start(rule.pattern) else _Kind.ANYWHERE


def literals(strings: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern finding any of `strings` (ten times faster than testing each with `in`)."""
    unique = sorted(set(strings), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, unique))) if unique else None


def anchored_at_start(pattern: re.Pattern[str]) -> bool:
    """Whether every top-level alternative of `pattern` starts with `^` (and `^` means the
    start of the text, not of each line)."""
    if pattern.flags & re.MULTILINE:
        return False
    return all(part.startswith("^") for part in top_level_alternatives(pattern.pattern))


def top_level_alternatives(source: str) -> list[str]:
    """`^a|^(b|c)|[|]d` → `^a`, `^(b|c)`, `[|]d`: the branches of a regex source not nested
    in a group or character class."""
    parts: list[str] = []
    depth, start, index, in_class = 0, 0, 0, False
    while index < len(source):
        char = source[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if source.startswith("]", index + 1) or source.startswith("^]", index + 1):
                index += 1 + (source[index + 1] == "^")  # a leading `]` is a member
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            parts.append(source[start:index])
            start = index + 1
        index += 1
    parts.append(source[start:])
    return parts


NAMED_GROUP = re.compile(
    r"\(\?P<(?P<name>\w+)>|\(\?P=(?P<reference>\w+)\)|\(\?\((?P<condition>\w+)\)"
)
"""`(?P<names>`, `(?P=open)`, `(?(open)`: group names, made unique when patterns are joined."""

SCOPED_FLAGS = ((re.IGNORECASE, "i"), (re.MULTILINE, "m"), (re.DOTALL, "s"), (re.VERBOSE, "x"))


def any_of(patterns: Iterable[re.Pattern[str]]) -> re.Pattern[str] | None:
    """A pattern that matches where any of `patterns` matches (each keeps its own flags and
    groups, renamed apart), or `None` when there are none."""
    parts = []
    for index, pattern in enumerate(patterns):
        letters = "".join(letter for flag, letter in SCOPED_FLAGS if pattern.flags & flag)
        source = NAMED_GROUP.sub(partial(_renamed, index=index), pattern.pattern)
        parts.append(f"(?{letters}:{source})" if letters else f"(?:{source})")
    return re.compile("|".join(parts)) if parts else None


def _renamed(match: re.Match[str], index: int) -> str:
    if match.group("name"):
        return f"(?P<p{index}_{match.group('name')}>"
    if match.group("reference"):
        return f"(?P=p{index}_{match.group('reference')})"
    return f"(?(p{index}_{match.group('condition')})"
