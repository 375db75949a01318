"""Decisions a block's neighbours make, once every block has been classified on its own.

A short line right after an image is its caption when the markup says so; lines
that are all link, in a run or under a `延伸閱讀`/`Related` header, are related
articles; a short line standing above the date-only header line is the byline,
and a line in capitals opening the story is its dateline. These hold across
sites, so they run for every post, after the site's own rules.
"""

from __future__ import annotations

from collections.abc import Sequence

from .blocks import Block
from .extractors.images import is_story_image
from .html import Node, attr, collapse, text_of
from .sites.profile import Role, SiteProfile

LINK_LINE = 0.9
"""A line with at least this share of its characters inside links is a link, not story text."""

MAX_CAPTION = 250
"""Characters: a caption is a sentence or two, never longer."""

MAX_CONTAINER_CAPTION = 150
"""Characters: a line sharing a container with an image alone is its caption up to this length."""

MAX_HEADER_LINE = 40
"""Characters: a byline or dateline standing as a header line of its own."""

HEADER_SCOPE = 4
"""How many blocks from the top a header (byline above the date, dateline) may stand."""

CAPTION_TAGS = frozenset({"figcaption", "small", "caption", "cite"})
SENTENCE_MARKS = frozenset('。！？!?，,；;：:“”"')


def arrange(blocks: list[Block], profile: SiteProfile) -> list[Block]:
    """`blocks` with the decisions their neighbours make applied (those the profile uses)."""
    if profile.uses("caption-after-image"):
        blocks = captions_after_images(blocks, profile)
    if profile.uses("link-list"):
        blocks = related_links(blocks)
    if profile.uses("header-lines"):
        blocks = header_lines(blocks, profile)
    return blocks


def captions_after_images(blocks: list[Block], profile: SiteProfile) -> list[Block]:
    """The text line right after an image becomes its CAPTION when it reads as one."""
    arranged = list(blocks)
    for index in range(len(arranged) - 1):
        image, line = arranged[index], arranged[index + 1]
        if image.role is Role.IMAGE and line.role.is_text and _is_caption(image, line, profile):
            arranged[index + 1] = line._replace(role=Role.CAPTION, rule="caption-after-image")
    return arranged


def _is_caption(image: Block, line: Block, profile: SiteProfile) -> bool:
    text = line.text
    if len(text) > MAX_CAPTION or not is_story_image(image.node):
        return False
    return (
        _repeats_description(image.node, text)
        or _in_caption_element(line.node)
        or _alone_with(image.node, line, len(text))
        or any(pattern.search(text) for pattern in profile.credit_patterns)
    )


def _repeats_description(image: Node, text: str) -> bool:
    """The line says what the image's `alt` or `title` says (`…（AP）` in both)."""
    for name in ("alt", "title"):
        description = collapse(attr(image, name) or "")
        if len(description) >= 4 and (text.startswith(description) or description.startswith(text)):
            return True
    return False


def _in_caption_element(node: Node) -> bool:
    """`<figcaption>`, `<small>`, or an element whose class says caption, within two levels."""
    current: Node | None = node
    for _ in range(3):
        if current is None:
            return False
        if current.tag in CAPTION_TAGS or "caption" in (attr(current, "class") or "").lower():
            return True
        current = current.parent
    return False


def _alone_with(image: Node, line: Block, length: int) -> bool:
    """The smallest element holding both the image and the line holds no other text
    (and the line is not a paragraph of its own: `<p>` after an image is story text)."""
    if length > MAX_CONTAINER_CAPTION or line.node.tag == "p":
        return False
    inside = _ancestors_and_self(line.node)
    container = image.parent
    while container is not None and container.mem_id not in inside:
        container = container.parent
    return container is not None and container.tag != "body" and text_of(container) == line.text


def _ancestors_and_self(node: Node) -> set[int]:
    found: set[int] = set()
    current: Node | None = node
    while current is not None:
        found.add(current.mem_id)
        current = current.parent
    return found


def related_links(blocks: list[Block]) -> list[Block]:
    """Link lines under a related-articles header, or two or more in a row, become RELATED."""
    arranged = list(blocks)
    under_header = False
    for index, block in enumerate(blocks):
        if block.rule == "related-header":
            under_header = True
        elif block.role.is_text:
            if _is_link_line(block) and (under_header or _next_to_link_line(blocks, index)):
                arranged[index] = block._replace(role=Role.RELATED, rule="link-list")
            else:
                under_header = False
    return arranged


def _is_link_line(block: Block) -> bool:
    return block.role.is_text and block.links >= LINK_LINE and not _jumps_within_page(block.node)


def _jumps_within_page(node: Node) -> bool:
    """Every link of the line points at a fragment (`…/20210101/#221546`): an index of the
    page's own sections, which are story text, not other stories."""
    hrefs = [attr(anchor, "href") or "" for anchor in node.css("a[href]")]
    return bool(hrefs) and all("#" in href for href in hrefs)


def _next_to_link_line(blocks: Sequence[Block], index: int) -> bool:
    return (index > 0 and _is_link_line(blocks[index - 1])) or (
        index + 1 < len(blocks) and _is_link_line(blocks[index + 1])
    )


def header_lines(blocks: list[Block], profile: SiteProfile) -> list[Block]:
    """At the top of the story: the short line above a date-only line is the byline, and a
    line in capitals (`ZURICH`) is the dateline when a dateline pattern reads it whole."""
    arranged = list(blocks)
    seen_text = False
    for index, block in enumerate(blocks[:HEADER_SCOPE]):
        if block.rule == "date-line" and index > 0 and _is_header_line(blocks[index - 1]):
            above = blocks[index - 1]
            arranged[index - 1] = above._replace(
                role=Role.BYLINE, rule="name-above-date", groups={"names": above.text}
            )
        elif block.role.is_text and not seen_text:
            seen_text = True
            if _is_header_line(block) and _whole_dateline(block.text, profile):
                arranged[index] = block._replace(role=Role.DATELINE, rule="dateline-line")
    return arranged


def _is_header_line(block: Block) -> bool:
    return (
        block.role.is_text
        and len(block.text) <= MAX_HEADER_LINE
        and block.links < LINK_LINE
        and not SENTENCE_MARKS.intersection(block.text)
    )


def _whole_dateline(text: str, profile: SiteProfile) -> bool:
    return any(
        (match := pattern.match(text)) is not None and match.end() == len(text) and text.isupper()
        for pattern in profile.dateline_patterns
    )
