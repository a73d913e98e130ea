"""Byline lines ("By Jane Doe", "Jane Doe | Reuters") in scraped text."""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'\u2019\-]+(?:\s+(?:[A-Z][\w.'\u2019\-]+|de|da|van|von|bin|ibn|al|el|le))*"
_BYLINE = re.compile(
    rf"^(?i:by|written\s+by|reporting\s+by|words\s+by)\s*:?\s+(?P<names>{_NAME}"
    rf"(?:\s*(?:,|and|&)\s*{_NAME})*)(?P<rest>.*)$",
)
_MAX_BYLINE_WORDS = 14


def parse_byline(line: str) -> str | None:
    """The author names of a byline line, or None when the line is something else."""
    line = line.strip()
    if not line or len(line.split()) > _MAX_BYLINE_WORDS:
        return None
    match = _BYLINE.match(line)
    if not match:
        return None
    rest = match["rest"].strip()
    # "By the time ..." and other sentences run on; a byline ends or moves to a separator.
    if rest and not re.match(r"^(?:[|,\u2022\u00b7/\u2013\u2014-]|\(|in\s|for\s|on\s|$)", rest):
        return None
    names = match["names"].strip()
    if not names[:1].isupper():
        return None
    return names
