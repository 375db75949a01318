"""`parse` and `parse_file`: a post's text or file in, an `Article` out."""

from __future__ import annotations

import os

from .errors import NotAPostError, PostFileNotFoundError, WarningCode
from .models import Article
from .pipeline import build_article, read_document


def parse(text: str, *, path: str | None = None) -> Article:
    """Parse one post's text. Raises only `ParseError` subclasses."""
    return build_article(read_document(text, path))


def parse_file(path: str | os.PathLike[str]) -> Article:
    """Parse the post stored at `path`, decoding it as UTF-8.

    Undecodable bytes are replaced and reported as a `decode.replaced` warning.
    A missing file raises `PostFileNotFoundError` (also a `FileNotFoundError`).
    """
    name = os.fspath(path)
    data = _read_bytes(name)
    text, warnings = decode(data, name)
    return build_article(read_document(text, name), warnings)


def _read_bytes(name: str) -> bytes:
    try:
        with open(name, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise PostFileNotFoundError("no such file", path=name) from None
    except IsADirectoryError:
        raise NotAPostError("a directory, not a post file", path=name) from None


def decode(data: bytes, name: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The text of a post file: UTF-8 (BOM optional), bad bytes replaced with a warning."""
    if b"\x00" in data[:1024]:
        raise NotAPostError("binary data, not a text post", path=name)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError as error:
        warning = WarningCode.DECODE_REPLACED.warn(
            f"invalid UTF-8 at byte {error.start}; undecodable bytes replaced"
        )
        return data.decode("utf-8-sig", errors="replace"), (warning,)
