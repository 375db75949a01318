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


def test_flat_kinds_describe_the_values() -> None:
    import datetime as dt

    from conftest import FIXTURES
    from newsparse import parse_file
    from newsparse.records import FLAT_KINDS, flat_record, flat_row

    article = parse_file(FIXTURES / "cna" / "seed-2022.md")
    row = flat_row(article)
    assert tuple(FLAT_KINDS) == FLAT_COLUMNS
    python_types = {
        "string": str,
        "integer": int,
        "boolean": bool,
        "timestamp": dt.datetime,
        "date": dt.date,
    }
    for column, kind in FLAT_KINDS.items():
        assert row[column] is None or isinstance(row[column], python_types[kind]), column
    assert row["text"] == article.text
    assert flat_record(article)["published_at"] == "2022-09-15T09:34:03+00:00"
    assert flat_record(article)["editor_date"] == "2022-09-15"
