"""Body paragraphs: the text blocks the segmenter kept, in page order."""

from __future__ import annotations

from ..document import Document, Extracted
from ..errors import WarningCode
from ..models import Paragraph


def extract(document: Document) -> Extracted:
    # Built without validation: the segmenter already guarantees a str text and a text role.
    paragraphs = [
        Paragraph.model_construct(text=block.text, kind=block.role.value)
        for block in document.text_blocks()
    ]
    if paragraphs:
        return Extracted({"paragraphs": paragraphs})
    if not document.parts.body:
        return Extracted({"paragraphs": []}, (WarningCode.BODY_MISSING.warn("no body HTML"),))
    return Extracted({"paragraphs": []}, (WarningCode.BODY_EMPTY.warn("no body text found"),))
