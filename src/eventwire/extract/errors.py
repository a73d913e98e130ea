"""Errors raised while turning a raw page into an article."""

from __future__ import annotations


class ExtractionError(ValueError):
    """A page yielded no usable article body; callers log and skip it."""

    def __init__(self, origin: str, reason: str) -> None:
        super().__init__(f"{origin}: {reason}")
        self.origin = origin
        self.reason = reason
