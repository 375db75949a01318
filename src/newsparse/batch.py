"""Many posts at once: exactly one result per input path, streamed, optionally on a process pool."""

from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice

from pydantic import BaseModel

from .api import parse_file
from .errors import ParseError
from .models import Article

CHUNK_SIZE = 64
"""Files per task sent to a worker: large enough to amortise the hand-over, small enough to stream."""

CHUNKS_IN_FLIGHT_PER_WORKER = 4
"""How far the pool may run ahead of the consumer; bounds memory however many files."""

POST_SUFFIX = ".md"


class Failure(BaseModel):
    """A file that did not become an Article: which, the error's type, and why."""

    path: str
    error: str
    message: str


Result = Article | Failure


def iter_post_paths(inputs: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Files as given; directories walked recursively for `*.md`, sorted, each real folder once.

    Symbolic links to folders are followed, but a folder already walked (a link
    loop, or two links to one place) is not walked again.
    """
    for item in inputs:
        path = os.fspath(item)
        if os.path.isdir(path):
            yield from _walk(path)
        else:
            yield path


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
            elif name.endswith(POST_SUFFIX):
                stack.append(path)


def _identity(folder: str) -> tuple[int, int]:
    status = os.stat(folder)
    return status.st_dev, status.st_ino


def parse_one(path: str) -> Result:
    """An Article, or a Failure saying why not; never raises."""
    try:
        return parse_file(path)
    except (ParseError, OSError) as error:
        return Failure(path=path, error=type(error).__name__, message=str(error))
    except Exception as error:  # noqa: BLE001 - a bug on one file must not stop the batch; it is reported
        return Failure(path=path, error=type(error).__name__, message=f"unexpected: {error}")


def _parse_chunk(paths: Sequence[str]) -> list[Result]:
    return [parse_one(path) for path in paths]


def parse_many(
    paths: Iterable[str | os.PathLike[str]], *, workers: int | None = None, ordered: bool = True
) -> Iterator[Result]:
    """Parse every post under `paths`, yielding exactly one Article or Failure per file.

    `workers=None` uses every CPU; `workers=1` parses in this process. With
    more, chunks of files go to a process pool, and results stream back in
    input order (or as they complete with `ordered=False`).
    """
    files = iter_post_paths(paths)
    count = workers if workers is not None else (os.cpu_count() or 1)
    if count <= 1:
        yield from (parse_one(path) for path in files)
        return
    yield from _parse_in_pool(files, count, ordered)


def _chunks(files: Iterator[str]) -> Iterator[list[str]]:
    while chunk := list(islice(files, CHUNK_SIZE)):
        yield chunk


def _parse_in_pool(files: Iterator[str], workers: int, ordered: bool) -> Iterator[Result]:
    chunks = _chunks(files)
    limit = workers * CHUNKS_IN_FLIGHT_PER_WORKER
    with ProcessPoolExecutor(max_workers=workers) as pool:
        pending: deque[tuple[list[str], Future[list[Result]]]] = deque()
        for chunk in islice(chunks, limit):
            pending.append((chunk, pool.submit(_parse_chunk, chunk)))
        while pending:
            if ordered:
                chunk, future = pending.popleft()
            else:
                done, _ = wait([f for _, f in pending], return_when=FIRST_COMPLETED)
                index = next(i for i, (_, f) in enumerate(pending) if f in done)
                chunk, future = pending[index]
                del pending[index]
            yield from _chunk_results(chunk, future)
            for next_chunk in islice(chunks, 1):
                pending.append((next_chunk, pool.submit(_parse_chunk, next_chunk)))


def _chunk_results(chunk: list[str], future: Future[list[Result]]) -> list[Result]:
    try:
        return future.result()
    except BrokenProcessPool as error:
        return [Failure(path=path, error="WorkerDied", message=str(error)) for path in chunk]
