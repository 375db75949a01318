"""Related-article links and topic boxes, with absolute URLs."""

from __future__ import annotations

from collections.abc import Iterator

from ..document import Document, Extracted
from ..html import Node, attr, first, text_of
from ..models import Link, Topic
from ..sites.profile import Role
from ..urls import absolute


def extract(document: Document) -> Extracted:
    related: list[Link] = []
    seen: set[str] = set()
    for block in document.blocks_of(Role.RELATED):
        for link in _links(block.node, document.profile.related_link_selector, document.base_url):
            if link.url not in seen:
                seen.add(link.url)
                related.append(link)
    topics = [_topic(block.node, document) for block in document.blocks_of(Role.TOPIC)]
    return Extracted({"related": related, "topics": [topic for topic in topics if topic]})


def _links(node: Node, selector: str, base: str | None) -> Iterator[Link]:
    """Titled links to web pages (`http(s)` once resolved); anchors, scripts, mail are not stories."""
    candidates = [node] if node.tag == "a" else node.css(selector)
    for anchor in candidates:
        href = attr(anchor, "href")
        title = text_of(anchor)
        url = absolute(href, base) if href else ""
        if title and url.lower().startswith(("http://", "https://")):
            yield Link(title=title, url=url)


def _topic(node: Node, document: Document) -> Topic | None:
    profile = document.profile
    name_node = first(node, profile.topic_name_selector) if profile.topic_name_selector else None
    if name_node is None:
        return None
    name_link = name_node if name_node.tag == "a" else first(name_node, "a[href]")
    href = attr(name_link, "href") if name_link is not None else None
    articles = list(_links(node, profile.topic_link_selector, document.base_url))
    return Topic(
        name=text_of(name_node),
        url=absolute(href, document.base_url) if href else None,
        articles=articles,
    )
