"""The `newsparse` command: parse archives, show a post, print the schema, measure coverage.

Exit codes: 0 every input parsed, 1 some inputs failed (all reported), 2 usage
error, 130 interrupted.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, TypeVar

from . import __version__, coverage
from .api import parse_file
from .batch import ArticleJson, Failure, Outcome, iter_post_paths, parse_many, parse_many_json
from .errors import ParseError
from .explain import explain_file
from .models import Article
from .review import MISSING_FIELDS, Selection, render
from .writers import FORMATS, JSON_FORMATS, AtomicFile, Sink, format_from_path, make_sink

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
T = TypeVar("T")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="newsparse", description="Mirrored news posts as typed records."
    )
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser(
        "parse", help="parse posts to JSON Lines, JSON, CSV, Parquet or Markdown"
    )
    parse.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="files, folders (walked for *.md), or - for paths on stdin",
    )
    parse.add_argument(
        "-o", "--output", metavar="OUT", help="output file (default: standard output)"
    )
    parse.add_argument("--format", choices=FORMATS, help="default: from OUT's suffix, else jsonl")
    parse.add_argument(
        "--workers", type=int, default=None, metavar="N", help="processes (default: CPU count)"
    )
    parse.add_argument(
        "--errors", metavar="FILE", help="write failures here as JSON Lines (default: stderr)"
    )
    parse.add_argument("--dedupe", action="store_true", help="keep the first post per source URL")
    parse.add_argument("--no-progress", action="store_true", help="no progress bar")

    show = commands.add_parser("show", help="a readable view of one post's Article")
    show.add_argument("path", metavar="FILE")

    commands.add_parser("schema", help="print the Article JSON Schema")

    review = commands.add_parser(
        "review", help="a static HTML page showing every decision, post by post"
    )
    review.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (walked for *.md)"
    )
    review.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="the HTML file to write"
    )
    review.add_argument("--site", help="only posts of this site id")
    review.add_argument("--sample", type=int, metavar="N", help="a random sample of N input files")
    review.add_argument(
        "--seed", type=int, default=0, metavar="S", help="seed of the sample (default 0)"
    )
    review.add_argument("--only-warnings", action="store_true", help="only posts with warnings")
    review.add_argument(
        "--missing",
        choices=sorted(MISSING_FIELDS),
        metavar="FIELD",
        help="only posts lacking FIELD",
    )
    review.add_argument("--no-progress", action="store_true", help="no progress bar")

    report = commands.add_parser("coverage", help="per-site coverage of each field, as Markdown")
    report.add_argument("paths", nargs="+", metavar="DIR")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    if args.command == "schema":
        print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.command == "show":
        return show(args.path)
    if args.command == "coverage":
        return coverage.main(args.paths)
    if args.command == "review":
        return run_review(args)
    return run_parse(args)


@dataclass
class Tally:
    inputs: int = 0
    parsed: int = 0
    failed: int = 0
    warnings: int = 0
    duplicates: int = 0
    seen_urls: set[str] = field(default_factory=set)

    def line(self, seconds: float) -> str:
        rate = self.inputs / seconds if seconds > 0 else 0.0
        return (
            f"inputs {self.inputs}, parsed {self.parsed}, failed {self.failed}, warnings {self.warnings}, "
            f"duplicates dropped {self.duplicates}, {rate:.0f} posts/s"
        )


def run_parse(args: argparse.Namespace) -> int:
    format_name = args.format or format_from_path(args.output)
    if format_name == "parquet" and not args.output:
        print("newsparse: --format parquet needs -o OUT (it is binary)", file=sys.stderr)
        return EXIT_USAGE
    if args.workers is not None and args.workers < 1:
        print("newsparse: --workers must be at least 1", file=sys.stderr)
        return EXIT_USAGE
    paths = list(iter_post_paths(_expand_stdin(args.paths)))
    output = AtomicFile(Path(args.output), binary=format_name == "parquet") if args.output else None
    errors = AtomicFile(Path(args.errors)) if args.errors else None
    tally, started = Tally(), time.monotonic()
    try:
        sink = make_sink(format_name, output.handle if output else sys.stdout)
        results = (
            parse_many_json(paths, workers=args.workers)
            if format_name in JSON_FORMATS
            else parse_many(paths, workers=args.workers)
        )
        for result in _with_progress(results, len(paths), args.no_progress):
            _record(result, sink, errors.handle if errors else sys.stderr, tally, args.dedupe)
        sink.close()
    except KeyboardInterrupt:
        for partial in (output, errors):
            if partial:
                partial.discard()
        sys.stdout.flush()
        print(
            f"interrupted: {tally.line(time.monotonic() - started)}; no output file written",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    for complete in (output, errors):
        if complete:
            complete.commit()
    print(tally.line(time.monotonic() - started), file=sys.stderr)
    return EXIT_FAILURES if tally.failed else EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    selection = Selection(args.site, args.sample, args.seed, args.only_warnings, args.missing)
    paths = selection.sample_paths(list(iter_post_paths(args.paths)))
    explanations, failures = [], []
    for path in _with_progress(iter(paths), len(paths), args.no_progress):
        try:
            explanation = explain_file(path)
        except ParseError as error:
            failures.append(Failure(path=path, error=type(error).__name__, message=str(error)))
            continue
        if selection.keep(explanation.article):
            explanations.append(explanation)
    output = AtomicFile(Path(args.output))
    try:
        output.handle.write(render(explanations, failures))
    except BaseException:
        output.discard()
        raise
    output.commit()
    print(
        f"{len(explanations)} posts shown of {len(paths)} read, {len(failures)} failed: {args.output}",
        file=sys.stderr,
    )
    return EXIT_FAILURES if failures else EXIT_OK


def _expand_stdin(paths: Sequence[str]) -> Iterator[str]:
    for path in paths:
        if path == "-":
            yield from (line.strip() for line in sys.stdin if line.strip())
        else:
            yield path


def _record(result: Outcome, sink: Sink, errors: IO[str], tally: Tally, dedupe: bool) -> None:
    tally.inputs += 1
    if isinstance(result, Failure):
        tally.failed += 1
        errors.write(result.model_dump_json() + "\n")
        return
    tally.parsed += 1
    if isinstance(result, ArticleJson):
        warnings, url = result.warnings, result.source_url
    else:
        warnings, url = len(result.warnings), result.front_matter.source_url
    tally.warnings += warnings
    if dedupe and url:
        if url in tally.seen_urls:
            tally.duplicates += 1
            return
        tally.seen_urls.add(url)
    if isinstance(result, ArticleJson):
        sink.write_json(result.json)
    else:
        sink.write(result)


def _with_progress(results: Iterator[T], total: int, disabled: bool) -> Iterator[T]:
    if disabled or not sys.stderr.isatty():
        yield from results
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.speed} posts/s"),
        TimeRemainingColumn(),
    )
    with Progress(*columns, transient=True) as progress:
        task = progress.add_task("parse", total=total)
        for result in results:
            progress.advance(task)
            yield result


def show(path: str) -> int:
    from rich.console import Console
    from rich.table import Table

    try:
        article = parse_file(path)
    except ParseError as error:
        print(f"newsparse: {error}", file=sys.stderr)
        return EXIT_FAILURES
    console = Console()
    console.rule(article.front_matter.title)
    table = Table(show_header=False, box=None)
    for name, value in _summary_fields(article).items():
        table.add_row(f"[bold]{name}[/bold]", str(value))
    console.print(table)
    console.rule("text")
    for paragraph in article.paragraphs:
        marker = {"heading": "## ", "list_item": "• ", "quote": "> "}.get(paragraph.kind, "")
        console.print(marker + paragraph.text, highlight=False, markup=False)
        console.print()
    return EXIT_OK


def _summary_fields(article: Article) -> dict[str, Any]:
    image = article.lead_image
    return {
        "site": article.site,
        "date": article.front_matter.date,
        "published": article.published_at,
        "source": article.front_matter.source_url,
        "language": article.language,
        "dateline": article.dateline.raw if article.dateline else None,
        "authors": ", ".join(p.name for p in article.authors) or None,
        "credits": "; ".join(f"{c.role}: {'/'.join(c.names)}" for c in article.credits) or None,
        "lead image": f"{image.url}\n{image.caption or ''} {image.credit or ''}".strip()
        if image
        else None,
        "related": len(article.related),
        "topics": ", ".join(t.name for t in article.topics) or None,
        "truncated": article.truncated,
        "warnings": "; ".join(article.warnings) or None,
    }


if __name__ == "__main__":
    raise SystemExit(main())
