"""Extraction quality against the hand-checked labels, per site, beside other extractors.

    python benchmarks/quality.py [--shared ../shared] [--out docs]

Parses every labelled post of `SHARED/gold/labels` with newsparse and scores it
(measures in `newsparse.scoring`); in the same run scores the body text of
trafilatura, readability-lxml and newspaper4k (when installed: the `bench`
extra) on the same posts' HTML. Writes `OUT/quality.md` and `OUT/quality.json`,
prints a failure report for every post below a floor, and exits 1 when a floor
of `benchmarks/quality_floors.json` is not met.
"""

from __future__ import annotations

import argparse
import datetime as dt
import difflib
import json
import sys
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path

import newsparse
from newsparse import scoring
from newsparse.blocks import segment
from newsparse.html import parse_html
from newsparse.post import split_post
from newsparse.sites.profile import SiteProfile

HERE = Path(__file__).parent
FLOORS = HERE / "quality_floors.json"
MIRROR_LABELS = HERE / "mirror_labels"
"""Labels of `posts-mirror` posts made for this project (bodies as fingerprints)."""
PLAIN = SiteProfile(id="plain", name="no rules")
"""Cuts a peer's HTML output into one paragraph per block, deciding nothing else."""
BodyExtractor = Callable[[str, str, str], list[str]]
"""(article HTML, source URL, language `zh` or `en`) → paragraphs."""


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=HERE.parent.parent / "shared")
    parser.add_argument("--out", type=Path, default=HERE.parent / "docs")
    parser.add_argument("--no-peers", action="store_true", help="score newsparse only")
    return parser.parse_args(argv)


def html_paragraphs(html: str) -> list[str]:
    """Paragraphs of an HTML fragment, cut by newsparse's generic segmenter (one per block)."""
    tree = parse_html(html)
    if tree.body is None:
        return []
    return [block.text for block in segment(tree, tree.body, PLAIN) if block.role.is_text]


def trafilatura_body(html: str, url: str, language: str) -> list[str]:
    import trafilatura

    text = trafilatura.extract(html, url=url or None) or ""
    return [line for line in text.split("\n") if line.strip()]


def readability_body(html: str, url: str, language: str) -> list[str]:
    from readability import Document

    return html_paragraphs(Document(html).summary(html_partial=True))


def newspaper_body(html: str, url: str, language: str) -> list[str]:
    import newspaper

    article = newspaper.Article(url or "https://example.invalid/", language=language)
    article.download(input_html=html)
    article.parse()
    return [line for line in article.text.split("\n") if line.strip()]


PEERS: dict[str, tuple[str, BodyExtractor]] = {
    "trafilatura": ("trafilatura", trafilatura_body),
    "readability-lxml": ("readability-lxml", readability_body),
    "newspaper4k": ("newspaper4k", newspaper_body),
}


def available_peers() -> dict[str, BodyExtractor]:
    found = {}
    for name, (distribution, extractor) in PEERS.items():
        try:
            metadata.version(distribution)
        except metadata.PackageNotFoundError:
            continue
        found[name] = extractor
    return found


def score_peer(
    extractor: BodyExtractor, labelled: Sequence[scoring.LabelledPost]
) -> list[scoring.PostScore]:
    """A peer's body scores; labels with fingerprinted bodies are scored the same way."""
    scores = []
    for item in labelled:
        parts = split_post(item.post.read_text(encoding="utf-8"), str(item.post))
        ours = newsparse.parse_file(item.post)
        url = ours.front_matter.source_url or ""
        language = "en" if ours.language == "en" else "zh"
        try:
            paragraphs = extractor(parts.body, url, language)
        except Exception as error:  # noqa: BLE001 - a peer's crash scores 0, it must not stop the run
            print(f"  {item.name}: {type(error).__name__}: {error}", file=sys.stderr)
            paragraphs = []
        body = (
            scoring.score_body_fingerprint(paragraphs, item.label["body_fingerprint"])
            if "body_fingerprint" in item.label
            else scoring.score_body(paragraphs, item.label["body_paragraphs"])
        )
        scores.append(scoring.PostScore(item.site, item.name, body))
    return scores


def versions(peers: Sequence[str]) -> dict[str, str]:
    found = {"newsparse": newsparse.__version__}
    for name in peers:
        found[name] = metadata.version(PEERS[name][0])
    return found


def markdown_table(
    newsparse_summary: dict[str, dict[str, float]],
    peer_summaries: dict[str, dict[str, dict[str, float]]],
) -> str:
    peer_columns = [f"{peer} {short}" for peer in peer_summaries for short in ("tok", "par")]
    header = [
        "site",
        "body tok F1",
        "para F1",
        *[m.replace("_", " ") for m in scoring.FIELD_MEASURES],
        *peer_columns,
    ]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for site, values in newsparse_summary.items():
        row = [f"**{site}**" if site == "overall" else site]
        row += [f"{values[m]:.3f}" for m in scoring.MEASURES]
        for summary in peer_summaries.values():
            row += [f"{summary[site][m]:.3f}" for m in scoring.BODY_MEASURES]
        lines.append("| " + " | ".join(row) + " |")
    return "\n".join(lines)


def failure_report(
    labelled: Sequence[scoring.LabelledPost],
    scores: Sequence[scoring.PostScore],
    floors: dict[str, dict[str, float]],
) -> str:
    """For each post below a floor: the paragraph-level difference and each differing field."""
    thresholds = {**floors["per_site"], **floors["fields"]}
    sections = []
    for item, score in zip(labelled, scores, strict=True):
        low = {m: v for m, v in score.scores.items() if v < thresholds.get(m, 1.0)}
        if not low:
            continue
        article = newsparse.parse_file(item.post)
        lines = [f"### {item.site}/{item.name} ({item.label['file']})", ""]
        lines += [f"- {measure}: {value:.3f}" for measure, value in low.items()]
        if any(m in low for m in scoring.BODY_MEASURES) and "body_paragraphs" in item.label:
            lines += [
                "",
                "```diff",
                *paragraph_diff(
                    [p.text for p in article.paragraphs], item.label["body_paragraphs"]
                ),
                "```",
            ]
        lines += field_differences(item.label, article, low)
        sections.append("\n".join(lines))
    return "\n\n".join(sections) or "Every labelled post meets every floor."


def paragraph_diff(found: Sequence[str], expected: Sequence[str]) -> list[str]:
    """`-` missing, `+` extra, `~` changed (with the changed characters in [brackets])."""
    expected_norm = [scoring.collapse(p) for p in expected]
    found_norm = [scoring.collapse(p) for p in found]
    out = []
    matcher = difflib.SequenceMatcher(a=expected_norm, b=found_norm, autojunk=False)
    for op, a0, a1, b0, b1 in matcher.get_opcodes():
        if op == "equal":
            continue
        if op == "replace" and a1 - a0 == b1 - b0:
            out += [
                f"~ {mark_changes(a, b)}"
                for a, b in zip(expected_norm[a0:a1], found_norm[b0:b1], strict=True)
            ]
            continue
        out += [f"- {p}" for p in expected_norm[a0:a1]]
        out += [f"+ {p}" for p in found_norm[b0:b1]]
    return out


def mark_changes(expected: str, found: str) -> str:
    parts = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(
        a=expected, b=found, autojunk=False
    ).get_opcodes():
        if op == "equal":
            parts.append(expected[a0:a1])
        else:
            parts.append(f"[-{expected[a0:a1]}-][+{found[b0:b1]}+]")
    return "".join(parts)


def field_differences(label: dict, article: newsparse.Article, low: dict[str, float]) -> list[str]:  # type: ignore[type-arg]
    found = {
        "lead_image": article.lead_image.url if article.lead_image else None,
        "people": sorted(scoring.article_people(article)),
        "dateline": article.dateline.model_dump(include={"raw", "reporters", "location"})
        if article.dateline
        else None,
        "related": [link.url for link in article.related],
        "topics": [(t.name, [a.url for a in t.articles]) for t in article.topics],
    }
    expected = {
        "lead_image": (label.get("lead_image") or {}).get("url"),
        "people": sorted(scoring.label_people(label)),
        "dateline": label.get("dateline"),
        "related": label.get("related_urls", []),
        "topics": [(t["name"], t["urls"]) for t in label.get("topics") or []],
    }
    return [
        f"- {m}: expected `{expected[m]}`, found `{found[m]}`"
        for m in scoring.FIELD_MEASURES
        if m in low
    ]


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    labelled = scoring.load_labels(args.shared / "gold" / "labels", args.shared / "corpus")
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))
    scores = scoring.evaluate(labelled)
    summary = scoring.summarise(scores)
    generic_summary = scoring.summarise(scoring.evaluate(labelled, site="unknown"))
    mirror = scoring.load_labels(MIRROR_LABELS, args.shared / "corpus")
    mirror_summary = scoring.summarise(scoring.evaluate(mirror))
    mirror_generic = scoring.summarise(scoring.evaluate(mirror, site="unknown"))
    peers = {} if args.no_peers else available_peers()
    peer_summaries = {
        name: scoring.summarise(score_peer(extractor, labelled), scoring.BODY_MEASURES)
        for name, extractor in peers.items()
    }
    mirror_peers = {
        name: scoring.summarise(score_peer(extractor, mirror), scoring.BODY_MEASURES)
        for name, extractor in peers.items()
    }
    failures = scoring.floor_failures(summary, floors)
    failures += scoring.generic_floor_failures(generic_summary, peer_summaries, floors["generic"])
    tool_versions = versions(list(peers))
    today = dt.date.today().isoformat()
    args.out.mkdir(parents=True, exist_ok=True)
    (args.out / "quality.json").write_text(
        json.dumps(
            {
                "date": today,
                "versions": tool_versions,
                "posts": len(labelled),
                "newsparse": summary,
                "generic_layer": generic_summary,
                "mirror": {"newsparse": mirror_summary, "generic_layer": mirror_generic},
                "peers": peer_summaries,
                "mirror_peers": mirror_peers,
                "floors": floors,
                "failures": failures,
            },
            ensure_ascii=False,
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    report = failure_report(labelled, scores, floors)
    (args.out / "quality.md").write_text(
        QUALITY_PAGE.format(
            date=today,
            posts=len(labelled),
            versions=", ".join(f"{name} {version}" for name, version in tool_versions.items()),
            table=markdown_table(summary, peer_summaries),
            generic_table=markdown_table(generic_summary, peer_summaries),
            mirror_posts=len(mirror),
            mirror_table=markdown_table(mirror_summary, mirror_peers),
            mirror_generic_table=markdown_table(mirror_generic, mirror_peers),
            floors="\n".join(f"- {f}" for f in failures) or "All floors met.",
            report=report,
        ),
        encoding="utf-8",
    )
    print(markdown_table(summary, peer_summaries))
    print("\ngeneric layer alone:\n" + markdown_table(generic_summary, peer_summaries))
    print("\nposts-mirror:\n" + markdown_table(mirror_summary, mirror_peers))
    print("\n" + report)
    for failure in failures:
        print(f"FLOOR NOT MET: {failure}", file=sys.stderr)
    return 1 if failures else 0


QUALITY_PAGE = """# Extraction quality

Measured on {date} over the {posts} hand-checked labels of `../shared/gold/labels`
(two posts of every site, four in CNA's 2022 markup) with

    python benchmarks/quality.py

These labels were at hand while the site profiles were written (every rule was also
checked against all corpus and archive posts of its site), so expect lower figures on
labelled posts newsparse has not seen.

Tools scored: {versions}. Peers see the same post's article HTML and are scored on
the body only (they extract no other field); readability-lxml's HTML output is cut
into paragraphs by newsparse's generic block splitter; newspaper4k is given `language="zh"`
(its jieba tokenizer) for Chinese posts. A peer scoring 0.000 returned no text.

Measures (`newsparse.scoring`): **body tok F1** — bag-of-tokens F1, each CJK character
and each Latin word a token; **para F1** — F1 of the multisets of whitespace-collapsed
paragraphs; **lead image** — URL exact; **people** — set F1 of authors, editors and other
credits and dateline reporters; **dateline** — reporters and location exact; **related** —
set F1 of related URLs; **topics** — set F1 of (topic, URL) pairs. Each cell is the mean
over the site's labelled posts; *tok*/*par* columns are the peers' body measures.

{table}

## The generic layer alone

The same labels, each post read with its site's profile switched off
(`newsparse.parse(text, site="unknown")`): what a post from a site newsparse has
never seen gets. Peers as above.

{generic_table}

## The 2022–23 mirror

{mirror_posts} posts of `../shared/corpus/posts-mirror/` (Nikkei, NYT, BBC, CDT, DW,
Zaobao, Epoch Times, CNA, RFI), labelled for this project in the conventions of
`../shared/gold/README.md` and kept as `benchmarks/mirror_labels/` (bodies as
fingerprints, `benchmarks/fingerprint_labels.py`). These labels were made after the
rules were written. With profiles:

{mirror_table}

Generic layer alone:

{mirror_generic_table}

## Floors (`benchmarks/quality_floors.json`, checked in CI by `tests/test_quality_gate.py`)

{floors}

## Posts below a floor

{report}
"""


if __name__ == "__main__":
    raise SystemExit(main())
