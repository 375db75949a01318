"""The 2022–23 mirror (`posts-mirror/`): drifted markups and sources with no profile.

Every post parses, and no paragraph is furniture a reader would not call story
text: a caption (a paragraph repeating an image's caption or description), a
byline, a line holding only a date, a copyright notice, a share bar or a
comment thread.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newsparse
from conftest import corpus_dir

DATE_ONLY = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+Z?)?|\d{1,2}/\d{1,2}/\d{4}.{0,10}|\d{4}年\d{1,2}月\d{1,2}日"
    r"|[A-Z][a-z]{2}, \d{1,2} [A-Z][a-z]{2} \d{4}.*|\d+\s*(?:分钟|小时|分鐘|小時)前)$"
)
"""Written apart from the library's own rule, so that this test checks it: `2023-07-10T02:15:00Z`,
`10/07/2023 - 11:37`, `2023年7月10日`, `Mon, 10 Jul 2023 02:15:00 GMT`, `37 分钟前`."""

COPYRIGHT = re.compile(r"^(?:©|版权|版權|Copyright)|版权所有。?$|版權所有。?$|All rights reserved")
"""`版权声明：…版权所有`, `© 2023 德国之声`, `版权说明：该作品版权归原作者所有。…`."""

WIDGET = re.compile(
    r"^(?:分享|Share|点赞|按讚|Like|评论|評論|Comments?|发表评论|回复|Reply)\s*[:：]?\s*[(（]?\d*[)）]?$"
)
"""`分享 :`, `评论 (3)`, `Reply`: a share bar, like button or comment thread."""

BYLINE = re.compile(
    r"^(?:(?:记者|記者|作者|文)\s*[：:/／]|By\s+[A-Z])|(?:记者|記者|correspondent)$"
)
"""`作者：张三`, `记者/李四`, `By Jane Doe`, `BBC防卫记者`."""


def mirror_posts() -> list[Path]:
    return sorted(corpus_dir("posts-mirror").glob("*/*.md"))


@pytest.fixture(scope="module")
def parsed() -> list[newsparse.Article]:
    return [newsparse.parse_file(path) for path in mirror_posts()]


def test_every_mirror_post_parses_with_text(parsed: list[newsparse.Article]) -> None:
    assert len(parsed) >= 150
    assert all(article.paragraphs for article in parsed)


@pytest.mark.parametrize(
    ("what", "is_furniture"),
    [
        ("date line", lambda text, article: DATE_ONLY.match(text) is not None),
        ("copyright notice", lambda text, article: COPYRIGHT.search(text) is not None),
        ("share or comment widget", lambda text, article: WIDGET.match(text) is not None),
        (
            "byline",
            lambda text, article: BYLINE.search(text) is not None or text in _authors(article),
        ),
        ("caption", lambda text, article: text in _captions(article)),
    ],
)
def test_no_furniture_in_mirror_paragraphs(
    parsed: list[newsparse.Article], what: str, is_furniture: object
) -> None:
    check = is_furniture
    assert callable(check)
    leaked = [
        f"{article.path}: {paragraph.text[:80]}"
        for article in parsed
        for paragraph in article.paragraphs
        if check(paragraph.text, article)
    ]
    assert not leaked, f"{what} kept as body:\n" + "\n".join(leaked)


def _authors(article: newsparse.Article) -> set[str]:
    return {person.name for person in article.authors}


def _captions(article: newsparse.Article) -> set[str]:
    found: set[str] = set()
    for image in article.images:
        found.update(text for text in (image.caption, image.alt) if text and len(text) >= 6)
    return found
