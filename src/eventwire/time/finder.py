"""Find the temporal expressions of a sentence and resolve each, in reading order."""

from __future__ import annotations

import re
from datetime import date

from eventwire.time.resolve import resolve_in_sentence
from eventwire.time.rules import RULES
from eventwire.time.values import TimexValue

# Words a rule accepts when handed an expression but too ambiguous to pick out of running text.
AMBIGUOUS_ALONE = {
    "once", "before", "earlier", "later", "present", "former", "past", "may", "march", "sun",
    "sat", "wed", "mar", "jan", "jun", "jul", "aug", "oct", "dec", "sep", "sept", "nov", "feb",
    "apr", "mon", "fri", "tue", "thu", "tues", "thurs", "fall", "spring", "the day", "the week",
    "the month", "the year", "that", "the spring", "the fall", "a day", "the eve", "the time",
    "the moment",
}  # fmt: skip
# "the past" is a date only as a whole noun phrase ("in the past,"), not in "the past year".
NOUN_PHRASE_END = re.compile(r"\s*(?:[,.;:!?)\"'\u201d]|$)")
CAPITALISED_ONLY = re.compile(
    r"^(?:may|march|(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|thu|"
    r"thurs|fri|sat|sun)\.?)$",
    re.IGNORECASE,
)
MODIFIER_BEFORE = re.compile(
    r"(?:(?:the\s+)?(?:very\s+)?(?:early|late|mid)(?:\s*-\s*|\s+)|(?:the\s+)?(?:very\s+)?(?:end|"
    r"beginning|start|middle|close)\s+of\s+|(?:earlier|later|sometime|some\s+time)\s+)$",
    re.IGNORECASE,
)
# Full month and weekday names: a period after one ends the sentence, not an abbreviation.
FULL_NAME_PERIOD = re.compile(
    r"(?:january|february|march|april|may|june|july|august|september|october|november|"
    r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\.$",
    re.IGNORECASE,
)
YEAR_ALONE = re.compile(r"^(?:1[5-9]\d\d|20\d\d)$")
NUMBER_PART_AFTER = re.compile(r"[.,]\d")
NUMBER_PART_BEFORE = re.compile(r"\d[.,]$")
# "Sun Microsystems", "Sat" as a name: a weekday abbreviation needs its period or a comma.
WEEKDAY_ABBREVIATION = re.compile(r"^(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)$", re.IGNORECASE)
# "as soon as he arrives" is a conjunction, not the reference "soon".
AS_SOON_AS = re.compile(r"as\s+$", re.IGNORECASE)


# The rules' patterns, made to start only where a word starts: the scan skips the positions
# inside words at once (several times faster) and no match inside a word hides the next one.
SEARCH_PATTERNS = [
    re.compile(rf"(?<![\w$])(?:{rule.pattern.pattern})", rule.pattern.flags) for rule in RULES
]


def _candidate_spans(sentence: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    for pattern in SEARCH_PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if start == end or not _on_word_boundaries(sentence, start, end):
                continue
            if _plausible(sentence, start, end):
                spans.append((start, end))
    return spans


def _on_word_boundaries(sentence: str, start: int, end: int) -> bool:
    before = sentence[start - 1] if start else " "
    after = sentence[end] if end < len(sentence) else " "
    if before.isalnum() or before == "$" or after.isalnum() or after in "%-":
        return False
    # Part of a larger number: "2082.1", "1,987".
    return not (
        NUMBER_PART_AFTER.match(sentence, end) or NUMBER_PART_BEFORE.search(sentence, 0, start)
    )


def _plausible(sentence: str, start: int, end: int) -> bool:
    text = sentence[start:end]
    lowered = " ".join(text.lower().split())
    if lowered in AMBIGUOUS_ALONE and not CAPITALISED_ONLY.match(lowered):
        # "the year" alone is too vague to pick out, "the end of the year" is not.
        return lowered.startswith("the ") and bool(MODIFIER_BEFORE.search(sentence[:start]))
    if lowered == "soon" and AS_SOON_AS.search(sentence, 0, start):
        return False
    if WEEKDAY_ABBREVIATION.match(text) and not sentence.startswith((".", ","), end):
        return False
    if CAPITALISED_ONLY.match(lowered):
        if not text[0].isupper():
            return False
        if lowered.startswith(("may", "march")):
            previous = sentence[:start].split()[-1:] or [""]
            return previous[0].lower() in {"in", "since", "until", "by", "through", "during",
                                           "from", "of", "early", "late", "mid", "last", "next",
                                           "this", "before", "after", "till"}  # fmt: skip
    if lowered == "the past" and not NOUN_PHRASE_END.match(sentence, end):
        return False
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


def _trim(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Leave a possessive ("Friday's ruling") and a sentence-final period out of the span."""
    text = sentence[start:end]
    if text.endswith(("'s", "\u2019s")):
        end -= 2
    elif FULL_NAME_PERIOD.search(text):
        end -= 1
    return start, end


def find_expressions(
    sentence: str, dct: date, anchor: TimexValue | None = None
) -> list[TimexValue]:
    """Every temporal expression of `sentence`, resolved, with character offsets.

    Expressions relative to the text ("a day earlier") resolve against `anchor`, then against
    each calendar date found before them in the sentence.
    """
    found: list[TimexValue] = []
    for start, end in _longest_non_overlapping(_candidate_spans(sentence)):
        start, end = _trim(sentence, start, end)
        modifier = MODIFIER_BEFORE.search(sentence[:start])
        if modifier:
            start = modifier.start()
        value = resolve_in_sentence(sentence, start, end, dct, anchor)
        if value is None:
            continue
        found.append(value)
        if value.can_anchor:
            anchor = value
    return found
