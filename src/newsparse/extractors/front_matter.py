"""Front matter: YAML read safely, or line by line when the mirror wrote broken YAML.

The mirror writes the same few plain lines in every post (`layout: post`, a
double-quoted title, a timestamp, `tags: [ 法广 ]`…). Those are read here
directly, each value typed by PyYAML's own implicit resolvers and scalar
constructors, so that the result is the one `yaml.load` gives; anything less
plain (other keys, escapes other than `\\"`, several lines, comments, anchors,
tabs, unusual characters) goes to PyYAML.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

import yaml
from dateutil import parser as dateutil_parser
from yaml.constructor import SafeConstructor
from yaml.nodes import ScalarNode

from ..errors import FrontMatterError, WarningCode
from ..limits import DEFAULT_LIMITS, Limits
from ..models import FrontMatter

try:  # the C loader is the same safe loader, several times faster
    from yaml import CSafeLoader as SafeLoader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader  # type: ignore[assignment]

KEY_VALUE_LINE = re.compile(r"^(?P<key>[A-Za-z_][\w-]*):[ \t]*(?P<value>.*)$")
"""`title: "…"` — one key per line, as the mirror writes them."""

FLOW_LIST = re.compile(r"^\[(?P<items>.*)\]$")
"""`[ (臺)中央社CNA ]` — a YAML flow list written on one line."""

YAML_ALIAS = re.compile(r"(?:^|[\s\[{,:-])\*[^\s,\[\]{}]+")
"""`*a` in `b: [*a, *a, *a]` — an alias, the ingredient of a billion-laughs bomb."""

KNOWN_KEYS = {"layout", "title", "date", "author", "from", "tags", "categories", "comments"}

MIRROR_LINE = re.compile(
    r"\A(?P<key>layout|title|date|author|from|tags|categories|comments):(?: (?P<value>[^ ].*))?\Z"
)
"""`date: 2020-07-25T03:22:39.000Z` — one of the mirror's keys, one space, a value (or none)."""

UNUSUAL_CHARACTER = re.compile(
    r"[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
"""A tab, a control character, a BOM, a YAML line break (`\\x85`, `\\u2028`, `\\u2029`) or
one YAML refuses: front matter holding one is left to PyYAML."""

DOUBLE_QUOTED = re.compile(r'\A"(?P<text>[^"\\]*(?:\\["\\][^"\\]*)*)"\Z')
"""`"上海将率先推出\\"城市码\\""` — double-quoted, escaping only `"` and `\\`."""

QUOTE_ESCAPE = re.compile(r'\\(?P<character>["\\])')
"""`\\"` in a double-quoted value: the escaped character."""

SINGLE_QUOTED = re.compile(r"\A'(?P<text>[^']*(?:''[^']*)*)'\Z")
"""`'It''s'` — single-quoted, a quote doubled."""

PLAIN_SCALAR = re.compile(
    r"""\A[^-?:,\[\]{}#&*!|>'"%@` ][^: ]*(?:(?::(?! |\Z)| (?!#))[^: ]*)*(?<! )\Z"""
)
"""`https://www.rfi.fr/cn/中国/20200725-x` — an unquoted value on one line: no indicator
first, no `: ` or ` #` inside, no `:` or space at the end."""

PLAIN_FLOW_LIST = re.compile(
    r"""\A\[ *(?P<items>[^-?:,\[\]{}#&*!|>'"%@` ][^:,?\[\]{}#'"]*"""
    r"""(?:, *[^-?:,\[\]{}#&*!|>'"%@` ][^:,?\[\]{}#'"]*)*)? *\]\Z"""
)
"""`[ RTI 中央廣播電臺 ]` — a one-line list of unquoted items holding no flow indicator."""

SCALAR_TAGS = frozenset(
    "tag:yaml.org,2002:" + name for name in ("null", "bool", "int", "float", "timestamp")
)
"""What PyYAML may resolve a plain value to here; `str` is kept as it is, others go to PyYAML."""

STRING_TAG = "tag:yaml.org,2002:str"

_CONSTRUCTOR = SafeConstructor()


class _NotPlainError(Exception):
    """The front matter needs PyYAML."""


def extract(
    yaml_text: str, path: str | None = None, limits: Limits = DEFAULT_LIMITS
) -> tuple[FrontMatter, tuple[str, ...]]:
    """The front matter as a model, and warnings for anything repaired on the way."""
    _check_limits(yaml_text, path, limits)
    warnings: list[str] = []
    mapping: Mapping[str, Any] | None = _mirror_mapping(yaml_text)
    if mapping is None:
        mapping = _load_yaml(yaml_text)
    if mapping is None:
        mapping = _read_lines(yaml_text)
        warnings.append(WarningCode.YAML_FALLBACK.warn("front matter is not valid YAML"))
    if "title" not in mapping:
        raise FrontMatterError("the front matter has no title", path=path)
    title = _text(mapping["title"])
    if title is None:  # `title: ""` — a photo post, say: still a post
        warnings.append(WarningCode.TITLE_EMPTY.warn("the title is empty"))
    date = _datetime(mapping.get("date"))
    if date is None and mapping.get("date") is not None:
        warnings.append(WarningCode.DATE_INVALID.warn(f"unreadable date {mapping['date']!r}"))
    front_matter = FrontMatter(
        layout=_text(mapping.get("layout")),
        title=title or "",
        date=date,
        author=_text(mapping.get("author")),
        source_url=_text(mapping.get("from")),
        tags=_string_list(mapping.get("tags")),
        categories=_string_list(mapping.get("categories")),
        comments=_boolean(mapping.get("comments")),
        extra={key: _jsonable(value) for key, value in mapping.items() if key not in KNOWN_KEYS},
    )
    return front_matter, tuple(warnings)


def _check_limits(yaml_text: str, path: str | None, limits: Limits) -> None:
    if len(yaml_text) > limits.max_front_matter_bytes:
        raise FrontMatterError(
            f"front matter over {limits.max_front_matter_bytes} characters", path=path
        )
    aliases = len(YAML_ALIAS.findall(yaml_text))
    if aliases > limits.max_yaml_aliases:
        raise FrontMatterError(
            f"{aliases} YAML aliases, over the limit of {limits.max_yaml_aliases}", path=path
        )


def _mirror_mapping(yaml_text: str) -> dict[str, Any] | None:
    """The mirror's plain `key: value` lines as PyYAML would read them; None if they are not."""
    if UNUSUAL_CHARACTER.search(yaml_text):
        return None
    mapping: dict[str, Any] = {}
    for line in yaml_text.split("\n"):
        if not line:
            continue
        match = MIRROR_LINE.match(line)
        if match is None or match.group("key") in mapping:
            return None
        try:
            mapping[match.group("key")] = _mirror_value(match.group("value") or "")
        except _NotPlainError:
            return None
    return mapping or None


def _mirror_value(text: str) -> Any:
    """A value of the mirror's lines, or `_NotPlainError` when PyYAML should read it."""
    if text.startswith('"'):
        double_quoted = DOUBLE_QUOTED.match(text)
        if double_quoted is None:
            raise _NotPlainError
        quoted = double_quoted.group("text")
        return QUOTE_ESCAPE.sub(r"\g<character>", quoted) if "\\" in quoted else quoted
    if text.startswith("'"):
        single_quoted = SINGLE_QUOTED.match(text)
        if single_quoted is None:
            raise _NotPlainError
        return single_quoted.group("text").replace("''", "'")
    if text.startswith("["):
        flow_list = PLAIN_FLOW_LIST.match(text)
        if flow_list is None:
            raise _NotPlainError
        items = flow_list.group("items")
        return [] if items is None else [_typed(item.strip(" ")) for item in items.split(",")]
    if text and PLAIN_SCALAR.match(text) is None:
        raise _NotPlainError
    return _typed(text)


def _typed(plain: str) -> Any:
    """An unquoted value as PyYAML types it: the tag its implicit resolvers give, its constructor."""
    tag = _implicit_tag(plain)
    if tag == STRING_TAG:
        return plain
    if tag not in SCALAR_TAGS:
        raise _NotPlainError
    try:
        return SafeLoader.yaml_constructors[tag](_CONSTRUCTOR, ScalarNode(tag, plain))
    except (ValueError, OverflowError):  # `2020-13-45`: PyYAML fails the same way
        raise _NotPlainError from None


def _implicit_tag(plain: str) -> str:
    resolvers = SafeLoader.yaml_implicit_resolvers
    for tag, pattern in resolvers.get(plain[:1], []) + resolvers.get(None, []):
        if pattern.match(plain):
            return str(tag)
    return STRING_TAG


def _load_yaml(yaml_text: str) -> Mapping[str, Any] | None:
    try:
        loaded = yaml.load(yaml_text, Loader=SafeLoader)
    except (yaml.YAMLError, ValueError, OverflowError, RecursionError):
        # Syntax errors, impossible timestamps (`2020-13-45`), absurd nesting: read lines instead.
        return None
    if not isinstance(loaded, dict):
        return None
    return {str(key): value for key, value in loaded.items()}


def _read_lines(yaml_text: str) -> dict[str, Any]:
    """`key: value` lines; a line that is not one continues the previous value."""
    mapping: dict[str, Any] = {}
    key: str | None = None
    for line in yaml_text.splitlines():
        match = KEY_VALUE_LINE.match(line)
        if match:
            key = match.group("key")
            mapping[key] = match.group("value").strip()
        elif key is not None and line.strip():
            mapping[key] = f"{mapping[key]}\n{line.strip()}"
    return {key: _plain_value(value) for key, value in mapping.items()}


def _plain_value(value: str) -> Any:
    list_match = FLOW_LIST.match(value)
    if list_match:
        return [item.strip().strip("\"'") for item in list_match.group("items").split(",")]
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1].replace('\\"', '"')
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _string_list(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    return [text for item in items if (text := _text(item)) is not None]


def _boolean(value: Any) -> bool | None:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in {"true", "false"}:
        return value.strip().lower() == "true"
    return None


def _datetime(value: Any) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime(value.year, value.month, value.day)
    elif isinstance(value, str) and value.strip():
        try:
            moment = dateutil_parser.isoparse(value.strip())
        except (ValueError, OverflowError):
            return None
    else:
        return None
    if moment.tzinfo is None:
        return moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone(dt.timezone.utc)


def _jsonable(value: Any) -> Any:
    """Unknown keys kept as JSON-friendly values (dates become ISO strings)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): _jsonable(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item) for item in value]
    return value
