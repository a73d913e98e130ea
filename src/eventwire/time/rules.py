"""Rules for the expressions dateparser gets wrong: relative, underspecified and calendar units.

Each rule is a named regex plus a handler that turns the match into a TIMEX3 value and a
precision, given the document creation time (DCT), whether the clause speaks of the future,
and the anchor (the date the text has just established) for expressions like "a day earlier".
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.time.holidays import HOLIDAYS, holiday_date
from eventwire.time.lexicon import (
    DAY_ORDINAL_RE,
    DECADE_WORDS,
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_RE,
    SEASON_START_MONTH,
    SPELLED_YEAR_RE,
    WEEKDAY_RE,
    alternation,
    day_ordinal_value,
    month_number,
    number_value,
    ordinal_value,
    spelled_year,
    weekday_number,
)
from eventwire.time.tense import Tense
from eventwire.time.values import (
    SEASONS,
    TimexValue,
    day_value,
    month_value,
    quarter_of,
    shift_months,
    week_value,
)

Resolved = tuple[str, str]


@dataclass(slots=True)
class Context:
    """What an expression resolves against: the DCT, the direction its clause reads in
    (None when the clause shows no tense), and the reference date the text has established."""

    dct: date
    tense: Tense | None = None
    anchor: TimexValue | None = None
    # The expression bounds an extent ("by February", "until May", "through January"): a
    # deadline may lie on either side of the DCT whatever the verb's tense.
    boundary: bool = False

    @property
    def future(self) -> bool:
        return self.tense == "future"

    @property
    def past(self) -> bool:
        return self.tense == "past"

    @property
    def anchor_day(self) -> date:
        """The anchor's first day, or the DCT when the text has established none."""
        if self.anchor is not None:
            day = self.anchor.first_day()
            if day is not None:
                return day
        return self.dct


@dataclass(slots=True)
class Rule:
    """`comparison`: the rule values a period the text compares with ("a year earlier"), which
    does not become the reference time for the expressions after it."""

    name: str
    pattern: re.Pattern[str]
    handle: Callable[[re.Match[str], Context], Resolved | None]
    comparison: bool = False


RULES: list[Rule] = []


def rule(name: str, pattern: str, comparison: bool = False) -> Callable:
    def register(handler: Callable[[re.Match[str], Context], Resolved | None]) -> Callable:
        RULES.append(Rule(name, re.compile(pattern, re.IGNORECASE), handler, comparison))
        return handler

    return register


RELATIVE_YEAR = r"(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+same)\s+year"
# Longest names first: the finder takes the first alternative that matches ("weekend").
UNIT = r"(?P<unit>weekend|fortnight|quarter|decade|month|week|year|day)s?"
TOD_RE = r"(?:\s+(?P<tod>morning|afternoon|evening|night))?"
YEAR_RE = rf"(?:1[5-9]\d\d|20\d\d|'\d\d|{SPELLED_YEAR_RE})"
# A day of the month: "20", "20th", or a spelled ordinal ("March eighth").
DAY_RE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?|{DAY_ORDINAL_RE})"
# Words that place a weekday written before a date ("this coming Sunday, March eighth").
WEEKDAY_PREFIX = (
    rf"(?:(?:(?:this\s+coming|this\s+past|last|next|this|coming)\s+)?(?:{WEEKDAY_RE}),?\s+)?"
)
CLOSE_ENOUGH_DAYS = 14


def _two_digit_year(text: str, dct: date) -> int:
    short = int(text)
    century = dct.year // 100 * 100
    year = century + short
    return year - 100 if year > dct.year + 10 else year


def _year_number(text: str, dct: date) -> int:
    """A written year: "1998", "'98" or "nineteen ninety-eight"."""
    if text[0] == "'":
        return _two_digit_year(text[1:], dct)
    if text.isdigit():
        return int(text)
    return spelled_year(text)


def _day_number(text: str) -> int:
    digits = re.sub(r"\D", "", text)
    return int(digits) if digits else day_ordinal_value(text)


def _year_from_relative(word: str, ctx: Context) -> int:
    word = " ".join(word.lower().split())
    anchored = word in ("the previous", "the following", "the same")
    base = ctx.anchor_day.year if anchored else ctx.dct.year
    return base + {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}.get(
        word, 0
    )


def _nearest_month(month: int, ctx: Context) -> int:
    """Year of a month named without one, seen from the DCT: the coming one in a future
    clause, else the latest one not after the DCT."""
    dct = ctx.dct
    if month == dct.month:
        return dct.year
    if ctx.boundary and not ctx.future:
        # The nearer of the two, the past one on a tie ("pay down the loan by February").
        coming = dct.year if month > dct.month else dct.year + 1
        latest = dct.year if month < dct.month else dct.year - 1
        return coming if (month - dct.month) % 12 < 6 else latest
    if ctx.future:
        return dct.year if month > dct.month else dct.year + 1
    return dct.year if month < dct.month else dct.year - 1


def _nearest_day(month: int, day: int, ctx: Context) -> date | None:
    """A day-month without a year: the coming one in a future clause; else the latest one
    unless the coming one is much closer (news reports what happened, and announces what is
    near; a past verb often reports the announcement of a coming date, so it decides nothing).
    """
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    return _pick_around_dct(candidates, ctx)


def _pick_around_dct(candidates: list[date], ctx: Context) -> date | None:
    dct = ctx.dct
    before = max((c for c in candidates if c <= dct), default=None)
    after = min((c for c in candidates if c >= dct), default=None)
    if before is None or after is None:
        return before or after
    back, ahead = (dct - before).days, (after - dct).days
    if ctx.future:
        return before if back <= CLOSE_ENOUGH_DAYS < ahead else after
    return after if 2 * ahead < back else before


# --- references and the DCT's own day ---------------------------------------------------------

PERIODS = r"(?:days|weeks|months|quarters|years|decades)"


@rule("present", r"now|right\s+now|currently|presently|at\s+present|nowadays|these\s+days|"
      r"the\s+present(?:\s+time)?|present|current|at\s+the\s+moment|for\s+the\s+moment|"
      r"the\s+time\s+being|ongoing|so\s+far|to\s+date|as\s+yet|"
      r"this\s+(?:\w+\s+)?(?:moment|juncture|point\s+in\s+time)|the\s+moment")
def _present(m: re.Match[str], ctx: Context) -> Resolved:
    return "PRESENT_REF", "reference"


@rule("past", r"(?:the\s+(?:last|past)\s+)?(?:a\s+)?(?:few|several|many|some)\s+"
      rf"{PERIODS}(?:\s+(?:ago|earlier|back))?|recent\s+{PERIODS}(?:\s+and\s+{PERIODS})?|"
      r"(?:the\s+)?past|recently|lately|previously|formerly|once|earlier|before|recent|former|"
      r"(?:the\s+)?old\s+days|historically|(?:at\s+)?the\s+time")
def _past(m: re.Match[str], ctx: Context) -> Resolved:
    return "PAST_REF", "reference"


@rule("future", rf"future\s+{PERIODS}|(?:the\s+)?(?:near\s+|distant\s+)?future|"
      r"(?:the\s+)?(?:short|long|medium)(?:\s+|-)term|(?:the\s+)?near\s+term|eventually|"
      rf"(?:the\s+)?coming\s+{PERIODS}|later|someday|(?:very\s+)?soon|as\s+soon\s+as\s+possible|"
      r"in\s+(?:the\s+)?(?:days|weeks|months|years)\s+(?:ahead|to\s+come)")
def _future(m: re.Match[str], ctx: Context) -> Resolved:
    return "FUTURE_REF", "reference"


@rule("today", r"today|this\s+(?P<tod>morning|afternoon|evening)|tonight|(?:the\s+)?same\s+day")
def _today(m: re.Match[str], ctx: Context) -> Resolved:
    day = ctx.anchor_day if "same" in m.group(0).lower() else ctx.dct
    return day_value(day), "day"


@rule("yesterday", r"(?P<word>yesterday|tomorrow|last\s+night)" + TOD_RE)
def _yesterday(m: re.Match[str], ctx: Context) -> Resolved:
    word = m.group("word").lower()
    day = ctx.dct + timedelta(days=1 if word == "tomorrow" else -1)
    return day_value(day), "day"


@rule("day-before-yesterday", r"the\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)")
def _two_days(m: re.Match[str], ctx: Context) -> Resolved:
    delta = -2 if m.group("dir").lower().startswith("before") else 2
    return day_value(ctx.dct + timedelta(days=delta)), "day"


@rule("consecutive-day", r"(?:a|the|its|their)\s+(?:\w+|\d+(?:st|nd|rd|th))\s+"
      r"(?:consecutive|straight|successive)\s+(?:trading\s+)?(?:day|session)")
def _consecutive_day(m: re.Match[str], ctx: Context) -> Resolved:
    # "fell for a third straight day": a streak reported as of the reporting day.
    return day_value(ctx.dct), "day"


# --- weekdays -------------------------------------------------------------------------------


@rule("anchored-weekday", rf"the\s+(?P<rel>previous|preceding|prior|following|next)\s+"
      rf"(?P<day>{WEEKDAY_RE})")
def _anchored_weekday(m: re.Match[str], ctx: Context) -> Resolved:
    anchor = ctx.anchor
    base = ctx.anchor_day if anchor is not None and anchor.precision == "day" else ctx.dct
    target = weekday_number(m.group("day"))
    if m.group("rel").lower() in ("following", "next"):
        return day_value(base + timedelta(days=(target - base.weekday()) % 7 or 7)), "day"
    return day_value(base - timedelta(days=(base.weekday() - target) % 7 or 7)), "day"


@rule("weekday", r"(?:(?P<rel>last|next|this|this\s+coming|coming|this\s+past|past)\s+)?"
      rf"(?P<day>{WEEKDAY_RE})(?:'s)?" + TOD_RE)
def _weekday(m: re.Match[str], ctx: Context) -> Resolved:
    target = weekday_number(m.group("day"))
    rel = " ".join((m.group("rel") or "").lower().split())
    base = ctx.dct
    back = (base.weekday() - target) % 7
    ahead = (target - base.weekday()) % 7
    if rel in ("next", "coming", "this coming"):
        day = base + timedelta(days=ahead or 7)
    elif rel in ("last", "past", "this past"):
        day = base - timedelta(days=back or 7)
    elif ctx.future:
        day = base + timedelta(days=ahead)
    elif ctx.boundary and ahead < back:
        day = base + timedelta(days=ahead)  # "until 9 a.m. Tuesday", written on a Monday
    else:
        day = base - timedelta(days=back)
    return day_value(day), "day"


CLOCK_RE = (
    r"(?P<hour>1[0-2]|0?[1-9])(?:[:.](?P<minute>[0-5]\d))?\s*(?P<half>a\.?m\.?|p\.?m\.?)"
    r"|(?P<noon>noon|midday|midnight)"
)
CLOCK_DAY_RE = (
    rf"(?:{WEEKDAY_RE}|today|tomorrow|yesterday|"
    rf"(?:{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*,?\s+\d{{4}})?)"
)
ZONE_RE = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC|local\s+time))?"


@rule("clock-day", rf"(?:(?:{CLOCK_RE}){ZONE_RE}\s+(?:on\s+)?(?P<day>{CLOCK_DAY_RE})"
      rf"|(?P<day2>{CLOCK_DAY_RE})\s*,?\s+at\s+(?:{CLOCK_RE.replace('P<', 'P<b_')}){ZONE_RE})")
def _clock_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    # TIMEX3 writes a clock time on a named day as the day plus "THH:MM"; the day alone is
    # what dates an event, so the precision stays "day".
    day_text = m.group("day") or m.group("day2")
    prefix = "" if m.group("day") else "b_"
    resolved = apply_rules(day_text, ctx)
    if resolved is None or resolved[1][1] != "day":
        return None
    if m.group(f"{prefix}noon"):
        hour, minute = (0 if m.group(f"{prefix}noon").lower() == "midnight" else 12), 0
    else:
        hour = int(m.group(f"{prefix}hour")) % 12
        hour += 12 if m.group(f"{prefix}half").lower().startswith("p") else 0
        minute = int(m.group(f"{prefix}minute") or 0)
    return f"{resolved[1][0]}T{hour:02d}:{minute:02d}", "day"


# --- comparisons with a year before: "a year earlier", "the year-ago quarter" ----------------

YEAR_BACK = r"(?:(?:a|one)\s+)?year(?:-|\s+)(?P<dir>earlier|ago|before|previous|prior)"


@rule("year-comparison", r"(?:the\s+)?(?:(?:comparable|corresponding|same|equivalent)\s+)?"
      rf"{YEAR_BACK}(?:\s+(?P<unit>quarter|period|month|time|level))?", comparison=True)
def _year_comparison(m: re.Match[str], ctx: Context) -> Resolved:
    unit = (m.group("unit") or "").lower()
    anchor = ctx.anchor
    precision = anchor.precision if anchor is not None else None
    if unit in ("period", "time", "level") and precision in ("quarter", "month", "day"):
        return _year_before(ctx.anchor_day, precision)  # type: ignore[arg-type]
    if unit in ("quarter", "period") or precision == "quarter":
        if precision not in ("quarter", "month", "day"):
            return _year_before(_last_closed_quarter(ctx.dct), "quarter")
        return _year_before(ctx.anchor_day, "quarter")
    if unit == "month":
        return _year_before(ctx.anchor_day, "month")
    ago = m.group("dir").lower() == "ago"
    if precision == "day" and not ago:
        return _year_before(ctx.anchor_day, "day")
    return f"{(ctx.dct if ago else ctx.anchor_day).year - 1:04d}", "year"


@rule("same-period-last-year", r"the\s+same\s+(?P<unit>period|time|quarter|month|week)\s+"
      r"(?:of\s+)?(?:last\s+year|the\s+previous\s+year|the\s+prior\s+year|a\s+year\s+"
      r"(?:earlier|ago|before))", comparison=True)
def _same_period_last_year(m: re.Match[str], ctx: Context) -> Resolved:
    unit = m.group("unit").lower()
    anchor = ctx.anchor
    precision = unit if unit in ("quarter", "month", "week") else None
    if precision is None and anchor is not None and anchor.precision in ("quarter", "month"):
        precision = anchor.precision
    if precision is None:
        return _year_before(_last_closed_quarter(ctx.dct), "quarter")
    return _year_before(ctx.anchor_day, precision)


def _year_before(day: date, precision: str) -> Resolved:
    if precision == "quarter":
        return f"{day.year - 1:04d}-Q{quarter_of(day.month)}", "quarter"
    if precision == "month":
        return month_value(day.year - 1, day.month), "month"
    if precision == "week":
        return week_value(day - timedelta(weeks=52)), "week"
    if precision == "day":
        leap_day = (day.month, day.day) == (2, 29)
        return day_value(date(day.year - 1, day.month, 28 if leap_day else day.day)), "day"
    return f"{day.year - 1:04d}", "year"


def _last_closed_quarter(dct: date) -> date:
    year, month = shift_months(dct.year, dct.month, -3)
    return date(year, month, 1)


# --- counted offsets: "two years ago", "a day earlier" ---------------------------------------


@rule("offset", rf"(?P<num>{NUMBER_RE})\s+(?:more\s+)?{UNIT}"
      r"(?:\s+or\s+so)?\s*(?P<dir>ago|back|earlier|later|before|after|afterwards|previously|"
      rf"from\s+now|hence|prior|on(?!\s+(?:{WEEKDAY_RE}|{MONTH_RE}|\d)))")
def _offset(m: re.Match[str], ctx: Context) -> Resolved | None:
    count = number_value(m.group("num"))
    direction = " ".join(m.group("dir").lower().split())
    sign = 1 if direction in ("later", "after", "afterwards", "from now", "hence", "on") else -1
    from_dct = direction in ("ago", "back", "from now", "hence")
    base = ctx.dct if from_dct else ctx.anchor_day
    anchor = None if from_dct else ctx.anchor
    unit = m.group("unit").lower()
    # TimeML values "two weeks ago" as the day it names, not the week around it.
    if unit in ("week", "fortnight") and (anchor is None or anchor.precision == "day"):
        days = 7 * count * (2 if unit == "fortnight" else 1)
        return day_value(base + timedelta(days=sign * days)), "day"
    return _shift(base, unit, sign * count, anchor)


def _shift(base: date, unit: str, amount: int, anchor: TimexValue | None) -> Resolved | None:
    # "two years earlier" than "the third quarter" is a quarter, not a year (TimeML anchoring).
    if anchor is not None and unit == "year" and anchor.precision in ("quarter", "month"):
        if anchor.precision == "quarter":
            return f"{base.year + amount:04d}-Q{quarter_of(base.month)}", "quarter"
        return month_value(base.year + amount, base.month), "month"
    if unit == "day":
        return day_value(base + timedelta(days=amount)), "day"
    if unit in ("week", "fortnight"):
        weeks = amount * (2 if unit == "fortnight" else 1)
        return week_value(base + timedelta(weeks=weeks)), "week"
    if unit == "weekend":
        return week_value(base + timedelta(weeks=amount)) + "-WE", "week"
    if unit == "month":
        year, month = shift_months(base.year, base.month, amount)
        return month_value(year, month), "month"
    if unit == "quarter":
        year, month = shift_months(base.year, base.month, 3 * amount)
        return f"{year:04d}-Q{quarter_of(month)}", "quarter"
    if unit == "year":
        return f"{base.year + amount:04d}", "year"
    if unit == "decade":
        return f"{(base.year + 10 * amount) // 10:03d}X", "decade"
    return None


@rule("anchored-unit", r"(?P<rel>the\s+previous|the\s+preceding|the\s+prior|the\s+next|"
      r"the\s+following|the\s+same|that|the\s+subsequent)\s+" + UNIT)
def _anchored_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    anchor = ctx.anchor
    sign = {"the next": 1, "the following": 1, "the subsequent": 1, "the same": 0, "that": 0}
    step = sign.get(rel, -1)
    if unit == "quarter" and anchor is not None and anchor.precision == "quarter":
        year, month = shift_months(ctx.anchor_day.year, ctx.anchor_day.month, 3 * step)
        return f"{year:04d}-Q{quarter_of(month)}", "quarter"
    return _shift(ctx.anchor_day, unit, step, None)


@rule("day-before", r"the\s+day\s+(?P<dir>before|after)|the\s+(?P<eve>eve)\b")
def _day_before(m: re.Match[str], ctx: Context) -> Resolved:
    delta = 1 if (m.group("dir") or "").lower() == "after" else -1
    return day_value(ctx.anchor_day + timedelta(days=delta)), "day"


@rule("nth-day-of", rf"the\s+(?P<ord>{ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))\s+day\s+of\s+"
      r"(?:his|her|their|its|the|our|this|that)\s+(?:\w+\s+)?(?:visit|trip|tour|talks|summit|"
      r"conference|meeting|stay|journey|session|offensive|operation|strike|protest)s?")
def _nth_day_of(m: re.Match[str], ctx: Context) -> Resolved | None:
    if ctx.anchor is None or ctx.anchor.precision != "day":
        return None
    word = m.group("ord").lower()
    nth = int(re.sub(r"\D", "", word)) if word[0].isdigit() else ordinal_value(word)
    return day_value(ctx.anchor_day + timedelta(days=nth - 1)), "day"


@rule("nth-day", rf"(?:the\s+)?(?P<ord>{DAY_ORDINAL_RE}|\d{{1,2}}(?:st|nd|rd|th))\s+day")
def _nth_day(m: re.Match[str], ctx: Context) -> Resolved | None:
    # "It's the second day of an offensive", "today is the eighth day of the blockade": the
    # count runs up to the reporting day, like a streak. A coming one ("on his first day in
    # office") has no known start.
    if ctx.future:
        return None
    return day_value(ctx.dct), "day"


# --- this/last/next unit ----------------------------------------------------------------------


@rule("deictic-unit", r"(?P<rel>this|last|next|the\s+current|the\s+coming|the\s+latest|"
      r"the\s+most\s+recent|the\s+past|this\s+past|the\s+last)\s+" + UNIT)
def _deictic_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit").lower()
    if rel in ("the past", "the last", "the coming") and unit != "weekend":
        return None  # "the past year" is a duration ending now, not a calendar year
    step = {"this": 0, "the current": 0, "next": 1, "the coming": 1}.get(rel, -1)
    if unit in ("week", "weekend") and rel in ("the latest", "the most recent"):
        step = 0
    # On a Sunday, "last week" is the working week that has just ended: ISO weeks end on
    # Sunday, so it is the DCT's own ISO week.
    if unit == "week" and rel == "last" and ctx.dct.weekday() == 6:
        step = 0
    return _shift(ctx.dct, unit, step, None)


DURATION_UNITS = {
    "day": "D", "week": "W", "fortnight": "W", "month": "M", "quarter": "Q", "year": "Y",
    "decade": "Y",
}  # fmt: skip


@rule("duration", r"(?:(?:the\s+)?(?:past|last|next|coming|previous|following|first)\s+|"
      r"(?:in\s+)?(?:over|more\s+than|less\s+than|nearly|almost|about|some)\s+)?"
      rf"(?P<num>{NUMBER_RE})\s+(?:full\s+)?(?P<unit>fortnight|quarter|decade|month|week|year|"
      r"day)s?|(?P<single>single|one)-(?P<sunit>day|week|month|year)")
def _duration(m: re.Match[str], ctx: Context) -> Resolved:
    # "the past nine days", "in five years", "a single-day decline": a length of time, not a
    # calendar position, so it never dates an event (TIMEX3 DURATION values).
    if m.group("single"):
        return f"P1{DURATION_UNITS[m.group('sunit').lower()]}", "duration"
    count = number_value(m.group("num"))
    unit = m.group("unit").lower()
    count *= {"fortnight": 2, "decade": 10}.get(unit, 1)
    return f"P{count}{DURATION_UNITS[unit]}", "duration"


@rule("the-weekend", r"the\s+weekend")
def _the_weekend(m: re.Match[str], ctx: Context) -> Resolved:
    # The weekend just past, seen from the DCT; the coming one in a future clause written
    # late in the week.
    saturday = ctx.dct + timedelta(days=(5 - ctx.dct.weekday()) % 7)
    coming_is_nearer = ctx.dct.weekday() >= 2
    if saturday > ctx.dct + timedelta(days=1) and not (ctx.future and coming_is_nearer):
        saturday -= timedelta(weeks=1)
    return week_value(saturday) + "-WE", "week"


@rule("the-unit", r"the\s+(?:(?P<whole>entire|whole|full)\s+)?(?P<unit>week|month|year|day)")
def _the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    unit = m.group("unit").lower()
    anchor = ctx.anchor
    if unit == "day" and (anchor is None or anchor.precision != "day"):
        return day_value(ctx.dct), "day"
    return _shift(ctx.anchor_day, unit, 0, None)


@rule("nth-week-of-month", rf"the\s+(?P<ord>first|second|third|fourth|last|final)\s+week\s+"
      rf"(?:of|in)\s+(?P<month>{MONTH_RE})(?:\s*,?\s+(?P<year>\d{{4}}))?")
def _nth_week_of_month(m: re.Match[str], ctx: Context) -> Resolved:
    month = month_number(m.group("month"))
    year = int(m.group("year")) if m.group("year") else _nearest_month(month, ctx)
    word = m.group("ord").lower()
    # A week belongs to the month holding most of its days (ISO's own rule for years).
    if word in ("last", "final"):
        day = date(year, month, calendar.monthrange(year, month)[1]) - timedelta(days=3)
    else:
        day = date(year, month, 7 * ordinal_value(word) - 3)
    return week_value(day), "week"


# --- months -----------------------------------------------------------------------------------


@rule("month-relative-year", rf"(?P<month>{MONTH_RE})\s+(?:of\s+)?{RELATIVE_YEAR}")
def _month_relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    year = _year_from_relative(m.group("rel"), ctx)
    return month_value(year, month_number(m.group("month"))), "month"


@rule("relative-month", rf"(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+"
      rf"(?P<month>{MONTH_RE})(?!\.?\s*\d)")
def _relative_month(m: re.Match[str], ctx: Context) -> Resolved:
    month = month_number(m.group("month"))
    rel = " ".join(m.group("rel").lower().split())
    dct = ctx.dct
    if rel in ("last", "past", "this past"):
        year = dct.year if month < dct.month else dct.year - 1
    elif rel in ("next", "coming", "this coming"):
        year = dct.year if month > dct.month else dct.year + 1
    else:
        year = dct.year
    return month_value(year, month), "month"


@rule("month-year", rf"(?P<month>{MONTH_RE})\s*,?\s+(?:of\s+)?(?P<year>{YEAR_RE})")
def _month_year(m: re.Match[str], ctx: Context) -> Resolved:
    year = _year_number(m.group("year"), ctx.dct)
    return month_value(year, month_number(m.group("month"))), "month"


DAY_MONTH = (
    rf"{WEEKDAY_PREFIX}(?:the\s+)?(?P<d1>{DAY_RE})\s+(?:of\s+)?(?P<m1>{MONTH_RE})"
    rf"|{WEEKDAY_PREFIX}(?P<m2>{MONTH_RE})\s+(?:the\s+)?(?P<d2>{DAY_RE})"
)


@rule("day-month-year", rf"(?:{DAY_MONTH})\s*,?\s*(?:of\s+)?(?P<year>{YEAR_RE}|"
      rf"{RELATIVE_YEAR})")
def _day_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("rel"):
        year = _year_from_relative(m.group("rel"), ctx)
    else:
        year = _year_number(m.group("year"), ctx.dct)
    month = month_number(m.group("m1") or m.group("m2"))
    try:
        return day_value(date(year, month, _day_number(m.group("d1") or m.group("d2")))), "day"
    except ValueError:
        return None


@rule("day-month", DAY_MONTH)
def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m.group("m1") or m.group("m2"))
    day = _nearest_day(month, _day_number(m.group("d1") or m.group("d2")), ctx)
    return (day_value(day), "day") if day else None


@rule("month", rf"(?P<month>{MONTH_RE})")
def _month(m: re.Match[str], ctx: Context) -> Resolved:
    month = month_number(m.group("month"))
    return month_value(_nearest_month(month, ctx), month), "month"


@rule("holiday", rf"(?P<name>{alternation(list(HOLIDAYS))})(?P<week>\s+week)?"
      r"(?:\s*,?\s+(?P<year>\d{4}))?")
def _holiday(m: re.Match[str], ctx: Context) -> Resolved | None:
    name = m.group("name")
    if m.group("year"):
        day = holiday_date(name, int(m.group("year")))
    else:
        years = (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1)
        day = _pick_around_dct([d for y in years if (d := holiday_date(name, y))], ctx)
    if day is None:
        return None
    return (week_value(day), "week") if m.group("week") else (day_value(day), "day")


# --- years, decades, centuries ----------------------------------------------------------------


@rule("year-end", r"(?:the\s+)?(?:calendar\s+)?year(?:-|\s+)end(?:'s)?")
def _year_end(m: re.Match[str], ctx: Context) -> Resolved:
    # The coming December 31, or the last one when the clause looks back ("since year-end").
    year = ctx.dct.year - 1 if ctx.past else ctx.dct.year
    return day_value(date(year, 12, 31)), "day"


@rule("year", r"(?:the\s+(?:year|calendar\s+year)\s+)?(?P<fy>fiscal\s+(?:year\s+)?|FY\s*)?"
      r"(?P<year>1[5-9]\d\d|20\d\d|'\d\d)(?:\s+or\s+(?:later|earlier|before|after))?"
      rf"|(?:the\s+year\s+)?(?P<spelled>(?!two\s+thousand){SPELLED_YEAR_RE})"
      rf"|the\s+year\s+(?P<thousand>{SPELLED_YEAR_RE})")
def _year(m: re.Match[str], ctx: Context) -> Resolved:
    spelled = m.group("spelled") or m.group("thousand")
    if spelled:
        return f"{spelled_year(spelled):04d}", "year"
    year = _year_number(m.group("year"), ctx.dct)
    return (f"FY{year:04d}" if m.group("fy") else f"{year:04d}"), "year"


@rule("the-quarter", r"the\s+(?:latest\s+|most\s+recent\s+|recent\s+|just-ended\s+|"
      r"fiscal\s+)?quarter")
def _the_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    # Business news reports on the quarter just closed.
    closed = _last_closed_quarter(ctx.dct)
    return f"{closed.year:04d}-Q{quarter_of(closed.month)}", "quarter"


@rule("year-period", r"the\s+(?P<year>1[5-9]\d\d|20\d\d)\s+(?P<unit>period|quarter)")
def _year_period(m: re.Match[str], ctx: Context) -> Resolved:
    # "the 1989 period" next to "the third quarter" is that quarter of 1989.
    year = int(m.group("year"))
    anchor = ctx.anchor
    if anchor is not None and anchor.precision == "quarter":
        return f"{year:04d}-Q{quarter_of(ctx.anchor_day.month)}", "quarter"
    return f"{year:04d}", "year"


FISCAL_STEP = {
    "this": 0, "the": 0, "the current": 0, "last": -1, "the latest": -1, "the most recent": -1,
    "the just-ended": -1, "the past": -1, "the previous": -1, "the prior": -1, "the last": -1,
    "next": 1, "the next": 1, "the coming": 1,
}  # fmt: skip


@rule("fiscal-year", rf"(?P<rel>{alternation(list(FISCAL_STEP))})\s+"
      r"(?:fiscal|financial|calendar)\s+year")
def _fiscal_year(m: re.Match[str], ctx: Context) -> Resolved:
    rel = " ".join(m.group("rel").lower().split())
    return f"{ctx.dct.year + FISCAL_STEP[rel]:04d}", "year"


@rule("rest-of-this-year", r"(?P<side>earlier|later)\s+this\s+year")
def _rest_of_this_year(m: re.Match[str], ctx: Context) -> Resolved:
    # The part of the year before or after the DCT; when it lies inside one quarter (written
    # in the first or the last quarter), that quarter is the closer value.
    dct, quarter = ctx.dct, quarter_of(ctx.dct.month)
    inside = quarter == 4 if m.group("side").lower() == "later" else quarter == 1
    return (f"{dct.year:04d}-Q{quarter}", "quarter") if inside else (f"{dct.year:04d}", "year")


@rule("relative-year", RELATIVE_YEAR + r"(?:'s)?")
def _relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    return f"{_year_from_relative(m.group('rel'), ctx):04d}", "year"


@rule("decade", r"(?:(?:the\s+)?(?:first|second|last|latter)\s+half\s+of\s+)?"
      r"(?:(?:the\s+)?(?P<century>1[5-9]|20)?(?P<decade>\d)0'?s|(?:the\s+)?'(?P<short>\d)0s|"
      r"the\s+(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))")
def _decade(m: re.Match[str], ctx: Context) -> Resolved | None:
    if m.group("century"):
        return f"{m.group('century')}{m.group('decade')}X", "decade"
    digit = m.group("short") or m.group("decade")
    if digit is None:
        digit = str(DECADE_WORDS[m.group("word").lower()])
    decade = int(digit) * 10
    year = ctx.dct.year // 100 * 100 + decade
    if year > ctx.dct.year:
        year -= 100
    return f"{year // 10:03d}X", "decade"


@rule("century", rf"(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{ORDINAL_RE}|twentieth|"
      r"twenty-first|nineteenth)\s+century")
def _century(m: re.Match[str], ctx: Context) -> Resolved | None:
    word = m.group("ord").lower()
    named = {"nineteenth": 19, "twentieth": 20, "twenty-first": 21}
    number = named.get(word) or int(re.sub(r"\D", "", word) or 0)
    return (f"{number - 1:02d}", "decade") if number else None


# --- quarters, halves and seasons -------------------------------------------------------------

QUARTER_YEAR = (
    r"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>\d{4})|(?P<relq>this|last|next|the\s+previous|"
    r"the\s+same|the\s+following)\s+(?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year))?"
)
# What may stand before the ordinal: "the 1988 third quarter", "this year's third quarter",
# "the year-earlier third quarter", "the strong third quarter"; no article before the
# adjective "third-quarter" (TimeML leaves it out of "the third-quarter results").
QUARTER_PREFIX = (
    r"(?:the\s+(?![a-z]+\s+\w+-quarter)(?!\w+-quarter)(?:[a-z]+\s+(?=\w))?"
    r"|(?:a|an)\s+(?!\w+-quarter)|(?P<prel>this|last|next)\s+year's\s+)?"
    r"(?:(?P<pyear>\d{4})\s+|(?P<yago>year-(?:earlier|ago)|year\s+earlier)\s+|"
    r"(?:comparable|corresponding|current|latest|most\s+recent|same)\s+)?"
)


@rule("quarter", rf"{QUARTER_PREFIX}(?:fiscal\s+|calendar\s+)?(?P<ord>{ORDINAL_RE})(?:\s+|-)"
      r"(?:fiscal\s+|calendar\s+)?quarter(?:'s)?" + QUARTER_YEAR)
def _quarter(m: re.Match[str], ctx: Context) -> Resolved:
    ordinal = m.group("ord").lower()
    quarter = ordinal_value(ordinal) if not ordinal[0].isdigit() else int(ordinal[0])
    named_year = m.group("year") or m.group("pyear")
    relative = m.group("relq") or m.group("prel")
    if ordinal in ("last", "final") and not (named_year or relative):
        closed = _last_closed_quarter(ctx.dct)
        return f"{closed.year:04d}-Q{quarter_of(closed.month)}", "quarter"
    if named_year:
        year = int(named_year)
    elif relative:
        year = _year_from_relative(relative, ctx)
    else:
        current = quarter_of(ctx.dct.month)
        # Quarters are reported once closed: "the third quarter" is the latest one.
        year = ctx.dct.year if quarter <= current else ctx.dct.year - 1
    if m.group("yago"):
        year -= 1
    return f"{year:04d}-Q{quarter}", "quarter"


@rule("described-quarter", rf"an?\s+(?!{ORDINAL_RE}\b)[a-z]+\s+(?P<quarter>(?:fiscal\s+)?"
      rf"{ORDINAL_RE}\s+(?:fiscal\s+)?quarter{QUARTER_YEAR})", comparison=True)
def _described_quarter(m: re.Match[str], ctx: Context) -> Resolved | None:
    # "After a flat second quarter, ...": an indefinite, described quarter is set against the
    # one being reported; it does not become the reference for "the year-earlier period".
    applied = apply_rules(m.group("quarter"), ctx)
    return applied[1] if applied is not None else None


@rule("q-quarter", r"(?P<q>Q[1-4])(?:\s+|-|/)?(?P<year>\d{4}|'?\d\d)?")
def _q_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    year_text = m.group("year")
    if year_text is None:
        year = ctx.dct.year
    elif len(year_text.lstrip("'")) == 2:
        year = _two_digit_year(year_text.lstrip("'"), ctx.dct)
    else:
        year = int(year_text)
    return f"{year:04d}-{m.group('q').upper()}", "quarter"


@rule("half", r"(?:the\s+)?(?P<ord>first|second|1st|2nd|latter|last)\s+half" + QUARTER_YEAR)
def _half(m: re.Match[str], ctx: Context) -> Resolved:
    half = 1 if m.group("ord").lower() in ("first", "1st") else 2
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("relq"):
        year = _year_from_relative(m.group("relq"), ctx)
    else:
        year = ctx.dct.year
    return f"{year:04d}-H{half}", "quarter"


@rule("season", r"(?:(?P<rel>this|last|next|this\s+past|this\s+coming|the\s+coming|the\s+past|"
      r"the)\s+)?(?P<season>spring|summer|autumn|fall|winter)(?:'s)?"
      r"(?:\s+(?:of\s+)?(?P<year>\d{4})|\s+(?:of\s+)?(?P<yrel>this|last|next)\s+year)?")
def _season(m: re.Match[str], ctx: Context) -> Resolved:
    season = m.group("season").lower()
    rel = " ".join((m.group("rel") or "").lower().split())
    start = SEASON_START_MONTH[season]
    dct = ctx.dct
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("yrel"):
        year = _year_from_relative(m.group("yrel"), ctx)
    elif rel == "this":
        year = dct.year
    elif rel in ("last", "this past", "the past"):
        year = dct.year if start + 3 <= dct.month else dct.year - 1
    elif rel in ("next", "this coming", "the coming"):
        year = dct.year if start > dct.month else dct.year + 1
    elif ctx.future:
        year = dct.year if start + 2 >= dct.month else dct.year + 1
    else:
        year = dct.year if start <= dct.month else dct.year - 1
    return f"{year:04d}-{SEASONS[season]}", "season"


def apply_rules(text: str, ctx: Context) -> tuple[Rule, Resolved] | None:
    """The first rule whose pattern spans all of `text` and whose handler resolves it."""
    for candidate in RULES:
        match = candidate.pattern.fullmatch(text)
        if match is None:
            continue
        resolved = candidate.handle(match, ctx)
        if resolved is not None:
            return candidate, resolved
    return None
