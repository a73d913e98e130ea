"""TIMEX3-style values: the record a resolved expression becomes, and calendar arithmetic."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# "PRESENT_REF" etc. are TIMEX3 values without a calendar position.
REFERENCE_VALUES = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@dataclass(slots=True)
class TimexValue:
    """One resolved temporal expression.

    `value` is TIMEX3-style (2019-11-19, 2019-04, 2019, 2019-W47, 2019-Q2, 2019-SU, 201X,
    PRESENT_REF, P3Y); `precision` is day/week/month/quarter/season/year/decade, `reference`
    for the *_REF values, or `duration` for lengths of time (P3Y); `start`/`end` are character
    offsets when found in a sentence.
    `comparison`: the value is a period the text compares with ("a year earlier"), so the
    expressions after it keep anchoring on the reference time before it.
    """

    value: str
    precision: str
    text: str
    start: int | None = None
    end: int | None = None
    comparison: bool = False

    @property
    def is_calendar(self) -> bool:
        """A position on the calendar (not a *_REF reference, not a duration such as P3Y)."""
        return self.precision not in ("reference", "duration")

    @property
    def can_anchor(self) -> bool:
        """Whether later relative expressions ("a day earlier") may anchor on this value."""
        return self.is_calendar and not self.comparison

    def first_day(self) -> date | None:
        """The first calendar day the value covers (None for references and odd shapes)."""
        return value_first_day(self.value)

    def to_dict(self) -> dict[str, object]:
        return {"value": self.value, "precision": self.precision, "text": self.text}


def day_value(day: date) -> str:
    return day.isoformat()


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def week_value(day: date) -> str:
    iso_year, iso_week, _ = day.isocalendar()
    return f"{iso_year:04d}-W{iso_week:02d}"


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_day_months(day: date, delta: int) -> date:
    year, month = shift_months(day.year, day.month, delta)
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def value_first_day(value: str) -> date | None:
    """Map a calendar TIMEX3 value back to the first day it covers, for anchoring."""
    try:
        if len(value) >= 10 and value[4] == "-" and value[7] == "-":
            return date.fromisoformat(value[:10])
        if len(value) == 7 and value[4] == "-" and value[5:].isdigit():
            return date(int(value[:4]), int(value[5:]), 1)
        if "-W" in value and value[:4].isdigit():
            week = int(value[6:8])
            return date.fromisocalendar(int(value[:4]), week, 1)
        if "-Q" in value and value[:4].isdigit():
            return date(int(value[:4]), (int(value[6]) - 1) * 3 + 1, 1)
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1)
    except ValueError:
        return None
    return None


def precision_of(value: str) -> str:
    """The precision a TIMEX3 value expresses (for values built by other tools)."""
    if value in REFERENCE_VALUES:
        return "reference"
    if value.startswith("P"):
        return "duration"
    if "-W" in value:
        return "week"
    if "-Q" in value:
        return "quarter"
    if value[-2:] in SEASONS.values():
        return "season"
    if len(value) >= 10:
        return "day"
    if len(value) == 7:
        return "month"
    if len(value) == 4 and value.isdigit():
        return "year"
    return "decade"


def step_back(day: date, days: int) -> date:
    return day - timedelta(days=days)
