"""Whether the feed carried only an excerpt: a "read more" mark closes the text."""

from __future__ import annotations

from ..document import Document, Extracted
from ..sites.profile import Reason


def extract(document: Document) -> Extracted:
    truncated = any(block.reason is Reason.TRUNCATION for block in document.blocks)
    return Extracted({"truncated": truncated})
