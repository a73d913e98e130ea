"""The publication date printed next to the headline ("By A. Writer | May 5, 2024").

Pages carry many dates (related stories, comments, copyright years, modified stamps); the one
shown with the headline is the story's own. htmldate is the fallback when there is none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from lxml import etree

from eventwire.extract.body_span import is_date_line
from eventwire.extract.dates import parse_date

_PUBLISHED_PREFIX = re.compile(
    r"^(?:(?:first |originally )?published|posted|date)\b[:\s]*(?:on\s+)?", re.I
)
_UPDATED = re.compile(r"^(?:last\s+)?(?:updated|modified|reviewed)\b", re.I)
_PARTS = re.compile(r"\s[|\u2022\u00b7]\s|\s[-\u2013\u2014]\s")
_PUBLISHED_INSIDE = re.compile(r"\b(?:published|posted)\b[:\s]*(?:on\s+)?", re.I)
_LINES_BEFORE, _LINES_AFTER = 3, 10
_MAX_WORDS = 12


def date_near_headline(root: etree._Element | None, page_lines: list[str]) -> str | None:
    """ISO day of the first day-precise date within a few lines of the page's <h1>."""
    if root is None:
        return None
    headline = next(
        (t for t in (" ".join(h.text_content().split()) for h in root.iter("h1")) if " " in t),
        None,
    )
    if headline is None:
        return None
    position = next((i for i, line in enumerate(page_lines) if line == headline), None)
    if position is None:
        return None
    window = [
        line for line in page_lines[max(0, position - _LINES_BEFORE) : position + _LINES_AFTER]
        if len(line.split()) <= _MAX_WORDS and not _UPDATED.match(line)
    ]  # fmt: skip
    # Lines that are a date come first; a date sharing its line with a byline
    # ("Jane Doe Published: May 5, 2024") only when no line is a date.
    for candidates in (_date_parts, _embedded_dates):
        for line in window:
            for part in candidates(line):
                if is_date_line(part):
                    found = parse_date(part, ("en",))
                    if found and found.precision == "day":
                        return found.iso[:10]
    return None


def _date_parts(line: str) -> Iterator[str]:
    core = _PUBLISHED_PREFIX.sub("", line)
    for part in (core, *_PARTS.split(core)):
        yield part.strip()


def _embedded_dates(line: str) -> Iterator[str]:
    keyword = _PUBLISHED_INSIDE.search(line)
    if keyword:
        yield line[keyword.end() :].strip()
