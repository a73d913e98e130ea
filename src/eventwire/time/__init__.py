"""Time stage: resolve temporal expressions against the publication date and date each event."""

from __future__ import annotations

from eventwire.time.dater import EventDater, publication_date
from eventwire.time.finder import find_expressions
from eventwire.time.resolve import resolve_expression, resolve_in_sentence
from eventwire.time.tense import clause_is_future, clause_tense
from eventwire.time.values import TimexValue

__all__ = [
    "EventDater",
    "TimexValue",
    "clause_is_future",
    "clause_tense",
    "find_expressions",
    "publication_date",
    "resolve_expression",
    "resolve_in_sentence",
]
