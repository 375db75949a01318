"""The `newsparse` command: parse archives, show a post, print the schema, measure coverage.

Exit codes: 0 every input parsed; 1 some inputs failed (all reported), or the
reader of standard output went away (`| head`); 2 nothing was done: a usage
error, an output that cannot be written, a missing optional dependency, no
posts in the inputs; 130 interrupted. Errors are reported on standard error
as one line `newsparse: …`.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import sys
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from . import __version__, coverage
from .api import parse, parse_file
from .batch import (
    POST_SUFFIXES,
    ArticleJson,
    Failure,
    Outcome,
    Result,
    iter_post_paths,
    parse_many,
    parse_many_json,
)
from .decoding import decode_post
from .errors import ParseError, TooLargeError
from .explain import explain_file
from .limits import DEFAULT_LIMITS
from .models import Article
from .review import MISSING_FIELDS, Selection, render
from .writers import (
    FLAT_OPTIONAL,
    FORMATS,
    JSON_FORMATS,
    AtomicFile,
    OutputError,
    Sink,
    check_available,
    choose_format,
    make_sink,
)

EXIT_OK, EXIT_FAILURES, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130
STDIN = "-"
"""As a PATH: one post read from standard input; as `--from-list`'s FILE: the list is."""
T = TypeVar("T")


class UsageError(Exception):
    """A command that cannot start as given; reported in one line, exit 2."""


@dataclass(frozen=True)
class StdinPost:
    """The post on standard input, in the place of `-` among the inputs."""


STDIN_POST = StdinPost()
Input = str | StdinPost


class _Parser(argparse.ArgumentParser):
    """Usage errors in one line, like every other error of the command."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"newsparse: {message} (see: {self.prog} --help)\n")


PROFILE_HELP = (
    "read every post with this site's profile instead of the detected one "
    "(unknown: the generic layer alone)"
)


def site_ids() -> list[str]:
    from .sites import GENERIC, PROFILES

    return sorted(profile.id for profile in (*PROFILES, GENERIC))


def site_id(value: str) -> str:
    """`--site`'s argument: a known site id, else a usage error listing them."""
    known = site_ids()
    if value not in known:
        raise argparse.ArgumentTypeError(f"no site {value!r}; known: {', '.join(known)}")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = _Parser(prog="newsparse", description="Mirrored news posts as typed records.")
    parser.add_argument("--version", action="version", version=f"newsparse {__version__}")
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser(
        "parse", help="parse posts to JSON Lines, JSON, CSV, Parquet or Markdown"
    )
    parse.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, folders (walked for *.md and *.markdown), or - for one post on standard input",
    )
    parse.add_argument(
        "--from-list",
        metavar="FILE",
        help="also parse the paths listed in FILE, one per line (- reads the list from standard input)",
    )
    parse.add_argument(
        "-o", "--output", metavar="OUT", help="output file (default: standard output)"
    )
    parse.add_argument(
        "--format", choices=FORMATS, help="default: from OUT's suffix; jsonl on standard output"
    )
    parse.add_argument(
        "--flat",
        action="store_true",
        help="jsonl, json, parquet: the flat columns of the CSV output (with text) instead of the nested model",
    )
    parse.add_argument(
        "--workers", type=int, default=None, metavar="N", help="processes (default: CPU count)"
    )
    parse.add_argument(
        "--errors", metavar="FILE", help="write failures here as JSON Lines (default: stderr)"
    )
    parse.add_argument("--dedupe", action="store_true", help="keep the first post per source URL")
    parse.add_argument("--profile", type=site_id, metavar="ID", help=PROFILE_HELP)
    parse.add_argument("--no-progress", action="store_true", help="no progress bar")

    show = commands.add_parser("show", help="a readable view of one post's Article")
    show.add_argument("path", metavar="FILE", help="a post file, or - for a post on standard input")
    show.add_argument("--profile", type=site_id, metavar="ID", help=PROFILE_HELP)

    commands.add_parser("schema", help="print the Article JSON Schema")

    review = commands.add_parser(
        "review", help="a static HTML page showing every decision, post by post"
    )
    review.add_argument(
        "paths", nargs="+", metavar="PATH", help="files or folders (walked for *.md and *.markdown)"
    )
    review.add_argument(
        "-o", "--output", metavar="OUT", required=True, help="the HTML file to write"
    )
    review.add_argument("--site", type=site_id, help="only posts of this site id")
    review.add_argument(
        "--sample", type=int, metavar="N", help="a random sample of N of the posts selected"
    )
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
    report.add_argument("paths", nargs="+", metavar="PATH", help="files or folders")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args = parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        return run(args)
    except (UsageError, OutputError) as error:
        print(f"newsparse: {error}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        _discard_standard_output()
        return EXIT_FAILURES
    except OSError as error:  # a disk that fills up, an output that vanishes mid-run
        print(f"newsparse: cannot write: {error.strerror or error}", file=sys.stderr)
        return EXIT_FAILURES


def run(args: argparse.Namespace) -> int:
    if args.command == "schema":
        print(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2))
        return EXIT_OK
    if args.command == "show":
        return show(args.path, args.profile)
    if args.command == "coverage":
        return coverage.report(_post_files(args.paths))
    if args.command == "review":
        return run_review(args)
    return run_parse(args)


def _discard_standard_output() -> None:
    """The reader of standard output is gone (`| head`): send what is left nowhere.

    As Python's documentation of SIGPIPE recommends, so that flushing standard
    output at exit does not raise `BrokenPipeError` again.
    """
    try:
        descriptor = sys.stdout.fileno()
    except (OSError, ValueError):  # not a real file (replaced, or already closed)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, descriptor)
    os.close(devnull)


def format_rate(per_second: float | None) -> str:
    """`1,234 posts/s`; `0.4 posts/s` below ten; `– posts/s` while unknown."""
    if per_second is None:
        return "– posts/s"
    if per_second < 10:
        return f"{per_second:.1f} posts/s"
    return f"{per_second:,.0f} posts/s"


@dataclass
class Tally:
    inputs: int = 0
    parsed: int = 0
    failed: int = 0
    warnings: int = 0
    duplicates: int = 0
    seen_urls: set[str] = field(default_factory=set)

    def line(self, seconds: float) -> str:
        rate = self.inputs / seconds if seconds > 0 else None
        return (
            f"inputs {self.inputs}, parsed {self.parsed}, failed {self.failed}, warnings {self.warnings}, "
            f"duplicates dropped {self.duplicates}, {format_rate(rate)}"
        )


def run_parse(args: argparse.Namespace) -> int:
    format_name = _output_format(args)
    if args.workers is not None and args.workers < 1:
        raise UsageError("--workers must be at least 1")
    inputs = _parse_inputs(args.paths, args.from_list)
    as_json = format_name in JSON_FORMATS and not args.flat
    tally, started = Tally(), time.monotonic()
    targets = ((args.output, format_name == "parquet"), (args.errors, False))
    try:
        with _atomic_files(targets) as (output, errors):
            sink = make_sink(format_name, output.handle if output else sys.stdout, args.flat)
            results = _results(inputs, args.workers, as_json, args.profile)
            for result in _with_progress(results, len(inputs), args.no_progress):
                _record(result, sink, errors.handle if errors else sys.stderr, tally, args.dedupe)
            sink.close()
    except KeyboardInterrupt:
        sys.stdout.flush()
        print(
            f"interrupted: {tally.line(time.monotonic() - started)}; no output file written",
            file=sys.stderr,
        )
        return EXIT_INTERRUPTED
    print(tally.line(time.monotonic() - started), file=sys.stderr)
    return EXIT_FAILURES if tally.failed else EXIT_OK


def _output_format(args: argparse.Namespace) -> str:
    """The format to write, checked against the other options and what is installed."""
    format_name = choose_format(args.output, args.format)
    if format_name == "parquet" and not args.output:
        raise UsageError("--format parquet needs -o OUT (it is binary)")
    if args.flat and format_name not in (*FLAT_OPTIONAL, "csv"):
        raise UsageError(f"--flat applies to {', '.join(FLAT_OPTIONAL)} (csv is always flat)")
    check_available(format_name)
    return format_name


def _parse_inputs(paths: Sequence[str], from_list: str | None) -> list[Input]:
    """The post files to parse, in order, with `STDIN_POST` where `-` was given."""
    if not paths and from_list is None:
        raise UsageError(
            "nothing to parse: give PATH..., - for a post on standard input, or --from-list FILE"
        )
    if paths.count(STDIN) > 1:
        raise UsageError("- (a post on standard input) can be given only once")
    if STDIN in paths and from_list == STDIN:
        raise UsageError("- and --from-list - both read standard input: give one of them")
    named = [path for path in paths if path != STDIN]
    files: list[Input] = []
    for path in paths:
        files.extend([STDIN_POST] if path == STDIN else _post_files([path], quiet=True))
    files.extend(iter_post_paths(_read_list(from_list) if from_list else []))
    if not files:
        sources = [*named, *([_list_name(from_list)] if from_list else [])]
        raise UsageError(_no_posts_message(sources))
    return files


def _post_files(paths: Sequence[str], quiet: bool = False) -> list[str]:
    """The post files under `paths`; a usage error for a path that does not exist, or,
    unless `quiet`, for finding no posts at all."""
    for path in paths:
        if not os.path.lexists(path):
            raise UsageError(f"{path}: no such file or folder")
    files = list(iter_post_paths(paths))
    if not files and not quiet:
        raise UsageError(_no_posts_message(paths))
    return files


def _no_posts_message(sources: Sequence[str]) -> str:
    endings = " or ".join(POST_SUFFIXES)
    return f"no posts in {', '.join(sources)} (a post is a file ending {endings}, in any case)"


def _list_name(name: str) -> str:
    return "the list on standard input" if name == STDIN else f"the list {name}"


def _read_list(name: str) -> list[str]:
    """Paths from a list file (or standard input), one per line; blank lines skipped."""
    if name == STDIN:
        return [line.strip() for line in sys.stdin if line.strip()]
    try:
        with open(name, encoding="utf-8") as listing:
            return [line.strip() for line in listing if line.strip()]
    except OSError as error:
        raise UsageError(f"cannot read {_list_name(name)}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise UsageError(f"cannot read {_list_name(name)}: not UTF-8 text") from error


def parse_stdin(site: str | None = None) -> Result:
    """The post on standard input, read and decoded as a file would be, or a `Failure` named `-`."""
    limit = DEFAULT_LIMITS.max_bytes
    data = sys.stdin.buffer.read(limit + 1)
    try:
        if len(data) > limit:
            raise TooLargeError(f"over the limit of {limit} bytes")
        text, decode_warnings = decode_post(data)
        article = parse(text, site=site)
    except ParseError as error:
        return Failure(path=STDIN, error=type(error).__name__, message=f"standard input: {error}")
    if not decode_warnings:
        return article
    return article.model_copy(update={"warnings": [*decode_warnings, *article.warnings]})


def _results(
    inputs: Sequence[Input], workers: int | None, as_json: bool, site: str | None = None
) -> Iterator[Outcome]:
    """One outcome per input, in order: runs of files on the pool, `-` read here."""
    for from_stdin, run in itertools.groupby(inputs, key=lambda item: item is STDIN_POST):
        if from_stdin:
            yield from (parse_stdin(site) for _ in run)
            continue
        files = [item for item in run if isinstance(item, str)]
        yield from (parse_many_json if as_json else parse_many)(files, workers=workers, site=site)


@contextmanager
def _atomic_files(
    targets: Sequence[tuple[str | None, bool]],
) -> Iterator[list[AtomicFile | None]]:
    """Each named target (name, binary) as an `AtomicFile`: all committed when the block
    ends normally, all discarded when it raises (or one cannot be created)."""
    opened: list[AtomicFile | None] = []
    try:
        for name, binary in targets:
            opened.append(AtomicFile(Path(name), binary=binary) if name else None)
        yield opened
    except BaseException:
        for partial in opened:
            if partial:
                partial.discard()
        raise
    for complete in opened:
        if complete:
            complete.commit()


def run_review(args: argparse.Namespace) -> int:
    selection = Selection(args.site, args.sample, args.seed, args.only_warnings, args.missing)
    paths, failures = _review_paths(_post_files(args.paths), selection, args.no_progress)
    explanations = []
    for path in _with_progress(iter(paths), len(paths), args.no_progress):
        try:
            explanation = explain_file(path)
        except ParseError as error:
            failures.append(Failure(path=path, error=type(error).__name__, message=str(error)))
            continue
        if selection.keep(explanation.article):
            explanations.append(explanation)
    with _atomic_files([(args.output, False)]) as (output,):
        assert output is not None
        output.handle.write(render(explanations, failures))
    print(
        f"{len(explanations)} posts shown of {len(paths)} read, {len(failures)} failed: {args.output}",
        file=sys.stderr,
    )
    return EXIT_FAILURES if failures else EXIT_OK


def _review_paths(
    files: list[str], selection: Selection, no_progress: bool
) -> tuple[list[str], list[Failure]]:
    """The files to explain, and the failures met choosing them.

    A sample is drawn from the posts that pass the filters (site, warnings,
    missing field), so that `--site cna --sample 60` shows 60 CNA posts: with a
    filter, every file is parsed first to learn its site and fields.
    """
    filtered = selection.site or selection.only_warnings or selection.missing
    if selection.sample is None or not filtered:
        return selection.sample_paths(files), []
    kept, failures = [], []
    for result in _with_progress(parse_many(files), len(files), no_progress):
        if isinstance(result, Failure):
            failures.append(result)
        elif selection.keep(result):
            kept.append(result.path or "")
    return selection.sample_paths(kept), failures


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


class RateColumn(ProgressColumn):
    """The rate as `1,234 posts/s`, `–` until it is known."""

    def render(self, task: Task) -> Text:
        return Text(format_rate(task.speed))


def progress_columns() -> tuple[ProgressColumn, ...]:
    return (
        TextColumn("parsing"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
    )


def _with_progress(results: Iterator[T], total: int, disabled: bool) -> Iterator[T]:
    if disabled or not sys.stderr.isatty():
        yield from results
        return
    with Progress(*progress_columns(), transient=True) as progress:
        task = progress.add_task("parse", total=total)
        for result in results:
            progress.advance(task)
            yield result


def show(path: str, site: str | None = None) -> int:
    from rich.console import Console
    from rich.table import Table

    article = _read_one(path, site)
    if isinstance(article, Failure):
        print(f"newsparse: {article.message}", file=sys.stderr)
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


def _read_one(path: str, site: str | None = None) -> Result:
    if path == STDIN:
        return parse_stdin(site)
    if not os.path.lexists(path):
        raise UsageError(f"{path}: no such file or folder")
    try:
        return parse_file(path, site=site)
    except ParseError as error:
        return Failure(path=path, error=type(error).__name__, message=str(error))


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
