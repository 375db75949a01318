"""Body paragraphs: the text blocks the segmenter kept, in page order."""

from __future__ import annotations

from pydantic import TypeAdapter

from ..document import Document, Extracted
from ..errors import WarningCode
from ..models import Paragraph

PARAGRAPHS = TypeAdapter(list[Paragraph])
"""Validates a post's paragraphs in one call: several times faster than one model each."""


def extract(document: Document) -> Extracted:
    paragraphs = PARAGRAPHS.validate_python(
        [{"text": block.text, "kind": block.role.value} for block in document.text_blocks()]
    )
    if paragraphs:
        return Extracted({"paragraphs": paragraphs})
    if not document.parts.body:
        return Extracted({"paragraphs": []}, (WarningCode.BODY_MISSING.warn("no body HTML"),))
    return Extracted({"paragraphs": []}, (WarningCode.BODY_EMPTY.warn("no body text found"),))
