"""Every CNA post of the corpus parses, and nothing the markup shows is missed.

Runs over ../shared/corpus/posts/cna (2020–21 markup) and posts-2022/cna (the
seed's markup); skips when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import newsparse
from conftest import corpus_dir
from newsparse.sites import cna

FIELD_MARKERS = {
    "dateline": ("日電）", "外電報導）", "日專電）"),
    "editor": ("（編輯：", "（譯者：", "（實習編譯："),
    "lead_image": ("picinfo", "<picture"),
    "related": ("moreArticle-link", "insertGroup", "book-list"),
}


def cna_posts() -> list[Path]:
    return sorted(corpus_dir("posts", "cna").glob("*.md")) + sorted(
        corpus_dir("posts-2022", "cna").glob("*.md")
    )


@pytest.fixture(scope="module")
def parsed() -> list[tuple[str, newsparse.Article]]:
    return [(post.read_text(encoding="utf-8"), newsparse.parse_file(post)) for post in cna_posts()]


def test_all_posts_parse_with_the_basics(parsed: list[tuple[str, newsparse.Article]]) -> None:
    assert len(parsed) == 451
    for raw, article in parsed:
        assert article.site == "cna", article.path
        assert article.front_matter.title, article.path
        assert article.front_matter.date, article.path
        assert article.headline is not None, article.path
        if "<p>" in raw.split("------", 1)[-1]:
            assert article.paragraphs, article.path


@pytest.mark.parametrize("field", sorted(FIELD_MARKERS))
def test_field_found_wherever_its_marker_is(
    field: str, parsed: list[tuple[str, newsparse.Article]]
) -> None:
    with_marker = [
        article for raw, article in parsed if any(m in raw for m in FIELD_MARKERS[field])
    ]
    found = [article for _, article in parsed if getattr(article, field)]
    assert len(found) / len(parsed) >= len(with_marker) / len(parsed)
    missed = [a.path for a in with_marker if not getattr(a, field)]
    assert len(missed) <= len(with_marker) * 0.01, missed[:10]


def test_no_boilerplate_reaches_the_text(parsed: list[tuple[str, newsparse.Article]]) -> None:
    markers = cna.PROFILE.boilerplate_markers
    for _, article in parsed:
        texts = [p.text for p in article.paragraphs]
        texts += [image.caption or "" for image in article.images]
        texts.append(article.front_matter.title)
        leaked = [(marker, text[:60]) for text in texts for marker in markers if marker in text]
        assert not leaked, (article.path, leaked)
