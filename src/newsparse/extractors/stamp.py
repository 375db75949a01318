"""The `<!--EPOCH_MS-->` stamp: the feed item's publication time."""

from __future__ import annotations

import datetime as dt

from ..document import Document, Extracted
from ..errors import WarningCode

EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def extract(document: Document) -> Extracted:
    stamp = document.parts.stamp
    if stamp is None:
        return Extracted({"published_at": None}, (WarningCode.STAMP_MISSING.warn("no stamp"),))
    value = stamp.strip()
    if value.lower() == "nan":
        return Extracted({"published_at": None}, (WarningCode.STAMP_NAN.warn("stamp is NaN"),))
    try:
        published_at = EPOCH + dt.timedelta(milliseconds=int(value))
    except (ValueError, OverflowError):
        warning = WarningCode.STAMP_INVALID.warn(f"stamp {value[:40]!r} is not epoch milliseconds")
        return Extracted({"published_at": None}, (warning,))
    return Extracted({"published_at": published_at})
