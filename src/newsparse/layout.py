"""Decisions a block's neighbours make, once every block has been classified on its own.

A short line right after an image is its caption when the markup says so; lines
that are all link, in a run or under a `延伸閱讀`/`Related` header, are related
articles; an `<h1>` is the title again; at the top of the story a short line above
the date-only header line is the byline, a standfirst is no body, and a line in
capitals is the dateline. These hold across sites, so they run for every post,
after the site's own rules.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import urlsplit

from .blocks import Block
from .extractors.images import is_story_image
from .extractors.names import LATIN_GLOSS
from .html import Node, attr, collapse, text_of
from .sites.generic import (
    BYLINE_TITLE,
    CAPTION_TAGS,
    DECK_CLASS_HINTS,
    EMBED_TITLE,
    PERSON_NAMES,
    RELATED_HEADER,
    RELATED_LABEL,
)
from .sites.profile import Reason, Role, SiteProfile

LINK_LINE = 0.9
"""A line with at least this share of its characters inside links is a link, not story text."""

LABELLED_LINK = 0.5
"""A line opening with a related-articles label (`更多阅读——`) and mostly link is a related link."""

MIN_HEADLINE = 8
"""Characters: a lone link this long to the site's own pages reads as a headline."""

FULL_STOPS = frozenset("。！？.!?")
SENTENCE_ENDS = FULL_STOPS | frozenset("：:")
"""How a sentence, not a headline, ends."""

MAX_LINK_DEPTH = 4
"""How far above a line's first element its link may start."""

MAX_CAPTION = 250
"""Characters: a caption is a sentence or two, never longer."""

MAX_CONTAINER_CAPTION = 250
"""Characters: a line sharing a container with an image alone is its caption up to this length
(gallery items run to a sentence or two)."""

MAX_HEADER_LINE = 40
"""Characters: a byline or dateline standing as a header line of its own."""

HEADER_SCOPE = 4
"""How many lines of text from the top a header (byline above the date, dateline, deck)
may stand."""

MIN_DECK = 20
"""Characters: a heading opening the story this long and ending a sentence is a deck."""

NEAR = 3
"""How many elements, the line's own and those above it, are looked at for what it stands in."""

SENTENCE_MARKS = frozenset('。！？!?，,；;：:“”"')


def arrange(
    blocks: list[Block], profile: SiteProfile, source_url: str | None = None
) -> list[Block]:
    """`blocks` with the decisions their neighbours make applied (those the profile uses);
    `source_url`, the article's address, tells the site's own links from others. A pass
    with nothing to look at (no image, no player, no link) is not run."""
    roles = {block.role for block in blocks}
    if Role.IMAGE in roles and profile.uses("caption-after-image"):
        blocks = captions_after_images(blocks, profile)
    if Role.EMBED in roles and profile.uses("embed-title"):
        blocks = embed_titles(blocks)
    if any(block.links for block in blocks) and profile.uses("link-list"):
        blocks = related_links(blocks, source_url)
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


def embed_titles(blocks: list[Block]) -> list[Block]:
    """`視頻：…` right before an embedded player titles the player: not story text."""
    arranged = list(blocks)
    for index in range(len(arranged) - 1):
        line, player = arranged[index], arranged[index + 1]
        if player.role is Role.EMBED and line.role.is_text and EMBED_TITLE.match(line.text):
            arranged[index] = line._replace(
                role=Role.DROPPED, reason=Reason.WIDGET, rule="embed-title"
            )
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
    """`<figcaption>`, `<small>`, or an element whose class says caption, near the line."""
    return any(
        element.tag in CAPTION_TAGS or "caption" in (attr(element, "class") or "").lower()
        for element in _up(node, NEAR)
    )


def _up(node: Node, levels: int | None = None) -> Iterator[Node]:
    """`node`, then its ancestors: `levels` elements in all, or up to the document."""
    current: Node | None = node
    while current is not None and (levels is None or levels > 0):
        yield current
        current = current.parent
        levels = None if levels is None else levels - 1


def _alone_with(image: Node, line: Block, length: int) -> bool:
    """The smallest element holding both the image and the line holds no other text
    (and the line is not a paragraph of its own: `<p>` after an image is story text)."""
    if length > MAX_CONTAINER_CAPTION or line.node.tag == "p":
        return False
    inside = {element.mem_id for element in _up(line.node)}
    container = image.parent
    while container is not None and container.mem_id not in inside:
        container = container.parent
    return container is not None and container.tag != "body" and text_of(container) == line.text


def related_links(blocks: list[Block], source_url: str | None = None) -> list[Block]:
    """Link lines under a related-articles header, or two or more in a row, or one to
    another story of the post's own site (at `source_url`'s host), and a link after a
    related-articles label (`更多阅读——…`), become RELATED."""
    arranged = list(blocks)
    under_header = False
    for index, block in enumerate(blocks):
        if block.rule == "related-header" or (
            block.role is Role.DROPPED and block.text and RELATED_HEADER.match(block.text)
        ):  # the generic header rule, or a profile's own rule for the same line
            under_header = True
        elif block.role.is_text:
            labelled = block.links >= LABELLED_LINK and RELATED_LABEL.match(block.text) is not None
            if labelled or (
                _is_link_line(block)
                and (
                    under_header
                    or _next_to_link_line(blocks, index)
                    or _is_story_link(block, source_url)
                )
            ):
                arranged[index] = block._replace(
                    node=_link_holder(block.node), role=Role.RELATED, rule="link-list"
                )
            else:
                under_header = False
    return arranged


def _is_story_link(block: Block, source_url: str | None) -> bool:
    """A line that is one headline linking to the site's own pages (`桃園醫院群聚疫情擴大
    台灣燈會停辦` → cna.com.tw/news/…): a story the site points to, not a sentence."""
    if not source_url or len(block.text) < MIN_HEADLINE or block.text[-1] in SENTENCE_ENDS:
        return False
    site_host = _host(source_url, "")
    if not site_host:
        return False
    holder = _link_holder(block.node)
    anchors = [holder] if holder.tag == "a" else holder.css("a[href]")
    hrefs = [attr(anchor, "href") or "" for anchor in anchors]
    return len(hrefs) == 1 and _host(hrefs[0], site_host) == site_host


def _host(href: str, site_host: str) -> str | None:
    """The host a link points to; a relative link points to the site itself."""
    if href.startswith(("/", "./", "../")) and not href.startswith("//"):
        return site_host
    try:
        host = urlsplit(href).hostname
    except ValueError:  # a malformed address points nowhere
        return None
    return host.removeprefix("www.") if host else None


def _link_holder(node: Node) -> Node:
    """The line's element when links stand inside it, else the link it stands inside
    (a line whose text sits in `<a><span>…</span></a>` starts at the span)."""
    if node.tag == "a" or node.css_first("a[href]") is not None:
        return node
    return next((element for element in _up(node, MAX_LINK_DEPTH + 1) if element.tag == "a"), node)


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
    """An `<h1>` is the page's title again, wherever it stands. At the top of the story: the
    short line above a date-only line is the byline (a header line when it names no
    person), as is a name above a `…记者` title line; a deck or standfirst opening the story
    is no body (unless it is all the text there is); and a line in capitals (`ZURICH`) is
    the dateline when a dateline pattern reads it whole."""
    arranged = list(blocks)
    top = _top_of_story(blocks)
    for index in top:
        above = blocks[index - 1] if index > 0 else None
        if above is None or not _is_header_line(above):
            continue
        if blocks[index].rule == "date-line":
            arranged[index - 1] = _name_above_date(above)
        elif _is_title_under_name(blocks[index], above):
            arranged[index - 1] = _byline(above, "name-above-title")
            arranged[index] = blocks[index]._replace(
                role=Role.DROPPED, reason=Reason.HEADER, rule="byline-title"
            )
    for index, block in enumerate(arranged):
        if block.role is Role.HEADING and _in_h1(block.node):
            arranged[index] = block._replace(
                role=Role.DROPPED, reason=Reason.DUPLICATE, rule="page-title"
            )
    first_text = next((index for index in top if arranged[index].role.is_text), None)
    if first_text is not None:
        block = arranged[first_text]
        story_follows = any(later.role.is_text for later in arranged[first_text + 1 :])
        if story_follows and _is_deck(block):
            arranged[first_text] = block._replace(
                role=Role.DROPPED, reason=Reason.HEADER, rule="deck"
            )
        elif _is_header_line(block) and _whole_dateline(block.text, profile):
            arranged[first_text] = block._replace(role=Role.DATELINE, rule="dateline-line")
    return arranged


def _in_h1(node: Node) -> bool:
    """An `<h1>` (or a line inside one) is the page's or the site's title: stories head
    their sections with `<h2>` and below."""
    return any(element.tag == "h1" for element in _up(node, NEAR))


def _top_of_story(blocks: Sequence[Block]) -> list[int]:
    """Indices of the blocks up to the `HEADER_SCOPE`-th line of text (date lines count)."""
    top, lines = [], 0
    for index, block in enumerate(blocks):
        if lines >= HEADER_SCOPE:
            break
        top.append(index)
        lines += block.role.is_text or block.rule == "date-line"
    return top


def _is_title_under_name(block: Block, above: Block) -> bool:
    """`BBC防卫记者` under `法兰克·加德纳（Frank Gardner）`."""
    return (
        block.role.is_text
        and BYLINE_TITLE.match(block.text) is not None
        and PERSON_NAMES.match(LATIN_GLOSS.sub("", above.text)) is not None
    )


def _name_above_date(block: Block) -> Block:
    if PERSON_NAMES.match(LATIN_GLOSS.sub("", block.text)):
        return _byline(block, "name-above-date")
    return block._replace(role=Role.DROPPED, reason=Reason.HEADER, rule="source-above-date")


def _byline(block: Block, rule: str) -> Block:
    return block._replace(role=Role.BYLINE, rule=rule, groups={"names": block.text})


def _is_deck(block: Block) -> bool:
    """A standfirst element (`.story-lead`, `.blog-post__description`), or a heading
    written as a sentence, opening the story: a summary above it, not its text."""
    if block.role is Role.HEADING and len(block.text) >= MIN_DECK and block.text[-1] in FULL_STOPS:
        return True
    return any(
        hint in (attr(element, "class") or "").lower()
        for element in _up(block.node, NEAR)
        for hint in DECK_CLASS_HINTS
    )


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
