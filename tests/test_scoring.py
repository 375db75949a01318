"""The quality measures on small hand-made cases."""

from __future__ import annotations

import pytest

from newsparse import scoring
from newsparse.models import Article, Credit, Dateline, FrontMatter, Link, Paragraph, Person


def test_tokens_split_cjk_characters_and_latin_words() -> None:
    assert scoring.tokens("美國總統Biden說 hello-world 2020") == [
        "美",
        "國",
        "總",
        "統",
        "biden",
        "說",
        "hello",
        "world",
        "2020",
    ]


def test_f1_of_multisets() -> None:
    assert scoring.f1([], []) == 1.0
    assert scoring.f1(["a"], []) == 0.0
    assert scoring.f1(["a", "a", "b"], ["a", "b"]) == pytest.approx(0.8)


def test_paragraph_f1_collapses_whitespace_and_ignores_empty() -> None:
    assert scoring.paragraph_f1(["a  b", ""], ["a b"]) == 1.0
    assert scoring.paragraph_f1(["a b", "c"], ["a b", "d"]) == pytest.approx(0.5)


def test_body_token_f1_is_order_free() -> None:
    assert scoring.body_token_f1(["乙甲"], ["甲", "乙"]) == 1.0


LABEL = {
    "site": "cna",
    "body_paragraphs": ["（中央社記者王小明台北5日電）今天晴。", "明天雨。"],
    "lead_image": {"url": "https://img.example/a.jpg"},
    "dateline": {
        "raw": "（中央社記者王小明台北5日電）",
        "agency": "中央社",
        "reporters": ["王小明"],
        "location": "台北",
    },
    "authors": [],
    "editors": ["林大華"],
    "related_urls": ["https://example.org/1"],
}


def article(**changes: object) -> Article:
    fields: dict[str, object] = {
        "site": "cna",
        "front_matter": FrontMatter(title="t"),
        "paragraphs": [Paragraph(text=p) for p in LABEL["body_paragraphs"]],  # type: ignore[union-attr]
        "dateline": Dateline(
            raw="（中央社記者王小明台北5日電）", reporters=["王小明"], location="台北"
        ),
        "credits": [Credit(role="編輯", names=["林大華"])],
        "related": [Link(title="x", url="https://example.org/1")],
        "lead_image": {
            "url": "https://img.example/a.jpg",
            "original_url": "https://img.example/a.jpg",
        },
    }
    fields.update(changes)
    return Article.model_validate(fields)


def test_a_perfect_extraction_scores_one_everywhere() -> None:
    assert set(scoring.score_article(LABEL, article()).values()) == {1.0}


def test_each_field_measure_reacts_to_its_field() -> None:
    assert scoring.score_article(LABEL, article(lead_image=None))["lead_image"] == 0.0
    assert scoring.score_article(LABEL, article(credits=[]))["people"] == pytest.approx(2 / 3)
    assert scoring.score_article(LABEL, article(authors=[Person(name="王小明")], credits=[]))[
        "people"
    ] == pytest.approx(2 / 3)
    assert scoring.score_article(LABEL, article(dateline=None))["dateline"] == 0.0
    assert scoring.score_article(LABEL, article(related=[]))["related"] == 0.0
    assert scoring.score_article(LABEL, article(paragraphs=[]))["paragraph_f1"] == 0.0


def test_floor_failures_name_each_unmet_floor() -> None:
    summary = {
        "cna": {"body_token_f1": 0.99, "paragraph_f1": 0.90, "people": 1.0},
        "overall": {"body_token_f1": 0.99, "paragraph_f1": 0.90, "people": 0.5},
    }
    floors = {
        "overall": {"paragraph_f1": 0.97},
        "per_site": {"paragraph_f1": 0.95},
        "fields": {"people": 0.95},
    }
    assert scoring.floor_failures(summary, floors) == [
        "overall paragraph_f1 0.900 < 0.97",
        "cna paragraph_f1 0.900 < 0.95",
        "field people 0.500 < 0.95",
    ]


def test_fingerprinted_labels_score_as_the_text_would() -> None:
    expected = ["美國總統拜登說 hello world", "第二段。"]
    found = ["美國總統拜登說 hello", "另一段。"]
    assert scoring.score_body_fingerprint(found, scoring.fingerprint(expected)) == (
        scoring.score_body(found, expected)
    )
    assert scoring.score_body_fingerprint(expected, scoring.fingerprint(expected)) == {
        "body_token_f1": 1.0,
        "paragraph_f1": 1.0,
    }
