"""Words of temporal expressions: month, weekday, number, ordinal and season names."""

from __future__ import annotations

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


def alternation(words: dict[str, int] | list[str], dots: bool = False) -> str:
    """A regex alternation of the words, longest first; `dots`: abbreviations may end in '.'."""
    names = sorted(words, key=len, reverse=True)
    dot = r"\.?" if dots else ""
    return "|".join(name.replace(" ", r"\s+") + (dot if len(name) <= 5 else "") for name in names)


MONTH_RE = alternation(MONTHS, dots=True)
WEEKDAY_RE = alternation(WEEKDAYS, dots=True)
NUMBER_RE = r"(?:\d{1,3}|" + alternation(NUMBERS) + ")"
ORDINAL_RE = r"(?:[1-4](?:st|nd|rd|th)|" + alternation(ORDINALS) + ")"


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
