"""Property-based tests: mutated posts always give an Article or a ParseError, quickly.

Budget: `PROPERTY_EXAMPLES` examples per property, derandomised so CI runs are
repeatable; a 2-second deadline per example bounds time.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsparse
from conftest import FIXTURES
from newsparse.decoding import decode_post

PROPERTY_EXAMPLES = 60
POSTS = [p.read_bytes() for p in sorted(FIXTURES.rglob("*.md"))]
TAG = re.compile(rb"<[^<>]{0,200}>")
WEIRD_TEXT = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(
            ["\u200f", "\u202e", "\u0301", "\u0308", "𠀋", "😀", "\ufeff", "\u2028", "＂", "—"]
        ),
    ),
    max_size=60,
)

property_settings = settings(
    max_examples=PROPERTY_EXAMPLES,
    deadline=dt.timedelta(seconds=2),
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def outcome(data: bytes) -> newsparse.Article | None:
    """Parse bytes as a file would be; `None` for a ParseError. Any other exception fails the test."""
    try:
        text, _ = decode_post(data)
        article = newsparse.parse(text)
    except newsparse.ParseError:
        return None
    assert newsparse.Article.model_validate_json(article.model_dump_json()) == article
    return article


@property_settings
@given(post=st.sampled_from(POSTS), cut=st.floats(0, 1))
def test_truncated_at_any_byte(post: bytes, cut: float) -> None:
    outcome(post[: int(len(post) * cut)])


@property_settings
@given(post=st.sampled_from(POSTS), which=st.integers(0, 10_000), duplicate=st.booleans())
def test_a_tag_deleted_or_duplicated(post: bytes, which: int, duplicate: bool) -> None:
    tags = list(TAG.finditer(post))
    if not tags:
        return
    tag = tags[which % len(tags)]
    replacement = tag.group(0) * 2 if duplicate else b""
    outcome(post[: tag.start()] + replacement + post[tag.end() :])


@property_settings
@given(
    post=st.sampled_from(POSTS),
    where=st.floats(0, 1),
    quote=st.sampled_from(['"', "'", '\\"', ": ", " #", "\\"]),
)
def test_unbalanced_quotes_in_the_front_matter(post: bytes, where: float, quote: str) -> None:
    end = post.find(b"\n---", 4)
    if end < 0:
        return
    position = 4 + int((end - 4) * where)
    outcome(post[:position] + quote.encode() + post[position:])


@property_settings
@given(
    post=st.sampled_from(POSTS),
    text=WEIRD_TEXT,
    field=st.sampled_from([b"title: ", b"<p>", b"<!--", b"["]),
)
def test_random_unicode_in_every_field(post: bytes, text: str, field: bytes) -> None:
    at = post.find(field)
    if at < 0:
        return
    at += len(field)
    article = outcome(post[:at] + text.encode("utf-8", errors="surrogatepass") + post[at:])
    if article is not None and field == b"<p>":
        assert article.paragraphs or not text.strip()


@property_settings
@given(post=st.sampled_from(POSTS), order=st.randoms(use_true_random=False))
def test_shuffled_blocks(post: bytes, order: object) -> None:
    head, separator, body = post.partition(b"------\n")
    if not separator:
        return
    pieces = re.split(rb"(?=<p>|<div)", body)
    order.shuffle(pieces)  # type: ignore[attr-defined]
    outcome(head + separator + b"".join(pieces))
