"""Parsing speed beside its floor and its peers, in one run on the same files.

    python benchmarks/speed.py [--posts DIR] [--repeat 5] [--peer-repeat 3] [--limit N]

Times, on the same posts (read into memory first, so disk is not measured):
newsparse in this process; newsparse with 2 worker processes (parse_many);
the floor — python-frontmatter plus one selectolax parse per post, no
extraction; `trafilatura.extract` on each post's HTML; readability-lxml's
`Document(html).summary()`. Prints the median of the repetitions for each
and the ratios newsparse/floor and trafilatura/newsparse. Peers come from the
`bench` extra and are skipped when missing.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import frontmatter
from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.batch import parse_many
from newsparse.post import split_post

HERE = Path(__file__).parent
Runner = Callable[[], object]


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--posts", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "posts"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="repetitions of newsparse and the floor"
    )
    parser.add_argument(
        "--peer-repeat", type=int, default=3, help="repetitions of the (slow) peers"
    )
    parser.add_argument("--limit", type=int, default=None, help="use the first N posts only")
    return parser.parse_args(argv)


def median_seconds(run: Runner, repeat: int) -> float:
    timings = []
    for _ in range(repeat):
        started = time.perf_counter()
        run()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def runners(
    files: list[str], texts: list[str], bodies: list[str]
) -> dict[str, tuple[Runner, bool]]:
    """name → (what to time, whether it is a slow peer)."""

    def newsparse_single() -> None:
        for text, path in zip(texts, files, strict=True):
            newsparse.parse(text, path=path)

    def newsparse_two_workers() -> None:
        for _ in parse_many(files, workers=2):
            pass

    def floor() -> None:
        for text in texts:
            LexborHTMLParser(frontmatter.loads(text).content)

    found: dict[str, tuple[Runner, bool]] = {
        "newsparse (1 process)": (newsparse_single, False),
        "newsparse (2 workers)": (newsparse_two_workers, False),
        "floor (frontmatter + selectolax)": (floor, False),
    }
    try:
        import trafilatura

        found["trafilatura.extract"] = (
            lambda: [trafilatura.extract(body) for body in bodies],
            True,
        )
    except ImportError:
        print("trafilatura not installed: skipped", file=sys.stderr)
    try:
        from readability import Document

        found["readability-lxml summary"] = (
            lambda: [Document(body).summary() for body in bodies],
            True,
        )
    except ImportError:
        print("readability-lxml not installed: skipped", file=sys.stderr)
    return found


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    files = sorted(str(path) for path in args.posts.rglob("*.md"))[: args.limit]
    if not files:
        print(f"no posts under {args.posts}", file=sys.stderr)
        return 2
    texts = [Path(path).read_text(encoding="utf-8") for path in files]
    bodies = [split_post(text).body for text in texts]
    results = {
        name: median_seconds(run, args.peer_repeat if slow else args.repeat)
        for name, (run, slow) in runners(files, texts, bodies).items()
    }
    print(
        f"{len(files)} posts; {platform.python_implementation()} {platform.python_version()}; "
        f"{os.cpu_count()} CPUs; median of {args.repeat} runs ({args.peer_repeat} for peers)\n"
    )
    print("| what | median s | posts/s |")
    print("|---|---|---|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.2f} | {len(files) / seconds:.0f} |")
    single = results["newsparse (1 process)"]
    print(f"\nnewsparse / floor: {single / results['floor (frontmatter + selectolax)']:.2f}x")
    if "trafilatura.extract" in results:
        print(f"trafilatura / newsparse: {results['trafilatura.extract'] / single:.1f}x")
    if "readability-lxml summary" in results:
        print(f"readability / newsparse: {results['readability-lxml summary'] / single:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
