"""Find the article body among the lines of a scraped page (site chrome still in it).

Each line gets a score: running prose counts for its length, chrome (menus, dates, share
buttons, teaser headlines, repeated lines) counts against. The body is the contiguous run of
lines with the highest total, in the spirit of Finn et al.'s Body Text Extraction, so short
sub-headings between paragraphs stay while teaser lists after the story fall away.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from eventwire.extract.dates import parse_date

_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]\u2026]$")
CHROME_LINE = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: article| story)?"
    r"|read (?:more|next|also)|related(?: articles| stories| news| posts)?|more from\b.*"
    r"|most (?:read|popular|viewed)|trending|comments?(?: \(\d+\))?|leave a (?:comment|reply)"
    r"|sign (?:in|up)|log ?in|subscribe\b.*|newsletter|follow us\b.*|cookie.*|accept(?: all)?"
    r"|skip to (?:main )?content|menu|search|home|back to top|print|email|facebook|twitter|x"
    r"|whatsapp|linkedin|opinion|editorial|also read\b.*|recommended(?: for you)?"
    r"|you (?:may|might) also like.*|photo:.*|image:.*|file photo.*|watch:.*|listen.*)$",
    re.I,
)
LEGAL_LINE = re.compile(
    r"(?:\u00a9|copyright\b|all rights reserved|privacy policy|terms of (?:use|service))", re.I
)
_UPDATED = re.compile(r"^(?:updated|last updated|modified|posted|published)\b[:\s]", re.I)
MENU_SEPARATORS = re.compile(r"\s[|\u2022\u00b7\u203a\u00bb/]\s")
_PROSE_WORDS = 10
_LONG_WORDS = 25
# Weights chosen on the shared dev pages as a whole; see bench/extraction.py.
_CHROME_PENALTY = 12.0
_SHORT_LINE_PENALTY = 3.0
_REPEAT_PENALTY = 20.0


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # index of the first body line
    end: int  # index one past the last body line


def is_date_line(line: str) -> bool:
    """A line that is only a date or a time stamp ("03 May, 2024", "Updated 2 hours ago")."""
    words = line.split()
    if not words or len(words) > 8:
        return False
    stripped = _UPDATED.sub("", line).strip()
    if re.search(r"\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", stripped, re.I):
        return True
    return parse_date(stripped, ("en",)) is not None


def line_score(line: str, seen_before: bool) -> float:
    words = len(line.split())
    if seen_before and words < _LONG_WORDS:
        return -_REPEAT_PENALTY
    legal = LEGAL_LINE.search(line) and words < _LONG_WORDS
    if CHROME_LINE.match(line) or legal or is_date_line(line):
        return -_CHROME_PENALTY
    if len(MENU_SEPARATORS.findall(line)) >= 2:
        return -_CHROME_PENALTY
    if words >= _LONG_WORDS or (words >= _PROSE_WORDS and _SENTENCE_END.search(line)):
        return float(words)
    return -_SHORT_LINE_PENALTY


def best_span(lines: Sequence[str]) -> Span | None:
    """The run of lines with the highest total score (None when no line scores above zero)."""
    seen: set[str] = set()
    best_total, best = 0.0, None
    total, start = 0.0, 0
    for index, line in enumerate(lines):
        key = line.casefold()
        score = line_score(line, key in seen)
        seen.add(key)
        if total <= 0:
            total, start = score, index
        else:
            total += score
        if total > best_total:
            best_total, best = total, Span(start, index + 1)
    return best
