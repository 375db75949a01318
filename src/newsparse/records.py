"""Articles as flat rows (CSV, flat JSON and Parquet, data frames) and as Markdown.

`flat_row` is the one definition of the flat columns; `docs/cli.md`
documents them and a test checks that every Article field feeds one.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from .models import Article

LIST_SEPARATOR = " | "
"""Between items of a list squeezed into one cell (names, URLs)."""

FlatValue = str | int | bool | dt.datetime | dt.date | None
"""A cell of `flat_row`: dates stay `datetime` (UTC) and `date` objects."""

TextValue = str | int | bool | None
"""A cell of `flat_record`: dates written as ISO 8601 text."""

FlatKind = Literal["string", "integer", "boolean", "timestamp", "date"]


def flat_record(article: Article) -> dict[str, TextValue]:
    """`flat_row` for text formats (CSV, JSON): datetimes and dates as ISO 8601 text."""
    return {column: _as_text(value) for column, value in flat_row(article).items()}


def _as_text(value: FlatValue) -> TextValue:
    return value.isoformat() if isinstance(value, dt.date) else value


def flat_row(article: Article) -> dict[str, FlatValue]:
    """One row of scalar columns; lists are joined with ` | `; datetimes are UTC."""
    matter, image, dateline, editor = (
        article.front_matter,
        article.lead_image,
        article.dateline,
        article.editor,
    )
    return {
        "path": article.path,
        "site": article.site,
        "title": matter.title,
        "date": matter.date,
        "author": matter.author,
        "source_url": matter.source_url,
        "tags": LIST_SEPARATOR.join(matter.tags),
        "categories": LIST_SEPARATOR.join(matter.categories),
        "published_at": article.published_at,
        "headline": article.headline.text if article.headline else None,
        "headline_url": article.headline.url if article.headline else None,
        "lead_image_url": image.url if image else None,
        "lead_image_original_url": image.original_url if image else None,
        "lead_image_caption": image.caption if image else None,
        "lead_image_credit": image.credit if image else None,
        "image_count": len(article.images),
        "dateline": dateline.raw if dateline else None,
        "dateline_agency": dateline.agency if dateline else None,
        "dateline_location": dateline.location if dateline else None,
        "dateline_reporters": LIST_SEPARATOR.join(dateline.reporters) if dateline else "",
        "authors": LIST_SEPARATOR.join(person.name for person in article.authors),
        "editors": LIST_SEPARATOR.join(editor.editors) if editor else "",
        "editor_date": editor.date if editor else None,
        "credits": LIST_SEPARATOR.join(f"{c.role}: {'/'.join(c.names)}" for c in article.credits),
        "paragraph_count": len(article.paragraphs),
        "text": article.text,
        "related_urls": LIST_SEPARATOR.join(link.url for link in article.related),
        "topics": LIST_SEPARATOR.join(topic.name for topic in article.topics),
        "embeds": LIST_SEPARATOR.join(article.embeds),
        "truncated": article.truncated,
        "language": article.language,
        "warnings": LIST_SEPARATOR.join(article.warnings),
    }


FLAT_COLUMNS: tuple[str, ...] = tuple(
    flat_row(Article.model_validate({"site": "", "front_matter": {"title": ""}}))
)
"""The flat columns, in order."""

_NOT_STRINGS: dict[str, FlatKind] = {
    "date": "timestamp",
    "published_at": "timestamp",
    "image_count": "integer",
    "editor_date": "date",
    "paragraph_count": "integer",
    "truncated": "boolean",
}

FLAT_KINDS: dict[str, FlatKind] = {
    column: _NOT_STRINGS.get(column, "string") for column in FLAT_COLUMNS
}
"""What each flat column holds, for typed outputs (Parquet, data frames); `None` allowed in
`string`, `timestamp` (UTC) and `date` columns only."""


def to_markdown(article: Article) -> str:
    """A clean Markdown rendering: title, source line, lead image, body, related links."""
    lines = [f"# {article.front_matter.title}", ""]
    source = [article.site]
    if article.front_matter.date:
        source.append(article.front_matter.date.isoformat())
    if article.front_matter.source_url:
        source.append(f"<{article.front_matter.source_url}>")
    lines += [" · ".join(source), ""]
    if article.lead_image:
        alt = article.lead_image.caption or article.lead_image.alt or ""
        lines += [f"![{_escape(alt)}]({article.lead_image.url})", ""]
        if article.lead_image.caption or article.lead_image.credit:
            caption = " ".join(
                x for x in (article.lead_image.caption, article.lead_image.credit) if x
            )
            lines += [f"*{_escape(caption)}*", ""]
    for paragraph in article.paragraphs:
        prefix = {"heading": "## ", "list_item": "- ", "quote": "> "}.get(paragraph.kind, "")
        lines += [prefix + paragraph.text, ""]
    if article.related:
        lines += (
            ["**Related**", ""]
            + [f"- [{_escape(link.title)}]({link.url})" for link in article.related]
            + [""]
        )
    return "\n".join(lines)


def _escape(text: str) -> str:
    return text.replace("[", "\\[").replace("]", "\\]").replace("*", "\\*")
