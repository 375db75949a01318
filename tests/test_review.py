"""The review page: content, filters, safety against hostile posts, and a real browser's view."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from conftest import FIXTURES
from newsparse import cli
from newsparse.explain import explain_file
from newsparse.html import parse_html
from newsparse.review import STYLE, Selection, render, safe_url

HOSTILE = sorted((FIXTURES / "hostile").glob("*.md"))
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]  # fmt: skip


def page_for(posts: list[Path]) -> str:
    return render([explain_file(post) for post in posts])


def test_page_shows_every_post_with_fields_and_blocks() -> None:
    posts = sorted((FIXTURES / "cna").glob("*.md"))
    tree = parse_html(page_for(posts))
    sections = tree.css("section.post")
    assert len(sections) == len(posts)
    seed = next(s for s in sections if "中哈聯合聲明" in s.text())
    assert "周慧盈" in seed.text()
    assert seed.css_first("img[loading=lazy]") is not None
    fullpic = next(s for s in sections if "fullpic" in s.text())
    assert "dropped: promo" in fullpic.css_first("li.dropped").text()


def test_hostile_posts_add_nothing_executable() -> None:
    tree = parse_html(page_for(HOSTILE))
    assert tree.css("script") == []
    assert [style.text() for style in tree.css("style")] == [STYLE]
    for element in tree.css("*"):
        for name, value in element.attributes.items():
            assert not name.lower().startswith("on"), (element.tag, name)
            if name in {"href", "src"}:
                assert (value or "").startswith(("http://", "https://")), (element.tag, value)
    for link in tree.css("a"):
        assert link.attributes.get("rel") == "noopener noreferrer"
    assert len(tree.css("section.post")) == len(HOSTILE)


def test_only_http_urls_are_links() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,x") is None
    assert safe_url("//example.org") is None


def test_selection_filters_and_samples_reproducibly() -> None:
    paths = [str(p) for p in sorted(FIXTURES.rglob("*.md"))]
    first = Selection(sample=5, seed=3).sample_paths(paths)
    assert first == Selection(sample=5, seed=3).sample_paths(paths)
    assert len(first) == 5
    article = explain_file(FIXTURES / "cna" / "seed-2022.md").article
    assert Selection(site="cna").keep(article)
    assert not Selection(site="bbc").keep(article)
    assert not Selection(only_warnings=True).keep(article)
    assert not Selection(missing="dateline").keep(article)
    assert Selection(missing="authors").keep(article)


def test_review_command_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "review.html"
    assert (
        cli.main(
            ["review", str(FIXTURES / "cna"), "-o", str(out), "--site", "cna", "--no-progress"]
        )
        == 0
    )
    assert len(parse_html(out.read_text(encoding="utf-8")).css("section.post")) == 7
    assert cli.main(["review", str(FIXTURES / "bad"), "-o", str(out), "--no-progress"]) == 1


def chromium() -> str:
    found = (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )
    if found is None:
        pytest.skip(
            "no Chromium on this machine (Debian package `chromium`; .ci/run installs it where it can)"
        )
    return found


def test_chromium_renders_one_section_per_post(tmp_path: Path) -> None:
    browser = chromium()
    posts = sorted((FIXTURES / "cna").glob("*.md")) + HOSTILE
    page = tmp_path / "review.html"
    page.write_text(page_for(posts), encoding="utf-8")
    profile = [f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run(
        [browser, *CHROMIUM_FLAGS, *profile, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    rendered = parse_html(dom)
    assert len(rendered.css("section.post")) == len(posts)
    assert rendered.css("script") == []
    shot = tmp_path / "shot.png"
    subprocess.run(
        [
            browser,
            *CHROMIUM_FLAGS,
            *profile,
            "--window-size=412,900",
            f"--screenshot={shot}",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=120,
        check=True,
    )
    from PIL import Image

    with Image.open(shot) as image:
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
    assert colours is None or len(colours) > 1, "the screenshot is a single colour"
