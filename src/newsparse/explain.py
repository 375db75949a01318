"""Why each piece of a post's HTML ended where it did.

`explain(text)` runs the same parse as `parse(text)` and also returns every
block of the body HTML in page order: its text, its element path, and what
became of it — kept (as which paragraph kind or field) or dropped, with the
reason code and the site-profile rule that decided. Kept and dropped text
together are all the visible text of the body: nothing is unaccounted for.
`parse` never builds any of this.
"""

from __future__ import annotations

import os

from pydantic import BaseModel, Field

from . import blocks as segmenter
from .api import prepare_text, read_post
from .html import Node
from .limits import DEFAULT_LIMITS, Limits
from .models import Article
from .pipeline import build_article, read_document
from .sites.profile import Reason, Role

KEPT_ROLES = frozenset(Role) - {Role.DROPPED}


class Block(BaseModel):
    """One decided piece of the body HTML."""

    text: str
    path: str = Field(
        description="CSS-like path of the element, e.g. `div > div.paragraph > p:nth-of-type(3)`."
    )
    decision: Role = Field(
        description="What the block became: a paragraph kind, a field, or `dropped`."
    )
    kept: bool
    reason: Reason | None = Field(
        None, description="Why it was dropped (`ad`, `promo`, `feed_footer`, …)."
    )
    rule: str | None = Field(None, description="The site-profile rule that decided, when one did.")


class Explanation(BaseModel):
    article: Article
    blocks: list[Block]


def explain(
    text: str,
    *,
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    site: str | None = None,
) -> Explanation:
    """`parse(text)` plus the decision taken on every block of the body HTML (`site` as
    for `parse`: `"unknown"` shows what the generic layer alone decides)."""
    text, warnings = prepare_text(text, path, limits)
    return _explained(text, path, limits, warnings, site)


def explain_file(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, site: str | None = None
) -> Explanation:
    """`parse_file(path)` plus the decision taken on every block of the body HTML."""
    name = os.fspath(path)
    text, warnings = read_post(name, limits)
    return _explained(text, name, limits, warnings, site)


def _explained(
    text: str, path: str | None, limits: Limits, warnings: tuple[str, ...], site: str | None
) -> Explanation:
    document = read_document(text, path, limits, site)
    article = build_article(document, warnings)
    return Explanation(article=article, blocks=[_public(block) for block in document.blocks])


def _public(block: segmenter.Block) -> Block:
    return Block(
        text=block.text,
        path=element_path(block.node),
        decision=block.role,
        kept=block.role in KEPT_ROLES,
        reason=block.reason,
        rule=block.rule,
    )


def element_path(node: Node) -> str:
    """`div > div.paragraph > p:nth-of-type(3)`, from below `<body>` down to `node`."""
    steps: list[str] = []
    current: Node | None = node
    while current is not None and current.tag not in {"body", "html", "-undef", None}:
        steps.append(_step(current))
        current = current.parent
    return " > ".join(reversed(steps)) or "body"


def _step(node: Node) -> str:
    tag = node.tag or "?"
    classes = "".join(f".{name}" for name in (node.attributes.get("class") or "").split()[:2])
    same = [sibling for sibling in _siblings(node) if sibling.tag == tag]
    index = (
        next(i for i, sibling in enumerate(same, 1) if sibling.mem_id == node.mem_id)
        if len(same) > 1
        else 0
    )
    return f"{tag}{classes}" + (f":nth-of-type({index})" if index else "")


def _siblings(node: Node) -> list[Node]:
    parent = node.parent
    if parent is None:
        return [node]
    found = []
    child = parent.child
    while child is not None:
        if child.is_element_node:
            found.append(child)
        child = child.next
    return found
