"""Fixture regression: every post under tests/fixtures/ parses to the JSON stored beside it.

`NAME.md` is compared with `NAME.expected.json` field by field. A mismatch
writes `NAME.obtained.json` next to it for diffing; `--update-fixtures`
rewrites the expected file and still fails, so the change is reviewed first.
A fixture without an expected file fails.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import newsparse
from conftest import FIXTURES

POSTS = sorted(path for path in FIXTURES.rglob("*") if path.suffix in {".md", ".txt"})


def outcome(post: Path) -> dict[str, Any]:
    """What parsing `post` gives, as JSON data: the Article, or the error's type."""
    try:
        article = newsparse.parse_file(post)
    except newsparse.ParseError as error:
        return {"error": type(error).__name__}
    return article.model_dump(mode="json", exclude={"path"})


def differences(expected: Any, obtained: Any, where: str = "") -> list[str]:
    """Field paths where the two differ, e.g. `paragraphs[3].text`."""
    if isinstance(expected, dict) and isinstance(obtained, dict):
        keys = sorted(set(expected) | set(obtained))
        return [
            line
            for key in keys
            for line in differences(
                expected.get(key), obtained.get(key), f"{where}.{key}".lstrip(".")
            )
        ]
    if isinstance(expected, list) and isinstance(obtained, list) and len(expected) == len(obtained):
        return [
            line
            for index, pair in enumerate(zip(expected, obtained, strict=True))
            for line in differences(*pair, f"{where}[{index}]")
        ]
    if expected != obtained:
        return [f"{where}: expected {expected!r}, obtained {obtained!r}"]
    return []


def dump(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def test_fixture_folder_is_not_empty() -> None:
    assert len(POSTS) >= 1


@pytest.mark.parametrize("post", POSTS, ids=lambda path: str(path.relative_to(FIXTURES)))
def test_fixture_matches_expected(post: Path, update_fixtures: bool) -> None:
    expected_file = post.with_suffix(".expected.json")
    obtained_file = post.with_suffix(".obtained.json")
    obtained = outcome(post)
    if update_fixtures:
        expected_file.write_text(dump(obtained), encoding="utf-8")
        pytest.fail(f"rewrote {expected_file.name}: review the diff, then rerun without the option")
    if not expected_file.exists():
        obtained_file.write_text(dump(obtained), encoding="utf-8")
        pytest.fail(f"{expected_file.name} is missing; see {obtained_file.name}")
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    found = differences(expected, obtained)
    if found:
        obtained_file.write_text(dump(obtained), encoding="utf-8")
        pytest.fail(
            f"{len(found)} field(s) differ (full output in {obtained_file.name}):\n"
            + "\n".join(found[:40])
        )
    obtained_file.unlink(missing_ok=True)
