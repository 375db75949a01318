"""Lists of people's names as bylines and credit lines write them."""

from __future__ import annotations

import re

NAME_SEPARATOR = re.compile(
    r"\s*(?:[、，,/／;；&]|\band\b)\s*"
    r"|(?<=[A-Za-z)）])\s*(?:和|及)\s*|\s*(?:和|及)\s*(?=[A-Za-z])"
    r"|(?<![A-Za-z.·•])\s+(?![·•])|(?<![·•])\s+(?![A-Za-z·•])"
)
"""Between names: `周慧盈/唐佩君`, `王五、赵六`, `Amber Wang和Liu Yi`, `Ann Lee and Bo Chan`.

A space separates two Chinese names but not the words of one Latin name
(`Cindy Hao`) nor the halves of a transcribed one (`露西· 威廉姆森`); `和`/`及` separate names only next to a Latin one, since they
also occur inside Chinese given names.
"""

LATIN_GLOSS = re.compile(r"(?<=[\u4e00-\u9fff])\s*[（(][A-Za-z][A-Za-z .,'’-]*[)）]")
"""`储百亮(Christopher Buckley)`, `格雷厄姆•艾利森 (Graham Allison)` — an English gloss after a
Chinese name."""


def split_names(text: str) -> list[str]:
    """The names in `text`, glosses removed, empty pieces dropped."""
    names = (piece.strip() for piece in NAME_SEPARATOR.split(LATIN_GLOSS.sub("", text)))
    return [name for name in names if name]
