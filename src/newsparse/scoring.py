"""Score an extraction against a hand-checked label.

The measures follow the labels' README: body token F1 (each CJK character and
each Latin word a token), exact-paragraph F1 (multisets of whitespace-collapsed
paragraphs), lead-image URL, people (authors, editors and other credits,
dateline reporters, as one set), dateline (reporters and location), related
URLs and topics (name, URL) pairs. Each measure is a number from 0 to 1.
"""

from __future__ import annotations

import hashlib
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


def digest(text: str) -> str:
    """A short, stable fingerprint of a paragraph or token."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()


def fingerprint(paragraphs: Sequence[str]) -> dict[str, Any]:
    """A label's body as fingerprints: each collapsed paragraph's digest and the count of each
    token's digest. Enough to score both body measures exactly, without keeping the text."""
    return {
        "paragraphs": [digest(text) for p in paragraphs if (text := collapse(p))],
        "tokens": dict(Counter(digest(token) for token in tokens(" ".join(paragraphs)))),
    }


def score_body_fingerprint(found: Sequence[str], expected: Mapping[str, Any]) -> dict[str, float]:
    """The two body measures against a fingerprinted label (see `fingerprint`)."""
    found_print = fingerprint(found)
    expected_tokens = Counter({key: int(count) for key, count in expected["tokens"].items()})
    return {
        "body_token_f1": f1(Counter(found_print["tokens"]).elements(), expected_tokens.elements()),
        "paragraph_f1": f1(found_print["paragraphs"], expected["paragraphs"]),
    }


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
    found_paragraphs = [p.text for p in article.paragraphs]
    body = (
        score_body_fingerprint(found_paragraphs, label["body_fingerprint"])
        if "body_fingerprint" in label
        else score_body(found_paragraphs, label["body_paragraphs"])
    )
    return {
        **body,
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


def evaluate(labelled: Sequence[LabelledPost], site: str | None = None) -> list[PostScore]:
    """newsparse's scores on each labelled post; `site="unknown"` reads every post with the
    generic layer alone (each site's profile switched off)."""
    return [
        PostScore(item.site, item.name, score_article(item.label, parse_file(item.post, site=site)))
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


def generic_floor_failures(
    summary: Mapping[str, Mapping[str, float]],
    peers: Mapping[str, Mapping[str, Mapping[str, float]]],
    floors: Mapping[str, Any],
) -> list[str]:
    """The generic layer's floors: `overall` body minimums, `fields` minimums, and, for each
    site and each peer named in `not_behind`, body token F1 no lower than that peer's."""
    failures = [
        f"generic layer: {failure}"
        for failure in floor_failures(
            summary, {"overall": floors["overall"], "per_site": {}, "fields": floors["fields"]}
        )
    ]
    for peer in floors.get("not_behind", ()):
        for site, values in summary.items():
            theirs = peers.get(peer, {}).get(site, {}).get("body_token_f1")
            if theirs is not None and values["body_token_f1"] < theirs:
                failures.append(
                    f"generic layer: {site} body_token_f1 {values['body_token_f1']:.3f} "
                    f"behind {peer} {theirs:.3f}"
                )
    return failures
