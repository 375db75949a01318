"""Embedded players and posts: iframe, video and audio sources, tweets."""

from __future__ import annotations

from ..document import Document, Extracted
from ..html import Node, attr
from ..sites.profile import Role
from ..urls import absolute

PLAYER_SELECTOR = "iframe, video, audio, source, embed"


def extract(document: Document) -> Extracted:
    urls: list[str] = []
    for block in document.blocks_of(Role.EMBED):
        for found in _embed_urls(block.node):
            url = absolute(found, document.base_url)
            if url not in urls:
                urls.append(url)
    return Extracted({"embeds": urls})


def _embed_urls(node: Node) -> list[str]:
    players = [node, *node.css(PLAYER_SELECTOR)]
    found = [url for each in players for url in (attr(each, "src"), attr(each, "data-src")) if url]
    if found:
        return found
    links = [url for link in node.css("a[href]") if (url := attr(link, "href"))]
    return links[-1:]  # an embedded post (tweet, Instagram) links to itself last
