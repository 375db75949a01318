"""The command line's inputs: `-` for a post on standard input, `--from-list`, folders, sites."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse import cli

SEED = FIXTURES / "cna" / "seed-2022.md"
BBC = FIXTURES / "bbc" / "2020-08-cps-feed.md"


def assert_one_line_error(err: str, *words: str) -> None:
    assert err.startswith("newsparse: "), err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    for word in words:
        assert word in err, (word, err)


def fake_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))


def test_dash_parses_one_post_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, SEED.read_bytes())
    assert cli.main(["parse", "-", "--no-progress"]) == 0
    out, err = capsys.readouterr()
    (line,) = out.splitlines()
    record = json.loads(line)
    assert record["site"] == "cna"
    assert record["path"] is None
    assert "inputs 1, parsed 1, failed 0" in err


def test_dash_with_files_keeps_the_order_of_the_arguments(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, SEED.read_bytes())
    assert cli.main(["parse", str(BBC), "-", str(BBC), "--no-progress", "--workers", "1"]) == 0
    sites = [json.loads(line)["site"] for line in capsys.readouterr().out.splitlines()]
    assert sites == ["bbc", "cna", "bbc"]


def test_a_bad_post_on_stdin_is_a_failure_named_dash(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, b"no front matter")
    assert cli.main(["parse", "-", "--no-progress"]) == 1
    failure = json.loads(capsys.readouterr().err.splitlines()[0])
    assert (failure["path"], failure["error"]) == ("-", "NotAPostError")


def test_dash_twice_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, SEED.read_bytes())
    assert cli.main(["parse", "-", "-"]) == 2
    assert_one_line_error(capsys.readouterr().err, "standard input")


def test_show_dash_reads_the_post_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, SEED.read_bytes())
    assert cli.main(["show", "-"]) == 0
    assert "周慧盈" in capsys.readouterr().out


def test_show_of_a_missing_file_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["show", "/nonexistent/post.md"]) == 2
    assert_one_line_error(capsys.readouterr().err, "/nonexistent/post.md", "no such file")


def test_from_list_reads_paths_one_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED}\n\n  {BBC}  \n", encoding="utf-8")
    assert cli.main(["parse", "--from-list", str(listing), "--no-progress"]) == 0
    sites = [json.loads(line)["site"] for line in capsys.readouterr().out.splitlines()]
    assert sites == ["cna", "bbc"]


def test_from_list_dash_reads_the_list_from_stdin(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    fake_stdin(monkeypatch, f"{SEED}\n{SEED}\n".encode())
    assert cli.main(["parse", "--from-list", "-", "--no-progress"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_from_list_dash_and_a_dash_path_are_a_usage_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["parse", "-", "--from-list", "-"]) == 2
    assert_one_line_error(capsys.readouterr().err, "standard input")


def test_a_missing_list_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", "--from-list", str(tmp_path / "nope.txt")]) == 2
    assert_one_line_error(capsys.readouterr().err, "nope.txt")


def test_no_paths_at_all_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse"]) == 2
    assert_one_line_error(capsys.readouterr().err, "--from-list")


def test_markdown_files_of_any_suffix_case_are_parsed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "a.markdown").write_bytes(SEED.read_bytes())
    (tmp_path / "B.MD").write_bytes(SEED.read_bytes())
    assert cli.main(["parse", str(tmp_path), "--no-progress"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_a_folder_without_posts_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("not a post", encoding="utf-8")
    assert cli.main(["parse", str(tmp_path), "--no-progress"]) == 2
    assert_one_line_error(capsys.readouterr().err, "no posts", str(tmp_path), ".markdown")


def test_review_of_an_unknown_site_lists_the_known_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "review.html"
    assert cli.main(["review", str(SEED), "-o", str(out), "--site", "nosuchsite"]) == 2
    assert_one_line_error(capsys.readouterr().err, "nosuchsite", "cna", "bbc", "unknown")
    assert not out.exists()


def test_review_samples_among_the_posts_of_the_site(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "cna.md").write_bytes(SEED.read_bytes())
    for index in range(12):
        (folder / f"bbc-{index:02}.md").write_bytes(BBC.read_bytes())
    out = tmp_path / "review.html"
    arguments = ["review", str(folder), "-o", str(out), "--no-progress", "--seed", "0"]
    assert cli.main([*arguments, "--site", "cna", "--sample", "1"]) == 0
    assert "1 posts shown" in capsys.readouterr().err
    assert "中哈聯合聲明" in out.read_text(encoding="utf-8")


def test_coverage_of_a_missing_folder_says_so(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["coverage", "/nonexistent/posts"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert_one_line_error(err, "/nonexistent/posts", "no such file or folder")


def test_python_dash_m_newsparse_runs_the_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "newsparse", "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("newsparse ")


def test_the_coverage_module_entry_point_is_the_command(capsys: pytest.CaptureFixture[str]) -> None:
    from newsparse import coverage

    assert coverage.main(["/no/such/folder"]) == 2
    assert capsys.readouterr().err.strip() == "newsparse: /no/such/folder: no such file or folder"
