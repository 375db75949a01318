"""The one place that touches selectolax's API directly.

selectolax's `text()` joins text nodes with `""` and its `css_first` stub hides
that it may return `None`; these wrappers make both explicit, once.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Set

from selectolax.lexbor import LexborHTMLParser, LexborNode

Node = LexborNode


BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "center", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr",
        "ul", "picture", "video", "audio", "iframe", "noscript", "caption",
    }
)  # fmt: skip

INVISIBLE_TAGS = frozenset({"script", "style", "template", "svg", "head", "title", "noscript"})


TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9:-]*)[^>]*?(/?)>")
"""An opening, closing or self-closing tag: `<div class="x">`, `</div>`, `<br/>`."""

VOID_TAGS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "source",
        "track",
        "wbr",
    }
)

TAGS_BEFORE_DEPTH_CHECK = 20_000
"""Markup with fewer tags than this parses quickly however it nests (the block walker bounds its
own depth); only larger markup is scanned."""


SELF_CLOSED_IFRAME = re.compile(r"(<iframe\b[^<>]*?)\s*/>", re.IGNORECASE)
"""`<iframe src="…"/>`: HTML has no self-closing iframes, so the parser would read the rest of
the post as the iframe's fallback text; it is closed explicitly instead."""


def parse_html(html: str) -> LexborHTMLParser:
    if "<iframe" in html and "/>" in html:
        html = SELF_CLOSED_IFRAME.sub(r"\1></iframe>", html)
    return LexborHTMLParser(html)


def limit_nesting(html: str, max_depth: int) -> tuple[str, bool]:
    """`html` with the tags nested deeper than `max_depth` removed (their text kept).

    The HTML parser's time grows with the square of the nesting depth, so a
    crafted post of 100,000 nested elements would take minutes; real posts
    nest a few dozen deep. Returns the markup and whether anything was removed.
    """
    if html.count("<") < TAGS_BEFORE_DEPTH_CHECK or max_depth <= 0:
        return html, False
    depth, kept, last, removed = 0, [], 0, False
    for tag in TAG.finditer(html):
        closing, name, self_closing = tag.group(1), tag.group(2).lower(), tag.group(3)
        if name in VOID_TAGS or self_closing:
            continue
        too_deep = depth >= max_depth if not closing else depth > max_depth
        depth = max(depth - 1, 0) if closing else depth + 1
        if too_deep:
            kept.append(html[last : tag.start()])
            last, removed = tag.end(), True
    kept.append(html[last:])
    return "".join(kept), removed


def collapse(text: str) -> str:
    """Whitespace runs to one space, trimmed (str.split knows the same Unicode spaces as `\\s`)."""
    return " ".join(text.split())


def text_of(node: Node) -> str:
    """The visible text of `node`: text nodes joined as written, whitespace collapsed."""
    return collapse("".join(visible_texts(node)))


def all_text_of(node: Node) -> str:
    """`text_of` for markup known to hold no invisible element (see `has_invisible_tags`):
    Lexbor joins the text nodes itself, in a third of the time."""
    return collapse(node.text(deep=True, separator=""))


def has_invisible_tags(tags: Set[str]) -> bool:
    """Whether markup opening the elements `tags` may hold one whose text is not shown
    (`script`, `svg`, …): without their start tags, the parser makes none in the body."""
    return not INVISIBLE_TAGS.isdisjoint(tags)


def visible_texts(node: Node) -> Iterator[str]:
    """Text nodes under `node` in document order, skipping script/style/svg content.

    Iterative, so that deeply nested markup cannot exhaust the recursion limit.
    """
    stack: list[Node] = list(reversed(list(children(node))))
    while stack:
        current = stack.pop()
        if current.is_text_node:
            yield current.text_content or ""
        elif current.is_element_node and current.tag not in INVISIBLE_TAGS:
            stack.extend(reversed(list(children(current))))


def children(node: Node) -> Iterator[Node]:
    child = node.child
    while child is not None:
        yield child
        child = child.next


def first(node: Node | LexborHTMLParser, selector: str) -> Node | None:
    """The first match of `selector` under `node`, or `None`."""
    found: Node | None = node.css_first(selector)
    return found


def attr(node: Node, name: str) -> str | None:
    """An attribute's value, stripped; `None` when absent or empty, or when `node` is no
    element (walking up from an element ends at the document node, which has none)."""
    if not node.is_element_node:
        return None
    value = node.attrs.get(name)  # a lookup; `attributes` would build a dict of them all
    if value is None:
        return None
    value = value.strip()
    return value or None


def classes(node: Node) -> frozenset[str]:
    return frozenset((node.attributes.get("class") or "").split())
