"""Stable article ids: the same page ingested twice gets the same id."""

from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def normalise_body(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip().casefold()


def article_id(url: str | None, text: str) -> str:
    """A short hash of the URL (if any) and the whitespace/case-normalised body."""
    digest = hashlib.sha256()
    digest.update((url or "").strip().encode("utf-8"))
    digest.update(b"\x00")
    digest.update(normalise_body(text).encode("utf-8"))
    return "a" + digest.hexdigest()[:16]
