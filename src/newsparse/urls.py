"""Links as the body writes them, made absolute; image proxies seen through."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urljoin, urlsplit

IMAGE_PROXY_HOSTS = frozenset({"images.weserv.nl", "wsrv.nl"})
"""Proxies that carry the real image address in their `url` query parameter."""

URL_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
"""`https://` at the start of `https://imgcdn.cna.com.tw/…`."""


DOUBLED_PREFIX = re.compile(r"^https?://[^/]*?(?P<inner>(?:https?://|mailto:).+)$")
"""`https://www.economist.comhttps://www.economist.com/x`: a feed that prefixed an absolute link."""


def absolute(url: str, base: str | None) -> str:
    """`url` resolved against `base` (the article's own address) when it is relative."""
    url = url.strip()
    doubled = DOUBLED_PREFIX.match(url)
    if doubled:
        url = doubled.group("inner")
    if url.startswith("//"):
        return f"https:{url}"
    if base and not URL_SCHEME.match(url):
        try:
            return urljoin(base, url)
        except ValueError:  # a malformed base or link: keep the link as written
            return url
    return url


def through_proxy(url: str) -> str:
    """The target of an image proxy such as `images.weserv.nl/?url=…`, else `url` itself.

    weserv writes targets without a scheme, `ssl:` marking an https one.
    """
    lowered = url.lower()
    if not any(host in lowered for host in IMAGE_PROXY_HOSTS):  # most images: no need to split
        return url
    try:
        parts = urlsplit(url if URL_SCHEME.match(url) or url.startswith("//") else f"//{url}")
        host = parts.hostname
    except ValueError:  # not a URL urllib can read: certainly not a proxy's
        return url
    if host not in IMAGE_PROXY_HOSTS:
        return url
    targets = parse_qs(parts.query).get("url")
    if not targets:
        return url
    target = targets[0].strip()
    if target.startswith("ssl:"):
        return f"https://{target[4:].lstrip('/')}"
    if URL_SCHEME.match(target):
        return target
    return f"http://{target.lstrip('/')}"
