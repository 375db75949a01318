"""parse_many: one result per input, in order, on one process or a pool; directory walking."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import newsparse
from conftest import FIXTURES
from newsparse.batch import Failure, iter_post_paths, parse_many

SEED = FIXTURES / "cna" / "seed-2022.md"


def make_tree(root: Path) -> list[Path]:
    """Two good posts, one bad, one non-post file, in nested folders."""
    (root / "b" / "inner").mkdir(parents=True)
    (root / "a").mkdir()
    files = [root / "a" / "one.md", root / "b" / "inner" / "two.md", root / "b" / "zz-bad.md"]
    files[0].write_bytes(SEED.read_bytes())
    files[1].write_bytes(SEED.read_bytes())
    files[2].write_text("not a post", encoding="utf-8")
    (root / "b" / "notes.txt").write_text("ignored", encoding="utf-8")
    return files


def test_directories_are_walked_sorted_for_md_files(tmp_path: Path) -> None:
    files = make_tree(tmp_path)
    assert list(iter_post_paths([tmp_path])) == [str(f) for f in files]


def test_symlink_loops_are_not_followed(tmp_path: Path) -> None:
    files = make_tree(tmp_path)
    os.symlink(tmp_path, tmp_path / "b" / "loop")
    assert list(iter_post_paths([tmp_path])) == [str(f) for f in files]


@pytest.mark.parametrize("workers", [1, 2])
def test_one_result_per_input_in_order(tmp_path: Path, workers: int) -> None:
    files = make_tree(tmp_path)
    missing = tmp_path / "missing.md"
    results = list(parse_many([*files, missing], workers=workers))
    assert [r.path for r in results] == [str(f) for f in [*files, missing]]
    assert [type(r).__name__ for r in results] == ["Article", "Article", "Failure", "Failure"]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [f.error for f in failures] == ["NotAPostError", "PostFileNotFoundError"]
    assert all(f.message for f in failures)


def test_pool_and_single_process_give_identical_records(tmp_path: Path) -> None:
    files = sorted(FIXTURES.rglob("*.md")) * 40
    single = [r.model_dump() for r in parse_many(files, workers=1)]
    pooled = [r.model_dump() for r in parse_many(files, workers=2)]
    unordered = [r.model_dump() for r in parse_many(files, workers=2, ordered=False)]
    assert pooled == single
    assert sorted(map(repr, unordered)) == sorted(map(repr, single))


def test_parse_many_is_lazy() -> None:
    results = parse_many([SEED] * 3, workers=1)
    assert isinstance(next(results), newsparse.Article)


@pytest.mark.parametrize("workers", [1, 2])
def test_json_from_workers_equals_the_articles_json(tmp_path: Path, workers: int) -> None:
    from newsparse.batch import ArticleJson, parse_many_json

    files = [*make_tree(tmp_path), tmp_path / "missing.md"]
    articles = list(parse_many(files, workers=1))
    serialised = list(parse_many_json(files, workers=workers))
    assert [r.path for r in serialised] == [r.path for r in articles]
    for article, record in zip(articles, serialised, strict=True):
        if isinstance(article, Failure):
            assert record == article
        else:
            assert isinstance(record, ArticleJson)
            assert record.json == article.model_dump_json()
            assert record.warnings == len(article.warnings)
            assert record.source_url == article.front_matter.source_url


def test_parse_many_reads_with_the_profile_named(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes(SEED.read_bytes())
    (result,) = newsparse.parse_many([str(tmp_path)], workers=1, site="unknown")
    assert isinstance(result, newsparse.Article)
    assert result.site == "unknown"
    with pytest.raises(ValueError, match="no site profile 'nosuch'"):
        next(newsparse.parse_many([str(tmp_path)], workers=1, site="nosuch"))
