"""The Article model as an Apache Arrow schema, for Parquet (needs the `parquet` extra).

The schema is derived from the pydantic model itself, so a new field reaches
Parquet without a second list to keep in step. Free-form mappings (the front
matter's `extra`) are stored as JSON text.
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

ARTICLE_SCHEMA: pyarrow.Schema = pyarrow.schema(
    [
        pyarrow.field(name, arrow_type(info.annotation))
        for name, info in Article.model_fields.items()
    ]
)


def arrow_record(article: Article) -> dict[str, Any]:
    """The article as Python values matching `ARTICLE_SCHEMA`."""
    record = article.model_dump(mode="python")
    record["front_matter"]["extra"] = json.dumps(
        record["front_matter"]["extra"], ensure_ascii=False, default=str
    )
    return record
