"""Resolve one temporal expression to a TIMEX3 value: the rules first, dateparser for the rest."""

from __future__ import annotations

import logging
import re
import warnings
from datetime import date, datetime

from eventwire.time.lexicon import MONTH_RE
from eventwire.time.rules import Context, apply_rules
from eventwire.time.values import TimexValue, day_value, month_value, week_value

log = logging.getLogger(__name__)

# Words that introduce an expression without changing its value ("on Tuesday", "since 2019").
LEADING_WORDS = re.compile(
    r"^(?:on|in|at|during|by|since|until|till|through|throughout|from|of|for|before|after|"
    r"around|about|as\s+of|as\s+early\s+as|as\s+late\s+as|within|over|into|starting|ending|"
    r"beginning|as\s+recently\s+as|sometime\s+in|some\s+time\s+in|later\s+in|earlier\s+in)\s+",
    re.IGNORECASE,
)
# Modifiers that narrow a period without changing its TIMEX3 value ("late last year" -> 2018).
MODIFIERS = re.compile(
    r"^(?:the\s+)?(?:(?:very\s+)?(?:early|late|mid)(?:\s*-\s*|\s+(?:in\s+)?)|middle\s+of\s+|"
    r"(?:very\s+)?(?:end|beginning|start|close|turn|outset|dawn|rest|"
    r"remainder|balance|bulk|course)\s+of\s+|"
    r"(?:earlier|later)\s+(?=\w)(?:in\s+|on\s+)?)",
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
    for _ in range(3):
        stripped = MODIFIERS.sub("", LEADING_WORDS.sub("", text))
        if stripped == text:
            break
        text = stripped
    return text


def resolve_expression(
    text: str, dct: date, future: bool = False, anchor: TimexValue | None = None
) -> TimexValue | None:
    """Resolve `text` ("on Tuesday", "in April this year", "a day earlier") against `dct`.

    `future`: the clause speaks of what is to come ("will meet on Tuesday"), so unnamed years
    and weekdays resolve forwards. `anchor`: the date the text has just established, for
    expressions relative to it ("a day earlier", "the second day of his visit"); without one
    they fall back to the DCT. Returns None when the text is no resolvable date.
    """
    core = normalise_expression(text)
    if not core:
        return None
    ctx = Context(dct=dct, future=future, anchor=anchor)
    applied = apply_rules(core, ctx)
    if applied is not None:
        _, (value, precision) = applied
        return TimexValue(value=value, precision=precision, text=text)
    return _resolve_with_dateparser(core, text, ctx)


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
