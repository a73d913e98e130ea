"""Publication footers of scraped pages: "Published in Dawn, November 20th, 2019"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.dates import ParsedDate, parse_date

_FOOTER = re.compile(
    r"^(?:(?:first|originally)\s+published|published|posted"
    r"|(?:a\s+version\s+of\s+)?this\s+(?:article|story|report|piece|column|op-?ed|interview)"
    r"\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|ran))"
    r"\s+(?:in|on|by|at)\s+(?P<rest>.+?)[.\s]*$",
    re.I,
)
_SOURCE_DATE_SEPARATOR = re.compile(r",\s*|\s+on\s+", re.I)
_MAX_FOOTER_WORDS = 16


@dataclass(frozen=True, slots=True)
class Footer:
    source: str | None
    published: ParsedDate | None


def parse_footer(line: str) -> Footer | None:
    """The source and date a footer line names, or None when `line` is not a footer."""
    if len(line.split()) > _MAX_FOOTER_WORDS:
        return None
    match = _FOOTER.match(line.strip())
    if not match:
        return None
    rest = match["rest"].strip()
    whole = parse_date(rest, ("en",))
    if whole is not None:
        return Footer(None, whole)
    # The leftmost split whose right side is a date keeps the whole date ("May 5, 2018").
    for separator in _SOURCE_DATE_SEPARATOR.finditer(rest):
        when = parse_date(rest[separator.end() :], ("en",))
        if when is not None:
            return Footer(_clean_source(rest[: separator.start()]), when)
    # A source alone ("This article appeared in The Guardian") only counts when short.
    if len(rest.split()) <= 5 and rest[:1].isupper():
        return Footer(_clean_source(rest), None)
    return None


def _clean_source(text: str) -> str | None:
    text = re.sub(r"^(?:the\s+)?print\s+edition\s+of\s+", "", text.strip(), flags=re.I)
    return text.strip(" ,.;:") or None
