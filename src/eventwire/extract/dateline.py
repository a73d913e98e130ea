"""Datelines opening a story ("ISLAMABAD:", "LONDON, Feb 26 -", "(Reuters) -") and wire credits."""

from __future__ import annotations

import re
from dataclasses import dataclass

_CAPS_PLACE = r"[A-Z][A-Z'.\-]+(?:\s+[A-Z][A-Z'.\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'.\-]+(?:\s+[A-Z][a-z'.\-]+){0,2}"
_REGION = r"(?:,\s*[A-Z][A-Za-z'.\-]+(?:\s+[A-Z][A-Za-z'.\-]+){0,2})?"
_DAY = r"(?:,\s*(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
_AGENCY = r"(?:\s*\((?P<agency>[A-Za-z][A-Za-z .&/-]{1,30})\))?"
_DASH = r"\s*(?::|[-\u2013\u2014]{1,2})\s+"
# Upper-case places stand alone ("ISLAMABAD:"); a title-case one needs a date or an agency so
# that an ordinary opening ("Officials said: ...") is not read as a dateline.
_DATELINE = re.compile(
    rf"^(?:(?P<caps>{_CAPS_PLACE}{_REGION}){_DAY}{_AGENCY}"
    rf"|(?P<title>{_TITLE_PLACE}{_REGION})(?=,\s*[A-Z][a-z]{{2,8}}\.?\s+\d|\s*\()"
    rf"{_DAY.replace('day', 'tday')}{_AGENCY.replace('agency', 'tagency')}"
    rf"|\((?P<lone>[A-Za-z][A-Za-z .&/-]{{1,30}})\)){_DASH}"
)
_CREDIT = re.compile(r"[\u2013\u2014-]{1,2}\s*(?P<agency>[A-Z][A-Za-z]{1,12})\s*$")
_KNOWN_AGENCIES = {
    "AFP", "AP", "APP", "DPA", "IANS", "IRNA", "PTI", "REUTERS", "UPI", "XINHUA", "ANADOLU",
    "TASS", "ANI", "BLOOMBERG", "NNI", "INP", "ONLINE", "WAM", "SPA",
}  # fmt: skip
_MAX_PLACE_WORDS = 6


@dataclass(frozen=True, slots=True)
class Dateline:
    place: str | None
    agency: str | None
    day: str | None  # "Feb 26": month and day only; resolving the year is the time stage's job
    length: int  # characters of the opening taken by the dateline


def parse_dateline(paragraph: str) -> Dateline | None:
    match = _DATELINE.match(paragraph)
    if not match:
        return None
    place = match["caps"] or match["title"]
    if place and len(place.split()) > _MAX_PLACE_WORDS:
        return None
    if place and match["caps"] and not _mostly_upper(place.split(",")[0]):
        return None
    agency = match["agency"] or match["tagency"] or match["lone"]
    return Dateline(
        place=place.strip() if place else None,
        agency=agency.strip() if agency else None,
        day=match["day"] or match["tday"],
        length=match.end(),
    )


def _mostly_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def wire_credit(paragraph: str) -> str | None:
    """A closing wire credit such as "... the statement said. — AFP"."""
    match = _CREDIT.search(paragraph)
    if match and match["agency"].upper() in _KNOWN_AGENCIES:
        return match["agency"]
    return None
