"""Flat rows: every Article field feeds a column."""

from __future__ import annotations

from newsparse.models import Article
from newsparse.records import FLAT_COLUMNS

# Fields folded into columns of another name.
FOLDED = {
    "front_matter": {"title", "date", "author", "source_url", "tags", "categories"},
    "headline": {"headline", "headline_url"},
    "lead_image": {"lead_image_url", "lead_image_caption", "lead_image_credit"},
    "images": {"image_count"},
    "dateline": {"dateline", "dateline_location"},
    "editor": {"editors"},
    "paragraphs": {"paragraph_count", "text"},
    "related": {"related_urls"},
}


def test_every_article_field_has_a_column() -> None:
    for name in Article.model_fields:
        assert name in FLAT_COLUMNS or (
            FOLDED.get(name, set()) <= set(FLAT_COLUMNS) and name in FOLDED
        ), name
