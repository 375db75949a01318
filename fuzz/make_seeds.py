"""Build fuzz/corpus/ from the fixture posts (tests/fixtures/**/*.md and *.txt)."""

from __future__ import annotations

import hashlib
from pathlib import Path

HERE = Path(__file__).parent
FIXTURES = HERE.parent / "tests" / "fixtures"


def main() -> int:
    corpus = HERE / "corpus"
    corpus.mkdir(exist_ok=True)
    count = 0
    for post in sorted(FIXTURES.rglob("*")):
        if post.suffix in {".md", ".txt"}:
            data = post.read_bytes()
            (corpus / hashlib.sha1(data).hexdigest()).write_bytes(data)
            count += 1
    print(f"{count} seeds in {corpus}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
