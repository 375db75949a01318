"""Output formats of the command line: JSON Lines, JSON, CSV, Parquet, Markdown.

A file is written under a temporary name beside its destination and renamed
only when complete, so an interrupted run never leaves a file that looks finished.
"""

from __future__ import annotations

import csv
import os
import secrets
from pathlib import Path
from typing import IO, Any, Protocol

from .models import Article
from .records import FLAT_COLUMNS, flat_record, to_markdown

FORMATS = ("jsonl", "json", "csv", "parquet", "md")
JSON_FORMATS = ("jsonl", "json")
"""Formats written from JSON text alone, which workers can produce themselves."""
PARQUET_BATCH = 512


class Sink(Protocol):
    def write(self, article: Article) -> None: ...
    def write_json(self, text: str) -> None: ...
    def close(self) -> None: ...


class AtomicFile:
    """A file that appears at `path` only on `commit()`; `discard()` leaves nothing behind."""

    def __init__(self, path: Path, binary: bool = False) -> None:
        self.path = path
        self.temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.partial")
        # Mode "x" creates the file with the user's umask, as the final file should have.
        self.handle: IO[Any] = (  # closed by commit() or discard()
            open(self.temporary, "xb")  # noqa: SIM115
            if binary
            else open(self.temporary, "x", encoding="utf-8", newline="")  # noqa: SIM115
        )

    def commit(self) -> None:
        self.handle.close()
        os.replace(self.temporary, self.path)

    def discard(self) -> None:
        self.handle.close()
        self.temporary.unlink(missing_ok=True)


class JsonLinesSink:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream

    def write(self, article: Article) -> None:
        self.write_json(article.model_dump_json())

    def write_json(self, text: str) -> None:
        self.stream.write(text + "\n")

    def close(self) -> None:
        self.stream.flush()


class JsonArraySink:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0
        stream.write("[")

    def write(self, article: Article) -> None:
        self.write_json(article.model_dump_json())

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
    def __init__(self, stream: IO[str]) -> None:
        self.writer = csv.DictWriter(stream, fieldnames=FLAT_COLUMNS)
        self.writer.writeheader()
        self.stream = stream

    def write(self, article: Article) -> None:
        self.writer.writerow(flat_record(article))

    def close(self) -> None:
        self.stream.flush()


class MarkdownSink(_NeedsArticles):
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def write(self, article: Article) -> None:
        self.stream.write(("\n---\n\n" if self.count else "") + to_markdown(article))
        self.count += 1

    def close(self) -> None:
        self.stream.flush()


class ParquetSink(_NeedsArticles):
    """Nested columns, one row per article (needs the `parquet` extra: pyarrow)."""

    def __init__(self, stream: IO[bytes]) -> None:
        import pyarrow.parquet as parquet

        from .arrow import ARTICLE_SCHEMA

        self.schema = ARTICLE_SCHEMA
        self.writer = parquet.ParquetWriter(stream, ARTICLE_SCHEMA)
        self.batch: list[dict[str, Any]] = []

    def write(self, article: Article) -> None:
        from .arrow import arrow_record

        self.batch.append(arrow_record(article))
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


def make_sink(format_name: str, stream: IO[Any]) -> Sink:
    sinks: dict[str, type[Any]] = {
        "jsonl": JsonLinesSink,
        "json": JsonArraySink,
        "csv": CsvSink,
        "md": MarkdownSink,
        "parquet": ParquetSink,
    }
    sink: Sink = sinks[format_name](stream)
    return sink


def format_from_path(path: str | None, default: str = "jsonl") -> str:
    """`out.parquet` → `parquet`; an unknown or missing suffix → `default`."""
    suffix = Path(path).suffix.lstrip(".").lower() if path else ""
    return suffix if suffix in FORMATS else default
