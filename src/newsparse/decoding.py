"""Bytes to text: UTF-8 (BOM or not), a few corrupt bytes tolerated, GB18030 and Big5 recognised.

A post file is UTF-8 as the mirror writes it. A handful of invalid sequences
(a damaged download) are replaced and reported; a file that is not UTF-8 at all
is tried as GB18030 and Big5, and taken in the one whose text reads as Chinese.
Anything else raises `EncodingError` rather than giving mojibake.
"""

from __future__ import annotations

from .errors import EncodingError, NotAPostError, WarningCode

LEGACY_ENCODINGS = ("gb18030", "big5")

MAX_REPLACED_SHARE = 0.01
"""UTF-8 with more than 1% undecodable characters is not damaged UTF-8, but another encoding."""

COMMON_HAN = frozenset(
    "的一是在不了有和人中大上个国我以要他时来们生到作地于出就分对成会可主发年动同工也能下过子说产"
    "種面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使"
    "點從業本去把性好應開它合還因由其些然前外天政四日那社義事平形相全表間樣與關各重新線內數正心反你明看"
    "原又麼利比或但質氣第向道命此變條只沒結解問意建月公無系軍很情者最立代想已通並提直題黨程展五果料象員"
    "這個們來時說為國會對經與後發點問學頭見長區東車門書無專業話記實體現產動當從還過進運邊華亞際機聯議員總統選舉據導報"
)
"""Frequent characters of news text, in both scripts: what a correct decoding is full of."""

MIN_COMMON_SHARE = 0.15
"""Of the CJK characters in a decoding, at least this share must be common ones."""


def decode_post(data: bytes, path: str | None = None) -> tuple[str, tuple[str, ...]]:
    """The text of a post file and warnings about how it was decoded."""
    if _looks_binary(data):
        raise NotAPostError("binary data, not a text post", path=path)
    try:
        return data.decode("utf-8-sig"), ()
    except UnicodeDecodeError:
        pass
    replaced = data.decode("utf-8-sig", errors="replace")
    share = replaced.count("\ufffd") / max(len(replaced), 1)
    if share <= MAX_REPLACED_SHARE:
        return replaced, (WarningCode.DECODE_REPLACED.warn("invalid UTF-8 bytes were replaced"),)
    legacy = _legacy_decoding(data)
    if legacy is None:
        raise EncodingError("not UTF-8, GB18030 or Big5 text", path=path)
    encoding, text = legacy
    return text, (WarningCode.DECODE_LEGACY.warn(f"decoded as {encoding}"),)


def _looks_binary(data: bytes) -> bool:
    head = data[:4096]
    return head.count(b"\x00") > len(head) // 100 + 1


def _legacy_decoding(data: bytes) -> tuple[str, str] | None:
    best: tuple[float, str, str] | None = None
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = common_han_share(text)
        if score >= MIN_COMMON_SHARE and (best is None or score > best[0]):
            best = (score, encoding, text)
    return (best[1], best[2]) if best else None


def common_han_share(text: str) -> float:
    han = [char for char in text if "\u4e00" <= char <= "\u9fff"]
    if not han:
        return 0.0
    return sum(char in COMMON_HAN for char in han) / len(han)
