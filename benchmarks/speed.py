"""Parsing speed beside its floor, the limit of a pipeline, and its peers, in one run.

    python benchmarks/speed.py [--posts DIR] [--repeat 5] [--peer-repeat 3] [--limit N]
                               [--no-peers]

Times, on the same posts:

- newsparse in this process, from each post's text (read into memory first);
- the newsparse pipeline: each file read, parsed and dumped as its JSON Lines record
  (`parse_file(path).model_dump_json()`, what `newsparse parse -o out.jsonl` writes);
- newsparse with 2 worker processes (`parse_many`);
- the floor: the post split into its parts and its HTML parsed once by Lexbor, from
  the same texts in memory: the part of newsparse's work no extraction can avoid;
- the limit pipeline: the least a pure-Python tool does to turn a post file into a
  JSON record — the file read and decoded, split, parsed by Lexbor, every node of the
  tree visited once from Python, a dict per text node, the record dumped as JSON;
- `trafilatura.extract` on each post's HTML, and readability-lxml's
  `Document(html).summary()`, from the `bench` extra, skipped when missing.

Repetitions are interleaved (one run of each, then the next round), so that a change
in the machine's load touches every measure alike. Prints the median of each and the
ratios newsparse/floor, newsparse pipeline/limit pipeline, trafilatura/newsparse and
readability/newsparse.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser

import newsparse
from newsparse.batch import parse_many
from newsparse.post import split_post

HERE = Path(__file__).parent
Runner = Callable[[], object]

NEWSPARSE = "newsparse (1 process)"
NEWSPARSE_PIPELINE = "newsparse pipeline (file → JSON record)"
NEWSPARSE_WORKERS = "newsparse (2 workers, `parse_many`)"
FLOOR = "floor: split + one Lexbor parse"
LIMIT_PIPELINE = "limit pipeline: read + split + Lexbor + walk + dicts + JSON"
TRAFILATURA = "`trafilatura.extract` on each post's HTML"
READABILITY = "readability-lxml `Document(html).summary()`"


@dataclass(frozen=True)
class Measure:
    name: str
    run: Runner
    repeat: int


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--posts", type=Path, default=HERE.parent.parent / "shared" / "corpus" / "posts"
    )
    parser.add_argument(
        "--repeat", type=int, default=5, help="repetitions of newsparse, floor and limit"
    )
    parser.add_argument(
        "--peer-repeat", type=int, default=3, help="repetitions of the (slow) peers"
    )
    parser.add_argument("--limit", type=int, default=None, help="use the first N posts only")
    parser.add_argument("--no-peers", action="store_true", help="skip trafilatura, readability")
    return parser.parse_args(argv)


def split_and_parse(text: str) -> LexborHTMLParser:
    """The floor for one post: its parts, and its HTML parsed once."""
    return LexborHTMLParser(split_post(text).body)


def limit_record(path: str) -> str:
    """One post file as a JSON record, doing only what no pure-Python tool can skip."""
    parts = split_post(Path(path).read_bytes().decode("utf-8"))
    tree = LexborHTMLParser(parts.body)
    texts = []
    for node in tree.root.traverse(include_text=True):
        if node.tag == "-text":
            texts.append({"text": node.text_content})
    record = {
        "path": path,
        "front_matter": parts.front_matter,
        "stamp": parts.stamp,
        "headline": parts.headline,
        "texts": texts,
    }
    return json.dumps(record, ensure_ascii=False)


def own_measures(files: list[str], texts: list[str], repeat: int) -> list[Measure]:
    def newsparse_single() -> None:
        for text, path in zip(texts, files, strict=True):
            newsparse.parse(text, path=path)

    def newsparse_pipeline() -> None:
        for path in files:
            newsparse.parse_file(path).model_dump_json()

    def newsparse_two_workers() -> None:
        for _ in parse_many(files, workers=2):
            pass

    def floor() -> None:
        for text in texts:
            split_and_parse(text)

    def limit_pipeline() -> None:
        for path in files:
            limit_record(path)

    return [
        Measure(NEWSPARSE, newsparse_single, repeat),
        Measure(NEWSPARSE_PIPELINE, newsparse_pipeline, repeat),
        Measure(NEWSPARSE_WORKERS, newsparse_two_workers, repeat),
        Measure(FLOOR, floor, repeat),
        Measure(LIMIT_PIPELINE, limit_pipeline, repeat),
    ]


def peer_measures(bodies: list[str], repeat: int) -> list[Measure]:
    found = []
    try:
        import trafilatura

        found.append(
            Measure(TRAFILATURA, lambda: [trafilatura.extract(body) for body in bodies], repeat)
        )
    except ImportError:
        print("trafilatura not installed: skipped", file=sys.stderr)
    try:
        from readability import Document

        found.append(
            Measure(READABILITY, lambda: [Document(body).summary() for body in bodies], repeat)
        )
    except ImportError:
        print("readability-lxml not installed: skipped", file=sys.stderr)
    return found


def interleaved_medians(measures: list[Measure]) -> dict[str, float]:
    """Each measure's median time, its repetitions taken in rounds across all measures."""
    timings: dict[str, list[float]] = {measure.name: [] for measure in measures}
    for round_number in range(max(measure.repeat for measure in measures)):
        for measure in measures:
            if round_number < measure.repeat:
                started = time.perf_counter()
                measure.run()
                timings[measure.name].append(time.perf_counter() - started)
    return {name: statistics.median(seconds) for name, seconds in timings.items()}


def print_report(results: dict[str, float], posts: int, args: argparse.Namespace) -> None:
    print(
        f"{posts} posts; {platform.python_implementation()} {platform.python_version()}; "
        f"{os.cpu_count()} CPUs; median of {args.repeat} runs ({args.peer_repeat} for peers)\n"
    )
    print("| what | median s | posts/s |")
    print("|---|---|---|")
    for name, seconds in results.items():
        print(f"| {name} | {seconds:.2f} | {posts / seconds:.0f} |")
    print()
    print_ratio("newsparse / floor", results, NEWSPARSE, FLOOR)
    print_ratio("newsparse pipeline / limit pipeline", results, NEWSPARSE_PIPELINE, LIMIT_PIPELINE)
    print_ratio("trafilatura / newsparse", results, TRAFILATURA, NEWSPARSE)
    print_ratio("readability / newsparse", results, READABILITY, NEWSPARSE)


def print_ratio(label: str, results: dict[str, float], slower: str, faster: str) -> None:
    if slower in results and faster in results:
        print(f"- {label}: {results[slower] / results[faster]:.2f}x")


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    files = sorted(str(path) for path in args.posts.rglob("*.md"))[: args.limit]
    if not files:
        print(f"no posts under {args.posts}", file=sys.stderr)
        return 2
    texts = [Path(path).read_text(encoding="utf-8") for path in files]
    measures = own_measures(files, texts, args.repeat)
    if not args.no_peers:
        bodies = [split_post(text).body for text in texts]
        measures += peer_measures(bodies, args.peer_repeat)
    print_report(interleaved_medians(measures), len(files), args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
