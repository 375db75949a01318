"""parse_many under faults: a dying worker or a slow file costs one Failure, never the batch."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse import batch
from newsparse.batch import Failure, parse_many

SEED = FIXTURES / "cna" / "seed-2022.md"

pytestmark = pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork",
    reason="these tests plant a fault in the workers through fork; this platform spawns them",
)


def copies(folder: Path, count: int) -> list[Path]:
    paths = []
    for index in range(count):
        path = folder / f"{index:03}.md"
        path.write_bytes(SEED.read_bytes())
        paths.append(path)
    return paths


def test_a_killed_worker_costs_only_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = copies(tmp_path, 150)
    victim = str(files[70])
    real = batch.parse_one

    def dying(
        path: str, limits: object = batch.DEFAULT_LIMITS, site: str | None = None
    ) -> batch.Result:
        if path == victim:
            os._exit(9)  # the worker process dies as if killed
        return real(path, limits, site)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "parse_one", dying)
    results = list(parse_many(files, workers=2))
    assert [r.path for r in results] == [str(f) for f in files]
    failures = [r for r in results if isinstance(r, Failure)]
    assert [(f.path, f.error) for f in failures] == [(victim, "WorkerDied")]


def test_a_slow_file_times_out_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = copies(tmp_path, 10)
    slow = str(files[3])
    real = batch.parse_one

    def sleepy(
        path: str, limits: object = batch.DEFAULT_LIMITS, site: str | None = None
    ) -> batch.Result:
        if path == slow:
            time.sleep(30)
        return real(path, limits, site)  # type: ignore[arg-type]

    monkeypatch.setattr(batch, "parse_one", sleepy)
    started = time.monotonic()
    results = list(parse_many(files, workers=2, timeout=0.5))
    assert time.monotonic() - started < 20
    assert len(results) == 10
    failures = [r for r in results if isinstance(r, Failure)]
    assert [(f.path, f.error) for f in failures] == [(slow, "Timeout")]


def test_inputs_equal_parsed_plus_failed(tmp_path: Path) -> None:
    files = [*copies(tmp_path, 5), tmp_path / "missing.md", FIXTURES / "bad" / "empty.md"]
    results = list(parse_many(files, workers=2))
    parsed = sum(not isinstance(r, Failure) for r in results)
    failed = sum(isinstance(r, Failure) for r in results)
    assert (parsed, failed) == (5, 2)
    assert parsed + failed == len(files)
