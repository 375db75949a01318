"""Score an extraction against a hand-checked label.

The measures follow the labels' README: body token F1 (each CJK character and
each Latin word a token), exact-paragraph F1 (multisets of whitespace-collapsed
paragraphs), lead-image URL, people (authors, editors and other credits,
dateline reporters, as one set), dateline (reporters and location), related
URLs and topics (name, URL) pairs. Each measure is a number from 0 to 1.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .api import parse_file
from .html import collapse
from .models import Article

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
TOKEN = re.compile(rf"[{CJK}]|(?:(?![{CJK}])[^\W_])+")
"""One CJK character, or one run of letters and digits (a Latin word)."""

BODY_MEASURES = ("body_token_f1", "paragraph_f1")
FIELD_MEASURES = ("lead_image", "people", "dateline", "related", "topics")
MEASURES = BODY_MEASURES + FIELD_MEASURES


def tokens(text: str) -> list[str]:
    """`Biden說 hello` → ['biden', '說', 'hello']: CJK characters and lower-cased words."""
    return [token.lower() for token in TOKEN.findall(text)]


def f1(found: Iterable[Hashable], expected: Iterable[Hashable]) -> float:
    """F1 of two multisets; 1.0 when both are empty."""
    found_counts, expected_counts = Counter(found), Counter(expected)
    if not found_counts and not expected_counts:
        return 1.0
    overlap = sum((found_counts & expected_counts).values())
    if overlap == 0:
        return 0.0
    precision = overlap / sum(found_counts.values())
    recall = overlap / sum(expected_counts.values())
    return 2 * precision * recall / (precision + recall)


def body_token_f1(found: Sequence[str], expected: Sequence[str]) -> float:
    return f1(tokens(" ".join(found)), tokens(" ".join(expected)))


def paragraph_f1(found: Sequence[str], expected: Sequence[str]) -> float:
    return f1(
        (text for p in found if (text := collapse(p))),
        (text for p in expected if (text := collapse(p))),
    )


def exact(found: object, expected: object) -> float:
    return 1.0 if found == expected else 0.0


def label_people(label: Mapping[str, Any]) -> set[str]:
    dateline = label.get("dateline") or {}
    return {*label.get("authors", []), *label.get("editors", []), *dateline.get("reporters", [])}


def article_people(article: Article) -> set[str]:
    people = {person.name for person in article.authors}
    people.update(name for credit in article.credits for name in credit.names)
    if article.dateline:
        people.update(article.dateline.reporters)
    return people


def _dateline_key(
    reporters: Iterable[str], location: str | None
) -> tuple[frozenset[str], str | None]:
    return frozenset(reporters), location


def score_article(label: Mapping[str, Any], article: Article) -> dict[str, float]:
    """Every measure for one labelled post."""
    label_dateline = label.get("dateline")
    expected_dateline = (
        _dateline_key(label_dateline.get("reporters", []), label_dateline.get("location"))
        if label_dateline
        else None
    )
    found_dateline = (
        _dateline_key(article.dateline.reporters, article.dateline.location)
        if article.dateline
        else None
    )
    label_image = label.get("lead_image") or {}
    return {
        **score_body([p.text for p in article.paragraphs], label["body_paragraphs"]),
        "lead_image": exact(
            article.lead_image.url if article.lead_image else None, label_image.get("url")
        ),
        "people": f1(article_people(article), label_people(label)),
        "dateline": exact(found_dateline, expected_dateline),
        "related": f1({link.url for link in article.related}, set(label.get("related_urls", []))),
        "topics": f1(
            {(topic.name, link.url) for topic in article.topics for link in topic.articles},
            {(topic["name"], url) for topic in label.get("topics") or [] for url in topic["urls"]},
        ),
    }


def score_body(found: Sequence[str], expected: Sequence[str]) -> dict[str, float]:
    """The two body measures, for newsparse or any other extractor's paragraphs."""
    return {
        "body_token_f1": body_token_f1(found, expected),
        "paragraph_f1": paragraph_f1(found, expected),
    }


def mean(values: Iterable[float]) -> float:
    listed = list(values)
    return sum(listed) / len(listed) if listed else 0.0


@dataclass(frozen=True)
class LabelledPost:
    """One label of the gold set, with where its post lies."""

    site: str
    name: str
    post: Path
    label: Mapping[str, Any]


@dataclass(frozen=True)
class PostScore:
    site: str
    name: str
    scores: Mapping[str, float]


def load_labels(labels_dir: Path, corpus_dir: Path) -> list[LabelledPost]:
    """Every `labels/SITE/NAME.json`, sorted, each pointing at its post under `corpus_dir`."""
    labelled = []
    for path in sorted(labels_dir.glob("*/*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        labelled.append(LabelledPost(label["site"], path.stem, corpus_dir / label["file"], label))
    return labelled


def evaluate(labelled: Sequence[LabelledPost]) -> list[PostScore]:
    """newsparse's scores on each labelled post."""
    return [
        PostScore(item.site, item.name, score_article(item.label, parse_file(item.post)))
        for item in labelled
    ]


def summarise(
    scores: Sequence[PostScore], measures: Sequence[str] = MEASURES
) -> dict[str, dict[str, float]]:
    """Mean of each measure per site, and over all posts under `overall`."""
    by_site: dict[str, list[PostScore]] = {}
    for score in scores:
        by_site.setdefault(score.site, []).append(score)
    summary = {
        site: {m: mean(s.scores[m] for s in items) for m in measures}
        for site, items in sorted(by_site.items())
    }
    summary["overall"] = {m: mean(s.scores[m] for s in scores) for m in measures}
    return summary


def floor_failures(
    summary: Mapping[str, Mapping[str, float]], floors: Mapping[str, Any]
) -> list[str]:
    """Each floor not met, as a sentence; empty when every floor holds.

    `floors` holds `overall` and `per_site` minimums for the body measures and
    `fields` minimums for the field measures (taken over all posts).
    """
    failures = []
    overall = summary["overall"]
    for measure, floor in floors["overall"].items():
        if overall[measure] < floor:
            failures.append(f"overall {measure} {overall[measure]:.3f} < {floor}")
    for site, values in summary.items():
        if site == "overall":
            continue
        for measure, floor in floors["per_site"].items():
            if values[measure] < floor:
                failures.append(f"{site} {measure} {values[measure]:.3f} < {floor}")
    for measure, floor in floors["fields"].items():
        if overall[measure] < floor:
            failures.append(f"field {measure} {overall[measure]:.3f} < {floor}")
    return failures
