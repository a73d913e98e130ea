"""Resolve one temporal expression to a TIMEX3 value: the rules first, dateparser for the rest."""

from __future__ import annotations

import logging
import re
import warnings
from datetime import date, datetime

from eventwire.time.lexicon import MONTH_RE
from eventwire.time.rules import Context, apply_rules
from eventwire.time.tense import Tense, clause_tense
from eventwire.time.values import TimexValue, day_value, month_value, week_value

log = logging.getLogger(__name__)

# Words that introduce an expression without changing its value ("on Tuesday", "since 2019").
LEADING_WORDS = re.compile(
    r"^(?:on|in|at|during|by|since|until|till|through|throughout|from|of|for|before|after|"
    r"around|about|as\s+of|as\s+early\s+as|as\s+late\s+as|within|over|into|starting|ending|"
    r"beginning|as\s+recently\s+as|sometime(?:\s+in)?|some\s+time(?:\s+in)?|later\s+in|"
    r"earlier\s+in|around|toward|towards|ahead\s+of|prior\s+to|up\s+to)\s+",
    re.IGNORECASE,
)
# Modifiers that narrow a period without changing its TIMEX3 value ("late last year" -> 2018).
MODIFIERS = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid)(?:\s*-\s*|\s+(?:in\s+)?)|middle\s+of\s+|"
    r"(?:very\s+)?(?:end|beginning|start|close|turn|outset|dawn|rest|"
    r"remainder|balance|bulk|course)\s+of\s+|"
    r"(?:a\s+)?(?:good|large|big|great|greater|better|small)\s+part\s+of\s+|"
    r"(?:much|most|all|part|parts)\s+of\s+|right\s+(?=now$)|"
    r"(?:earlier|later)\s+(?=\w)(?!this\s+year$)(?:in\s+|on\s+)?)",
    re.IGNORECASE,
)
# Hedges after an expression that leave its value alone ("1994 or later", "a week or so ago").
HEDGES = re.compile(
    r"\s+(?:or\s+(?:later|earlier|before|after|so|thereabouts)|at\s+the\s+(?:latest|earliest))"
    r"(?=\s|$)",
    re.IGNORECASE,
)
# Words that make the expression the bound of an extent ("by February", "until mid-May").
BOUNDARY_WORDS = r"(?:by|until|till|til|through|thru|up\s+to|no\s+later\s+than)"
BOUNDARY_BEFORE = re.compile(rf"\b{BOUNDARY_WORDS}\s+$", re.IGNORECASE)
BOUNDARY_LEADING = re.compile(rf"^{BOUNDARY_WORDS}\s+", re.IGNORECASE)
# A day number that continues a date written just before it: "April 24 and [25]".
BARE_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)?")
CONTINUED_FROM = re.compile(
    rf"\b(?P<month>{MONTH_RE})\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:,|and|or|to|through|-|\u2013)\s*$",
    re.IGNORECASE,
)
# A unit noun handed without its noun phrase ("a great [day]", "the [day] after his death"):
# the determiner and adjectives before it, and a direction word after it.
BARE_UNIT = re.compile(r"day|week", re.IGNORECASE)
UNIT_DETERMINER_BEFORE = re.compile(
    r"\b(?P<det>the|a|an|its|their|his|her|our|my|your|this|that)\s+"
    r"(?P<adjectives>(?:[a-z]+\s+){0,2})$",
    re.IGNORECASE,
)
DIRECTION_AFTER = re.compile(
    r"\s+(?P<dir>before|after|following|earlier|later|ago|or|and|to|of)\b", re.IGNORECASE
)
# Adjectives that count or place the unit themselves ("his first day", "a single day", "every
# day"): the phrase means what its rule says, or nothing.
COUNTING_WORDS = frozenset({
    "first", "second", "third", "fourth", "fifth", "last", "final", "next", "previous",
    "following", "same", "other", "another", "single", "one", "every", "each", "some", "any",
    "certain", "given", "typical", "average", "working", "business", "trading", "school",
})  # fmt: skip
# "this year as [last]": the unit of an elided "last year" is the one just named with "this".
ELIDED_RELATIVE = re.compile(r"last|next", re.IGNORECASE)
ELLIPSIS_BEFORE = re.compile(
    r"\bthis\s+(?P<unit>week|month|quarter|year)\b.*\b(?:as|than|and|or|over|versus|vs\.?)\s+$",
    re.IGNORECASE,
)
NUMERIC_DATE = re.compile(r"\d{1,4}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{1,4}")
MONTH_WORD = re.compile(rf"\b(?:{MONTH_RE})(?!\w)", re.IGNORECASE)


def normalise_expression(text: str) -> str:
    """Strip what does not change the value: prepositions, modifiers, punctuation, possessives."""
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("\u2013", "-")
    text = " ".join(text.split()).strip(" ,;:()\"")
    text = text.rstrip(".")
    text = re.sub(r"'s$", "", text)
    text = HEDGES.sub("", text)
    for _ in range(3):
        stripped = MODIFIERS.sub("", LEADING_WORDS.sub("", text))
        if stripped == text:
            break
        text = stripped
    return text


def resolve_expression(
    text: str,
    dct: date,
    future: bool = False,
    anchor: TimexValue | None = None,
    *,
    tense: Tense | None = None,
    boundary: bool = False,
) -> TimexValue | None:
    """Resolve `text` ("on Tuesday", "in April this year", "a day earlier") against `dct`.

    `tense`: the direction the expression's clause reads in ("past", "future", or None when
    unknown), which decides unnamed years and weekdays; `future=True` is short for
    `tense="future"`. `anchor`: the date the text has just established, for expressions
    relative to it ("a day earlier", "the second day of his visit"); without one they fall
    back to the DCT. `boundary`: the expression bounds an extent ("by February"; also read
    from a leading "by", "until" or "through" in `text`), so a month named without a year is
    the nearer one on either side of the DCT unless the clause is future. Returns None when
    the text is no resolvable date.
    """
    core = normalise_expression(text)
    if not core:
        return None
    boundary = boundary or bool(BOUNDARY_LEADING.match(text.strip()))
    ctx = Context(
        dct=dct,
        tense=tense or ("future" if future else None),
        anchor=anchor,
        boundary=boundary,
    )
    applied = apply_rules(core, ctx)
    if applied is not None:
        rule, (value, precision) = applied
        return TimexValue(value=value, precision=precision, text=text, comparison=rule.comparison)
    return _resolve_with_dateparser(core, text, ctx)


def resolve_in_sentence(
    sentence: str, start: int, end: int, dct: date, anchor: TimexValue | None = None
) -> TimexValue | None:
    """Resolve sentence[start:end], reading the direction of unnamed years and weekdays from
    the sentence around it ("will meet on Tuesday", "as soon as Tuesday", "since May")."""
    text = sentence[start:end]
    continued = CONTINUED_FROM.search(sentence, max(0, start - 30), start)
    if continued and BARE_DAY.fullmatch(text.strip()):
        # Read "25" in "April 24 and 25" as "April 25", then keep the expression's own text.
        text = f"{continued.group('month')} {text.strip()}"
    if BARE_UNIT.fullmatch(text.strip()):
        text = _unit_noun_phrase(sentence, start, end) or text
    elif ELIDED_RELATIVE.fullmatch(text.strip()):
        elided = ELLIPSIS_BEFORE.search(sentence, max(0, start - 80), start)
        if elided:
            text = f"{text.strip()} {elided.group('unit')}"
    value = resolve_expression(
        text,
        dct,
        anchor=anchor,
        tense=clause_tense(sentence, start, end),
        boundary=_bounds_an_extent(sentence, start, end),
    )
    if value is not None:
        value.text, value.start, value.end = sentence[start:end], start, end
    return value


def _unit_noun_phrase(sentence: str, start: int, end: int) -> str | None:
    """Read a bare "day" or "week" as the noun phrase it heads: "the [day] after" is the day
    after the anchor; "a great [day]", "their best [week]" are the day or week the text is
    about, as "the day" and "the week" are. None when the phrase counts, places or compares
    the unit itself ("every day", "his first day", "a week after the vote")."""
    unit = sentence[start:end].strip().lower()
    determiner = UNIT_DETERMINER_BEFORE.search(sentence, max(0, start - 40), start)
    if determiner is None:
        return None
    det = determiner.group("det").lower()
    adjectives = determiner.group("adjectives").lower().split()
    direction = DIRECTION_AFTER.match(sentence, end)
    if direction is not None:
        plain_day = unit == "day" and det == "the" and not adjectives
        if plain_day and direction.group("dir").lower() in ("before", "after"):
            return f"the day {direction.group('dir').lower()}"
        return None
    if any(word in COUNTING_WORDS for word in adjectives):
        return None
    if det in ("a", "an") and not adjectives:
        return None  # "a day when ...": any day, not a known one
    return f"the {unit}"


def _bounds_an_extent(sentence: str, start: int, end: int) -> bool:
    """"until May", "by Friday"; not the agent "by Friday's vote" (a possessive is no bound)."""
    if sentence.startswith(("'s", "\u2019s"), end):
        return False
    return bool(BOUNDARY_BEFORE.search(sentence, max(0, start - 30), start))


def _resolve_with_dateparser(core: str, text: str, ctx: Context) -> TimexValue | None:
    """Absolute dates in formats the rules do not spell out (11/20/2019, 2019-11-20, ...)."""
    if not (NUMERIC_DATE.search(core) or MONTH_WORD.search(core)):
        return None
    from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(ctx.dct.year, ctx.dct.month, ctx.dct.day),
        "PREFER_DATES_FROM": "future" if ctx.future else "past",
        "RETURN_TIME_AS_PERIOD": True,
    }
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            data = DateDataParser(languages=["en"], settings=settings).get_date_data(core)
    except (ValueError, OverflowError, TypeError) as error:
        log.debug("dateparser failed on %r: %s", core, error)
        return None
    if data.date_obj is None:
        return None
    day = data.date_obj.date()
    period = data.period or "day"
    if period == "year":
        return TimexValue(f"{day.year:04d}", "year", text)
    if period == "month":
        return TimexValue(month_value(day.year, day.month), "month", text)
    if period == "week":
        return TimexValue(week_value(day), "week", text)
    return TimexValue(day_value(day), "day", text)
