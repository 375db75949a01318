"""Run each hostile input in its own process and report outcome, time and peak memory.

    python tools/hostile.py            # prints a Markdown table (used in docs/robustness.md)

Each case is built here (no large files are kept in the repository), parsed with
`newsparse.parse_file` in a child process, and measured with `resource.getrusage`.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).parent
SEED = HERE.parent / "tests" / "fixtures" / "cna" / "seed-2022.md"

CHILD = """
import json, resource, sys, time
import newsparse
started = time.perf_counter()
try:
    article = newsparse.parse_file(sys.argv[1])
    outcome = "Article" + (f" (warnings: {', '.join(article.warning_codes)})" if article.warnings else "")
except newsparse.ParseError as error:
    outcome = type(error).__name__
seconds = time.perf_counter() - started
print(json.dumps({"outcome": outcome, "seconds": seconds,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def seed() -> str:
    return SEED.read_text(encoding="utf-8")


def with_body(body: str) -> str:
    head, _, _ = seed().partition("------\n")
    return f"{head}------\n{body}\n"


def write_text(text: str) -> Callable[[Path], None]:
    return lambda path: path.write_text(text, encoding="utf-8")


def write_bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
)

CASES: dict[str, Callable[[Path], None]] = {
    "a 20 MB post": write_text(with_body("<p>" + "字" * (7 * 1024 * 1024) + "</p>")),
    "a 19 MB post (just under the limit)": write_text(
        with_body("<p>" + "字" * (6 * 1024 * 1024) + "</p>")
    ),
    "100,000 nested <div>s": write_text(
        with_body("<div>" * 100_000 + "<p>文字</p>" + "</div>" * 100_000)
    ),
    "a 1 MB single line": write_text(with_body("<p>" + "長句" * 175_000 + "</p>")),
    "a YAML alias bomb": write_text(f"---\ntitle: bomb\n{BOMB}\n---\n<p>x</p>\n"),
    "a !!python/object/apply tag": write_text(
        '---\ntitle: t\nx: !!python/object/apply:os.system ["true"]\n---\n<p>x</p>\n'
    ),
    "front matter only": write_text(seed().split("<!--")[0]),
    "HTML only": write_text(seed().partition("------\n")[2]),
    "an empty file": write_bytes(b""),
    "binary data": write_bytes(bytes(range(256)) * 64),
    "invalid UTF-8 bytes": write_bytes(seed().encode().replace("新華社".encode(), b"\xff\xfe")),
    "a Big5 post": write_bytes(seed().encode("big5", errors="ignore")),
    "random non-text bytes": write_bytes(b"---\ntitle: x\n---\n" + bytes(range(128, 256)) * 200),
    "CRLF line endings and a BOM": write_text("\ufeff" + seed().replace("\n", "\r\n")),
    "NUL characters": write_text(seed().replace("新華社", "新\x00華社")),
}


def main(argv: Sequence[str] | None = None) -> int:
    print("| case | outcome | seconds | peak RSS (MB) |")
    print("|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for name, build in CASES.items():
            path = Path(scratch) / "case.md"
            build(path)
            result = _run(path)
            print(
                f"| {name} | {result['outcome']} | {result['seconds']:.2f} | {result['peak_mb']:.0f} |"
            )
        fifo = Path(scratch) / "fifo.md"
        os.mkfifo(fifo)
        for name, target in (
            ("a FIFO given as a file", fifo),
            ("a directory given as a file", Path(scratch)),
        ):
            result = _run(target)
            print(
                f"| {name} | {result['outcome']} | {result['seconds']:.2f} | {result['peak_mb']:.0f} |"
            )
    return 0


def _run(path: Path) -> dict[str, object]:
    finished = subprocess.run(
        [sys.executable, "-c", CHILD, str(path)], capture_output=True, text=True, timeout=300
    )
    if finished.returncode != 0:
        return {
            "outcome": f"CRASH: {finished.stderr.strip().splitlines()[-1]}",
            "seconds": 0.0,
            "peak_mb": 0.0,
        }
    loaded: dict[str, object] = json.loads(finished.stdout)
    return loaded


if __name__ == "__main__":
    raise SystemExit(main())
