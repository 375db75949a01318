"""Golden-file regression for posts: compare a parse with the JSON stored beside the post.

    from newsparse.testing import assert_matches_golden
    assert_matches_golden("tests/posts/example.md")      # compares with example.expected.json

A golden file holds what parsing the post gives: the Article as JSON (its
`path` left out), or `{"error": "NotAPostError"}` for a post that does not
parse. Golden files are stable: sorted keys, ISO 8601 dates, UTF-8 without
escapes, two-space indents and a final newline. A mismatch is reported field
by field (`paragraphs[3].text: expected …, found …`), and the whole parse
found is written to `NAME.obtained.json` for a full diff: in a temporary
folder, whose path the report gives, or with `keep_obtained=True` beside the
golden file (removed again once the post matches).
"""

from __future__ import annotations

import functools
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .api import parse_file
from .errors import ParseError

GOLDEN_SUFFIX = ".expected.json"
OBTAINED_SUFFIX = ".obtained.json"
ALWAYS_EXCLUDED = frozenset({"path"})
"""Where the post was read from is not part of what was extracted from it."""


class GoldenMismatch(AssertionError):
    """A parse differs from its golden file; `differences` lists the fields."""

    def __init__(self, post: Path, differences: list[str], obtained: Path | None = None) -> None:
        self.post = post
        self.differences = differences
        self.obtained = obtained  # where the whole parse found was written
        shown = "\n".join(f"  {line}" for line in differences[:50])
        more = f"\n  … and {len(differences) - 50} more" if len(differences) > 50 else ""
        written = f"\n  the whole parse found: {obtained}" if obtained else ""
        super().__init__(
            f"{post}: {len(differences)} field(s) differ from the golden file:\n"
            f"{shown}{more}{written}"
        )


def golden_path(post: str | os.PathLike[str]) -> Path:
    """`dir/NAME.md` → `dir/NAME.expected.json`."""
    path = Path(post)
    return path.with_name(path.stem + GOLDEN_SUFFIX)


def golden_data(post: str | os.PathLike[str], exclude: Iterable[str] = ()) -> dict[str, Any]:
    """What the golden file of `post` should hold, as JSON data."""
    try:
        article = parse_file(post)
    except ParseError as error:
        return {"error": type(error).__name__}
    data: dict[str, Any] = article.model_dump(
        mode="json", exclude=set(ALWAYS_EXCLUDED | set(exclude))
    )
    return data


def dumps(data: dict[str, Any]) -> str:
    """The stable text of a golden file."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def differences(expected: Any, found: Any, where: str = "") -> list[str]:
    """Field paths where `found` differs from `expected`: `paragraphs[3].text: expected …, found …`."""
    if isinstance(expected, dict) and isinstance(found, dict):
        return [
            line
            for key in sorted(set(expected) | set(found))
            for line in differences(
                expected.get(key), found.get(key), f"{where}.{key}" if where else key
            )
        ]
    if isinstance(expected, list) and isinstance(found, list):
        lines = [
            line
            for index, pair in enumerate(zip(expected, found, strict=False))
            for line in differences(*pair, f"{where}[{index}]")
        ]
        if len(expected) != len(found):
            lines.append(f"{where}: expected {len(expected)} items, found {len(found)}")
        return lines
    if expected != found:
        return [f"{where or '(root)'}: expected {_short(expected)}, found {_short(found)}"]
    return []


def _short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:157] + "…"


def assert_matches_golden(
    post_path: str | os.PathLike[str],
    golden_path_: str | os.PathLike[str] | None = None,
    *,
    exclude: Iterable[str] = (),
    keep_obtained: bool = False,
) -> None:
    """Raise `GoldenMismatch` (an AssertionError) unless parsing `post_path` gives its golden file.

    `golden_path_` defaults to `NAME.expected.json` beside the post; `exclude`
    names top-level fields left out of the comparison (volatile ones). A
    missing golden file fails too: write one with `write_golden`. On a failure
    the parse found is written to `NAME.obtained.json` (its path is in the
    error): in a temporary folder, or with `keep_obtained` beside the golden file.
    """
    post = Path(post_path)
    golden = Path(golden_path_) if golden_path_ is not None else golden_path(post)
    obtained = golden_data(post, exclude)
    beside = golden.with_name(golden.name.removesuffix(GOLDEN_SUFFIX) + OBTAINED_SUFFIX)
    if not golden.exists():
        written = _write_obtained(obtained, beside, keep_obtained)
        raise GoldenMismatch(post, [f"no golden file {golden.name}"], written)
    expected = json.loads(golden.read_text(encoding="utf-8"))
    for field in exclude:
        expected.pop(field, None)
    found = differences(expected, obtained)
    if found:
        raise GoldenMismatch(post, found, _write_obtained(obtained, beside, keep_obtained))
    beside.unlink(missing_ok=True)  # left by an earlier failure with keep_obtained


def _write_obtained(data: dict[str, Any], beside: Path, keep: bool) -> Path:
    """The parse found, as a golden file's text: `beside` when kept, else a temporary file."""
    if keep:
        beside.write_text(dumps(data), encoding="utf-8")
        return beside
    with tempfile.NamedTemporaryFile(
        "w",
        encoding="utf-8",
        dir=_obtained_folder(),
        prefix=beside.name.removesuffix(OBTAINED_SUFFIX) + ".",
        suffix=OBTAINED_SUFFIX,
        delete=False,
    ) as handle:
        handle.write(dumps(data))
    return Path(handle.name)


@functools.cache
def _obtained_folder() -> Path:
    """One temporary folder per process for the parses of failed comparisons."""
    return Path(tempfile.mkdtemp(prefix="newsparse-obtained-"))


def write_golden(post_path: str | os.PathLike[str], *, exclude: Iterable[str] = ()) -> bool:
    """Write or rewrite the golden file of a post; `True` when its content changed."""
    golden = golden_path(post_path)
    text = dumps(golden_data(post_path, exclude))
    if golden.exists() and golden.read_text(encoding="utf-8") == text:
        return False
    golden.write_text(text, encoding="utf-8")
    return True
