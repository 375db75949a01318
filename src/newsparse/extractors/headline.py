"""The `[text](url)` headline line under the stamp."""

from __future__ import annotations

import re

from ..document import Document, Extracted
from ..errors import WarningCode
from ..models import Headline

HEADLINE_LINK = re.compile(r"\A\[(?P<text>.*)\]\((?P<url>[^()\s]*)\)\Z")
"""`[中哈聯合聲明 哈薩克：反對任何形式的台獨](https://www.cna.com.tw/…)`; the text may hold brackets."""


def extract(document: Document) -> Extracted:
    line = document.parts.headline
    match = HEADLINE_LINK.match(line) if line else None
    if match is None:
        warning = WarningCode.HEADLINE_MISSING.warn("no [headline](url) line")
        return Extracted({"headline": None}, (warning,))
    text = match.group("text").strip()
    headline = Headline(text=text or document.front_matter.title, url=match.group("url") or None)
    return Extracted({"headline": headline})
