"""Expand user paths (files, directories, globs, "-") into the inputs to read."""

from __future__ import annotations

import glob
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from eventwire.ingest.errors import MissingPathError

STDIN = "-"
_GLOB_CHARS = set("*?[")


@dataclass(frozen=True, slots=True)
class InputSource:
    origin: str  # the path as shown to the user, or "<stdin>"
    path: Path | None  # None for standard input

    @property
    def name(self) -> str:
        return self.path.name if self.path else ""


def expand_paths(paths: Sequence[str]) -> list[InputSource]:
    """Every input named by `paths`, in order; raises MissingPathError before reading any."""
    sources: list[InputSource] = []
    for raw in paths:
        if raw == STDIN:
            sources.append(InputSource("<stdin>", None))
            continue
        path = Path(raw).expanduser()
        if path.is_dir():
            sources.extend(_directory_files(path))
        elif path.exists():
            sources.append(InputSource(str(path), path))
        elif _GLOB_CHARS & set(raw):
            matches = sorted(glob.glob(str(path), recursive=True))
            if not matches:
                raise MissingPathError(raw)
            for match in matches:
                matched = Path(match)
                if matched.is_dir():
                    sources.extend(_directory_files(matched))
                else:
                    sources.append(InputSource(match, matched))
        else:
            raise MissingPathError(raw)
    return sources


def _directory_files(directory: Path) -> list[InputSource]:
    files = (
        p
        for p in sorted(directory.rglob("*"))
        if p.is_file() and not any(part.startswith(".") for part in p.relative_to(directory).parts)
    )
    return [InputSource(str(p), p) for p in files]


def open_source(source: InputSource) -> BinaryIO:
    if source.path is None:
        return sys.stdin.buffer
    return source.path.open("rb")


def read_limited(stream: BinaryIO, limit: int) -> bytes | None:
    """Read at most `limit` bytes; None when the stream holds more."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data
