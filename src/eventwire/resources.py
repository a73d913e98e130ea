"""Locate the data files the team ships under the repository's `data/` folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, TextIO

import yaml

_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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


def load_yaml(source: str | TextIO) -> Any:
    """`yaml.safe_load` through libyaml's C parser when PyYAML was built with it: the shipped
    knowledge base and lexicon are thousands of entries, and the pure-Python parser makes
    every process start-up (each batch worker's included) several seconds slower."""
    return yaml.load(source, Loader=_SAFE_LOADER)
