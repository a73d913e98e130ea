"""Does the clause around an expression speak of the future? Decides "Monday" and "May".

A plain-text heuristic so it works without a parse: the tense marker nearest the expression
within its clause wins (a future auxiliary, or a past-tense form).
"""

from __future__ import annotations

import re

FUTURE_MARKERS = re.compile(
    r"\b(?:will|won't|shall|'ll|going\s+to|is\s+to|are\s+to|scheduled|slated|set\s+to|"
    r"expected\s+to|plans?\s+to|planning\s+to|intends?\s+to|to\s+be\s+held|upcoming|next|"
    r"would|to\s+resume|to\s+begin)\b",
    re.IGNORECASE,
)
PAST_MARKERS = re.compile(
    r"\b(?:was|were|had|did|said|told|went|met|held|took|made|came|began|left|spoke|saw|"
    r"last|ago|earlier|previously|since|\w{3,}ed)\b",
    re.IGNORECASE,
)
CLAUSE_BOUNDARY = re.compile(r"[;:\u2014]|\.\s|\s--\s")


def clause_is_future(sentence: str, start: int, end: int) -> bool:
    """True when the tense marker nearest to sentence[start:end] in its clause is a future one."""
    left_cut = 0
    for boundary in CLAUSE_BOUNDARY.finditer(sentence, 0, start):
        left_cut = boundary.end()
    right_match = CLAUSE_BOUNDARY.search(sentence, end)
    right_cut = right_match.start() if right_match else len(sentence)
    best: tuple[int, bool] | None = None
    for pattern, is_future in ((FUTURE_MARKERS, True), (PAST_MARKERS, False)):
        for marker in pattern.finditer(sentence, left_cut, right_cut):
            if start <= marker.start() < end:
                continue
            distance = start - marker.end() if marker.end() <= start else marker.start() - end
            if best is None or distance < best[0]:
                best = (distance, is_future)
    return bool(best and best[1])
