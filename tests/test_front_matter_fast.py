"""The mirror's plain front matter lines, read without PyYAML, give exactly what PyYAML gives.

`front_matter._mirror_mapping` reads the mirror's `key: value` lines itself and returns
None for anything it does not handle, which then goes to PyYAML. Whatever it does return
must be what `yaml.safe_load` (and the C loader the package uses) returns: same keys,
same values, same types (`True` is not `1`, `1` is not `1.0`), so results are compared
by their `repr`.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES, corpus_dir
from newsparse.extractors import front_matter
from newsparse.post import split_post

SEED_FRONT_MATTER = split_post(
    (FIXTURES / "cna" / "seed-2022.md").read_text(encoding="utf-8")
).front_matter

UTC = dt.timezone.utc


def read_fast(text: str) -> dict[str, Any] | None:
    """The fast reading, checked against both PyYAML loaders whenever it gives one."""
    fast = front_matter._mirror_mapping(text)
    if fast is not None:
        assert repr(fast) == repr(yaml.safe_load(text)), text
        assert repr(fast) == repr(yaml.load(text, Loader=yaml.CSafeLoader)), text
    return fast


def one_line(line: str) -> str:
    return f"\nlayout: post\n{line}\n"


def test_the_seed_post_is_read_fast() -> None:
    fast = read_fast(SEED_FRONT_MATTER)
    assert fast is not None
    assert fast["date"] == dt.datetime(2022, 9, 15, 9, 34, 3, tzinfo=UTC)
    assert fast["tags"] == ["(臺)中央社CNA"]
    assert fast["comments"] is True


def test_extract_gives_the_same_front_matter_with_or_without_the_fast_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fast = front_matter.extract(SEED_FRONT_MATTER)
    monkeypatch.setattr(front_matter, "_mirror_mapping", lambda text: None)
    assert front_matter.extract(SEED_FRONT_MATTER) == fast


@pytest.mark.parametrize(
    ("line", "value"),
    [
        ("date: 2020-07-25T03:22:39.000Z", dt.datetime(2020, 7, 25, 3, 22, 39, tzinfo=UTC)),
        ("date: 2020-07-25", dt.date(2020, 7, 25)),
        (
            "date: 2020-07-25 11:22:39 +08:00",
            dt.datetime(2020, 7, 25, 11, 22, 39, tzinfo=dt.timezone(dt.timedelta(hours=8))),
        ),
        ("comments: True", True),
        ("comments: yes", True),
        ("comments: off", False),
        ('comments: "True"', "True"),
        ("author: 2020", 2020),
        ("author: 010", 8),
        ("author: 0x1F", 31),
        ("author: 1_000", 1000),
        ("author: 1:30", 90),
        ("author: 1.5e+3", 1500.0),
        ("author: 1.5e3", "1.5e3"),
        ("author: .inf", float("inf")),
        ("author: null", None),
        ("author: Null", None),
        ("author: ~", None),
        ("author:", None),
        ("author: 中央社記者#王小明", "中央社記者#王小明"),
        ("from: https://example.org/a?b=1#c", "https://example.org/a?b=1#c"),
        ("author: a, b [c] {d}", "a, b [c] {d}"),
        ('title: "a: b # c"', "a: b # c"),
        ('title: "拿山东饺子吁台湾\\"回家\\""', '拿山东饺子吁台湾"回家"'),
        ('title: "C:\\\\Windows"', "C:\\Windows"),
        ('title: ""', ""),
        ("title: 'It''s \\n'", "It's \\n"),
        ("tags: [ 法广 ]", ["法广"]),
        ("tags: [ 法广, 国际 ,BBC ]", ["法广", "国际", "BBC"]),
        ("tags: []", []),
        ("tags: [ 2020, yes, ~, Nei.st ]", [2020, True, None, "Nei.st"]),
    ],
)
def test_tricky_values_read_fast_as_pyyaml_reads_them(line: str, value: object) -> None:
    fast = read_fast(one_line(line))
    assert fast is not None, line
    assert repr(list(fast.values())[-1]) == repr(value)


@pytest.mark.parametrize(
    "line",
    [
        "title: a # comment",
        'title: "line\\nbreak"',
        'title: "unclosed',
        'title: "folded\n  on two lines"',
        "title: a\tb",
        "title: a\x85b",
        "title: a\u2028b",
        "title: \ufeffa",
        "title:  two spaces",
        "title: trailing ",
        "title:x",
        " title: x",
        "# a comment line",
        "author: &anchor a",
        "author: *alias",
        "author: !!str 1",
        "author: - a",
        "author: -1",
        "author: ? a",
        "author: |",
        "author: <<",
        "author: =",
        "author: a: b",
        "tags: [ '法广' ]",
        "tags: [ a, ]",
        "tags: [ a: b ]",
        "tags: { a: b }",
        "date: 2020-13-45",
        "date: 2020-02-30T00:00:00Z",
        "extra: 1",
        "layout: page",
    ],
)
def test_anything_less_plain_goes_to_pyyaml(line: str) -> None:
    assert read_fast(one_line(line)) is None, line


def test_empty_front_matter_goes_to_pyyaml() -> None:
    assert read_fast("\n\n") is None


def test_blank_lines_between_keys_are_read_fast() -> None:
    assert read_fast("\ntitle: a\n\ndate: 2020-07-25\n") is not None


SPECIAL_WORDS = st.sampled_from(
    [
        *("True", "yes", "No", "off", "ON", "y", "null", "Null", "~", ""),
        *("0", "010", "0b101", "0x1F", "1_000", "-1", "+1", "1.5", "1.5e3", "1.5e+3"),
        *(".inf", "-.Inf", ".NaN", "1:30", "190:20:30.15", "<<", "=", "post"),
        *("2020-07-25", "2020-07-25T03:22:39.000Z", "2020-07-25 11:22:39 +08:00"),
        *("2020-7-5 3:22:39", "2020-13-45", "2020-02-30T00:00:00Z", "2020-07-25t03:22:39.5-5"),
        *("(臺)中央社CNA", "RTI 中央廣播電臺", "https://example.org/a?b=1#c"),
    ]
)
AWKWARD_TEXT = st.text(
    alphabet=st.sampled_from(list("aZ19 .:#'\"[]{},&*!|>-?%@`~\\+_eETZ中\u3000\xa0")), max_size=8
)
"""Text made of what YAML reads specially, in characters the fast reading may accept."""
HOSTILE_TEXT = st.text(
    alphabet=st.sampled_from(list("a :\t\r\x85\u2028\u2029\ufeff\x7f\x00\ud800")), max_size=4
)
"""Tabs, YAML line breaks, a BOM, control characters: always left to PyYAML."""
WORD = SPECIAL_WORDS | AWKWARD_TEXT | AWKWARD_TEXT | HOSTILE_TEXT


@st.composite
def values(draw: st.DrawFn) -> str:
    word = draw(WORD)
    shape = draw(st.sampled_from(["plain", "double", "single", "list"]))
    if shape == "double":
        return '"' + word + '"'
    if shape == "single":
        return "'" + word + "'"
    if shape == "list":
        items = draw(st.lists(WORD, max_size=3))
        separator = draw(st.sampled_from([", ", ",", " , "]))
        return "[ " + separator.join(items) + " ]"
    return word


@st.composite
def front_matters(draw: st.DrawFn) -> str:
    keys = st.sampled_from([*sorted(front_matter.KNOWN_KEYS) * 3, "extra"])
    separators = st.sampled_from([": "] * 6 + [":", ":  ", ":\t"])
    lines = draw(
        st.lists(st.tuples(keys, separators, values()), min_size=1, max_size=4).map(
            lambda parts: [key + separator + value for key, separator, value in parts]
        )
    )
    return "\n" + "\n".join(lines) + "\n"


@settings(max_examples=600, deadline=None)
@given(front_matters())
def test_fast_reading_equals_pyyaml_on_generated_front_matter(text: str) -> None:
    read_fast(text)


@settings(max_examples=600, deadline=None)
@given(values())
def test_fast_reading_equals_pyyaml_on_generated_values(value: str) -> None:
    read_fast(one_line("author: " + value))


def test_corpus_front_matter_is_read_fast_as_pyyaml_reads_it() -> None:
    posts = sorted(corpus_dir("posts").rglob("*.md"))
    read = 0
    for path in posts:
        text = split_post(Path(path).read_text(encoding="utf-8")).front_matter
        fast = front_matter._mirror_mapping(text)
        if fast is not None:
            assert repr(fast) == repr(front_matter._load_yaml(text)), path
            read += 1
    assert read >= 0.99 * len(posts)
