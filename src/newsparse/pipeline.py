"""The one place that runs the extractors: read → split → parse HTML once → segment → arrange
→ extract.

Each extractor is a function `Document -> Extracted`, pure: it reads the
document and returns Article fields by name. `EXTRACTORS` lists them; a test
checks that together they fill every field of `Article`.
"""

from __future__ import annotations

from collections.abc import Callable

from . import blocks, html, layout, post, sites
from .document import Document, Extracted
from .errors import WarningCode
from .extractors import (
    authors,
    credits,
    dateline,
    embeds,
    front_matter,
    headline,
    images,
    language,
    paragraphs,
    related,
    stamp,
    truncation,
)
from .limits import DEFAULT_LIMITS, Limits
from .models import Article

Extractor = Callable[[Document], Extracted]

EXTRACTORS: tuple[Extractor, ...] = (
    stamp.extract,
    headline.extract,
    images.extract,
    paragraphs.extract,
    dateline.extract,
    authors.extract,
    credits.extract,
    related.extract,
    embeds.extract,
    truncation.extract,
    language.extract,
)


def read_document(
    text: str,
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    site: str | None = None,
) -> Document:
    """The post split, its front matter read, its site chosen, its HTML parsed and segmented.

    `site` names the profile to use instead of the detected one (`"unknown"`: the
    generic layer alone).
    """
    parts = post.split_post(text, path)
    matter, warnings = front_matter.extract(parts.front_matter, path, limits)
    profile = sites.by_id(site) if site is not None else sites.detect(matter)
    markup, flattened = html.limit_nesting(parts.body, limits.max_html_depth)
    if flattened:
        warnings += (
            WarningCode.HTML_TOO_DEEP.warn(
                f"tags nested over {limits.max_html_depth} deep removed"
            ),
        )
    tree = html.parse_html(markup)
    root = tree.body
    segmented = blocks.segment(tree, root, profile, markup) if root is not None else []
    segmented = blocks.drop_repeated_title(segmented, matter.title)
    segmented = layout.arrange(segmented, profile, matter.source_url)
    return Document(path, parts, matter, profile, tree, tuple(segmented), warnings)


def build_article(document: Document, extra_warnings: tuple[str, ...] = ()) -> Article:
    fields: dict[str, object] = {}
    warnings = [*extra_warnings, *document.warnings]
    for extractor in EXTRACTORS:
        found = extractor(document)
        fields.update(found.fields)
        warnings.extend(found.warnings)
    fields.update(
        path=document.path,
        site=document.profile.id,
        front_matter=document.front_matter,
        warnings=warnings,
    )
    return Article.model_validate(fields)
