"""The command line: formats, accounting, exit codes, atomic output, dedupe."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse import cli
from newsparse.records import FLAT_COLUMNS

SEED = FIXTURES / "cna" / "seed-2022.md"


def posts(tmp_path: Path, bad: bool = False) -> Path:
    folder = tmp_path / "posts"
    folder.mkdir()
    (folder / "1.md").write_bytes(SEED.read_bytes())
    (folder / "2.md").write_bytes(SEED.read_bytes())
    if bad:
        (folder / "3.md").write_text("no front matter", encoding="utf-8")
    return folder


def test_jsonl_to_stdout_one_line_per_post(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", str(posts(tmp_path)), "--no-progress"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["site"] == "cna"
    assert "inputs 2, parsed 2, failed 0" in err


def test_failures_exit_1_and_go_to_the_errors_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    errors = tmp_path / "errors.jsonl"
    out = tmp_path / "out.jsonl"
    code = cli.main(
        ["parse", str(posts(tmp_path, bad=True)), "-o", str(out), "--errors", str(errors)]
    )
    assert code == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    failure = json.loads(errors.read_text(encoding="utf-8"))
    assert failure["error"] == "NotAPostError"
    assert failure["path"].endswith("3.md")
    assert "inputs 3, parsed 2, failed 1" in capsys.readouterr().err


def test_dedupe_keeps_the_first_post_per_source_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["parse", str(posts(tmp_path)), "--dedupe"]) == 0
    out, err = capsys.readouterr()
    assert len(out.splitlines()) == 1
    assert "duplicates dropped 1" in err


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    assert cli.main(["parse"]) == 2
    assert cli.main(["parse", str(SEED), "--format", "parquet"]) == 2
    assert cli.main(["nonsense"]) == 2


def test_csv_has_the_flat_columns(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert cli.main(["parse", str(posts(tmp_path)), "-o", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert tuple(rows[0]) == FLAT_COLUMNS
    assert rows[0]["editors"] == "周慧盈 | 唐佩君"
    assert rows[0]["paragraph_count"] == "9"


def test_json_is_one_array(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert cli.main(["parse", str(posts(tmp_path)), "-o", str(out)]) == 0
    assert [a["site"] for a in json.loads(out.read_text(encoding="utf-8"))] == ["cna", "cna"]


def test_markdown_renders_title_body_and_related(tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    assert cli.main(["parse", str(SEED), "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# 中哈聯合聲明")
    assert "並對烏茲別克進行國是訪問。" in text
    assert "](https://www.cna.com.tw/news/aopl/202209150181.aspx)" in text


def test_parquet_loads_in_pandas_one_row_per_post(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    out = tmp_path / "out.parquet"
    assert cli.main(["parse", str(posts(tmp_path)), "-o", str(out)]) == 0
    frame = pandas.read_parquet(out)
    assert len(frame) == 2
    assert frame["front_matter"][0]["title"].startswith("中哈聯合聲明")
    assert list(frame["dateline"][0]["reporters"]) == []


def test_a_list_of_paths_on_stdin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io

    monkeypatch.setattr("sys.stdin", io.StringIO(f"{SEED}\n{SEED}\n"))
    assert cli.main(["parse", "--from-list", "-"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


def test_interrupt_leaves_no_output_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "out.jsonl"

    def interrupted(*args: object, **kwargs: object) -> object:
        yield from ()
        raise KeyboardInterrupt

    monkeypatch.setattr(cli, "parse_many", interrupted)
    monkeypatch.setattr(cli, "parse_many_json", interrupted)
    assert cli.main(["parse", str(posts(tmp_path)), "-o", str(out)]) == 130
    assert list(tmp_path.iterdir()) == [tmp_path / "posts"]


def test_schema_and_show(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["schema"]) == 0
    assert "paragraphs" in json.loads(capsys.readouterr().out)["properties"]
    assert cli.main(["show", str(SEED)]) == 0
    assert "周慧盈" in capsys.readouterr().out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--version"]) == 0
    assert capsys.readouterr().out.startswith("newsparse ")


def test_profile_reads_every_post_with_the_one_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--profile", "unknown"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["site"] == "unknown"
    assert cli.main(["show", str(SEED), "--profile", "unknown"]) == 0
    assert "unknown" in capsys.readouterr().out


def test_an_unknown_profile_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(SEED), "--profile", "nosuchsite"]) == 2
    assert "known: bbc" in capsys.readouterr().err
