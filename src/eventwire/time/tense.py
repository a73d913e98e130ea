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

FUTURE_MARKERS = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|is\s+to|are\s+to|scheduled|slated|set\s+to|"
    r"expects?\s+to|plans?\s+to|planned|planning\s+to|intends?\s+to|to\s+be\s+held|upcoming|"
    r"next|would|should|supposed\s+to|due\s+to|due|deadline|to\s+resume|to\s+begin|"
    r"to\s+start|to\s+end|aims?\s+to|hopes?\s+to|wants?\s+to|ready\s+to|likely\s+to|"
    r"effective|takes\s+effect|payable)\b",
    re.IGNORECASE,
)
# A past control verb points ahead of itself for what follows it ("agreed to meet on Monday"),
# but is a plain past for a date before it ("on Thursday agreed to plead").
CONTROL_VERBS = re.compile(
    r"\b(?:decided|agreed|promised|vowed|pledged|voted|offered|hoped|aimed|sought|wanted|"
    r"expected|intended|prepared|asked|urged|ordered|invited)\s+(?:\w+\s+)?to\b",
    re.IGNORECASE,
)
PAST_MARKERS = re.compile(
    r"\b(?:was|were|had|did|went|met|held|took|made|came|began|left|spoke|saw|found|fell|"
    r"rose|won|lost|gave|got|sent|bought|sold|paid|led|fled|hit|struck|shot|fought|brought|"
    r"thought|caught|kept|felt|built|spent|stood|wrote|drove|broke|chose|stole|ran|grew|knew|"
    r"threw|flew|drew|became|forgot|ate|hid|shook|sought|withdrew|swore|beat|dealt|fed|hung|"
    r"laid|lent|sank|sat|slid|spread|stuck|swept|swung|wept|underwent|undertook|upheld|"
    r"overthrew|last|ago|earlier|previously|"
    # A participle after "be" is passive, not past: "should be completed in October".
    r"(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s)\w{3,}ed)\b",
    re.IGNORECASE,
)
# Reporting verbs date the report: they count only before the expression ("said Monday that
# ..."), never after it ("..., the company said").
REPORTING = re.compile(r"\b(?:said|says|told|announced|reported|added|noted|stated)\b",
                       re.IGNORECASE)
# Words right before the expression that fix its direction whatever the verb's tense.
FUTURE_CUE = re.compile(
    r"\b(?:as\s+(?:soon|early)\s+as|no\s+later\s+than|ahead\s+of|in\s+time\s+for)\s+(?:on\s+)?$",
    re.IGNORECASE,
)
PAST_CUE = re.compile(r"\b(?:since|last)\s+$", re.IGNORECASE)
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
    left_cut = 0
    for boundary in CLAUSE_BOUNDARY.finditer(sentence, 0, start):
        left_cut = boundary.end()
    right_match = CLAUSE_BOUNDARY.search(sentence, end)
    right_cut = right_match.start() if right_match else len(sentence)
    left: tuple[int, Tense] | None = None
    right: tuple[int, Tense] | None = None
    # (pattern, its reading before the expression, its reading after it)
    markers: tuple[tuple[re.Pattern[str], Tense, Tense | None], ...] = (
        (FUTURE_MARKERS, "future", "future"),
        (CONTROL_VERBS, "future", "past"),
        (PAST_MARKERS, "past", "past"),
        (REPORTING, "past", None),
    )
    for pattern, before_reading, after_reading in markers:
        for marker in pattern.finditer(sentence, left_cut, right_cut):
            if marker.end() <= start:
                distance = start - marker.end()
                if left is None or distance < left[0]:
                    left = (distance, before_reading)
            elif marker.start() >= end and after_reading is not None:
                distance = marker.start() - end
                if right is None or distance < right[0]:
                    right = (distance, after_reading)
    chosen = left or right
    return chosen[1] if chosen else None


def clause_is_future(sentence: str, start: int, end: int) -> bool:
    """True when the clause around sentence[start:end] speaks of what is to come."""
    return clause_tense(sentence, start, end) == "future"
