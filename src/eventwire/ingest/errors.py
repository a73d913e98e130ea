"""Errors raised while reading inputs."""

from __future__ import annotations


class IngestError(Exception):
    """Base class for input-reading errors."""


class MissingPathError(IngestError):
    """A path given by the user names no file, directory or glob match."""

    def __init__(self, path: str) -> None:
        super().__init__(f"no such file, directory or glob match: {path}")
        self.path = path


class InputSkipped(IngestError):
    """An input was skipped while running in strict mode (any skip is fatal there)."""

    def __init__(self, origin: str, reason: str, detail: str | None = None) -> None:
        message = f"{origin}: skipped ({reason})"
        if detail:
            message += f": {detail}"
        super().__init__(message)
        self.origin = origin
        self.reason = reason
        self.detail = detail
