"""The pytest plugin, run inside pytester: pass, fail with a field-level diff, update, missing, stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import FIXTURES

SEED = FIXTURES / "cna" / "seed-2022.md"
GOLDEN = FIXTURES / "cna" / "seed-2022.expected.json"


@pytest.fixture
def posts(pytester: pytest.Pytester) -> Path:
    folder = pytester.path / "posts"
    folder.mkdir()
    shutil.copy(SEED, folder / "seed.md")
    shutil.copy(GOLDEN, folder / "seed.expected.json")
    return folder


def test_matching_golden_passes(pytester: pytest.Pytester, posts: Path) -> None:
    result = pytester.runpytest("--newsparse-fixtures", str(posts))
    result.assert_outcomes(passed=1)


def test_a_changed_extractor_fails_with_a_field_level_diff(
    pytester: pytest.Pytester, posts: Path
) -> None:
    pytester.makeconftest(
        """
        import newsparse.pipeline as pipeline
        from newsparse.document import Extracted
        from newsparse.extractors import dateline

        def no_dateline(document):
            return Extracted({"dateline": None})

        pipeline.EXTRACTORS = tuple(
            no_dateline if e is dateline.extract else e for e in pipeline.EXTRACTORS
        )
        """
    )
    # In a subprocess: the conftest's change to the extractors must not outlive this test.
    result = pytester.runpytest_subprocess("--newsparse-fixtures", str(posts))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        ["*1 field(s) differ*", '*dateline: expected {"agency": "中央社"*, found null*']
    )
    assert not (posts / "seed.obtained.json").exists()
    # The path shows in the failure and, where pytest does not cut it (CI=true), in the summary.
    (written,) = {
        line.split("the whole parse found:", 1)[1].strip()
        for line in result.outlines
        if "the whole parse found:" in line
    }
    obtained = Path(written)
    assert obtained.name.startswith("seed.")
    assert obtained.name.endswith(".obtained.json")
    assert json.loads(obtained.read_text(encoding="utf-8"))["dateline"] is None


def test_keep_obtained_writes_the_parse_beside_the_golden_file(
    pytester: pytest.Pytester, posts: Path
) -> None:
    post = posts / "seed.md"
    original = post.read_text(encoding="utf-8")
    post.write_text(original.replace("雙方重申", "雙方再次重申"), encoding="utf-8")
    result = pytester.runpytest("--newsparse-fixtures", str(posts), "--newsparse-keep-obtained")
    result.assert_outcomes(failed=1)
    kept = posts / "seed.obtained.json"
    assert "雙方再次重申" in kept.read_text(encoding="utf-8")
    post.write_text(original, encoding="utf-8")
    pytester.runpytest("--newsparse-fixtures", str(posts)).assert_outcomes(passed=1)
    assert not kept.exists()


def test_a_failure_leaves_nothing_in_the_posts_folder(
    pytester: pytest.Pytester, posts: Path
) -> None:
    (posts / "seed.expected.json").unlink()
    pytester.runpytest("--newsparse-fixtures", str(posts)).assert_outcomes(failed=1)
    assert sorted(path.name for path in posts.iterdir()) == ["seed.md"]


def test_a_changed_paragraph_is_named_by_its_index(pytester: pytest.Pytester, posts: Path) -> None:
    post = posts / "seed.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace("雙方重申", "雙方再次重申"), encoding="utf-8"
    )
    result = pytester.runpytest("--newsparse-fixtures", str(posts))
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*paragraphs?6?.text: expected*雙方重申*found*雙方再次重申*"])


def test_missing_golden_fails_and_update_writes_it(pytester: pytest.Pytester, posts: Path) -> None:
    (posts / "seed.expected.json").unlink()
    pytester.runpytest("--newsparse-fixtures", str(posts)).assert_outcomes(failed=1)
    updated = pytester.runpytest("--newsparse-fixtures", str(posts), "--newsparse-update")
    updated.assert_outcomes(failed=1)
    updated.stdout.fnmatch_lines(["*wrote*seed.expected.json*review the change*"])
    assert (posts / "seed.expected.json").read_text(encoding="utf-8") == GOLDEN.read_text(
        encoding="utf-8"
    )
    pytester.runpytest("--newsparse-fixtures", str(posts)).assert_outcomes(passed=1)


def test_update_leaves_unchanged_goldens_passing(pytester: pytest.Pytester, posts: Path) -> None:
    pytester.runpytest("--newsparse-fixtures", str(posts), "--newsparse-update").assert_outcomes(
        passed=1
    )


def test_stale_golden_is_reported(pytester: pytest.Pytester, posts: Path) -> None:
    shutil.copy(GOLDEN, posts / "gone.expected.json")
    result = pytester.runpytest("--newsparse-fixtures", str(posts))
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*stale golden file*gone.expected.json*"])


def test_excluded_fields_are_not_compared(pytester: pytest.Pytester, posts: Path) -> None:
    post = posts / "seed.md"
    post.write_text(
        post.read_text(encoding="utf-8").replace("<!--1663234443000-->", "<!--1663234443001-->"),
        encoding="utf-8",
    )
    pytester.runpytest("--newsparse-fixtures", str(posts)).assert_outcomes(failed=1)
    result = pytester.runpytest(
        "--newsparse-fixtures", str(posts), "--newsparse-exclude", "published_at"
    )
    result.assert_outcomes(passed=1)


def test_assert_matches_golden_helper(tmp_path: Path) -> None:
    from newsparse.testing import GoldenMismatch, assert_matches_golden

    shutil.copy(SEED, tmp_path / "seed.md")
    shutil.copy(GOLDEN, tmp_path / "seed.expected.json")
    assert_matches_golden(tmp_path / "seed.md")
    with pytest.raises(GoldenMismatch) as caught:
        assert_matches_golden(tmp_path / "seed.md", FIXTURES / "cna" / "2020-fullpic.expected.json")
    assert any(line.startswith("dateline.location") for line in caught.value.differences)
