"""The language of the story, decided from its own text: zh-Hant, zh-Hans, en or und."""

from __future__ import annotations

import re

from ..document import Document, Extracted
from .scripts import SIMPLIFIED, TRADITIONAL

MIN_LETTERS = 20
"""Below this many letters in all, the text says too little to decide."""

SAMPLE_LENGTH = 400
"""Characters read: the opening of a story decides its language as well as the whole."""

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")
LATIN_RUN = re.compile(r"[A-Za-z]+")
TRADITIONAL_ONLY = re.compile(f"[{''.join(sorted(TRADITIONAL))}]")
SIMPLIFIED_ONLY = re.compile(f"[{''.join(sorted(SIMPLIFIED))}]")


def extract(document: Document) -> Extracted:
    text = _opening(document) or document.front_matter.title
    return Extracted({"language": detect_language(text[:SAMPLE_LENGTH])})


def _opening(document: Document) -> str:
    """The story's first `SAMPLE_LENGTH` characters or so, without joining all of it."""
    pieces: list[str] = []
    length = 0
    for block in document.text_blocks():
        pieces.append(block.text)
        length += len(block.text)
        if length >= SAMPLE_LENGTH:
            break
    return "".join(pieces)


def detect_language(text: str) -> str:
    """`zh-Hant` or `zh-Hans` by which script's distinctive characters are more frequent."""
    han, latin = _letters(HAN_RUN, text), _letters(LATIN_RUN, text)
    if han + latin < MIN_LETTERS:
        return "und"
    if latin > 3 * han:
        return "en"
    traditional = len(TRADITIONAL_ONLY.findall(text))
    simplified = len(SIMPLIFIED_ONLY.findall(text))
    if traditional == simplified:
        return "und"
    return "zh-Hant" if traditional > simplified else "zh-Hans"


def _letters(run: re.Pattern[str], text: str) -> int:
    """Characters in runs of `run` (counted by runs: one match object per run, not per letter)."""
    return sum(map(len, run.findall(text)))
