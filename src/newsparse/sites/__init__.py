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

PROFILES: tuple[SiteProfile, ...] = (
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
)
GENERIC = generic.PROFILE


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
    for profile in (*PROFILES, GENERIC):
        if profile.id == site_id:
            return profile
    raise KeyError(site_id)


def _host(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return urlsplit(url.strip()).hostname
    except ValueError:  # a malformed `from` value: no host to match
        return None
