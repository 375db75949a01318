"""Site profiles, and the choice of one for a post."""

from __future__ import annotations

from urllib.parse import urlsplit

from ..models import FrontMatter
from . import (
    bbc,
    bitterwinter,
    cctv,
    cdt,
    cna,
    dw,
    economist,
    epochtimes,
    ft,
    generic,
    neist,
    nikkei,
    nytimes,
    reuters,
    rfa,
    rfi,
    rti,
    solidot,
    voa,
    wqw,
    zaobao,
)
from .profile import SiteProfile

GENERIC = generic.LAYER
"""The generic layer: every profile is read over it, and a post from any other site with it alone."""

SITE_PROFILES: tuple[SiteProfile, ...] = (
    cna.PROFILE,
    reuters.PROFILE,
    epochtimes.PROFILE,
    voa.PROFILE,
    dw.PROFILE,
    bbc.PROFILE,
    rfi.PROFILE,
    zaobao.PROFILE,
    rti.PROFILE,
    rfa.PROFILE,
    nytimes.PROFILE,
    ft.PROFILE,
    cdt.PROFILE,
    bitterwinter.PROFILE,
    wqw.PROFILE,
    solidot.PROFILE,
    economist.PROFILE,
    neist.PROFILE,
    cctv.PROFILE,
    nikkei.PROFILE,
)
"""Each site's own knowledge, as written in its module."""

PROFILES: tuple[SiteProfile, ...] = tuple(profile.layered_on(GENERIC) for profile in SITE_PROFILES)
"""The profiles posts are read with: each site's rules over the generic layer."""


def detect(front_matter: FrontMatter) -> SiteProfile:
    """The profile whose tag names the post, else whose host serves its source URL."""
    labels = {*front_matter.tags, *front_matter.categories, front_matter.author or ""}
    for profile in PROFILES:
        if labels.intersection(profile.tags):
            return profile
    host = _host(front_matter.source_url)
    for profile in PROFILES:
        if host and any(host == known or host.endswith(f".{known}") for known in profile.hosts):
            return profile
    return GENERIC


def by_id(site_id: str) -> SiteProfile:
    """The profile with this id (`"unknown"`: the generic layer); `ValueError` for no such id."""
    for profile in (*PROFILES, GENERIC):
        if profile.id == site_id:
            return profile
    known = ", ".join(sorted(profile.id for profile in (*PROFILES, GENERIC)))
    raise ValueError(f"no site profile {site_id!r}; known: {known}")


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname
    except ValueError:  # a malformed `from` value: no host to match
        return None
