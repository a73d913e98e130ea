"""Rules for the expressions dateparser gets wrong: relative, underspecified and calendar units.

Each rule is a named regex plus a handler that turns the match into a TIMEX3 value and a
precision, given the document creation time (DCT), whether the clause speaks of the future,
and the anchor (the date the text has just established) for expressions like "a day earlier".
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from eventwire.time.lexicon import (
    DECADE_WORDS,
    MONTH_RE,
    NUMBER_RE,
    ORDINAL_RE,
    SEASON_START_MONTH,
    WEEKDAY_RE,
    month_number,
    number_value,
    ordinal_value,
    weekday_number,
)
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
    dct: date
    future: bool = False
    anchor: TimexValue | None = None

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
    name: str
    pattern: re.Pattern[str]
    handle: Callable[[re.Match[str], Context], Resolved | None]


RULES: list[Rule] = []


def rule(name: str, pattern: str) -> Callable:
    def register(handler: Callable[[re.Match[str], Context], Resolved | None]) -> Callable:
        RULES.append(Rule(name, re.compile(pattern, re.IGNORECASE), handler))
        return handler

    return register


THE = r"(?:the\s+)?"
RELATIVE_YEAR = r"(?P<rel>this|last|next|the\s+previous|the\s+following|the\s+same)\s+year"
UNIT = r"(?P<unit>day|week|weekend|fortnight|month|quarter|year|decade)s?"
TOD_RE = r"(?:\s+(?P<tod>morning|afternoon|evening|night))?"


def _two_digit_year(text: str, dct: date) -> int:
    short = int(text)
    century = dct.year // 100 * 100
    year = century + short
    return year - 100 if year > dct.year + 10 else year


def _year_from_relative(word: str, ctx: Context) -> int:
    word = " ".join(word.lower().split())
    base = ctx.anchor_day.year if word in ("the previous", "the following", "the same") else ctx.dct.year
    return base + {"this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1}.get(
        word, 0
    )


def _nearest_month(month: int, ctx: Context) -> int:
    """Year of a month named without one: the latest not after the DCT, or the next if future."""
    if ctx.future:
        return ctx.dct.year if month >= ctx.dct.month else ctx.dct.year + 1
    return ctx.dct.year if month <= ctx.dct.month else ctx.dct.year - 1


def _nearest_day(month: int, day: int, ctx: Context) -> date | None:
    """A day-month without a year: the candidate closest to the DCT."""
    candidates = []
    for year in (ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            continue
    if not candidates:
        return None
    # A full date is specific enough that the closest one wins, whichever side of the DCT;
    # tense cues are too noisy to overrule that.
    return min(candidates, key=lambda c: abs((c - ctx.dct).days))


# --- references and the DCT's own day ---------------------------------------------------------


@rule("present", r"now|right\s+now|currently|presently|at\s+present|nowadays|these\s+days|"
      r"the\s+present(?:\s+time)?|present|current|at\s+the\s+moment|for\s+the\s+moment|"
      r"the\s+time\s+being|ongoing|so\s+far|to\s+date|as\s+yet")
def _present(m: re.Match[str], ctx: Context) -> Resolved:
    return "PRESENT_REF", "reference"


@rule("past", r"(?:the\s+)?past|recently|lately|in\s+the\s+past|previously|formerly|"
      r"once|earlier|before|recent|former|(?:the\s+)?old\s+days|historically|at\s+the\s+time|"
      r"(?:in\s+)?recent\s+(?:days|weeks|months|years|decades)|"
      r"(?:the\s+(?:last|past)\s+)?(?:a\s+)?(?:few|several|many|some)\s+"
      r"(?:days|weeks|months|years|decades)(?:\s+(?:ago|earlier|back))?")
def _past(m: re.Match[str], ctx: Context) -> Resolved:
    return "PAST_REF", "reference"


@rule("future", r"(?:the\s+)?(?:near\s+|distant\s+)?future|soon|(?:the\s+)?(?:short|long|medium)"
      r"(?:\s+|-)term|(?:the\s+)?near\s+term|eventually|(?:the\s+)?coming\s+(?:days|weeks|years|months"
      r"|decades)|later|someday|(?:very\s+)?soon|in\s+(?:the\s+)?(?:days|weeks|months|years)\s+"
      r"(?:ahead|to\s+come)")
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


# --- weekdays -------------------------------------------------------------------------------


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
    else:
        day = base - timedelta(days=back)
    return day_value(day), "day"


# --- counted offsets: "two years ago", "a day earlier" ---------------------------------------


@rule("offset", rf"(?P<num>{NUMBER_RE})\s+(?:more\s+)?{UNIT}\s+"
      r"(?P<dir>ago|back|earlier|later|before|after|afterwards|previously|from\s+now|hence"
      r"|on|prior)")
def _offset(m: re.Match[str], ctx: Context) -> Resolved | None:
    count = number_value(m.group("num"))
    direction = " ".join(m.group("dir").lower().split())
    sign = 1 if direction in ("later", "after", "afterwards", "from now", "hence", "on") else -1
    from_dct = direction in ("ago", "back", "from now", "hence")
    base = ctx.dct if from_dct else ctx.anchor_day
    return _shift(base, m.group("unit").lower(), sign * count, None if from_dct else ctx.anchor)


def _shift(base: date, unit: str, amount: int, anchor: TimexValue | None) -> Resolved | None:
    # "a year earlier" than "the third quarter" is a quarter, not a year (TimeML anchoring).
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
    sign = {"the next": 1, "the following": 1, "the subsequent": 1, "the same": 0, "that": 0}
    return _shift(ctx.anchor_day, m.group("unit").lower(), sign.get(rel, -1), None)


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
    return _shift(ctx.dct, unit, step, None)


@rule("the-unit", r"the\s+(?P<unit>week|month|year|weekend|day)")
def _the_unit(m: re.Match[str], ctx: Context) -> Resolved | None:
    return _shift(ctx.anchor_day, m.group("unit").lower(), 0, None)


# --- months -----------------------------------------------------------------------------------


@rule("month-relative-year", rf"(?P<month>{MONTH_RE})\s+(?:of\s+)?{RELATIVE_YEAR}")
def _month_relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    year = _year_from_relative(m.group("rel"), ctx)
    return month_value(year, month_number(m.group("month"))), "month"


@rule("relative-month", rf"(?P<rel>last|next|this|this\s+past|this\s+coming|coming|past)\s+"
      rf"(?P<month>{MONTH_RE})")
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


@rule("month-year", rf"(?P<month>{MONTH_RE})\s*,?\s+(?:of\s+)?(?P<year>\d{{4}}|'\d\d)")
def _month_year(m: re.Match[str], ctx: Context) -> Resolved:
    year_text = m.group("year")
    year = _two_digit_year(year_text[1:], ctx.dct) if year_text[0] == "'" else int(year_text)
    return month_value(year, month_number(m.group("month"))), "month"


DAY_MONTH = (
    rf"(?:(?:{WEEKDAY_RE}),?\s+)?(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?"
    rf"(?P<m1>{MONTH_RE})"
    rf"|(?:(?:{WEEKDAY_RE}),?\s+)?(?P<m2>{MONTH_RE})\s+(?:the\s+)?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
)


@rule("day-month-year", rf"(?:{DAY_MONTH})\s*,?\s*(?:of\s+)?(?P<year>\d{{4}}|'\d\d|"
      rf"{RELATIVE_YEAR})")
def _day_month_year(m: re.Match[str], ctx: Context) -> Resolved | None:
    year_text = m.group("year")
    if m.group("rel"):
        year = _year_from_relative(m.group("rel"), ctx)
    elif year_text[0] == "'":
        year = _two_digit_year(year_text[1:], ctx.dct)
    else:
        year = int(year_text)
    month = month_number(m.group("m1") or m.group("m2"))
    try:
        return day_value(date(year, month, int(m.group("d1") or m.group("d2")))), "day"
    except ValueError:
        return None


@rule("day-month", DAY_MONTH)
def _day_month(m: re.Match[str], ctx: Context) -> Resolved | None:
    month = month_number(m.group("m1") or m.group("m2"))
    day = _nearest_day(month, int(m.group("d1") or m.group("d2")), ctx)
    return (day_value(day), "day") if day else None


@rule("month", rf"(?P<month>{MONTH_RE})")
def _month(m: re.Match[str], ctx: Context) -> Resolved:
    month = month_number(m.group("month"))
    return month_value(_nearest_month(month, ctx), month), "month"


# --- years, decades, centuries ----------------------------------------------------------------


@rule("year", r"(?:the\s+(?:year|calendar\s+year)\s+)?(?P<fy>fiscal\s+(?:year\s+)?|FY\s*)?"
      r"(?P<year>1[5-9]\d\d|20\d\d|'\d\d)")
def _year(m: re.Match[str], ctx: Context) -> Resolved:
    text = m.group("year")
    year = _two_digit_year(text[1:], ctx.dct) if text[0] == "'" else int(text)
    return (f"FY{year:04d}" if m.group("fy") else f"{year:04d}"), "year"


@rule("the-quarter", r"the\s+(?:latest\s+|most\s+recent\s+|recent\s+|just-ended\s+|"
      r"fiscal\s+)?quarter")
def _the_quarter(m: re.Match[str], ctx: Context) -> Resolved:
    # Business news reports on the quarter just closed.
    year, month = shift_months(ctx.dct.year, ctx.dct.month, -3)
    return f"{year:04d}-Q{quarter_of(month)}", "quarter"


@rule("fiscal-year", r"(?P<rel>this|last|next|the)\s+(?:fiscal|financial|calendar)\s+year")
def _fiscal_year(m: re.Match[str], ctx: Context) -> Resolved:
    rel = m.group("rel").lower()
    return f"{ctx.dct.year + {'last': -1, 'next': 1}.get(rel, 0):04d}", "year"


@rule("relative-year", RELATIVE_YEAR + r"(?:'s)?")
def _relative_year(m: re.Match[str], ctx: Context) -> Resolved:
    return f"{_year_from_relative(m.group('rel'), ctx):04d}", "year"


@rule("year-earlier", r"(?:the\s+)?(?:a\s+)?year(?:-|\s+)(?:earlier|ago)(?:\s+(?P<unit>quarter|"
      r"period|month))?")
def _year_earlier(m: re.Match[str], ctx: Context) -> Resolved:
    unit = (m.group("unit") or "").lower()
    base = ctx.anchor_day
    if unit in ("quarter", "period") or (ctx.anchor and ctx.anchor.precision == "quarter"):
        if not ctx.anchor:
            year, month = shift_months(base.year, base.month, -3)
            base = date(year, month, 1)
        return f"{base.year - 1:04d}-Q{quarter_of(base.month)}", "quarter"
    if unit == "month":
        return month_value(base.year - 1, base.month), "month"
    return f"{base.year - 1:04d}", "year"


@rule("decade", r"(?:the\s+)?(?P<century>1[5-9]|20)?(?P<decade>\d)0'?s|(?:the\s+)?'(?P<short>\d)0s|"
      r"the\s+(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)")
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
    rf"(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?(?P<year>\d{{4}})|(?P<relq>this|last|next|the\s+previous|"
    r"the\s+same|the\s+following)\s+(?:fiscal\s+)?year|the\s+(?:fiscal\s+)?year))?"
)


@rule("quarter", rf"(?:the\s+)?(?:(?P<yago>year-(?:earlier|ago)|year\s+earlier)\s+)?"
      rf"(?P<ord>{ORDINAL_RE})(?:\s+|-)(?:fiscal\s+|calendar\s+)?quarter(?:'s)?" + QUARTER_YEAR)
def _quarter(m: re.Match[str], ctx: Context) -> Resolved:
    ordinal = m.group("ord").lower()
    quarter = ordinal_value(ordinal) if not ordinal[0].isdigit() else int(ordinal[0])
    if ordinal == "last" and not (m.group("year") or m.group("relq")):
        year, month = shift_months(ctx.dct.year, ctx.dct.month, -3)
        return f"{year:04d}-Q{quarter_of(month)}", "quarter"
    if m.group("year"):
        year = int(m.group("year"))
    elif m.group("relq"):
        year = _year_from_relative(m.group("relq"), ctx)
    else:
        current = quarter_of(ctx.dct.month)
        # Quarters are reported once closed: "the third quarter" is the latest one.
        year = ctx.dct.year if quarter <= current else ctx.dct.year - 1
    if m.group("yago"):
        year -= 1
    return f"{year:04d}-Q{quarter}", "quarter"


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


@rule("half", rf"(?:the\s+)?(?P<ord>first|second|1st|2nd|latter|last)\s+half" + QUARTER_YEAR)
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
