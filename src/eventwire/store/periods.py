"""Calendar buckets (day, ISO week, month) for event dates of any precision.

An event dated only to a month or year is bucketed at the period's first day: the
timeline keeps it instead of dropping it, and `date_precision` says how exact it is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")


@dataclass(frozen=True, slots=True)
class Buckets:
    day: str
    week: str  # the ISO week's Monday, YYYY-MM-DD
    month: str  # YYYY-MM


def first_day(value: str | None) -> date | None:
    """The first calendar day an ISO-like date string can mean, or None if unreadable."""
    if not value:
        return None
    text = value.strip()
    try:
        if match := _DAY.match(text):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _WEEK.match(text):
            return date.fromisocalendar(int(match[1]), int(match[2]), 1)
        if match := _QUARTER.match(text):
            return date(int(match[1]), 3 * (int(match[2]) - 1) + 1, 1)
        if match := _MONTH.match(text):
            return date(int(match[1]), int(match[2]), 1)
        if match := _YEAR.match(text):
            return date(int(match[1]), 1, 1)
    except ValueError:
        return None
    return None


def buckets(value: str | None) -> Buckets | None:
    day = first_day(value)
    if day is None:
        return None
    monday = day - timedelta(days=day.weekday())
    return Buckets(day.isoformat(), monday.isoformat(), day.strftime("%Y-%m"))
