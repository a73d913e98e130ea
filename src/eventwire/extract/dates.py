"""Normalise publication dates to ISO 8601 with a precision."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from dateparser.date import DateDataParser

from eventwire.model import DatePrecision

_ISO = re.compile(
    r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?P<time>[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?\s*$"
)
_HAS_YEAR = re.compile(r"\b(1[89]\d{2}|20\d{2})\b")
_PERIODS: dict[str, DatePrecision] = {"day": "day", "time": "day", "week": "week",
                                      "month": "month", "year": "year"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class ParsedDate:
    iso: str
    precision: DatePrecision


def parse_date(value: str | None, languages: tuple[str, ...] | None = None) -> ParsedDate | None:
    """An ISO date (or datetime, when a time is given) from a date string in any common form.

    Strings without a year ("Feb 26") are rejected: guessing the year is the time stage's job.
    """
    if not value or not value.strip():
        return None
    value = value.strip()
    iso = _parse_iso(value)
    if iso is not None:
        return iso
    if not _HAS_YEAR.search(value):
        return None
    data = _parser(languages).get_date_data(value)
    if data is None or data.date_obj is None:
        return None
    precision = _PERIODS.get(data.period or "day", "day")
    found = data.date_obj
    if precision == "month":
        return ParsedDate(f"{found.year:04d}-{found.month:02d}", "month")
    if precision == "year":
        return ParsedDate(f"{found.year:04d}", "year")
    return ParsedDate(found.date().isoformat(), precision)


def _parse_iso(value: str) -> ParsedDate | None:
    match = _ISO.match(value)
    if not match:
        return None
    year, month, day = match["y"], match["m"], match["d"]
    try:
        if day:
            date(int(year), int(month), int(day))
            if match["time"]:
                stamp = value.replace(" ", "T", 1).replace("Z", "+00:00")
                return ParsedDate(datetime.fromisoformat(stamp).isoformat(), "day")
            return ParsedDate(f"{year}-{month}-{day}", "day")
        if month:
            date(int(year), int(month), 1)
            return ParsedDate(f"{year}-{month}", "month")
    except ValueError:
        return None
    return ParsedDate(year, "year")


@lru_cache(maxsize=8)
def _parser(languages: tuple[str, ...] | None) -> DateDataParser:
    return DateDataParser(
        languages=list(languages) if languages else None,
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False},
    )
