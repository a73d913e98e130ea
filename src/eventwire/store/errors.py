"""Errors raised by the store; each names what to fix."""

from __future__ import annotations


class StoreError(RuntimeError):
    """The store cannot be opened or written (bad path, newer schema, server unreachable)."""


class InvalidQueryError(ValueError):
    """A query parameter is malformed; `parameter` names it so callers can point at it."""

    def __init__(self, parameter: str, message: str) -> None:
        super().__init__(f"{parameter}: {message}")
        self.parameter = parameter
        self.message = message
