"""The command line's outputs: clear errors for what cannot be written, pipes, progress, columns."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from rich.console import Console
from rich.progress import Progress

from conftest import FIXTURES
from newsparse import cli
from newsparse.records import FLAT_COLUMNS
from test_cli_inputs import assert_one_line_error

SEED = FIXTURES / "cna" / "seed-2022.md"


def test_parquet_without_pyarrow_is_a_clear_error_leaving_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for module in ("pyarrow", "pyarrow.parquet"):
        monkeypatch.setitem(sys.modules, module, None)  # import fails as if not installed
    out = tmp_path / "out.parquet"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--no-progress"]) == 2
    assert_one_line_error(capsys.readouterr().err, "pyarrow", "newsparse[parquet]")
    assert list(tmp_path.iterdir()) == []


def test_an_output_in_a_missing_folder_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "missing" / "out.jsonl"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--no-progress"]) == 2
    assert_one_line_error(capsys.readouterr().err, "cannot write", str(out))


def test_an_unwritable_errors_file_leaves_no_output_behind(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out.jsonl"
    errors = tmp_path / "missing" / "errors.jsonl"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--errors", str(errors)]) == 2
    assert_one_line_error(capsys.readouterr().err, "cannot write", str(errors))
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("name", ["out.xlsx", "out"])
def test_an_unknown_suffix_is_a_usage_error_naming_the_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    out = tmp_path / name
    assert cli.main(["parse", str(SEED), "-o", str(out)]) == 2
    assert_one_line_error(
        capsys.readouterr().err, name, "--format", "jsonl, json, csv, parquet, md"
    )
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_suffix_with_a_format_is_written(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--format", "jsonl"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["site"] == "cna"


def test_a_reader_closing_the_pipe_early_gets_no_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "posts"
    folder.mkdir()
    for index in range(150):  # far more output than a pipe buffers
        (folder / f"{index:03}.md").write_bytes(SEED.read_bytes())
    command = [sys.executable, "-m", "newsparse", "parse", str(folder), "--workers", "1"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # what `| head -1` does after its line
        err = process.stderr.read()
        code = process.wait(timeout=120)
    assert json.loads(first)["site"] == "cna"
    assert "Traceback" not in err
    assert "BrokenPipeError" not in err
    assert code == 1


@pytest.mark.parametrize(
    ("speed", "shown"),
    [
        (None, "– posts/s"),
        (0.4, "0.4 posts/s"),
        (12.34, "12 posts/s"),
        (49231.0577, "49,231 posts/s"),
    ],
)
def test_rates_are_rounded_for_reading(speed: float | None, shown: str) -> None:
    assert cli.format_rate(speed) == shown


def test_the_progress_bar_shows_a_readable_rate() -> None:
    screen = io.StringIO()
    console = Console(file=screen, force_terminal=True, width=120)
    with Progress(*cli.progress_columns(), console=console) as progress:
        task = progress.add_task("parse", total=3)
        progress.advance(task)
        rendered = str(cli.RateColumn().render(progress.tasks[0]))
    assert re.fullmatch(r"(–|[\d,]+(\.\d)?) posts/s", rendered), rendered
    assert "posts/s" in screen.getvalue()
    assert "None" not in screen.getvalue()
    fast = SimpleNamespace(speed=1234.5)
    assert str(cli.RateColumn().render(fast)) == "1,234 posts/s"  # type: ignore[arg-type]


def test_the_summary_line_rounds_the_rate() -> None:
    tally = cli.Tally(inputs=3000, parsed=3000)
    assert tally.line(2.0).endswith(", 1,500 posts/s")
    assert tally.line(0.0).endswith(", – posts/s")


def test_csv_dates_are_iso_8601_with_their_zone(tmp_path: Path) -> None:
    out = tmp_path / "out.csv"
    assert cli.main(["parse", str(SEED), "-o", str(out)]) == 0
    (row,) = csv.DictReader(out.open(encoding="utf-8"))
    assert dt.datetime.fromisoformat(row["date"]).utcoffset() == dt.timedelta(0)
    assert dt.datetime.fromisoformat(row["published_at"]) == dt.datetime(
        2022, 9, 15, 9, 34, 3, tzinfo=dt.timezone.utc
    )
    assert row["editor_date"] == "2022-09-15"
    assert row["text"].endswith("並對烏茲別克進行國是訪問。")


def test_flat_json_lines_have_the_flat_columns_with_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert cli.main(["parse", str(SEED), "--flat", "--no-progress"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert tuple(record) == FLAT_COLUMNS
    assert record["text"].count("\n\n") == record["paragraph_count"] - 1
    assert record["published_at"] == "2022-09-15T09:34:03+00:00"


def test_flat_is_refused_for_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["parse", str(SEED), "--flat", "--format", "md"]) == 2
    assert_one_line_error(capsys.readouterr().err, "--flat")


def test_parquet_has_a_text_column(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    assert cli.main(["parse", str(SEED), "-o", str(out)]) == 0
    frame = pandas.read_parquet(out)
    assert frame["text"][0].startswith("（中央社")
    assert frame["text"][0].endswith("並對烏茲別克進行國是訪問。")


def test_flat_parquet_has_typed_columns(tmp_path: Path) -> None:
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = tmp_path / "out.parquet"
    assert cli.main(["parse", str(SEED), "-o", str(out), "--flat"]) == 0
    frame = pandas.read_parquet(out)
    assert tuple(frame.columns) == FLAT_COLUMNS
    assert frame["published_at"][0] == pandas.Timestamp("2022-09-15T09:34:03Z")
    assert frame["paragraph_count"][0] == 9
    assert frame["text"][0].endswith("並對烏茲別克進行國是訪問。")


def test_a_full_disk_is_one_line_and_exit_1() -> None:
    full = Path("/dev/full")
    if not full.exists():
        pytest.skip("/dev/full is absent on this system: no way to fill a disk here")
    with full.open("w") as sink:
        finished = subprocess.run(
            [sys.executable, "-m", "newsparse", "parse", str(SEED)],
            stdout=sink,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    assert finished.returncode == 1
    assert finished.stderr.strip() == "newsparse: cannot write: No space left on device"
