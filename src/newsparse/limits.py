"""Bounds that keep one hostile input from costing unbounded time or memory.

Pass a `Limits` to `parse`, `parse_file` or `parse_many` to change them; there
is no global setting.
"""

from __future__ import annotations

from dataclasses import dataclass

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_bytes: int = 20 * MEGABYTE
    """A larger post raises `TooLargeError` before anything is parsed."""
    max_front_matter_bytes: int = 64 * 1024
    """A larger front matter raises `FrontMatterError`."""
    max_html_depth: int = 160
    """Tags nested deeper are removed before parsing, their text kept (`html.too_deep`)."""
    max_yaml_aliases: int = 64
    """More YAML aliases (`*name`) than this raise `FrontMatterError`: an alias bomb fails fast."""


DEFAULT_LIMITS = Limits()
