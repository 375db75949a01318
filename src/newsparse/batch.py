"""Many posts at once: exactly one result per input path, streamed, optionally on a process pool."""

from __future__ import annotations

import os
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from itertools import islice

from pydantic import BaseModel

from . import sites
from .api import parse_file
from .errors import ParseError
from .limits import DEFAULT_LIMITS, Limits
from .models import Article

CHUNK_SIZE = 64
"""Files per task sent to a worker: large enough to amortise the hand-over, small enough to stream."""

CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""How far the pool may run ahead of the consumer; bounds memory however many files."""

POST_SUFFIXES = (".md", ".markdown")
"""File name endings of posts found by walking a folder, compared case-insensitively."""

DEFAULT_TIMEOUT = 60.0
"""Seconds one file may take in a worker process before it is reported as a `Timeout` failure."""


class Failure(BaseModel):
    """A file that did not become an Article: which, the error's type, and why."""

    path: str
    error: str
    message: str


Result = Article | Failure

Inputs = str | os.PathLike[str] | Iterable[str | os.PathLike[str]]
"""One file or folder (a `str` or path), or any number of them."""


def iter_post_paths(inputs: Inputs) -> Iterator[str]:
    """Files as given; folders walked recursively for posts, sorted, each real folder once.

    `inputs` is one path (a `str` or `os.PathLike`) or an iterable of paths. A
    post found in a folder is a file ending `.md` or `.markdown`, in any case.
    Symbolic links to folders are followed, but a folder already walked (a link
    loop, or two links to one place) is not walked again.
    """
    for item in _as_path_list(inputs):
        path = os.fspath(item)
        if os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


def _as_path_list(inputs: Inputs) -> Iterable[str | os.PathLike[str]]:
    """A lone path is one input, not a sequence of one-character paths."""
    if isinstance(inputs, (str, os.PathLike)):
        return [inputs]
    return inputs


def is_post_name(name: str) -> bool:
    """`story.md`, `story.MD`, `story.markdown`: a post by its file name."""
    return os.path.splitext(name)[1].lower() in POST_SUFFIXES


def _walk(top: str) -> Iterator[str]:
    """Depth first, entries of each folder in name order, so paths come out sorted."""
    seen = {_identity(top)}
    stack: list[str] = [top]
    while stack:
        entry = stack.pop()
        if not os.path.isdir(entry):
            yield entry
            continue
        try:
            names = sorted(os.listdir(entry), reverse=True)
        except OSError:
            yield entry  # unreadable: reported as a failure by whoever parses it
            continue
        for name in names:
            path = os.path.join(entry, name)
            if os.path.isdir(path):
                identity = _identity(path)
                if identity in seen:
                    continue
                seen.add(identity)
                stack.append(path)
            elif is_post_name(name):
                stack.append(path)


def _identity(folder: str) -> tuple[int, int]:
    status = os.stat(folder)
    return status.st_dev, status.st_ino


def parse_one(path: str, limits: Limits = DEFAULT_LIMITS, site: str | None = None) -> Result:
    """An Article, or a Failure saying why not; never raises."""
    try:
        return parse_file(path, limits=limits, site=site)
    except (ParseError, OSError) as error:
        return Failure(path=path, error=type(error).__name__, message=str(error))
    except Exception as error:  # noqa: BLE001 - a bug on one file must not stop the batch; it is reported
        return Failure(path=path, error=type(error).__name__, message=f"unexpected: {error}")


class _TimedOut(Exception):
    pass


def _on_alarm(signum: int, frame: object) -> None:
    raise _TimedOut


def _parse_with_deadline(
    path: str, limits: Limits, timeout: float | None, site: str | None = None
) -> Result:
    """`parse_one` in a worker process, interrupted after `timeout` seconds."""
    if not timeout:
        return parse_one(path, limits, site)
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return parse_one(path, limits, site)
    except _TimedOut:
        return Failure(path=path, error="Timeout", message=f"parsing took longer than {timeout} s")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class _PoolJob:
    workers: int
    ordered: bool
    limits: Limits
    timeout: float | None
    as_json: bool
    site: str | None = None


@dataclass(frozen=True)
class ArticleJson:
    """An Article already serialised by the worker that parsed it (`parse_many_json`)."""

    path: str
    json: str
    warnings: int
    source_url: str | None


Outcome = Result | ArticleJson


def _as_json(result: Result) -> Failure | ArticleJson:
    if isinstance(result, Failure):
        return result
    return ArticleJson(
        result.path or "",
        result.model_dump_json(),
        len(result.warnings),
        result.front_matter.source_url,
    )


def _parse_chunk(paths: Sequence[str], job: _PoolJob) -> list[Outcome]:
    results = [_parse_with_deadline(path, job.limits, job.timeout, job.site) for path in paths]
    return [_as_json(result) for result in results] if job.as_json else list(results)


def parse_many(
    paths: Inputs,
    *,
    workers: int | None = None,
    ordered: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    timeout: float | None = DEFAULT_TIMEOUT,
    site: str | None = None,
) -> Iterator[Result]:
    """Parse every post under `paths`, yielding exactly one Article or Failure per file.

    `paths` is one file or folder (a `str` or path: a folder is walked) or an
    iterable of them.
    `workers=None` uses every CPU; `workers=1` parses in this process. With
    more, chunks of files go to a process pool, and results stream back in
    input order (or as they complete with `ordered=False`). In the pool a file
    taking longer than `timeout` seconds becomes a `Timeout` failure, and a
    worker that dies (killed, out of memory) costs only the file it was on:
    `WorkerDied`, and the batch goes on in a fresh pool. `site` reads every post
    with that profile (`"unknown"`: the generic layer alone); an id no profile
    has raises `ValueError` before any file is read.
    """
    _check_site(site)
    job = _PoolJob(_worker_count(workers), ordered, limits, timeout, as_json=False, site=site)
    for outcome in _outcomes(paths, job):
        assert not isinstance(outcome, ArticleJson)
        yield outcome


def parse_many_json(
    paths: Inputs,
    *,
    workers: int | None = None,
    ordered: bool = True,
    limits: Limits = DEFAULT_LIMITS,
    timeout: float | None = DEFAULT_TIMEOUT,
    site: str | None = None,
) -> Iterator[ArticleJson | Failure]:
    """`parse_many`, with each Article serialised to JSON in the worker that parsed it.

    For writing JSON output: sending text instead of objects between processes
    saves a large share of a batch's time.
    """
    _check_site(site)
    job = _PoolJob(_worker_count(workers), ordered, limits, timeout, as_json=True, site=site)
    for outcome in _outcomes(paths, job):
        assert not isinstance(outcome, Article)
        yield outcome


def _check_site(site: str | None) -> None:
    """Refuse a profile id no profile has (`ValueError`) before any file is read."""
    if site is not None:
        sites.by_id(site)


def _worker_count(workers: int | None) -> int:
    return workers if workers is not None else (os.cpu_count() or 1)


def _outcomes(paths: Inputs, job: _PoolJob) -> Iterator[Outcome]:
    files = iter_post_paths(paths)
    if job.workers <= 1:  # in the caller's own process: no alarm signal, so no timeout
        in_process = replace(job, timeout=None)
        yield from (outcome for path in files for outcome in _parse_chunk([path], in_process))
        return
    yield from _parse_in_pool(_chunks(files), job)


def _chunks(files: Iterator[str]) -> Iterator[list[str]]:
    while chunk := list(islice(files, CHUNK_SIZE)):
        yield chunk


Pending = deque[tuple[list[str], "Future[list[Outcome]]"]]


def _parse_in_pool(chunks: Iterator[list[str]], job: _PoolJob) -> Iterator[Outcome]:
    """Run chunks on a pool; when it breaks, rerun the unfinished files one by one to find the culprit."""
    while True:
        with ProcessPoolExecutor(max_workers=job.workers) as pool:
            suspects = yield from _run_pool(pool, chunks, job)
        if suspects is None:
            return
        yield from _isolate(suspects, job)


def _run_pool(
    pool: ProcessPoolExecutor, chunks: Iterator[list[str]], job: _PoolJob
) -> Generator[Outcome, None, list[str] | None]:
    """Yield results until every chunk is done (`None`), or the pool breaks: then the unfinished files."""
    pending: Pending = deque()
    try:
        for chunk in islice(chunks, job.workers * CHUNKS_IN_FLIGHT_PER_WORKER):
            pending.append((chunk, pool.submit(_parse_chunk, chunk, job)))
        while pending:
            chunk, future = _next_done(pending, job.ordered)
            pending.appendleft((chunk, future))  # until its results are out, it is unfinished
            results = future.result()
            pending.popleft() if job.ordered else pending.remove((chunk, future))
            yield from results
            for next_chunk in islice(chunks, 1):
                pending.append((next_chunk, pool.submit(_parse_chunk, next_chunk, job)))
    except BrokenProcessPool:
        return [path for chunk, _ in pending for path in chunk]
    return None


def _isolate(files: list[str], job: _PoolJob) -> Iterator[Outcome]:
    """Each file alone in a one-worker pool: the one that kills its worker is the culprit."""
    pool: ProcessPoolExecutor | None = None
    try:
        for path in files:
            pool = pool or ProcessPoolExecutor(max_workers=1)
            try:
                yield pool.submit(_parse_chunk, [path], job).result()[0]
            except BrokenProcessPool:
                pool.shutdown(wait=False)
                pool = None
                yield Failure(
                    path=path, error="WorkerDied", message="the worker process died on this file"
                )
    finally:
        if pool is not None:
            pool.shutdown(wait=False)


def _next_done(pending: Pending, ordered: bool) -> tuple[list[str], Future[list[Outcome]]]:
    if ordered:
        return pending.popleft()
    done, _ = wait([future for _, future in pending], return_when=FIRST_COMPLETED)
    index = next(i for i, (_, future) in enumerate(pending) if future in done)
    item = pending[index]
    del pending[index]
    return item
