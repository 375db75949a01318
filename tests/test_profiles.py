"""Site profiles: the shortcuts they take are sound, and every profile is reachable."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CORPUS, FIXTURES
from newsparse import sites
from newsparse.extractors import front_matter
from newsparse.html import parse_html
from newsparse.post import split_post
from newsparse.sites.profile import (
    SourceText,
    anchored_at_start,
    any_of,
    split_selector,
    top_level_alternatives,
)

POSTS = sorted(FIXTURES.rglob("*.md")) + sorted(CORPUS.glob("posts*/*/*.md"))


def readable(post: Path) -> tuple[str, sites.SiteProfile] | None:
    try:
        parts = split_post(post.read_text(encoding="utf-8", errors="replace").replace("\r", ""))
        matter, _ = front_matter.extract(parts.front_matter)
    except Exception:  # noqa: BLE001 - posts that do not parse are covered elsewhere
        return None
    return parts.body, sites.detect(matter)


def test_skipped_block_rules_could_not_have_matched() -> None:
    """`may_match` may only skip a rule whose selector selects nothing."""
    unsound = set()
    for post in POSTS:
        found = readable(post)
        if found is None:
            continue
        body, profile = found
        tree, source = parse_html(body), SourceText.of(body)
        for rule in profile.block_rules:
            if not rule.may_match(source) and tree.css(rule.selector):
                unsound.add((profile.id, rule.name, post.name))
    assert not unsound


def test_line_screen_passes_every_line_a_rule_matches_and_few_others() -> None:
    """The screen never hides a line from its rules; needles let through some lines no rule
    then matches (a line holding `编辑` need not hold an editor line), but few."""
    for profile in (*sites.PROFILES, sites.GENERIC):
        screen = profile.line_screen
        assert screen is not None or not profile.text_rules
        passed_in_vain = lines = 0
        for post in POSTS[:400]:
            for line in post.read_text(encoding="utf-8", errors="replace").splitlines()[:40]:
                some = any(rule.pattern.search(line) for rule in profile.text_rules)
                passed = screen is not None and screen.may_match(line)
                assert passed or not some, (profile.id, line[:60])
                passed_in_vain += passed and not some
                lines += 1
        assert passed_in_vain <= lines * 0.2, profile.id


def test_anchored_rules_are_told_from_floating_ones() -> None:
    import re

    assert anchored_at_start(re.compile(r"^获取更多RSS|^https?://feedx\.\w+/?$"))
    assert not anchored_at_start(re.compile(r"(?:^|\s)(?P<names>x)責任編輯"))
    assert not anchored_at_start(re.compile(r"^Array$|\s*[（(]完[)）]$"))
    assert not anchored_at_start(re.compile(r"^a", re.MULTILINE))


def test_top_level_alternatives_skip_groups_classes_and_escapes() -> None:
    assert top_level_alternatives(r"^a|^(b|c)|[|]d|\|e|[]|]f") == [
        "^a",
        "^(b|c)",
        "[|]d",
        r"\|e",
        "[]|]f",
    ]


def test_any_of_keeps_flags_and_renames_groups() -> None:
    import re

    joined = any_of([re.compile(r"(?P<a>x)(?P=a)"), re.compile(r"(?P<a>Y)", re.IGNORECASE)])
    assert joined is not None
    assert joined.search("xx")
    assert joined.search("y")
    assert not joined.search("xz")


def test_split_selector_leaves_commas_inside_parentheses() -> None:
    assert split_selector("a, :is(b, c) > d,e") == ["a", ":is(b, c) > d", "e"]


@pytest.mark.parametrize("profile", sites.PROFILES, ids=lambda p: p.id)
def test_every_profile_is_found_by_its_tag_and_host(profile: sites.SiteProfile) -> None:
    from newsparse.models import FrontMatter

    assert sites.detect(FrontMatter(title="t", tags=[profile.tags[0]])) is profile
    assert (
        sites.detect(FrontMatter(title="t", source_url=f"https://{profile.hosts[0]}/a")) is profile
    )
    assert sites.detect(FrontMatter(title="t", tags=["未知網站"])).id == "unknown"


def test_the_screen_finds_overlapping_needles() -> None:
    import re

    from newsparse.sites.profile import LineScreen, Role, TextRule

    first = TextRule("first", re.compile("ab"), Role.DROPPED, needles=("ab",))
    second = TextRule("second", re.compile("bc"), Role.DROPPED, needles=("bc",))
    assert [rule.name for rule in LineScreen((first, second)).candidates("xabcx")] == [
        "first",
        "second",
    ]
    assert LineScreen((first, second)).candidates("xacx") == ()
