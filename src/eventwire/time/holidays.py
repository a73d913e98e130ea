"""Named days news dates events by ("on Thanksgiving Day", "since Christmas"): the day each
falls on in a given year."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, timedelta


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> date:
    """The nth (1-based; -1 = last) `weekday` (Monday = 0) of the month."""
    if nth < 0:
        last = date(year, month, calendar.monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1)
    return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def easter_sunday(year: int) -> date:
    """Western Easter (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    weekday_fix = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * weekday_fix) // 433
    month = (h + weekday_fix - 7 * m + 90) // 25
    return date(year, month, (h + weekday_fix - 7 * m + 33 * month + 19) % 32)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _election_day(year: int) -> date:
    # US federal elections: the Tuesday after the first Monday of November.
    return _nth_weekday(year, 11, 0, 1) + timedelta(days=1)


HOLIDAYS: dict[str, Callable[[int], date]] = {
    "christmas": _fixed(12, 25),
    "christmas day": _fixed(12, 25),
    "christmas eve": _fixed(12, 24),
    "boxing day": _fixed(12, 26),
    "new year's day": _fixed(1, 1),
    "new year's eve": _fixed(12, 31),
    "valentine's day": _fixed(2, 14),
    "st. patrick's day": _fixed(3, 17),
    "st patrick's day": _fixed(3, 17),
    "may day": _fixed(5, 1),
    "independence day": _fixed(7, 4),
    "the fourth of july": _fixed(7, 4),
    "bastille day": _fixed(7, 14),
    "halloween": _fixed(10, 31),
    "all saints' day": _fixed(11, 1),
    "veterans day": _fixed(11, 11),
    "armistice day": _fixed(11, 11),
    "remembrance day": _fixed(11, 11),
    "thanksgiving": lambda year: _nth_weekday(year, 11, 3, 4),
    "thanksgiving day": lambda year: _nth_weekday(year, 11, 3, 4),
    "labor day": lambda year: _nth_weekday(year, 9, 0, 1),
    "memorial day": lambda year: _nth_weekday(year, 5, 0, -1),
    "martin luther king day": lambda year: _nth_weekday(year, 1, 0, 3),
    "election day": _election_day,
    "easter": easter_sunday,
    "easter sunday": easter_sunday,
    "easter monday": lambda year: easter_sunday(year) + timedelta(days=1),
    "good friday": lambda year: easter_sunday(year) - timedelta(days=2),
}


def holiday_date(name: str, year: int) -> date | None:
    """The day `name` falls on in `year`; None for a name that is no known holiday."""
    rule = HOLIDAYS.get(" ".join(name.lower().replace("\u2019", "'").split()))
    return rule(year) if rule else None
