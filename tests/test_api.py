"""The public surface: names, schema, errors, and the extractors covering the model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsparse
from conftest import FIXTURES
from newsparse.pipeline import EXTRACTORS, read_document

SEED = FIXTURES / "cna" / "seed-2022.md"
SET_BY_PIPELINE = {"path", "site", "front_matter", "warnings"}


def test_version_and_exports() -> None:
    assert newsparse.__version__.count(".") == 2
    for name in newsparse.__all__:
        assert hasattr(newsparse, name), name


def test_json_schema_names_every_field() -> None:
    schema = newsparse.Article.model_json_schema()
    assert set(schema["properties"]) == set(newsparse.Article.model_fields)
    json.dumps(schema)


def test_extractors_fill_every_article_field() -> None:
    document = read_document(SEED.read_text(encoding="utf-8"), str(SEED))
    filled = {name for extractor in EXTRACTORS for name in extractor(document).fields}
    assert filled | SET_BY_PIPELINE == set(newsparse.Article.model_fields)


def test_article_round_trips_through_json() -> None:
    article = newsparse.parse_file(SEED)
    assert newsparse.Article.model_validate_json(article.model_dump_json()) == article


def test_text_joins_paragraphs() -> None:
    article = newsparse.parse_file(SEED)
    assert article.text.split("\n\n") == [p.text for p in article.paragraphs]


def test_parse_and_parse_file_agree() -> None:
    from_text = newsparse.parse(SEED.read_text(encoding="utf-8"), path=str(SEED))
    assert from_text == newsparse.parse_file(SEED)


def test_missing_file_is_a_file_not_found_parse_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.md"
    with pytest.raises(FileNotFoundError) as caught:
        newsparse.parse_file(missing)
    assert isinstance(caught.value, newsparse.ParseError)
    assert caught.value.path == str(missing)


def test_directory_is_not_a_post(tmp_path: Path) -> None:
    with pytest.raises(newsparse.NotAPostError) as caught:
        newsparse.parse_file(tmp_path)
    assert caught.value.path == str(tmp_path)
    assert caught.value.reason


@pytest.mark.parametrize(
    "text",
    ["", "   \n", "just some prose\nwith no front matter\n", "\x00\x01binary", "---\ntitle: x\n"],
)
def test_not_a_post(text: str) -> None:
    with pytest.raises(newsparse.NotAPostError):
        newsparse.parse(text)


def test_front_matter_without_title_is_a_front_matter_error() -> None:
    with pytest.raises(newsparse.FrontMatterError):
        newsparse.parse("---\nlayout: post\n---\n<p>x</p>\n")


def test_undecodable_bytes_are_replaced_with_a_warning(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_bytes(SEED.read_bytes().replace("新華社".encode(), b"\xff\xfe"))
    article = newsparse.parse_file(post)
    assert "decode.replaced" in article.warning_codes
    assert "\ufffd" in article.paragraphs[0].text
