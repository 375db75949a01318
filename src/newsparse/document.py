"""What every field extractor receives: the post, split, its HTML parsed once and cut into blocks."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from selectolax.lexbor import LexborHTMLParser

from .blocks import Block
from .models import FrontMatter
from .post import PostParts
from .sites.profile import Role, SiteProfile


@dataclass(frozen=True)
class Document:
    path: str | None
    parts: PostParts
    front_matter: FrontMatter
    profile: SiteProfile
    tree: LexborHTMLParser
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    """What reading the front matter tolerated."""

    @property
    def base_url(self) -> str | None:
        """What relative links in the body resolve against: the article's own URL."""
        return self.front_matter.source_url

    def blocks_of(self, *roles: Role) -> Iterator[Block]:
        """The blocks of these roles, in page order."""
        if len(roles) == 1:
            return iter(self._by_role.get(roles[0], ()))
        return (block for block in self.blocks if block.role in roles)

    def text_blocks(self) -> Iterator[Block]:
        return (block for block in self.blocks if block.role.is_text)

    @cached_property
    def _by_role(self) -> dict[Role, list[Block]]:
        """Blocks grouped once, so that each extractor does not pass over all of them."""
        grouped: dict[Role, list[Block]] = {}
        for block in self.blocks:
            grouped.setdefault(block.role, []).append(block)
        return grouped


@dataclass(frozen=True)
class Extracted:
    """What one extractor found: Article fields by name, and warnings (`code: message`)."""

    fields: Mapping[str, object]
    warnings: tuple[str, ...] = field(default=())
