"""The Dask path on a real LocalCluster: the same records as parse_many."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from conftest import FIXTURES, corpus_dir
from newsparse.batch import parse_many
from newsparse.records import FLAT_COLUMNS

distributed = pytest.importorskip("dask.distributed", reason="the dask extra is not installed")
newsparse_dask = pytest.importorskip("newsparse.dask")


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as connected,
    ):
        yield connected


def sample() -> list[Path]:
    folder = corpus_dir("posts")
    return sorted(folder.glob("rfi/*.md"))[:60] + sorted(folder.glob("cna/*.md"))[:60]


def test_bag_equals_parse_many_on_the_corpus_sample(client: object) -> None:
    files = sample()
    bag = newsparse_dask.read_posts(files, files_per_partition=16)
    assert bag.npartitions == 8
    from_cluster = [r.model_dump() for r in bag.compute()]
    assert from_cluster == [r.model_dump() for r in parse_many(files, workers=1)]


def test_dataframe_has_the_flat_columns(client: object) -> None:
    frame = newsparse_dask.to_dataframe(newsparse_dask.read_posts(str(FIXTURES / "**" / "*.md")))
    computed = frame.compute()
    assert tuple(computed.columns) == FLAT_COLUMNS
    assert (computed["site"] == "cna").any()
    assert len(computed) == sum(
        1 for r in parse_many([FIXTURES], workers=1) if not hasattr(r, "error")
    )


def test_failures_are_kept_one_per_input(client: object, tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_text("not a post", encoding="utf-8")
    bag = newsparse_dask.read_posts([bad, FIXTURES / "cna" / "seed-2022.md"])
    assert [type(r).__name__ for r in bag.compute()] == ["Failure", "Article"]
    assert newsparse_dask.failures(bag).count().compute() == 1


def test_the_documented_to_parquet_example_writes_typed_columns(
    client: object, tmp_path: Path
) -> None:
    pandas = pytest.importorskip("pandas")
    bag = newsparse_dask.read_posts(str(FIXTURES / "cna" / "*.md"), files_per_partition=4)
    frame = newsparse_dask.to_dataframe(bag)
    frame.to_parquet(tmp_path / "archive-parquet")
    loaded = pandas.read_parquet(tmp_path / "archive-parquet")
    assert tuple(loaded.columns) == FLAT_COLUMNS
    seed = loaded[loaded["path"].str.endswith("seed-2022.md")].iloc[0]
    assert seed["published_at"] == pandas.Timestamp("2022-09-15T09:34:03Z")
    assert seed["editor_date"] == pandas.Timestamp("2022-09-15")
    assert seed["text"].endswith("並對烏茲別克進行國是訪問。")


def test_dates_are_timestamps_in_the_dataframe(client: object) -> None:
    pandas = pytest.importorskip("pandas")
    frame = newsparse_dask.to_dataframe(newsparse_dask.read_posts(FIXTURES / "cna"))
    computed = frame.compute()
    for dates in (frame.dtypes, computed.dtypes):  # declared, and as computed
        for column in ("date", "published_at"):
            assert isinstance(dates[column], pandas.DatetimeTZDtype), column
            assert str(dates[column].tz) == "UTC"
        assert pandas.api.types.is_datetime64_dtype(dates["editor_date"])
        assert str(dates["paragraph_count"]) == "int64"
    assert computed["published_at"].notna().all()
