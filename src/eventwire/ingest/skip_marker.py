"""What a reader yields instead of a document when one input or record cannot be used."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Skip:
    origin: str
    reason: str
    detail: str | None = None
