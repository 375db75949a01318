"""Coverage report: per site, how many posts parse and how often each field is found.

    python -m newsparse.coverage DIR        (or: newsparse coverage DIR)

prints a Markdown table: posts, failures, posts with warnings, and the share of
posts where each field was found.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

from .batch import Failure, Result, parse_many
from .models import Article

FIELDS: dict[str, Callable[[Article], bool]] = {
    "headline": lambda a: a.headline is not None,
    "paragraphs": lambda a: bool(a.paragraphs),
    "lead image": lambda a: a.lead_image is not None,
    "caption": lambda a: any(image.caption for image in a.images),
    "dateline": lambda a: a.dateline is not None,
    "authors": lambda a: bool(a.authors),
    "credits/editor": lambda a: bool(a.credits) or a.editor is not None,
    "related": lambda a: bool(a.related),
    "topics": lambda a: bool(a.topics),
}


@dataclass
class SiteCoverage:
    posts: int = 0
    failures: int = 0
    with_warnings: int = 0
    found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(FIELDS, 0))

    def add(self, result: Result) -> None:
        self.posts += 1
        if isinstance(result, Failure):
            self.failures += 1
            return
        self.with_warnings += bool(result.warnings)
        for name, present in FIELDS.items():
            self.found[name] += present(result)


def measure(results: Iterable[Result]) -> dict[str, SiteCoverage]:
    """Coverage per site id (failures count under `failed`, their site being unknown)."""
    sites: dict[str, SiteCoverage] = {}
    for result in results:
        site = "failed" if isinstance(result, Failure) else result.site
        sites.setdefault(site, SiteCoverage()).add(result)
    return dict(sorted(sites.items()))


def markdown(sites: dict[str, SiteCoverage]) -> str:
    header = ["site", "posts", "failures", "with warnings", *FIELDS]
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    total = SiteCoverage()
    for name, site in sites.items():
        lines.append(_row(name, site))
        total.posts += site.posts
        total.failures += site.failures
        total.with_warnings += site.with_warnings
        for key in FIELDS:
            total.found[key] += site.found[key]
    lines.append(_row("**all**", total))
    return "\n".join(lines)


def _row(name: str, site: SiteCoverage) -> str:
    parsed = max(site.posts - site.failures, 1)
    shares = [f"{site.found[key] / parsed:.0%}" for key in FIELDS]
    return (
        "| "
        + " | ".join([name, str(site.posts), str(site.failures), str(site.with_warnings), *shares])
        + " |"
    )


def report(paths: Sequence[str]) -> int:
    """Print the coverage table of the posts at `paths`; 1 when any failed to parse."""
    sites = measure(parse_many(paths, workers=1))
    print(markdown(sites))
    return 1 if any(site.failures for site in sites.values()) else 0


def main(argv: Sequence[str] | None = None) -> int:
    """`python -m newsparse.coverage PATH…`: the same as `newsparse coverage PATH…`."""
    from .cli import main as command

    return command(["coverage", *(sys.argv[1:] if argv is None else argv)])


if __name__ == "__main__":
    raise SystemExit(main())
