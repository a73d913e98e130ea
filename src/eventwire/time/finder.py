"""Find the temporal expressions of a sentence and resolve each, in reading order."""

from __future__ import annotations

import re
from datetime import date

from eventwire.time.resolve import resolve_expression
from eventwire.time.rules import RULES
from eventwire.time.tense import clause_is_future
from eventwire.time.values import TimexValue

# Words a rule accepts when handed an expression but too ambiguous to pick out of running text.
AMBIGUOUS_ALONE = {
    "once", "before", "earlier", "later", "current", "present", "former", "recent", "past",
    "the past", "may", "march", "sun", "sat", "wed", "mar", "jan", "jun", "jul", "aug", "oct",
    "dec", "sep", "sept", "nov", "feb", "apr", "mon", "fri", "tue", "thu", "tues", "thurs",
    "fall", "spring", "the day", "the week", "the month", "the year", "that", "ongoing",
    "soon", "the spring", "the fall", "a day", "so far", "to date", "as yet", "eventually",
    "lately", "previously", "formerly", "historically", "someday", "the eve",
}  # fmt: skip
CAPITALISED_ONLY = re.compile(
    r"^(?:may|march|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|"
    r"thurs|fri|sat|sun)\.?)$",
    re.IGNORECASE,
)
MODIFIER_BEFORE = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:\s*-\s*|\s+)|(?:the\s+)?(?:end|beginning|"
    r"start|middle|close)\s+of\s+|(?:earlier|later)\s+)$",
    re.IGNORECASE,
)
YEAR_ALONE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")


def _candidate_spans(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for rule in RULES:
        for match in rule.pattern.finditer(sentence):
            start, end = match.span()
            if start == end or not _on_word_boundaries(sentence, start, end):
                continue
            if _plausible(sentence, start, end):
                spans.append((start, end))
    return spans


def _on_word_boundaries(sentence: str, start: int, end: int) -> bool:
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    return not (before.isalnum() or before == "$") and not (after.isalnum() or after in "%-")


def _plausible(sentence: str, start: int, end: int) -> bool:
    text = sentence[start:end]
    lowered = " ".join(text.lower().split())
    if lowered in AMBIGUOUS_ALONE and not CAPITALISED_ONLY.match(lowered):
        return False
    if CAPITALISED_ONLY.match(lowered):
        if not text[0].isupper():
            return False
        if lowered.startswith(("may", "march")):
            previous = sentence[:start].split()[-1:] or [""]
            return previous[0].lower() in {"in", "since", "until", "by", "through", "during",
                                           "from", "of", "early", "late", "mid", "last", "next",
                                           "this", "before", "after", "till"}  # fmt: skip
    if YEAR_ALONE.match(text):
        after = sentence[end : end + 12].lower()
        if re.match(r"\s*(?:people|troops|soldiers|men|women|tons?|km|miles|dollars|feet)", after):
            return False
    return True


def _longest_non_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    chosen: list[tuple[int, int]] = []
    for start, end in sorted(set(spans), key=lambda span: (span[0] - span[1], span[0])):
        if all(end <= s or start >= e for s, e in chosen):
            chosen.append((start, end))
    return sorted(chosen)


def find_expressions(
    sentence: str, dct: date, anchor: TimexValue | None = None
) -> list[TimexValue]:
    """Every temporal expression of `sentence`, resolved, with character offsets.

    Expressions relative to the text ("a day earlier") resolve against `anchor`, then against
    each calendar date found before them in the sentence.
    """
    found: list[TimexValue] = []
    for start, end in _longest_non_overlapping(_candidate_spans(sentence)):
        modifier = MODIFIER_BEFORE.search(sentence[:start])
        if modifier:
            start = modifier.start()
        text = sentence[start:end]
        value = resolve_expression(text, dct, clause_is_future(sentence, start, end), anchor)
        if value is None:
            continue
        value.start, value.end = start, end
        found.append(value)
        if value.is_calendar:
            anchor = value
    return found
