"""The typed record a post becomes.

Every field an extractor fills is declared here, once; the JSON Schema, the
fixture files and the docs all derive from these classes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

ParagraphKind = Literal["paragraph", "heading", "list_item", "quote"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FrontMatter(_Model):
    """The Jekyll front matter the mirror wrote above the article."""

    layout: str | None = None
    title: str
    date: dt.datetime | None = Field(None, description="Timezone-aware, in UTC.")
    author: str | None = None
    source_url: str | None = Field(None, description="The `from` key: the article's own URL.")
    tags: list[str] = Field(default_factory=list)
    categories: list[str] = Field(default_factory=list)
    comments: bool | None = None
    extra: dict[str, Any] = Field(default_factory=dict, description="Keys newsparse does not know.")


class Headline(_Model):
    """The `[text](url)` line the mirror writes under the stamp."""

    text: str
    url: str | None = None


class ImageSource(_Model):
    """One candidate file of a responsive image (`<source>` or a `srcset` entry)."""

    url: str
    width: int | None = None
    media: str | None = None


class Image(_Model):
    url: str = Field(description="The image address as written, proxy prefix included.")
    original_url: str = Field(description="The target of an image proxy, else equal to `url`.")
    sources: list[ImageSource] = Field(default_factory=list)
    alt: str | None = None
    caption: str | None = None
    credit: str | None = None


class Dateline(_Model):
    """The agency/place/day stamp that opens a story, e.g. `（中央社記者X台北15日電）`."""

    raw: str
    agency: str | None = None
    reporters: list[str] = Field(default_factory=list)
    location: str | None = None
    day: int | None = None
    date: dt.date | None = None
    kind: str | None = Field(None, description="As written: `電`, `專電`, `綜合外電報導`, …")


class Paragraph(_Model):
    text: str
    kind: ParagraphKind = "paragraph"


class Person(_Model):
    """An author from a byline: `name`, and `title` where the byline gives one."""

    name: str
    title: str | None = None


class Credit(_Model):
    """One role of an editor or credits line, e.g. `編輯` → [周慧盈, 唐佩君]."""

    role: str
    names: list[str] = Field(default_factory=list)


class EditorLine(_Model):
    """The line closing a story that names its editors, e.g. `（編輯：周慧盈/唐佩君）1110915`."""

    raw: str
    editors: list[str] = Field(default_factory=list)
    code: str | None = None
    date: dt.date | None = Field(
        None, description="From the code, in the ROC calendar (111 → 2022)."
    )


class Link(_Model):
    title: str
    url: str


class Topic(_Model):
    """A tag box closing a story: the tag's name and link, and the stories listed under it."""

    name: str
    url: str | None = None
    articles: list[Link] = Field(default_factory=list)


class Article(_Model):
    """One mirrored news post, as typed data."""

    path: str | None = Field(None, description="The file it was read from, when known.")
    site: str = Field(description="Short site id, e.g. `cna`; `unknown` when no profile matches.")
    front_matter: FrontMatter
    published_at: dt.datetime | None = Field(None, description="From the `<!--EPOCH_MS-->` stamp.")
    headline: Headline | None = None
    lead_image: Image | None = None
    images: list[Image] = Field(default_factory=list)
    dateline: Dateline | None = None
    authors: list[Person] = Field(default_factory=list)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    editor: EditorLine | None = None
    credits: list[Credit] = Field(default_factory=list)
    related: list[Link] = Field(default_factory=list)
    topics: list[Topic] = Field(default_factory=list)
    embeds: list[str] = Field(default_factory=list)
    truncated: bool = Field(False, description="The feed carried an excerpt, not the whole story.")
    language: str = Field("und", description="`zh-Hant`, `zh-Hans`, `en` or `und`, from the text.")
    warnings: list[str] = Field(
        default_factory=list,
        description="`code: message` for everything tolerated rather than parsed cleanly.",
    )

    @property
    def text(self) -> str:
        """The paragraphs joined with blank lines."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def warning_codes(self) -> list[str]:
        """The stable codes of `warnings`, e.g. `["stamp.nan"]`."""
        return [warning.split(":", 1)[0] for warning in self.warnings]
