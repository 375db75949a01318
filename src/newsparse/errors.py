"""Errors a caller can catch, and the codes of warnings a partial result carries.

Every error derives from `ParseError` and carries the `path` it concerns (or
`None` for text parsed from memory) and a human-readable `reason`.
"""

from __future__ import annotations

from enum import Enum


class ParseError(Exception):
    """A post could not be turned into an Article."""

    def __init__(self, reason: str, *, path: str | None = None) -> None:
        self.reason = reason
        self.path = path
        where = f"{path}: " if path else ""
        super().__init__(f"{where}{reason}")


class NotAPostError(ParseError):
    """The input is not a mirrored post: empty, binary, or without front matter."""


class FrontMatterError(ParseError):
    """The front matter exists but yields no usable title, even line by line."""


class TooLargeError(ParseError):
    """The input is larger than `Limits.max_bytes`; nothing was parsed."""


class EncodingError(ParseError):
    """The bytes are not text newsparse can decode without guessing (UTF-8, GB18030, Big5)."""


class PostFileNotFoundError(ParseError, FileNotFoundError):
    """`parse_file` was given a path where no file exists."""


class UnreadableFileError(ParseError, OSError):
    """The file exists but could not be read (permissions, I/O error); also an `OSError`."""


class WarningCode(str, Enum):
    """Stable codes for what was tolerated rather than parsed cleanly.

    A warning is written `code: message`; `Article.warning_codes` lists the codes.
    """

    YAML_FALLBACK = "yaml.fallback"
    TITLE_EMPTY = "title.empty"
    DATE_INVALID = "date.invalid"
    STAMP_MISSING = "stamp.missing"
    STAMP_NAN = "stamp.nan"
    STAMP_INVALID = "stamp.invalid"
    HEADLINE_MISSING = "headline.missing"
    BODY_MISSING = "body.missing"
    BODY_EMPTY = "body.empty"
    HTML_TOO_DEEP = "html.too_deep"
    DECODE_REPLACED = "decode.replaced"
    DECODE_LEGACY = "decode.legacy"
    TEXT_NUL_REMOVED = "text.nul_removed"

    def warn(self, message: str) -> str:
        return f"{self.value}: {message}"
