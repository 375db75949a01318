"""Images of the story, with responsive sources, caption and credit; the first is the lead."""

from __future__ import annotations

import re
from collections.abc import Iterator

from ..document import Document, Extracted
from ..html import Node, attr, first, text_of
from ..models import Image, ImageSource
from ..sites.generic import EMOJI_ALT, ICON_HINTS, MAX_ICON_SIZE
from ..sites.profile import Role, SiteProfile
from ..urls import through_proxy

SRCSET_ENTRY = re.compile(r"(?P<url>\S+)(?:\s+(?P<width>\d+)w)?(?:\s+[\d.]+x)?")
"""One `srcset` candidate: `https://…/1024/x.jpg 1024w`."""

SRCSET_SEPARATOR = re.compile(r",\s+")
"""Between candidates: `a.jpg 414w, b.jpg 1024w` (a URL itself may hold a bare comma)."""

SRC_ATTRIBUTES = ("src", "data-src", "data-original", "data-lazy-src")
SRCSET_ATTRIBUTES = ("srcset", "data-srcset")
PLACEHOLDER_PREFIXES = ("data:", "about:", "javascript:", "vbscript:")
"""`src` values that are placeholders or scripts, never an image's address."""


def extract(document: Document) -> Extracted:
    images = list(_story_images(document))
    return Extracted({"images": images, "lead_image": images[0] if images else None})


def _story_images(document: Document) -> Iterator[Image]:
    """Images in page order; a CAPTION block describes the image right before it."""
    seen: set[str] = set()
    last: Image | None = None
    for block in document.blocks:
        if block.role in (Role.FIGURE, Role.IMAGE):
            for image in _images_of(block.node, block.role, document.profile):
                if image.url not in seen:
                    seen.add(image.url)
                    last = image
                    yield image
        elif block.role is Role.CAPTION and last is not None and last.caption is None:
            caption, credit = split_credit(block.text, document.profile)
            last.caption, last.credit = caption, credit or last.credit
        elif block.role is Role.EMBED or block.role.is_text:
            last = None


def _images_of(node: Node, role: Role, profile: SiteProfile) -> Iterator[Image]:
    elements = [node] if node.tag == "img" else node.css("img")
    caption = _caption(node, profile) if role is Role.FIGURE else None
    cite = _cite(node) if role is Role.FIGURE else None
    for index, element in enumerate(elements):
        first_one = index == 0
        image = _image(
            element, profile, caption if first_one else None, cite if first_one else None
        )
        if image is not None:
            yield image


def _image(
    element: Node, profile: SiteProfile, caption: str | None, cite: str | None = None
) -> Image | None:
    url = _src(element)
    if url is None or not is_story_image(element):
        return None
    if url.startswith("//"):  # protocol-relative: the feed's page was served over https
        url = f"https:{url}"
    alt = attr(element, "alt")
    caption, credit = _caption_and_credit(
        caption or (alt if profile.caption_from_alt else None), cite, profile
    )
    return Image(
        url=url,
        original_url=through_proxy(url),
        sources=_sources(element),
        alt=alt,
        caption=caption,
        credit=credit,
    )


def _src(element: Node) -> str | None:
    for name in SRC_ATTRIBUTES:
        value = attr(element, name)
        if value and not value.startswith(PLACEHOLDER_PREFIXES):
            return value
    return None


def is_story_image(element: Node) -> bool:
    """Not a tracking pixel, inline emoji, icon or avatar (`img.wp-smiley`,
    `style="height: 1em"`, `width="64"`, `…/icon-zoom.png`)."""
    if any(_declared_size(element, name) <= MAX_ICON_SIZE for name in ("width", "height")):
        return False
    style = (attr(element, "style") or "").replace(" ", "").lower()
    described = f"{attr(element, 'src') or ''} {attr(element, 'class') or ''}".lower()
    if "height:1em" in style or EMOJI_ALT.match(attr(element, "alt") or ""):
        return False
    return not any(hint in described for hint in ICON_HINTS)


def _declared_size(element: Node, name: str) -> float:
    """The image's `width` or `height` attribute in pixels; infinity when absent or relative."""
    value = (attr(element, name) or "").removesuffix("px")
    return float(value) if value.isdigit() else float("inf")


def _caption(figure: Node, profile: SiteProfile) -> str | None:
    selectors = [selector for selector in (profile.caption_selector, "figcaption") if selector]
    for selector in selectors:
        found = first(figure, selector)
        if found is not None:
            return text_of(found) or None
    return text_of(figure) or None


def _caption_and_credit(
    caption: str | None, cite: str | None, profile: SiteProfile
) -> tuple[str | None, str | None]:
    """The credit the markup names (`<cite>`), else one the profile's patterns split off."""
    if cite and caption:
        return caption.replace(cite, "").strip() or None, cite
    return split_credit(caption, profile)


def _cite(figure: Node) -> str | None:
    """`<figcaption>…<cite>Thomas Peter/Reuters</cite></figcaption>`: the credit, marked up."""
    found = first(figure, "figcaption cite")
    return (text_of(found) or None) if found is not None else None


def split_credit(caption: str | None, profile: SiteProfile) -> tuple[str | None, str | None]:
    """(caption, credit): trailing credits such as `（XX提供）` split off the caption.

    Credits may stack (`（XX提供）中央社記者Y傳真 109年9月20日`): all are taken,
    joined with a space, in the order written.
    """
    credits: list[str] = []
    while caption:
        match = next((m for p in profile.credit_patterns if (m := p.search(caption))), None)
        if match is None or match.end() == match.start():
            break
        credits.insert(0, match.group("credit").strip())
        caption = (caption[: match.start()] + caption[match.end() :]).strip() or None
    return caption, " ".join(credits) or None


def _sources(element: Node) -> list[ImageSource]:
    """`<source>` siblings in a `<picture>` and the image's own srcset, one per URL."""
    by_url: dict[str, ImageSource] = {}
    picture = element.parent
    candidates = []
    if picture is not None and picture.tag == "picture":
        candidates = [(source, attr(source, "media")) for source in picture.css("source")]
    candidates.append((element, None))
    for holder, media in candidates:
        for url, width in _srcset(holder):
            known = by_url.get(url)
            if known is None:
                by_url[url] = ImageSource(url=url, width=width, media=media)
            else:
                known.width = known.width or width
                known.media = known.media or media
    return list(by_url.values())


def _srcset(holder: Node) -> Iterator[tuple[str, int | None]]:
    for name in SRCSET_ATTRIBUTES:
        value = attr(holder, name)
        if not value:
            continue
        for entry in SRCSET_SEPARATOR.split(value):
            match = SRCSET_ENTRY.fullmatch(entry.strip())
            if match:
                width = match.group("width")
                yield match.group("url"), int(width) if width else None
        return
