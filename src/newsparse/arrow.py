"""The Article model as an Apache Arrow schema, for Parquet (needs the `parquet` extra).

The schema is derived from the pydantic model itself, so a new field reaches
Parquet without a second list to keep in step. Free-form mappings (the front
matter's `extra`) are stored as JSON text. Beside the model's fields, a `text`
column holds `Article.text` (the paragraphs joined by blank lines), after
`paragraphs`. `FLAT_SCHEMA` types the flat columns of `records.flat_row`.
"""

from __future__ import annotations

import datetime as dt
import json
import types
import typing
from typing import Any

import pyarrow
from pydantic import BaseModel

from .models import Article
from .records import FLAT_KINDS, FlatKind


def arrow_type(annotation: Any) -> pyarrow.DataType:
    """The Arrow type for a field annotation of the model."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        return arrow_type(inner)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pyarrow.list_(arrow_type(item))
    if origin is dict or annotation is dict:
        return pyarrow.string()
    if origin is typing.Literal:
        return pyarrow.string()
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return pyarrow.struct(
            [
                pyarrow.field(name, arrow_type(info.annotation))
                for name, info in annotation.model_fields.items()
            ]
        )
    return _SCALARS[annotation]


_SCALARS: dict[Any, pyarrow.DataType] = {
    str: pyarrow.string(),
    int: pyarrow.int64(),
    bool: pyarrow.bool_(),
    float: pyarrow.float64(),
    dt.datetime: pyarrow.timestamp("us", tz="UTC"),
    dt.date: pyarrow.date32(),
}

TEXT_AFTER = "paragraphs"
"""The model field the `text` column follows."""


def _article_fields() -> list[pyarrow.Field]:
    fields = []
    for name, info in Article.model_fields.items():
        fields.append(pyarrow.field(name, arrow_type(info.annotation)))
        if name == TEXT_AFTER:
            fields.append(pyarrow.field("text", pyarrow.string()))
    return fields


ARTICLE_SCHEMA: pyarrow.Schema = pyarrow.schema(_article_fields())


def arrow_record(article: Article) -> dict[str, Any]:
    """The article as Python values matching `ARTICLE_SCHEMA`."""
    record = article.model_dump(mode="python")
    record["front_matter"]["extra"] = json.dumps(
        record["front_matter"]["extra"], ensure_ascii=False, default=str
    )
    record["text"] = article.text
    return record


_FLAT_TYPES: dict[FlatKind, pyarrow.DataType] = {
    "string": pyarrow.string(),
    "integer": pyarrow.int64(),
    "boolean": pyarrow.bool_(),
    "timestamp": _SCALARS[dt.datetime],
    "date": _SCALARS[dt.date],
}

FLAT_SCHEMA: pyarrow.Schema = pyarrow.schema(
    [pyarrow.field(column, _FLAT_TYPES[kind]) for column, kind in FLAT_KINDS.items()]
)
"""The flat columns (`records.flat_row`) with their Arrow types."""
