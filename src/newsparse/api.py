"""`parse` and `parse_file`: a post's text or file in, an `Article` out."""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from .decoding import decode_post
from .errors import (
    NotAPostError,
    PostFileNotFoundError,
    TooLargeError,
    UnreadableFileError,
    WarningCode,
)
from .limits import DEFAULT_LIMITS, Limits
from .models import Article
from .pipeline import build_article, read_document

BYTES_PER_CHARACTER_AT_MOST = 4


def parse(
    text: str,
    *,
    path: str | None = None,
    limits: Limits = DEFAULT_LIMITS,
    site: str | None = None,
) -> Article:
    """Parse one post's text. Raises only `ParseError` subclasses.

    Line endings may be CRLF or CR; NUL characters are removed with a warning.
    `site` forces a site profile by id instead of detecting it from the front
    matter; `site="unknown"` uses the generic layer alone. An id no profile has
    raises `ValueError`.
    """
    text, warnings = prepare_text(text, path, limits)
    return build_article(read_document(text, path, limits, site), warnings)


def parse_file(
    path: str | os.PathLike[str], *, limits: Limits = DEFAULT_LIMITS, site: str | None = None
) -> Article:
    """Parse the post stored at `path`.

    UTF-8 with or without BOM; a few invalid bytes are replaced (`decode.replaced`);
    GB18030 or Big5 files are recognised (`decode.legacy`); other bytes raise
    `EncodingError`. A missing file raises `PostFileNotFoundError` (also a
    `FileNotFoundError`); a file over `limits.max_bytes` raises `TooLargeError`
    before it is read. `site` as for `parse`.
    """
    name = os.fspath(path)
    text, warnings = read_post(name, limits)
    return build_article(read_document(text, name, limits, site), warnings)


def prepare_text(text: str, path: str | None, limits: Limits) -> tuple[str, tuple[str, ...]]:
    """A post's text checked against the size limit and normalised, with warnings."""
    _check_size(text, path, limits)
    return normalise_text(text)


def read_post(name: str, limits: Limits) -> tuple[str, tuple[str, ...]]:
    """A post file's text, read within the size limit, decoded and normalised, with warnings."""
    text, decode_warnings = decode_post(_read_bytes(name, limits), name)
    text, text_warnings = normalise_text(text)
    return text, decode_warnings + text_warnings


def normalise_text(text: str) -> tuple[str, tuple[str, ...]]:
    """`\\n` line endings, no BOM, no NUL characters."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        return text.replace("\x00", ""), (
            WarningCode.TEXT_NUL_REMOVED.warn("NUL characters removed"),
        )
    return text, ()


def _check_regular_file(name: str) -> None:
    """Refuse what is not a regular file before opening it: reading a FIFO would block."""
    try:
        mode = os.stat(name).st_mode
    except FileNotFoundError:
        raise PostFileNotFoundError("no such file", path=name) from None
    except OSError as error:
        raise UnreadableFileError(error.strerror or str(error), path=name) from error
    if stat.S_ISDIR(mode):
        raise NotAPostError("a directory, not a post file", path=name)
    if not stat.S_ISREG(mode):
        raise NotAPostError("not a regular file (a FIFO, socket or device)", path=name)


def _check_size(text: str, path: str | None, limits: Limits) -> None:
    if len(text) * BYTES_PER_CHARACTER_AT_MOST <= limits.max_bytes:
        return
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > limits.max_bytes:
        raise TooLargeError(f"{size} bytes, over the limit of {limits.max_bytes}", path=path)


def _read_bytes(name: str, limits: Limits) -> bytes:
    _check_regular_file(name)
    try:
        with open(name, "rb") as handle:
            data = _read_within_limit(handle, name, limits)
    except FileNotFoundError:
        raise PostFileNotFoundError("no such file", path=name) from None
    except IsADirectoryError:
        raise NotAPostError("a directory, not a post file", path=name) from None
    except OSError as error:
        raise UnreadableFileError(error.strerror or str(error), path=name) from error
    if len(data) > limits.max_bytes:
        raise TooLargeError(f"over the limit of {limits.max_bytes} bytes", path=name)
    return data


def _read_within_limit(handle: BinaryIO, name: str, limits: Limits) -> bytes:
    """The file's size plus one byte; the rest, up to one byte over the limit, only if it grew.

    Reading `max_bytes + 1` at once would allocate that buffer (20 MiB) for every post.
    """
    size = os.fstat(handle.fileno()).st_size
    if size > limits.max_bytes:
        raise TooLargeError(f"{size} bytes, over the limit of {limits.max_bytes}", path=name)
    data = handle.read(size + 1)
    if len(data) > size:  # it grew while being read, or is a FIFO (whose size is 0)
        data += handle.read(limits.max_bytes + 1 - len(data))
    return data
