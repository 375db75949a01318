"""Split a post's text into its four parts: front matter, stamp, headline line, body HTML.

A mirrored post reads::

    ---
    title: "…"            (YAML front matter)
    ---
    <!--1663234443000-->  (the feed's pubDate, epoch ms; may be NaN or absent)
    [headline](url)       (may be absent)
    ------
    <div>…</div>          (the article HTML)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontmatter.default_handlers import YAMLHandler

from .errors import NotAPostError

STAMP_LINE = re.compile(r"\A\s*<!--(?P<value>(?:(?!-->).){0,64})-->[ \t]*(?:\n|\Z)")
"""`<!--1663234443000-->` on the first line after the front matter."""

HEADLINE_LINES = re.compile(r"\A\s*(?P<line>\[[^\n]*\]\([^\n]*\))[ \t]*\n-{3,}[ \t]*(?:\n|\Z)")
"""`[text](url)` underlined by a row of dashes."""

_FRONT_MATTER = YAMLHandler()


@dataclass(frozen=True)
class PostParts:
    front_matter: str
    stamp: str | None
    headline: str | None
    body: str


def split_post(text: str, path: str | None = None) -> PostParts:
    """The four parts of a post; `NotAPostError` when there is no front matter."""
    if not text.strip():
        raise NotAPostError("the file is empty", path=path)
    front_matter, rest = _split_front_matter(text, path)
    stamp_match = STAMP_LINE.match(rest)
    stamp = stamp_match.group("value") if stamp_match else None
    if stamp_match:
        rest = rest[stamp_match.end() :]
    headline_match = HEADLINE_LINES.match(rest)
    headline = headline_match.group("line") if headline_match else None
    if headline_match:
        rest = rest[headline_match.end() :]
    return PostParts(front_matter, stamp, headline, rest.strip())


def _split_front_matter(text: str, path: str | None) -> tuple[str, str]:
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped.startswith("---"):
        raise NotAPostError("no front matter: a post starts with a '---' line", path=path)
    pieces = _FRONT_MATTER.FM_BOUNDARY.split(stripped, 2)
    if len(pieces) < 3 or pieces[0].strip():
        raise NotAPostError("the front matter is never closed by a '---' line", path=path)
    _, front_matter, rest = pieces
    return front_matter, rest
