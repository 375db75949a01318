"""Reading a post file: a buffer of the file's own size, the size limit kept if it grows."""

from __future__ import annotations

from pathlib import Path
from types import TracebackType

import pytest

import newsparse
from conftest import FIXTURES
from newsparse import api
from newsparse.limits import DEFAULT_LIMITS

SEED_BYTES = (FIXTURES / "cna" / "seed-2022.md").read_bytes()
MORE = "<p>（中央社記者王小明台北15日電）補充報導。</p>\n".encode()


class GrowingFile:
    """A post file opened for reading that gains `extra` bytes once its size has been taken."""

    def __init__(self, path: Path, extra: bytes) -> None:
        self.path = path
        self.extra = extra
        self.handle = path.open("rb")
        self.reads: list[int] = []

    def fileno(self) -> int:
        return self.handle.fileno()

    def read(self, size: int = -1) -> bytes:
        if not self.reads and self.extra:
            with self.path.open("ab") as appending:
                appending.write(self.extra)
        self.reads.append(size)
        return self.handle.read(size)

    def __enter__(self) -> GrowingFile:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.handle.close()


@pytest.fixture
def post_file(tmp_path: Path) -> Path:
    path = tmp_path / "2022-09-15-seed.md"
    path.write_bytes(SEED_BYTES)
    return path


def opened_as(monkeypatch: pytest.MonkeyPatch, path: Path, extra: bytes) -> GrowingFile:
    opened = GrowingFile(path, extra)
    monkeypatch.setattr(api, "open", lambda name, mode: opened, raising=False)
    return opened


def test_a_post_file_is_read_in_one_buffer_of_its_size_plus_one(
    post_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened = opened_as(monkeypatch, post_file, b"")
    assert api._read_bytes(str(post_file), DEFAULT_LIMITS) == SEED_BYTES
    assert opened.reads == [len(SEED_BYTES) + 1]


def test_a_file_that_grew_while_being_read_is_read_whole(
    post_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_as(monkeypatch, post_file, MORE)
    assert api._read_bytes(str(post_file), DEFAULT_LIMITS) == SEED_BYTES + MORE


def test_a_file_that_grew_past_the_limit_is_refused(
    post_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_as(monkeypatch, post_file, MORE)
    limits = newsparse.Limits(max_bytes=len(SEED_BYTES) + len(MORE) - 1)
    with pytest.raises(newsparse.TooLargeError):
        api._read_bytes(str(post_file), limits)


def test_a_file_exactly_at_the_limit_is_read(post_file: Path) -> None:
    article = newsparse.parse_file(post_file, limits=newsparse.Limits(max_bytes=len(SEED_BYTES)))
    assert article.front_matter.title
    with pytest.raises(newsparse.TooLargeError):
        newsparse.parse_file(post_file, limits=newsparse.Limits(max_bytes=len(SEED_BYTES) - 1))
