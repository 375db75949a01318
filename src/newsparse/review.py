"""A self-contained static HTML page showing what was extracted from each post, and why.

No scripts, no external assets: CSS is inline, every piece of post text is
escaped, only http(s) URLs become links or images, and links carry
`rel="noopener noreferrer"`. It reads well with JavaScript off and at phone width.
"""

from __future__ import annotations

import html
import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

from .batch import Failure
from .coverage import FIELDS
from .explain import Block, Explanation
from .models import Article

MISSING_FIELDS: dict[str, Callable[[Article], bool]] = {
    name.replace(" ", "_").replace("/", "_"): test for name, test in FIELDS.items()
}
"""`--missing FIELD` names: headline, paragraphs, lead_image, caption, dateline, authors, …"""

STYLE = """
body{font-family:system-ui,-apple-system,"Noto Sans CJK SC","PingFang TC",sans-serif;margin:0;padding:1rem;
 line-height:1.55;color:#1d1d1f;background:#fafafa;max-width:60rem;margin-inline:auto}
h1{font-size:1.4rem}h2{font-size:1.15rem;margin:.2rem 0}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
section.post{background:#fff;border:1px solid #ddd;border-radius:6px;padding:.8rem;margin:1rem 0}
.meta{color:#555;font-size:.85rem;overflow-wrap:anywhere}
ol.blocks{padding-left:1.4rem}
ol.blocks li{margin:.35rem 0}
.kind{display:inline-block;font-size:.72rem;border-radius:3px;padding:0 .3rem;margin-right:.4rem;background:#e3edf9;color:#13407a}
li.dropped{color:#999}li.dropped .kind{background:#eee;color:#777}
li.dropped .text{text-decoration:line-through;text-decoration-color:#ccc}
img{max-width:100%;height:auto;background:#eee}
.warn{color:#9a4b00}
.scroll{overflow-x:auto}
"""


@dataclass(frozen=True)
class Selection:
    """Which posts the page shows."""

    site: str | None = None
    sample: int | None = None
    seed: int = 0
    only_warnings: bool = False
    missing: str | None = None

    def keep(self, article: Article) -> bool:
        if self.site and article.site != self.site:
            return False
        if self.only_warnings and not article.warnings:
            return False
        return not (self.missing and MISSING_FIELDS[self.missing](article))

    def sample_paths(self, paths: Sequence[str]) -> list[str]:
        if self.sample is None or self.sample >= len(paths):
            return list(paths)
        return sorted(random.Random(self.seed).sample(list(paths), self.sample))


def render(explanations: Iterable[Explanation], failures: Sequence[Failure] = ()) -> str:
    """The whole page."""
    shown = list(explanations)
    parts = [
        "<!DOCTYPE html>",
        '<html lang="zh"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src http: https:; style-src 'unsafe-inline'\">",
        "<title>newsparse review</title>",
        f"<style>{STYLE}</style></head><body>",
        f"<h1>newsparse review: {len(shown)} posts</h1>",
        _summary(shown, failures),
        *(_post(index, explanation) for index, explanation in enumerate(shown, 1)),
        "</body></html>",
    ]
    return "\n".join(parts)


def _summary(shown: Sequence[Explanation], failures: Sequence[Failure]) -> str:
    by_site: dict[str, list[Article]] = {}
    for explanation in shown:
        by_site.setdefault(explanation.article.site, []).append(explanation.article)
    header = "".join(f"<th>{_e(name)}</th>" for name in ["site", "posts", *FIELDS])
    rows = []
    for site, articles in sorted(by_site.items()):
        shares = "".join(
            f"<td>{sum(test(a) for a in articles) / len(articles):.0%}</td>"
            for test in FIELDS.values()
        )
        rows.append(f"<tr><td>{_e(site)}</td><td>{len(articles)}</td>{shares}</tr>")
    failed = ""
    if failures:
        items = "".join(f"<li>{_e(f.path)}: {_e(f.error)} — {_e(f.message)}</li>" for f in failures)
        failed = f"<h2>Failures ({len(failures)})</h2><ul>{items}</ul>"
    table = f'<div class="scroll"><table><tr>{header}</tr>{"".join(rows)}</table></div>'
    return f"<h2>Share of posts where each field was found</h2>{table}{failed}"


def _post(index: int, explanation: Explanation) -> str:
    article = explanation.article
    matter = article.front_matter
    source = _link(matter.source_url, matter.source_url or "") if matter.source_url else ""
    return (
        f'<section class="post" id="post-{index}">'
        f"<h2>{index}. {_e(matter.title)}</h2>"
        f'<p class="meta">{_e(article.site)} · {_e(article.path or "")} · {source}</p>'
        f'<div class="scroll">{_fields(article)}</div>'
        f'<ol class="blocks">{"".join(_block(block) for block in explanation.blocks)}</ol>'
        "</section>"
    )


def _fields(article: Article) -> str:
    image = article.lead_image
    rows = {
        "date": article.front_matter.date.isoformat() if article.front_matter.date else "",
        "published": article.published_at.isoformat() if article.published_at else "",
        "headline": _e(article.headline.text) if article.headline else "",
        "dateline": _e(article.dateline.raw) if article.dateline else "",
        "authors": _e(
            ", ".join(p.name + (f" ({p.title})" if p.title else "") for p in article.authors)
        ),
        "editors": _e("; ".join(f"{c.role}: {'/'.join(c.names)}" for c in article.credits)),
        "lead image": _image(image.url, image.alt or image.caption or "")
        + _e(" ".join(x for x in (image.caption, image.credit) if x))
        if image
        else "",
        "related": "<br>".join(_link(link.url, link.title) for link in article.related),
        "topics": "<br>".join(
            _e(topic.name) + ": " + ", ".join(_link(a.url, a.title) for a in topic.articles)
            for topic in article.topics
        ),
        "language": _e(article.language) + (" · truncated" if article.truncated else ""),
        "warnings": f'<span class="warn">{_e("; ".join(article.warnings))}</span>'
        if article.warnings
        else "",
    }
    cells = "".join(f"<tr><th>{_e(name)}</th><td>{value}</td></tr>" for name, value in rows.items())
    return f"<table>{cells}</table>"


def _block(block: Block) -> str:
    label = (
        block.decision.value
        if block.kept
        else f"dropped: {block.reason.value if block.reason else '—'}"
    )
    rule = f" · {block.rule}" if block.rule else ""
    css = "kept" if block.kept else "dropped"
    return (
        f'<li class="{css}"><span class="kind">{_e(label + rule)}</span>'
        f'<span class="text">{_e(block.text) or "<i>(no text)</i>"}</span>'
        f' <span class="meta">{_e(block.path)}</span></li>'
    )


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def safe_url(url: str | None) -> str | None:
    """`url` when it is an http(s) URL, else `None`: nothing else becomes a link or image."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in {"http", "https"} else None


def _link(url: str | None, text: str) -> str:
    target = safe_url(url)
    if target is None:
        return _e(text)
    return f'<a href="{_e(target)}" rel="noopener noreferrer">{_e(text)}</a>'


def _image(url: str | None, alt: str) -> str:
    source = safe_url(url)
    if source is None:
        return ""
    return f'<img loading="lazy" src="{_e(source)}" alt="{_e(alt)}"><br>'
