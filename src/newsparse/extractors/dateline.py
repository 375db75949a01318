"""The dateline opening the story: agency, reporters, place, day, kind."""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from ..document import Document, Extracted
from ..models import Dateline
from ..sites.places import ADMINISTRATIVE_SUFFIXES, ALL
from ..sites.profile import Role

NAME_SEPARATOR = re.compile(r"[、，,/／]+|(?<![A-Za-z])\s+|\s+(?![A-Za-z])")
"""Between reporters: `趙靜瑜、王淑芬`; a space only between Chinese names, not inside `Cathy He`."""

TYPICAL_NAME_LENGTH = 3

MAX_LEAD_IN = 12
"""A dateline may follow a short series label: `雙11專題3（中央社記者X台北11日電）`."""


def extract(document: Document) -> Extracted:
    return Extracted({"dateline": find_dateline(document)})


def find_dateline(document: Document) -> Dateline | None:
    """The first match opening one of the first `profile.dateline_blocks` text blocks."""
    candidates = islice(document.blocks_of(Role.DATELINE, *_TEXT), document.profile.dateline_blocks)
    for block in candidates:
        for pattern in document.profile.dateline_patterns:
            match = pattern.search(block.text, 0, MAX_LEAD_IN + 80)
            if match and match.start() <= MAX_LEAD_IN:
                return _dateline(match)
    return None


def _dateline(match: re.Match[str]) -> Dateline:
    groups = {key: value for key, value in match.groupdict().items() if value}
    reporters = [name for name in NAME_SEPARATOR.split(groups.get("reporters", "")) if name]
    location = groups.get("location")
    if "staff" in groups and "who_where" in groups:
        reporters, location = split_reporters_and_place(groups["who_where"])
    elif "who_where" in groups:
        location = groups["who_where"]
    day = groups.get("day")
    return Dateline(
        date=_date(groups),
        raw=(groups.get("raw") or match.group(0)).strip(),
        agency=groups.get("agency"),
        reporters=reporters,
        location=location.strip() if location else None,
        day=int(day) if day else None,
        kind=groups.get("kind"),
    )


def _date(groups: dict[str, str]) -> dt.date | None:
    """`【大纪元2021年01月18日讯】` gives a whole date; most datelines only a day."""
    if not {"year", "month", "day"} <= groups.keys():
        return None
    try:
        return dt.date(int(groups["year"]), int(groups["month"]), int(groups["day"]))
    except ValueError:
        return None


def split_reporters_and_place(who_where: str) -> tuple[list[str], str | None]:
    """`趙靜瑜、王淑芬台北` → (["趙靜瑜", "王淑芬"], "台北"): the place is found by name."""
    *others, last = NAME_SEPARATOR.split(who_where.strip()) or [""]
    name, place = _split_last(last)
    reporters = [*others, name] if name else others
    return [reporter for reporter in reporters if reporter], place


def _split_last(last: str) -> tuple[str, str | None]:
    for start in range(1, len(last)):
        place = last[start:]
        if place.startswith(ALL) and start >= 2:
            return last[:start], place
    if len(last) > TYPICAL_NAME_LENGTH + 1 or (
        len(last) == TYPICAL_NAME_LENGTH + 1 and last.endswith(ADMINISTRATIVE_SUFFIXES)
    ):
        return last[:TYPICAL_NAME_LENGTH], last[TYPICAL_NAME_LENGTH:]
    return last, None


_TEXT = (Role.PARAGRAPH, Role.HEADING, Role.LIST_ITEM, Role.QUOTE)
