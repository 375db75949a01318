"""The selectolax wrappers: reading text the way the extractors expect."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from newsparse.html import all_text_of, has_invisible_tags, parse_html, text_of
from newsparse.sites.profile import SourceText


def test_text_of_skips_invisible_elements() -> None:
    tree = parse_html(
        "<div>a<script>var x;</script> b<style>p{}</style><svg><text>c</text></svg></div>"
    )
    node = tree.css_first("div")
    assert node is not None
    assert text_of(node) == "a b"
    assert all_text_of(node) != "a b"  # which is why it is used only when there are none


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        ("<p>plain <b>text</b></p>", False),
        ('<p>x</p><script src="a.js"></script>', True),
        ("<p>x</p><svg viewbox='0 0 1 1'></svg>", True),
        ("<p>x</p><noscript>y</noscript>", True),
        ("<p>scripted but not a tag</p>", False),
    ],
)
def test_has_invisible_tags(markup: str, expected: bool) -> None:
    assert has_invisible_tags(SourceText.of(markup).tags) is expected


def test_all_text_of_equals_text_of_where_there_is_nothing_invisible() -> None:
    checked = 0
    for post in sorted(FIXTURES.rglob("*.md")):
        markup = post.read_text(encoding="utf-8", errors="replace")
        if has_invisible_tags(SourceText.of(markup).tags):
            continue
        tree = parse_html(markup)
        for node in tree.css("body *"):
            assert all_text_of(node) == text_of(node), (post.name, node.tag)
            checked += 1
    assert checked > 1000
