"""Locate the data files the team ships under the repository's `data/` folder."""

from __future__ import annotations

import os
from pathlib import Path


class DataFileError(ValueError):
    """A shipped or user data file is malformed; the message names the file and line."""


def data_dir() -> Path:
    """The folder holding lexicons, dictionaries and codebooks (`EVENTWIRE_DATA` overrides)."""
    override = os.environ.get("EVENTWIRE_DATA")
    if override:
        return Path(override)
    return Path(__file__).resolve().parents[2] / "data"


def data_path(*parts: str) -> Path:
    path = data_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"eventwire data file missing: {path}")
    return path
