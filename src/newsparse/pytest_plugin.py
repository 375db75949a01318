"""pytest plugin: golden-file regression over a folder of posts (enabled when newsparse is installed).

    pytest --newsparse-fixtures DIR                     # compare every DIR/**/*.md with NAME.expected.json
    pytest --newsparse-fixtures DIR --newsparse-update  # write new golden files, rewrite changed ones

Each post is one test item. A mismatch fails with a field-level diff; a post
without a golden file fails; a golden file without its post ("stale") fails.
With `--newsparse-update`, new and changed golden files are written and their
items still fail, so the change is reviewed (in `git diff`) before it is
accepted; stale golden files are reported, never deleted. Volatile fields can
be left out with `--newsparse-exclude FIELD` or the ini option `newsparse_exclude`.
A failing post's whole parse goes to a temporary file named in the report, or
with `--newsparse-keep-obtained` to `NAME.obtained.json` beside its golden file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .testing import GOLDEN_SUFFIX, GoldenMismatch, assert_matches_golden, golden_path, write_golden

POST_PATTERN = "*.md"


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("newsparse", "golden-file regression of mirrored posts")
    group.addoption(
        "--newsparse-fixtures",
        metavar="DIR",
        help="compare every *.md under DIR with its golden file",
    )
    group.addoption(
        "--newsparse-update", action="store_true", help="write or rewrite the golden files"
    )
    group.addoption(
        "--newsparse-exclude", action="append", default=[], metavar="FIELD", help="leave FIELD out"
    )
    group.addoption(
        "--newsparse-keep-obtained",
        action="store_true",
        help="write a failing post's parse to NAME.obtained.json beside its golden file "
        "(default: a temporary file named in the report)",
    )
    parser.addini(
        "newsparse_exclude", "top-level Article fields left out of golden files", type="linelist"
    )


def pytest_configure(config: pytest.Config) -> None:
    folder = _fixtures_dir(config)
    if folder is None:
        return
    if not folder.is_dir():
        raise pytest.UsageError(f"--newsparse-fixtures: {folder} is not a folder")
    collected = [Path(arg.split("::")[0]).resolve() for arg in config.args]
    if not any(folder == path or path in folder.parents for path in collected):
        config.args.append(str(folder))


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    folder = _fixtures_dir(parent.config)
    if folder is None or folder not in file_path.resolve().parents:
        return None
    if file_path.match(POST_PATTERN):
        return PostFile.from_parent(parent, path=file_path)
    if file_path.name.endswith(GOLDEN_SUFFIX) and not _post_of(file_path).exists():
        return StaleGolden.from_parent(parent, path=file_path)
    return None


def _fixtures_dir(config: pytest.Config) -> Path | None:
    value = config.getoption("--newsparse-fixtures", default=None)
    return Path(value).resolve() if value else None


def _post_of(golden: Path) -> Path:
    return golden.with_name(golden.name.removesuffix(GOLDEN_SUFFIX) + ".md")


def _excluded(config: pytest.Config) -> list[str]:
    return [*config.getini("newsparse_exclude"), *config.getoption("--newsparse-exclude")]


class PostFile(pytest.File):
    def collect(self) -> list[pytest.Item]:
        return [GoldenItem.from_parent(self, name="golden")]


class GoldenItem(pytest.Item):
    def runtest(self) -> None:
        post = self.path
        exclude = _excluded(self.config)
        if self.config.getoption("--newsparse-update"):
            if write_golden(post, exclude=exclude):
                raise GoldenUpdated(golden_path(post))
            return
        keep = bool(self.config.getoption("--newsparse-keep-obtained"))
        assert_matches_golden(post, exclude=exclude, keep_obtained=keep)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, GoldenMismatch | GoldenUpdated):
            return str(excinfo.value)
        return str(super().repr_failure(excinfo))

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"golden: {self.path.name}"


class GoldenUpdated(Exception):
    def __init__(self, golden: Path) -> None:
        super().__init__(
            f"wrote {golden}: review the change, then run again without --newsparse-update"
        )


class StaleGolden(pytest.File):
    def collect(self) -> list[pytest.Item]:
        return [StaleItem.from_parent(self, name="stale")]


class StaleItem(pytest.Item):
    def runtest(self) -> None:
        raise StaleGoldenError(self.path)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        return str(excinfo.value)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.path, 0, f"stale golden: {self.path.name}"


class StaleGoldenError(Exception):
    def __init__(self, golden: Path) -> None:
        super().__init__(
            f"stale golden file {golden}: its post {_post_of(golden).name} is gone; delete it"
        )
