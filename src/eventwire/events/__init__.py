"""events stage: lexicon-driven CAMEO/PLOVER event coding on dependency parses."""

from .coder import ActorLookup, EventCoder
from .codes import CameoCode, CodeTables, PloverMapping
from .lexicon import Lexicon, LexiconEntry, load_lexicon
from .petrarch import looks_like_petrarch_verbs, read_petrarch_verbs

__all__ = [
    "ActorLookup",
    "CameoCode",
    "CodeTables",
    "EventCoder",
    "Lexicon",
    "LexiconEntry",
    "PloverMapping",
    "load_lexicon",
    "looks_like_petrarch_verbs",
    "read_petrarch_verbs",
]
