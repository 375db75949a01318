"""explain(): every block of the body accounted for, with its decision, reason and rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import FIXTURES, corpus_dir
from newsparse.explain import Explanation, explain, explain_file
from newsparse.html import parse_html, text_of
from newsparse.post import split_post
from newsparse.sites.profile import Role

SEED = FIXTURES / "cna" / "seed-2022.md"
SPACES = re.compile(r"\s+")


def unaccounted(post: Path, explanation: Explanation) -> tuple[str, str]:
    """(all visible body text, kept + dropped block text), whitespace removed, characters sorted.

    Sorted, because an inline widget dropped from inside a sentence (a glossary pop-up)
    is listed after the sentence that surrounds it: every character must be there once.
    """
    body = split_post(post.read_text(encoding="utf-8", errors="replace").replace("\r", "")).body
    tree = parse_html(body)
    visible = text_of(tree.body) if tree.body is not None else ""
    blocks = "".join(block.text for block in explanation.blocks)
    return "".join(sorted(SPACES.sub("", visible))), "".join(sorted(SPACES.sub("", blocks)))


def test_seed_blocks() -> None:
    explanation = explain_file(SEED)
    kept = [b for b in explanation.blocks if b.kept]
    paragraphs = [b for b in kept if b.decision is Role.PARAGRAPH]
    assert len(paragraphs) == 9
    figure = next(b for b in kept if b.decision is Role.FIGURE)
    assert figure.text.endswith("（圖取自哈薩克總統官方網頁korda.kz）")
    editor = next(b for b in kept if b.decision is Role.EDITOR)
    assert editor.text == "（編輯：周慧盈/唐佩君）1110915"
    related = [b for b in kept if b.decision is Role.RELATED]
    assert len(related) == 1
    assert related[0].text.startswith("延伸閱讀")
    assert len(explanation.article.related) == 4
    topics = [b for b in kept if b.decision is Role.TOPIC]
    assert [b.text[:3] for b in topics] == ["哈薩克", "習近平"]
    assert editor.path.endswith("p:nth-of-type(9)")
    assert editor.rule == "editor-line"


def test_dropped_blocks_say_why() -> None:
    explanation = explain_file(FIXTURES / "cna" / "2020-fullpic.md")
    dropped = {
        (b.reason.value if b.reason else None, b.rule) for b in explanation.blocks if not b.kept
    }
    assert ("promo", "newsletter") in dropped
    assert ("ad", "ad-banner") in dropped
    assert ("feed_footer", "feedx-footer") in dropped


def test_explain_gives_the_same_article_as_parse() -> None:
    import newsparse

    text = SEED.read_text(encoding="utf-8")
    assert explain(text, path=str(SEED)).article == newsparse.parse(text, path=str(SEED))


FIXTURE_POSTS = sorted(
    p for p in FIXTURES.rglob("*.md") if "bad" not in p.parts and "fuzz" not in p.parts
)


@pytest.mark.parametrize("post", FIXTURE_POSTS, ids=lambda p: str(p.relative_to(FIXTURES)))
def test_fixture_text_is_all_accounted_for(post: Path) -> None:
    visible, blocks = unaccounted(post, explain_file(post))
    assert blocks == visible


@pytest.mark.parametrize("folder", ["posts", "posts-2022"])
def test_corpus_text_is_all_accounted_for(folder: str) -> None:
    posts = sorted(corpus_dir(folder).rglob("*.md"))
    assert posts
    mismatched = []
    for post in posts:
        visible, blocks = unaccounted(post, explain_file(post))
        if visible != blocks:
            mismatched.append(str(post))
    assert not mismatched, f"{len(mismatched)} posts with unaccounted text, e.g. {mismatched[:3]}"
