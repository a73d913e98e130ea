"""Bookkeeping of skipped inputs, for the summary line printed at the end of a run."""

from __future__ import annotations

import logging
from collections import Counter

from eventwire.ingest.errors import InputSkipped

log = logging.getLogger(__name__)


class SkipLog:
    """Counts skipped inputs by reason; every skip is also logged with its origin.

    `reason` is a short category ("empty input", "too large", ...) so that the counts group
    well; `detail` carries the specifics for the log line.
    """

    def __init__(self) -> None:
        self.reasons: Counter[str] = Counter()
        self.origins: list[tuple[str, str]] = []

    def record(self, origin: str, reason: str, detail: str | None = None) -> None:
        self.reasons[reason] += 1
        self.origins.append((origin, reason))
        log.warning("skipped %s: %s%s", origin, reason, f" ({detail})" if detail else "")

    @property
    def count(self) -> int:
        return sum(self.reasons.values())

    def summary(self, n_articles: int) -> str:
        noun = "article" if n_articles == 1 else "articles"
        line = f"{n_articles} {noun}, {self.count} skipped"
        if self.reasons:
            line += ": " + ", ".join(f"{r} ({k})" for r, k in self.reasons.most_common())
        return line


def skip(skips: SkipLog, strict: bool, origin: str, reason: str, detail: str | None = None) -> None:
    """Record a skip; in strict mode, stop the run instead."""
    if strict:
        raise InputSkipped(origin, reason, detail)
    skips.record(origin, reason, detail)
