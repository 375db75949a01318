"""Cut the post's HTML into blocks, in page order, and decide what each one is.

This is the one walk over the tree. Site profiles say which elements are
figures, ads, related-link boxes and so on (`BlockRule`) and which lines of
text are editor lines, end marks or feed footers (`TextRule`); everything else
becomes lines of running text, one per block element or `<br>`-ended line.
The field extractors then read the blocks of the role they care about.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from typing import NamedTuple

from selectolax.lexbor import LexborHTMLParser

from .html import (
    BLOCK_TAGS,
    INVISIBLE_TAGS,
    Node,
    all_text_of,
    children,
    collapse,
    first,
    has_invisible_tags,
    text_of,
)
from .sites.profile import (
    BlockRule,
    Cut,
    LineScreen,
    Reason,
    Role,
    SiteProfile,
    SourceText,
    TextRule,
)

MAX_DEPTH = 200
"""Below this depth a subtree is read as one line of text, so no markup can exhaust the stack."""

HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
LIST_ITEM_TAGS = frozenset({"li", "dt", "dd"})
EMBED_TAGS = frozenset({"iframe", "video", "audio", "embed", "object"})
CELL_TAGS = frozenset({"td", "th"})
SPECIAL_TAGS = INVISIBLE_TAGS | EMBED_TAGS | CELL_TAGS | BLOCK_TAGS | {"br", "img"}
"""Tags the walk does more with than read their text into the current line."""
PLAIN_BLOCK_TAGS = BLOCK_TAGS - INVISIBLE_TAGS - EMBED_TAGS - CELL_TAGS
"""Block tags that are nothing else: each starts and ends a line."""


class Block(NamedTuple):
    """One decided piece of the post: its element, its text and what it is.

    (A named tuple: tens of thousands are made per thousand posts, and a tuple is
    built several times faster than a frozen dataclass.)
    """

    node: Node
    text: str
    role: Role
    reason: Reason | None = None
    rule: str | None = None
    links: float = 0.0
    """The share of the line's characters that stand inside links (0 to 1)."""
    groups: Mapping[str, str] | None = None
    """The named groups of the text rule that decided the line: what the line says
    (`names`, `role`, `code`…), so that no extractor matches the same pattern again."""


def segment(
    tree: LexborHTMLParser, root: Node, profile: SiteProfile, source: str | None = None
) -> list[Block]:
    """All blocks under `root`, in page order, with text rules applied.

    `source`, the HTML the tree was parsed from, lets rules that cannot match be skipped.
    """
    text = SourceText.of(source) if source is not None else None
    walker = _Walker(
        _match_block_rules(tree, profile.block_rules, text),
        text_of if text is None or has_invisible_tags(text.tags) else all_text_of,
    )
    content = first(tree, profile.content_selector) if profile.content_selector else None
    if content is not None:
        walker.outside = _ancestors(content)
        walker.content_id = content.mem_id
    walker.walk(root, Role.PARAGRAPH, 0)
    walker.flush()
    return apply_text_rules(walker.blocks, profile.text_rules, profile.line_screen)


def _ancestors(node: Node) -> set[int]:
    found: set[int] = set()
    parent = node.parent
    while parent is not None:
        found.add(parent.mem_id)
        parent = parent.parent
    return found


def _match_block_rules(
    tree: LexborHTMLParser, rules: Iterable[BlockRule], source: SourceText | None
) -> dict[int, BlockRule]:
    """Each element a rule selects, by identity; the first rule listed wins.

    A rule whose class names, attribute values or elements do not occur in the `source`
    is skipped.
    """
    matched: dict[int, BlockRule] = {}
    for rule in rules:
        if source is not None and not rule.may_match(source):
            continue
        for node in tree.css(rule.selector):
            matched.setdefault(node.mem_id, rule)
    return matched


class _Walker:
    """Accumulates inline text into lines while walking one tree; used once per segment()."""

    def __init__(self, rules: dict[int, BlockRule], read_text: Callable[[Node], str]) -> None:
        self.rules = rules
        self.read_text = read_text
        """`text_of`, or the faster `all_text_of` when the post has no invisible elements."""
        self.blocks: list[Block] = []
        self.pieces: list[str] = []
        self.in_link = 0
        """How many `<a>` elements the walk is inside."""
        self.link_chars = 0
        """Characters of the current line that stand inside links."""
        self.line_node: Node | None = None
        self.line_role = Role.PARAGRAPH
        self.outside: set[int] = set()
        """With a content root: its ancestors, whose other children are not the story."""
        self.content_id: int | None = None

    def walk(self, node: Node, role: Role, depth: int) -> None:
        if node.mem_id in self.outside:
            self.walk_outside(node, depth)
            return
        pieces = self.pieces
        child = node.child
        while child is not None:
            if child.is_text_node:  # `add_text`, inlined: this line runs for every text node
                if not pieces:
                    self.line_node, self.line_role = node, role
                text = child.text_content or ""
                pieces.append(text)
                if self.in_link:
                    self.link_chars += len(text.strip())
            elif child.is_element_node:
                self.visit(child, role, depth + 1)
            child = child.next

    def walk_outside(self, node: Node, depth: int) -> None:
        """Around the content root: descend towards it, drop everything beside it."""
        for child in children(node):
            if child.mem_id in self.outside or child.mem_id == self.content_id:
                self.walk(child, Role.PARAGRAPH, depth + 1)
                self.flush()
            elif child.is_text_node and (child.text_content or "").strip():
                self.blocks.append(
                    Block(
                        node,
                        collapse(child.text_content or ""),
                        Role.DROPPED,
                        Reason.OUTSIDE,
                        "content",
                    )
                )
            elif child.is_element_node and child.tag not in INVISIBLE_TAGS:
                self.blocks.append(
                    Block(child, self.read_text(child), Role.DROPPED, Reason.OUTSIDE, "content")
                )

    def visit(self, element: Node, role: Role, depth: int) -> None:
        tag = element.tag or ""
        rule = self.rules.get(element.mem_id)
        if rule is not None:
            if rule.breaks_line:
                self.flush()
            self.blocks.append(
                Block(element, self.read_text(element), rule.role, rule.reason, rule.name)
            )
        elif tag in PLAIN_BLOCK_TAGS and depth <= MAX_DEPTH:  # the common cases first
            self.flush()
            self.walk(element, _role_inside(tag, role), depth)
            self.flush()
        elif tag not in SPECIAL_TAGS and depth <= MAX_DEPTH:
            if tag == "a":
                self.in_link += 1
                self.walk(element, role, depth)
                self.in_link -= 1
            else:
                self.walk(element, role, depth)
        elif tag in INVISIBLE_TAGS:
            return
        elif tag == "br":
            self.flush()
        elif tag == "img":
            self.blocks.append(Block(element, "", Role.IMAGE, links=float(self.in_link > 0)))
        elif tag in EMBED_TAGS:
            self.flush()
            self.blocks.append(Block(element, self.read_text(element), Role.EMBED))
        elif depth > MAX_DEPTH:
            self.flush()
            self.blocks.append(Block(element, self.read_text(element), role, rule="too-deep"))
        elif tag in CELL_TAGS:
            self.add_text(" ", element, role)
            self.walk(element, role, depth)
            self.add_text(" ", element, role)
        elif tag in BLOCK_TAGS:
            self.flush()
            self.walk(element, _role_inside(tag, role), depth)
            self.flush()
        else:
            self.walk(element, role, depth)

    def add_text(self, text: str, container: Node, role: Role) -> None:
        if not self.pieces:
            self.line_node = container
            self.line_role = role
        self.pieces.append(text)

    def flush(self) -> None:
        if not self.pieces:
            return
        text = collapse("".join(self.pieces))
        if text and self.line_node is not None:
            links = 0.0
            if self.link_chars:
                links = min(1.0, self.link_chars / sum(len(piece.strip()) for piece in self.pieces))
            self.blocks.append(Block(self.line_node, text, self.line_role, links=links))
        self.pieces.clear()
        self.line_node = None
        self.link_chars = 0


def _role_inside(tag: str, outer: Role) -> Role:
    if tag in HEADING_TAGS:
        return Role.HEADING
    if tag in LIST_ITEM_TAGS:
        return Role.LIST_ITEM
    if tag == "blockquote":
        return Role.QUOTE
    return outer


def apply_text_rules(
    blocks: list[Block], rules: tuple[TextRule, ...], screen: LineScreen | None = None
) -> list[Block]:
    """Give text lines matching a rule that rule's role, cutting lines where a rule says so.

    `screen`, when given, passes lines no rule can match: they are kept as they are.
    """
    if not rules:
        return blocks
    decided: list[Block] = []
    for block in blocks:
        if not block.role.is_text:
            decided.append(block)
            continue
        candidates = rules if screen is None else screen.candidates(block.text)
        if candidates:
            decided.extend(_decide_line(block, candidates, rules))
        else:
            decided.append(block)
    return decided


def _decide_line(
    block: Block, candidates: tuple[TextRule, ...], rules: tuple[TextRule, ...]
) -> list[Block]:
    """The first of the `candidates` matching the line decides it; what a cut leaves is
    decided again by all the `rules`."""
    for rule in candidates:
        needles = rule.needle_pattern
        if needles is not None and needles.search(block.text) is None:
            continue
        match = rule.pattern.search(block.text)
        if match is None or (rule.cut is Cut.TAIL and match.end() != len(block.text)):
            continue
        if rule.cut is Cut.LINE:
            return [
                block._replace(
                    role=rule.role, reason=rule.reason, rule=rule.name, groups=_groups(match, rule)
                )
            ]
        return _cut(block, match, rule, rules)
    return [block]


def _cut(
    block: Block, match: re.Match[str], rule: TextRule, rules: tuple[TextRule, ...]
) -> list[Block]:
    """The line cut in up to three: before the match, the match (the rule's role), after it."""
    before = block.text[: match.start()].strip()
    matched = block.text[match.start() : match.end()].strip()
    after = block.text[match.end() :].strip()
    pieces: list[Block] = []
    if before:
        pieces.extend(_decide_line(block._replace(text=before), rules, rules))
    if matched:
        pieces.append(
            Block(
                block.node, matched, rule.role, rule.reason, rule.name, groups=_groups(match, rule)
            )
        )
    if after:
        pieces.extend(_decide_line(block._replace(text=after), rules, rules))
    return pieces


def _groups(match: re.Match[str], rule: TextRule) -> Mapping[str, str] | None:
    """The named groups a parsing rule's match filled, or `None`."""
    if not rule.parses:
        return None
    found = {name: value for name, value in match.groupdict().items() if value}
    return found or None


def drop_repeated_title(blocks: list[Block], title: str) -> list[Block]:
    """A line repeating the post's title word for word is the headline again, not story text."""
    wanted = collapse(title)
    if not wanted:
        return blocks
    return [
        block._replace(role=Role.DROPPED, reason=Reason.DUPLICATE, rule="repeated-title")
        if block.role.is_text and block.text == wanted
        else block
        for block in blocks
    ]
