"""Cross-article de-duplication: one real-world event reported by several articles.

Two events are the same report when they share source code, target code, CAMEO code and
day, and neither is negated while the other is asserted. Within each such group the
earliest stored event is the canonical one; every event of the group from *another*
article gets `duplicate_of` = the canonical event id. Events repeated inside one article
are left alone (an article rarely restates one event with identical codes and day; when it
does, the coder already saw both sentences). Counting `duplicate_of IS NULL` gives
de-duplicated counts.
"""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.model import Event
from eventwire.store.backend import StoreBackend
from eventwire.store.periods import first_day

# A month- or year-precise date would merge unrelated events of that month or year.
_DAY_PRECISE = {None, "day", "publication"}


def duplicate_key(event: Event) -> str | None:
    """The grouping key, or None when the event lacks a coded dyad or a day-precise date."""
    if not event.source.code or not event.target or not event.target.code:
        return None
    if event.date_precision not in _DAY_PRECISE:
        return None
    day = first_day(event.date)
    if day is None or len(event.date or "") < 10:
        return None
    negation = "not" if event.negated else "is"
    return f"{event.source.code}|{event.target.code}|{event.cameo}|{day.isoformat()}|{negation}"


def recluster(backend: StoreBackend, keys: Iterable[str]) -> None:
    """Recompute `duplicate_of` for every event sharing one of `keys` (inside the caller's
    transaction)."""
    for key in sorted(keys):
        rows = backend.fetchall(
            "SELECT event_id, article_id, duplicate_of FROM events WHERE dedup_key = ? "
            "ORDER BY seq",
            (key,),
        )
        if not rows:
            continue
        canonical = rows[0]
        for row in rows:
            wanted = (
                canonical["event_id"] if row["article_id"] != canonical["article_id"] else None
            )
            if row["duplicate_of"] != wanted:
                backend.execute(
                    "UPDATE events SET duplicate_of = ? WHERE event_id = ?",
                    (wanted, row["event_id"]),
                )
