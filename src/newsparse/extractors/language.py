"""The language of the story, decided from its own text: zh-Hant, zh-Hans, en or und."""

from __future__ import annotations

from ..document import Document, Extracted
from .scripts import SIMPLIFIED, TRADITIONAL

MIN_LETTERS = 20
"""Below this many letters in all, the text says too little to decide."""


def extract(document: Document) -> Extracted:
    text = "".join(block.text for block in document.text_blocks()) or document.front_matter.title
    return Extracted({"language": detect_language(text)})


def detect_language(text: str) -> str:
    han = sum(1 for char in text if "\u4e00" <= char <= "\u9fff")
    latin = sum(1 for char in text if char.isascii() and char.isalpha())
    if han + latin < MIN_LETTERS:
        return "und"
    if latin > 3 * han:
        return "en"
    traditional = sum(1 for char in text if char in TRADITIONAL)
    simplified = sum(1 for char in text if char in SIMPLIFIED)
    if traditional == simplified:
        return "und"
    return "zh-Hant" if traditional > simplified else "zh-Hans"
