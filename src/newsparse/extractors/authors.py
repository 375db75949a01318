"""Authors from standalone byline lines (`文/张三`, `记者 李四`), never from the dateline."""

from __future__ import annotations

import re

from ..document import Document, Extracted
from ..models import Person
from ..sites.profile import Role

NAME_SEPARATOR = re.compile(r"\s*(?:[、，,/／&]|\band\b|和|及)\s*")
"""Between authors: `杨威廉/张慈`, `王五、赵六`, `Ann Lee and Bo Chan`."""


def extract(document: Document) -> Extracted:
    authors: list[Person] = []
    for block in document.blocks_of(Role.BYLINE):
        for person in parse_byline(block.text, document.profile.byline_patterns):
            if person.name not in {known.name for known in authors}:
                authors.append(person)
    return Extracted({"authors": authors})


def parse_byline(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[Person]:
    for pattern in patterns:
        match = pattern.search(text)
        if match:
            groups = match.groupdict()
            title = (groups.get("title") or "").strip() or None
            names = NAME_SEPARATOR.split(groups.get("names") or "")
            return [Person(name=name.strip(), title=title) for name in names if name.strip()]
    return []
