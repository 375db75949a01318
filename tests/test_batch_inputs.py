"""What counts as one input of parse_many, and which files a folder walk picks up."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse.batch import iter_post_paths, parse_many

SEED = FIXTURES / "cna" / "seed-2022.md"


def folder_of_posts(root: Path, names: list[str]) -> Path:
    folder = root / "posts"
    folder.mkdir()
    for name in names:
        (folder / name).write_bytes(SEED.read_bytes())
    return folder


@pytest.mark.parametrize("as_type", [str, Path])
def test_a_single_folder_given_as_str_or_path_is_one_input(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, as_type: type
) -> None:
    folder_of_posts(tmp_path, ["a.md", "b.md"])
    monkeypatch.chdir(tmp_path)  # a relative name: iterated as characters it would name no file
    results = list(parse_many(as_type("posts"), workers=1))
    assert [type(r).__name__ for r in results] == ["Article", "Article"]
    assert [r.path for r in results] == [str(Path("posts", "a.md")), str(Path("posts", "b.md"))]


def test_a_single_file_given_as_str_is_one_input(tmp_path: Path) -> None:
    (result,) = parse_many(str(SEED), workers=1)
    assert result.path == str(SEED)


def test_markdown_suffixes_of_any_case_are_posts(tmp_path: Path) -> None:
    folder = folder_of_posts(tmp_path, ["a.md", "b.MD", "c.markdown", "d.Markdown"])
    (folder / "notes.txt").write_text("not a post", encoding="utf-8")
    (folder / "mdfile").write_text("no suffix", encoding="utf-8")
    found = [Path(path).name for path in iter_post_paths([folder])]
    assert found == ["a.md", "b.MD", "c.markdown", "d.Markdown"]
