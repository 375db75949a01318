"""Hostile and broken input: every case gets a typed outcome, quickly, with bounded memory."""

from __future__ import annotations

import builtins
import contextlib
import os
import socket
import time
from pathlib import Path

import pytest

import newsparse
from conftest import FIXTURES
from newsparse.batch import Failure, parse_many

SEED_TEXT = (FIXTURES / "cna" / "seed-2022.md").read_text(encoding="utf-8")
HEAD, BODY = SEED_TEXT.split("------\n", 1)
FRONT_MATTER = SEED_TEXT.split("---\n", 2)[1]


def post_with_body(body: str) -> str:
    return f"{HEAD}------\n{body}\n"


def test_post_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.md"
    big.write_text(post_with_body("<p>" + "字" * (7 * 1024 * 1024) + "</p>"), encoding="utf-8")
    assert big.stat().st_size > 20 * 1024 * 1024
    started = time.monotonic()
    with pytest.raises(newsparse.TooLargeError):
        newsparse.parse_file(big)
    with pytest.raises(newsparse.TooLargeError):
        newsparse.parse(big.read_text(encoding="utf-8"))
    assert time.monotonic() - started < 5


def test_size_limit_is_configurable() -> None:
    with pytest.raises(newsparse.TooLargeError):
        newsparse.parse(SEED_TEXT, limits=newsparse.Limits(max_bytes=1000))


def test_hundred_thousand_nested_divs() -> None:
    body = "<div>" * 100_000 + "<p>深處的一段文字。</p>" + "</div>" * 100_000
    started = time.monotonic()
    article = newsparse.parse(post_with_body(body))
    assert time.monotonic() - started < 5
    assert [p.text for p in article.paragraphs] == ["深處的一段文字。"]
    assert "html.too_deep" in article.warning_codes


def test_one_megabyte_single_line() -> None:
    line = "<p>" + "長句" * 250_000 + "</p>"
    article = newsparse.parse(post_with_body(line))
    assert len(article.paragraphs) == 1
    assert len(article.paragraphs[0].text) == 500_000


def test_yaml_alias_bomb_fails_fast() -> None:
    bomb = "\n".join(
        ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
        + [f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)]
    )
    started = time.monotonic()
    with pytest.raises(newsparse.FrontMatterError):
        newsparse.parse(f"---\ntitle: bomb\n{bomb}\n---\n<p>x</p>\n")
    assert time.monotonic() - started < 1


def test_python_object_tags_are_rejected_not_executed(tmp_path: Path) -> None:
    marker = tmp_path / "executed"
    payload = f'!!python/object/apply:os.system ["touch {marker}"]'
    article = newsparse.parse(f"---\ntitle: t\nx: {payload}\n---\n<p>正文</p>\n")
    assert not marker.exists()
    assert "yaml.fallback" in article.warning_codes


def test_front_matter_only() -> None:
    article = newsparse.parse(f"---\n{FRONT_MATTER}---\n")
    assert article.paragraphs == []
    assert {"stamp.missing", "headline.missing", "body.missing"} <= set(article.warning_codes)


def test_html_only_is_not_a_post() -> None:
    with pytest.raises(newsparse.NotAPostError):
        newsparse.parse(BODY)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    with pytest.raises(newsparse.NotAPostError):
        newsparse.parse_file(empty)


def test_directory_and_fifo_given_as_a_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.md"
    os.mkfifo(fifo)
    with pytest.raises(newsparse.NotAPostError, match="not a regular file"):
        newsparse.parse_file(fifo)
    with pytest.raises(newsparse.NotAPostError, match="directory"):
        newsparse.parse_file(tmp_path)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.md"
    locked.write_text(SEED_TEXT, encoding="utf-8")
    real_open = builtins.open

    def refusing_open(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(locked):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(builtins, "open", refusing_open)
    with pytest.raises(newsparse.UnreadableFileError) as caught:
        newsparse.parse_file(locked)
    assert isinstance(caught.value, PermissionError | OSError)
    assert caught.value.path == str(locked)


def test_symlink_loop_inside_a_batch_directory(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a.md").write_text(SEED_TEXT, encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "sub" / "loop")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling.md")
    results = list(parse_many([tmp_path], workers=1))
    assert [Path(r.path).name for r in results] == ["dangling.md", "a.md"]
    assert isinstance(results[0], Failure)


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
def test_legacy_chinese_encodings_are_recognised(tmp_path: Path, encoding: str) -> None:
    text = SEED_TEXT if encoding == "big5" else SEED_TEXT.replace("臺", "台")
    legacy = tmp_path / f"{encoding}.md"
    legacy.write_bytes(text.encode(encoding, errors="ignore"))
    article = newsparse.parse_file(legacy)
    assert "decode.legacy" in article.warning_codes
    assert article.paragraphs[0].text.startswith("（中央社台北15日電）")


def test_undecodable_bytes_raise_an_encoding_error(tmp_path: Path) -> None:
    noise = tmp_path / "noise.md"
    noise.write_bytes(b"---\ntitle: x\n---\n" + bytes(range(128, 256)) * 200)
    with pytest.raises(newsparse.EncodingError):
        newsparse.parse_file(noise)


def test_line_endings_bom_and_nul(tmp_path: Path) -> None:
    expected = newsparse.parse(SEED_TEXT)
    for variant in (
        SEED_TEXT.replace("\n", "\r\n"),
        SEED_TEXT.replace("\n", "\r"),
        "\ufeff" + SEED_TEXT,
    ):
        assert newsparse.parse(variant).paragraphs == expected.paragraphs
    with_nul = newsparse.parse(SEED_TEXT.replace("新華社", "新\x00華社"))
    assert with_nul.paragraphs == expected.paragraphs
    assert "text.nul_removed" in with_nul.warning_codes


def test_parsing_opens_no_network_connection(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*args: object, **kwargs: object) -> None:
        raise AssertionError("newsparse tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    for post in sorted(FIXTURES.rglob("*")):
        if post.suffix in {".md", ".txt"}:
            with contextlib.suppress(newsparse.ParseError):
                newsparse.parse_file(post)
