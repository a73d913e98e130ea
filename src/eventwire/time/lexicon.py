"""Words of temporal expressions: month, weekday, number, ordinal and season names."""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a couple of": 2,
    "couple of": 2, "a hundred": 100, "one hundred": 100,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "final": 4, "last": 4,
}  # fmt: skip
DECADE_WORDS = {
    "twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
    "eighties": 8, "nineties": 9,
}  # fmt: skip
SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}
UNITS_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9,
}  # fmt: skip
TEENS_WORDS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS_WORDS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
# Day-of-month ordinals as broadcast transcripts spell them ("March eighth").
DAY_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
DAY_ORDINAL_WORDS = {
    **DAY_ORDINAL_UNITS, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
    **{f"twenty-{word}": 20 + n for word, n in DAY_ORDINAL_UNITS.items()},
    "thirty-first": 31,
}  # fmt: skip


def alternation(words: dict[str, int] | list[str], dots: bool = False) -> str:
    """A regex alternation of the words, longest first; `dots`: abbreviations may end in '.'."""
    names = sorted(words, key=len, reverse=True)
    dot = r"\.?" if dots else ""
    return "|".join(name.replace(" ", r"\s+") + (dot if len(name) <= 5 else "") for name in names)


MONTH_RE = alternation(MONTHS, dots=True)
WEEKDAY_RE = alternation(WEEKDAYS, dots=True)
NUMBER_RE = r"(?:\d{1,3}|" + alternation(NUMBERS) + ")"
ORDINAL_RE = r"(?:[1-4](?:st|nd|rd|th)|" + alternation(ORDINALS) + ")"
DAY_ORDINAL_RE = alternation(DAY_ORDINAL_WORDS)
_TEENS = alternation(TEENS_WORDS)
_TENS = alternation(TENS_WORDS)
_UNITS = alternation(UNITS_WORDS)
_BELOW_HUNDRED = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_UNITS}))?|{_TEENS})"
# "nineteen ninety-six", "nineteen oh five", "two thousand", "two thousand and one".
SPELLED_YEAR_RE = (
    rf"(?:(?:{_TEENS}|twenty)\s+(?:{_BELOW_HUNDRED}|(?:oh|o)\s+(?:{_UNITS})|hundred)"
    rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_BELOW_HUNDRED}|{_UNITS}))?)"
)


def month_number(word: str) -> int:
    return MONTHS[word.lower().rstrip(".")]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.lower().rstrip(".").removesuffix("'s")]


def number_value(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else NUMBERS[word]


def ordinal_value(word: str) -> int:
    word = word.lower()
    return int(word[0]) if word[0].isdigit() else ORDINALS[word]


def spelled_number(words: str) -> int:
    """The value of a spelled number below a hundred ("ninety-six", "oh five", "twelve")."""
    total = 0
    for word in re.split(r"[\s-]+", words.lower()):
        if word in ("oh", "o", "and"):
            continue
        total += TENS_WORDS.get(word) or TEENS_WORDS.get(word) or UNITS_WORDS[word]
    return total


def spelled_year(text: str) -> int:
    """The year a SPELLED_YEAR_RE match names: "nineteen ninety-six" -> 1996."""
    words = " ".join(text.lower().split())
    if words.startswith("two thousand"):
        rest = words.removeprefix("two thousand").strip()
        return 2000 + (spelled_number(rest) if rest else 0)
    century, _, rest = words.partition(" ")
    if rest == "hundred":
        return spelled_number(century) * 100
    return spelled_number(century) * 100 + spelled_number(rest)


def day_ordinal_value(word: str) -> int:
    return DAY_ORDINAL_WORDS[" ".join(word.lower().split())]
