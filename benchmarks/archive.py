"""The whole archive to JSON Lines with 2 workers: wall time, posts/s, peak memory.

    python benchmarks/archive.py [--archive ../shared/corpus/waimei-2021.tar.zst] [--workers 2]

Unpacks the archive into a temporary folder (unless `--posts DIR` points at an
unpacked one), runs `newsparse parse DIR -o OUT.jsonl --workers N` as a child
process, and reports its wall time, throughput, the number of lines written,
failures by type (exit status 1 if any was an unexpected exception, a dead
worker or a timeout), and the peak resident memory of the largest process (from
`resource.getrusage`: the main process and, separately, its largest worker).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).parent
ARCHIVE = HERE.parent.parent / "shared" / "corpus" / "waimei-2021.tar.zst"

UNEXPECTED = {"WorkerDied", "Timeout"}

CHILD = """
import json, resource, sys, time
from newsparse import cli
started = time.monotonic()
code = cli.main(sys.argv[1:])
elapsed = time.monotonic() - started
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"code": code, "seconds": elapsed, "main_rss_kb": own, "worker_rss_kb": workers}), file=sys.stderr)
"""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--archive", type=Path, default=ARCHIVE)
    parser.add_argument("--posts", type=Path, help="an already unpacked archive folder")
    parser.add_argument("--workers", type=int, default=2)
    return parser.parse_args(argv)


def unpack(archive: Path, into: Path) -> Path:
    into.mkdir()
    subprocess.run(["tar", "--zstd", "-xf", str(archive), "-C", str(into)], check=True)
    return into


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory() as scratch:
        posts = args.posts or unpack(args.archive, Path(scratch) / "archive")
        out = Path(scratch) / "archive.jsonl"
        errors = Path(scratch) / "errors.jsonl"
        command = [
            sys.executable,
            "-c",
            CHILD,
            "parse",
            str(posts),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--workers",
            str(args.workers),
            "--no-progress",
        ]
        started = time.monotonic()
        finished = subprocess.run(command, capture_output=True, text=True)
        wall = time.monotonic() - started
        report = json.loads(finished.stderr.strip().splitlines()[-1])
        summary = finished.stderr.strip().splitlines()[-2]
        lines = sum(1 for _ in out.open(encoding="utf-8")) if out.exists() else 0
        failed = (
            [json.loads(line) for line in errors.open(encoding="utf-8")] if errors.exists() else []
        )
        failures = len(failed)
        by_type = Counter(failure["error"] for failure in failed)
        unexpected = [
            f for f in failed if f["message"].startswith("unexpected") or f["error"] in UNEXPECTED
        ]
    peak_mb = max(report["main_rss_kb"], report["worker_rss_kb"]) / 1024
    print(f"newsparse summary: {summary}")
    print(
        f"lines written: {lines}; failures: {failures} {dict(by_type)}; exit code {report['code']}"
    )
    print(
        f"unexpected exceptions (not a ParseError or OSError), dead workers, timeouts: {len(unexpected)}"
    )
    for failure in unexpected[:20]:
        print(f"  {failure['path']}: {failure['error']}: {failure['message']}")
    print(
        f"wall time (whole command, start-up included): {wall:.1f} s; parse loop: {report['seconds']:.1f} s"
    )
    print(
        f"throughput: {(lines + failures) / report['seconds']:.0f} posts/s with {args.workers} workers"
    )
    print(
        f"peak RSS: main {report['main_rss_kb'] / 1024:.0f} MB, largest worker "
        f"{report['worker_rss_kb'] / 1024:.0f} MB (max {peak_mb:.0f} MB)"
    )
    return 1 if unexpected else 0


if __name__ == "__main__":
    raise SystemExit(main())
