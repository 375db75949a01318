"""Scale out on Dask (the `dask` extra): a bag of results, a data frame of flat rows.

    >>> from dask.distributed import Client               # doctest: +SKIP
    >>> client = Client("tcp://scheduler:8786")            # doctest: +SKIP
    >>> bag = newsparse.dask.read_posts("archive/**/*.md")  # doctest: +SKIP
    >>> frame = newsparse.dask.to_dataframe(bag)           # doctest: +SKIP

Each input file gives exactly one item: an `Article` or a `Failure`, as with
`parse_many`. The data frame holds the articles, with the columns of the CSV output,
typed: text as pandas strings, `date` and `published_at` as UTC timestamps,
`editor_date` as a day (a timestamp at midnight), counts as integers.
"""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from typing import Any

import dask.bag

from .batch import Failure, iter_post_paths, parse_one
from .models import Article
from .records import FLAT_KINDS, FlatKind, flat_row

DEFAULT_FILES_PER_PARTITION = 256

PANDAS_DTYPES: dict[FlatKind, str] = {
    "string": "string",
    "integer": "int64",
    "boolean": "bool",
    "timestamp": "datetime64[us, UTC]",
    "date": "datetime64[us]",
}
"""The data frame's dtype for each kind of flat column. Typed, not `object`: writing
`object` columns to Parquet makes Arrow guess their type from Dask's placeholder rows,
and fail (`ArrowInvalid: Could not convert <object object …>`)."""


def resolve_paths(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
) -> list[str]:
    """A glob pattern, a folder, a file, or an iterable of those → the post files, in order."""
    if isinstance(paths_or_glob, (str, os.PathLike)):
        text = os.fspath(paths_or_glob)
        items: list[str] = (
            sorted(glob.glob(text, recursive=True)) if glob.has_magic(text) else [text]
        )
    else:
        items = [os.fspath(item) for item in paths_or_glob]
    return list(iter_post_paths(items))


def read_posts(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    files_per_partition: int = DEFAULT_FILES_PER_PARTITION,
) -> Any:
    """A `dask.bag.Bag` with one `Article` or `Failure` per post file, in input order."""
    files = resolve_paths(paths_or_glob)
    partitions = max(1, -(-len(files) // files_per_partition))
    bag = dask.bag.from_sequence(files, npartitions=partitions)  # type: ignore[no-untyped-call]
    return bag.map(parse_one)


def articles(bag: Any) -> Any:
    return bag.filter(lambda result: isinstance(result, Article))


def failures(bag: Any) -> Any:
    return bag.filter(lambda result: isinstance(result, Failure))


def to_dataframe(bag: Any) -> Any:
    """The parsed articles as a `dask.dataframe.DataFrame` with the flat CSV columns, typed."""
    rows = articles(bag).map(flat_row)
    return rows.to_dataframe(meta=_meta())


def _meta() -> dict[str, str]:
    return {column: PANDAS_DTYPES[kind] for column, kind in FLAT_KINDS.items()}
