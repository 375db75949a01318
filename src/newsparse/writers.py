"""Output formats of the command line: JSON Lines, JSON, CSV, Parquet, Markdown.

A file is written under a temporary name beside its destination and renamed
only when complete, so an interrupted run never leaves a file that looks finished.
What cannot be written raises `OutputError`, whose message is meant for the user.
"""

from __future__ import annotations

import csv
import json
import os
import secrets
from pathlib import Path
from typing import IO, Any, Protocol

from .models import Article
from .records import FLAT_COLUMNS, flat_record, to_markdown

FORMATS = ("jsonl", "json", "csv", "parquet", "md")
JSON_FORMATS = ("jsonl", "json")
"""Formats written from JSON text alone, which workers can produce themselves."""
FLAT_OPTIONAL = ("jsonl", "json", "parquet")
"""Formats that hold either the nested model or, asked for, the flat columns (CSV is flat)."""
PARQUET_BATCH = 512


class OutputError(Exception):
    """An output that cannot be written; the message says why, in the user's terms."""


class UnknownFormatError(OutputError):
    """No format named, and none to tell from the output file's suffix."""


class MissingDependencyError(OutputError):
    """The format needs an optional dependency that is not installed."""


def choose_format(output: str | None, format_name: str | None = None) -> str:
    """The format asked for, else the one OUT's suffix names (`out.parquet`), else `jsonl`
    for standard output. An unknown suffix raises `UnknownFormatError`: guessing would
    write, say, JSON Lines into `out.xlsx`."""
    if format_name:
        return format_name
    if output is None:
        return "jsonl"
    suffix = Path(output).suffix.lstrip(".").lower()
    if suffix in FORMATS:
        return suffix
    raise UnknownFormatError(
        f"cannot tell the format of {output} from its suffix; "
        f"name one with --format: {', '.join(FORMATS)}"
    )


def check_available(format_name: str) -> None:
    """Raise `MissingDependencyError` unless the format's optional dependency imports."""
    if format_name != "parquet":
        return
    try:
        import pyarrow.parquet  # noqa: F401
    except ImportError as error:
        raise MissingDependencyError(
            f"Parquet output needs pyarrow, which is not installed ({error}); "
            "pip install 'newsparse[parquet]'"
        ) from error


class Sink(Protocol):
    def write(self, article: Article) -> None: ...
    def write_json(self, text: str) -> None: ...
    def close(self) -> None: ...


class AtomicFile:
    """A file that appears at `path` only on `commit()`; `discard()` leaves nothing behind."""

    def __init__(self, path: Path, binary: bool = False) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
        try:
            self.handle = _create(self.temporary, binary)
        except OSError as error:
            raise OutputError(f"cannot write {path}: {error.strerror or error}") from error

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        self.handle.close()
        self.temporary.unlink(missing_ok=True)


def _create(path: Path, binary: bool) -> IO[Any]:
    """A new file, closed by `AtomicFile.commit()` or `discard()`.

    Mode "x" creates it with the user's umask, as the final file should have.
    """
    if binary:
        return open(path, "xb")
    return open(path, "x", encoding="utf-8", newline="")


def _json(article: Article, flat: bool) -> str:
    if flat:
        return json.dumps(flat_record(article), ensure_ascii=False)
    return article.model_dump_json()


class JsonLinesSink:
    def __init__(self, stream: IO[str], flat: bool = False) -> None:
        self.stream = stream
        self.flat = flat

    def write(self, article: Article) -> None:
        self.write_json(_json(article, self.flat))

    def write_json(self, text: str) -> None:
        self.stream.write(text + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonArraySink:
    def __init__(self, stream: IO[str], flat: bool = False) -> None:
        self.stream = stream
        self.flat = flat
        self.count = 0
        stream.write("[")

    def write(self, article: Article) -> None:
        self.write_json(_json(article, self.flat))

    def write_json(self, text: str) -> None:
        self.stream.write(("," if self.count else "") + "\n" + text)
        self.count += 1

    def close(self) -> None:
        self.stream.write("\n]\n" if self.count else "]\n")
        self.stream.flush()


class _NeedsArticles:
    """Sinks that render from the Article itself cannot take pre-serialised JSON."""

    def write_json(self, text: str) -> None:
        raise TypeError(f"{type(self).__name__} writes Articles, not JSON text")


class CsvSink(_NeedsArticles):
    """Always the flat columns."""

    def __init__(self, stream: IO[str], flat: bool = True) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
        self.writer.writeheader()
        self.stream = stream

    def write(self, article: Article) -> None:
        self.writer.writerow(flat_record(article))

    def close(self) -> None:
        self.stream.flush()


class MarkdownSink(_NeedsArticles):
    def __init__(self, stream: IO[str], flat: bool = False) -> None:
        self.stream = stream
        self.count = 0

    def write(self, article: Article) -> None:
        self.stream.write(("\n---\n\n" if self.count else "") + to_markdown(article))
        self.count += 1

    def close(self) -> None:
        self.stream.flush()


class ParquetSink(_NeedsArticles):
    """One row per article: nested columns mirroring the model plus `text`, or with
    `flat` the flat columns, typed (needs the `parquet` extra: pyarrow)."""

    def __init__(self, stream: IO[bytes], flat: bool = False) -> None:
        import pyarrow.parquet as parquet

        from .arrow import ARTICLE_SCHEMA, FLAT_SCHEMA, arrow_record
        from .records import flat_row

        self.schema = FLAT_SCHEMA if flat else ARTICLE_SCHEMA
        self.record = flat_row if flat else arrow_record
        self.writer = parquet.ParquetWriter(stream, self.schema)
        self.batch: list[dict[str, Any]] = []

    def write(self, article: Article) -> None:
        self.batch.append(self.record(article))
        if len(self.batch) >= PARQUET_BATCH:
            self._flush()

    def _flush(self) -> None:
        import pyarrow

        if self.batch:
            self.writer.write_table(pyarrow.Table.from_pylist(self.batch, schema=self.schema))
            self.batch = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


def make_sink(format_name: str, stream: IO[Any], flat: bool = False) -> Sink:
    sinks: dict[str, type[Any]] = {
        "jsonl": JsonLinesSink,
        "json": JsonArraySink,
        "csv": CsvSink,
        "md": MarkdownSink,
        "parquet": ParquetSink,
    }
    sink: Sink = sinks[format_name](stream, flat)
    return sink
