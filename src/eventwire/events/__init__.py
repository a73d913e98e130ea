"""events stage: lexicon-driven CAMEO/PLOVER event coding on dependency parses."""

from pathlib import Path

from .coder import ActorLookup, EventCoder, codes_without_actor
from .codes import CameoCode, CodeTables, PloverMapping
from .discards import DiscardList, looks_like_petrarch_discards, read_petrarch_discards
from .lexicon import Lexicon, LexiconEntry, load_lexicon
from .petrarch import looks_like_petrarch_verbs, read_petrarch_verbs

__all__ = [
    "ActorLookup",
    "CameoCode",
    "CodeTables",
    "DiscardList",
    "EventCoder",
    "Lexicon",
    "LexiconEntry",
    "PloverMapping",
    "codes_without_actor",
    "is_event_dictionary",
    "load_lexicon",
    "looks_like_petrarch_discards",
    "looks_like_petrarch_verbs",
    "read_petrarch_discards",
    "read_petrarch_verbs",
]


def is_event_dictionary(path: Path) -> bool:
    """True for files the event coder reads (PETRARCH verbs, discard lists), by content."""
    return looks_like_petrarch_verbs(path) or looks_like_petrarch_discards(path)
