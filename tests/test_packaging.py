"""What the package index shows: dependency floors kept in step with CI, licence, README links."""

from __future__ import annotations

import re
from importlib import metadata
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).parent.parent
MINIMUM_VERSIONS = ROOT / ".ci" / "minimum-versions.txt"
REPOSITORY = "https://github.com/newsparse/newsparse"


def runtime_floors() -> dict[str, Version]:
    """`name >= floor` of each dependency without an extra, from the installed metadata."""
    floors = {}
    for line in metadata.requires("newsparse") or []:
        requirement = Requirement(line)
        if requirement.marker is not None:  # an extra's dependency
            continue
        (lower,) = [spec.version for spec in requirement.specifier if spec.operator == ">="]
        floors[_normalised(requirement.name)] = Version(lower)
    return floors


def pinned_minimums() -> dict[str, Version]:
    pins = {}
    for line in MINIMUM_VERSIONS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, version = line.split("==")
            pins[_normalised(name)] = Version(version)
    return pins


def _normalised(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def test_ci_tests_exactly_the_declared_floors() -> None:
    if not MINIMUM_VERSIONS.exists():
        pytest.skip(f"{MINIMUM_VERSIONS} is absent: not a checkout of the repository")
    assert pinned_minimums() == runtime_floors()


def test_the_licence_is_mit_with_its_holders() -> None:
    licence = (ROOT / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License")
    assert "the newsparse authors" in licence
    assert metadata.metadata("newsparse")["License-Expression"] == "MIT"


def test_readme_links_work_on_the_package_index() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    readme = re.sub(r"```.*?```|`[^`\n]*`", "", readme, flags=re.DOTALL)  # code is not links
    targets = re.findall(r"\]\(([^)\s]+)\)", readme)
    assert targets
    relative = [target for target in targets if not target.startswith(("https://", "http://"))]
    assert relative == []
    for target in targets:
        if target.startswith(f"{REPOSITORY}/blob/main/"):
            assert (ROOT / target.removeprefix(f"{REPOSITORY}/blob/main/")).exists(), target


def test_project_urls_name_the_repository() -> None:
    urls = dict(
        entry.split(", ", 1) for entry in metadata.metadata("newsparse").get_all("Project-URL", [])
    )
    assert urls["Repository"] == REPOSITORY
    assert urls["Homepage"] == REPOSITORY
