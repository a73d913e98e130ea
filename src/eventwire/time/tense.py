"""Does the clause around an expression speak of the past or the future? Decides "Monday", "May"
and "Nov. 3" when no year or direction is written.

A plain-text heuristic so it works without a parse: the words right before the expression
("as soon as Tuesday", "since May") decide first; otherwise the tense marker nearest before
the expression within its clause wins (a future auxiliary or a plan verb, or a past-tense
form), then the nearest after it.
"""

from __future__ import annotations

import re
from typing import Literal

Tense = Literal["past", "future"]

FUTURE_WORDS = frozenset({
    "will", "won't", "shall", "would", "should", "next", "upcoming", "scheduled", "slated",
    "due", "deadline", "effective", "payable",
})  # fmt: skip
# Plan verbs in the past point ahead for a date after them ("planned a rally on Saturday"), but
# a date before them is when the plan was made ("On Friday, the government planned to pay").
PLAN_WORDS = frozenset({"planned"})
FUTURE_PHRASES = re.compile(
    r"\b(?:going|is|are|set|expects?|plans?|planning|intends?|supposed|aims?|hopes?|wants?|"
    r"ready|likely)\s+to\b|\bto\s+(?:be\s+held|resume|begin|start|end)\b|\btakes\s+effect\b",
    re.IGNORECASE,
)
# A past control verb points ahead of itself for what follows it ("agreed to meet on Monday"),
# but is a plain past for a date before it ("on Thursday agreed to plead").
CONTROL_VERBS = re.compile(
    r"\b(?:decided|agreed|promised|vowed|pledged|voted|offered|hoped|aimed|sought|wanted|"
    r"expected|intended|prepared|asked|urged|ordered|invited)\s+(?:\w+\s+)?to\b",
    re.IGNORECASE,
)
# Irregular past forms; regular ones are any word of five letters or more ending in -ed.
PAST_WORDS = frozenset({
    "was", "were", "had", "did", "went", "met", "held", "took", "made", "came", "began", "left",
    "spoke", "saw", "found", "fell", "rose", "won", "lost", "gave", "got", "sent", "bought",
    "sold", "paid", "led", "fled", "hit", "struck", "shot", "fought", "brought", "thought",
    "caught", "kept", "felt", "built", "spent", "stood", "wrote", "drove", "broke", "chose",
    "stole", "ran", "grew", "knew", "threw", "flew", "drew", "became", "forgot", "ate", "hid",
    "shook", "sought", "withdrew", "swore", "beat", "dealt", "fed", "hung", "laid", "lent",
    "sank", "sat", "slid", "spread", "stuck", "swept", "swung", "wept", "underwent",
    "undertook", "upheld", "overthrew", "last", "ago", "earlier", "previously",
})  # fmt: skip
# A participle after these is passive, not past: "should be completed in October".
PASSIVE_AUXILIARIES = frozenset({"be", "been", "being"})
# Reporting verbs date the report: they count only before the expression ("said Monday that
# ..."), never after it ("..., the company said").
REPORTING_WORDS = frozenset({
    "said", "says", "told", "announced", "reported", "added", "noted", "stated",
})  # fmt: skip
WORD = re.compile(r"[A-Za-z]+(?:'[A-Za-z]+)?")
# Words right before the expression that fix its direction whatever the verb's tense.
FUTURE_CUE = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|ahead\s+of|in\s+time\s+for)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
PAST_CUE = re.compile(r"\b(?:since|last)\s+$", re.IGNORECASE)
# News writes schedules in the simple present ("Arafat meets Albright Monday", "the panel
# convenes on Tuesday"): a present travel or meeting verb right before the date.
SCHEDULED_PRESENT = re.compile(
    r"(?:(?P<prev>[\w']+)\s+)?\b(?:meets?|arrives?|visits?|travels?|convenes?|leaves|flies|fly)"
    r"\s+(?:\w+ly\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)
# Before a base form these make it an infinitive, a past or a noun ("agreed to meet", "did not
# meet", "a visit").
NOT_PRESENT_BEFORE = frozenset({
    "to", "did", "didn't", "not", "never", "a", "the", "his", "her", "their", "its", "our",
    "this", "that", "last", "first",
})  # fmt: skip
MARKER_REACH = 160
CLAUSE_BOUNDARY = re.compile(r"[;:\u2014]|(?<=[a-z]{4})\.\s+(?=[A-Z])|\s--\s")


def clause_tense(sentence: str, start: int, end: int) -> Tense | None:
    """The direction sentence[start:end] is read in: a cue word right before it, else the
    tense marker nearest before it in its clause (English puts the verb before its dates),
    else the nearest after it; None when the clause shows no marker."""
    before = sentence[max(0, start - 40) : start]
    if FUTURE_CUE.search(before):
        return "future"
    if PAST_CUE.search(before):
        return "past"
    scheduled = SCHEDULED_PRESENT.search(before)
    if scheduled and (scheduled.group("prev") or "").lower() not in NOT_PRESENT_BEFORE:
        return "future"
    # A verb further than this from its date is rarely the one the date belongs to.
    left_cut = max(0, start - MARKER_REACH)
    for boundary in CLAUSE_BOUNDARY.finditer(sentence, left_cut, start):
        left_cut = boundary.end()
    right_match = CLAUSE_BOUNDARY.search(sentence, end, end + MARKER_REACH)
    right_cut = right_match.start() if right_match else min(len(sentence), end + MARKER_REACH)
    left: tuple[int, Tense] | None = None
    right: tuple[int, Tense] | None = None
    for marker_start, marker_end, before_reading, after_reading in _markers(
        sentence, left_cut, right_cut
    ):
        if marker_end <= start:
            distance = start - marker_end
            if left is None or distance < left[0]:
                left = (distance, before_reading)
        elif marker_start >= end and after_reading is not None:
            distance = marker_start - end
            if right is None or distance < right[0]:
                right = (distance, after_reading)
    chosen = left or right
    return chosen[1] if chosen else None


Marker = tuple[int, int, Tense, Tense | None]


def _markers(sentence: str, start: int, end: int) -> list[Marker]:
    """Tense markers in sentence[start:end]: (start, end, reading before the expression,
    reading after it, None when it does not count there)."""
    found: list[Marker] = []
    for match in FUTURE_PHRASES.finditer(sentence, start, end):
        found.append((match.start(), match.end(), "future", "future"))
    for match in CONTROL_VERBS.finditer(sentence, start, end):
        found.append((match.start(), match.end(), "future", "past"))
    previous = ""
    for match in WORD.finditer(sentence, start, end):
        word = match.group().lower()
        if word in REPORTING_WORDS:
            found.append((match.start(), match.end(), "past", None))
        elif word in PLAN_WORDS:
            found.append((match.start(), match.end(), "future", "past"))
        elif word in FUTURE_WORDS or word.endswith("'ll"):
            found.append((match.start(), match.end(), "future", "future"))
        elif word in PAST_WORDS or (
            len(word) >= 5 and word.endswith("ed") and previous not in PASSIVE_AUXILIARIES
        ):
            found.append((match.start(), match.end(), "past", "past"))
        previous = word
    return found


def clause_is_future(sentence: str, start: int, end: int) -> bool:
    """True when the clause around sentence[start:end] speaks of what is to come."""
    return clause_tense(sentence, start, end) == "future"
