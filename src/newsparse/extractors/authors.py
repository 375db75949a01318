"""Authors from standalone byline lines (`文/张三`, `记者 李四`), never from the dateline."""

from __future__ import annotations

import re

from ..document import Document, Extracted
from ..models import Person
from ..sites.profile import Role
from .names import split_names


def extract(document: Document) -> Extracted:
    authors: list[Person] = []
    for block in document.blocks_of(Role.BYLINE):
        for person in parse_byline(block.text, document.profile.byline_patterns):
            if person.name.casefold() not in {known.name.casefold() for known in authors}:
                authors.append(person)
    return Extracted({"authors": authors})


def parse_byline(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Person]:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            title = (groups.get("title") or "").strip() or None
            return [
                Person(name=name, title=title) for name in split_names(groups.get("names") or "")
            ]
    return []
