"""Authors from standalone byline lines (`文/张三`, `记者 李四`), never from the dateline."""

from __future__ import annotations

import re
from collections.abc import Mapping

from ..document import Document, Extracted
from ..models import Person
from ..sites.places import ALL
from ..sites.profile import Role
from .dateline import split_reporters_and_place
from .names import split_names

PLACES = frozenset(ALL)
"""A byline's token that names a known place (`… 休斯顿`) says where, not who."""


def extract(document: Document) -> Extracted:
    authors: list[Person] = []
    for block in document.blocks_of(Role.BYLINE):
        found = (
            people_of(block.groups)
            if block.groups
            else parse_byline(block.text, document.profile.byline_patterns)
        )
        for person in found:
            if person.name.casefold() not in {known.name.casefold() for known in authors}:
                authors.append(person)
    return Extracted({"authors": authors})


def parse_byline(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Person]:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            return people_of(match.groupdict())
    return []


def people_of(groups: Mapping[str, str | None]) -> list[Person]:
    """The people a byline pattern's groups name: `names` (with an optional `title`), or
    `who_where`, reporters run together with their place (`郑崇生华盛顿`)."""
    title = (groups.get("title") or "").strip() or None
    who_where = groups.get("who_where")
    names = (
        split_reporters_and_place(who_where)[0]
        if who_where
        else split_names(groups.get("names") or "")
    )
    return [Person(name=name, title=title) for name in names if name not in PLACES]
