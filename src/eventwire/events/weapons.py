"""PLOVER ASSAULT modes from the weapon a sentence names ("killed in a suicide car bombing")."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from eventwire.resources import DataFileError

# generic modes a named weapon refines ("killed", "wounded in a bomb attack", "tanks fired
# shells"); modes that the code itself fixes (194 shelling, 195 aerial, 183 bombing) and those
# that say what the act was (targeted, torture, sexual, abduct, crowd-control) stay
REFINABLE_MODES = frozenset({None, "beat", "firearms", "primitive"})


@dataclass(frozen=True, slots=True)
class WeaponModes:
    """Weapon word -> ASSAULT mode; the table's order is the precedence when a sentence names
    several weapons (a suicide bombing is a suicide attack, tank shells are heavy weapons)."""

    modes: dict[str, str]
    rank: dict[str, int]

    @classmethod
    def load(cls, path: Path) -> WeaponModes:
        if not path.is_file():
            return cls({}, {})
        modes: dict[str, str] = {}
        with path.open(encoding="utf-8", newline="") as handle:
            rows = csv.DictReader(handle, delimiter="\t")
            if rows.fieldnames is None or not {"word", "mode"} <= set(rows.fieldnames):
                raise DataFileError(f"{path}: expected a header with `word` and `mode`")
            for number, row in enumerate(rows, 2):
                word, mode = (row.get("word") or "").strip(), (row.get("mode") or "").strip()
                if not word or not mode:
                    raise DataFileError(f"{path}:{number}: empty word or mode")
                modes.setdefault(word.lower(), mode)
        rank: dict[str, int] = {}
        for mode in modes.values():
            rank.setdefault(mode, len(rank))
        return cls(modes, rank)

    def mode_in(self, sentence: Span) -> str | None:
        """The highest-ranked weapon mode the sentence names, if any."""
        found = [
            self.modes.get(t.lower_) or self.modes.get(t.lemma_.lower()) for t in sentence
        ]
        named = [m for m in found if m]
        return min(named, key=self.rank.__getitem__) if named else None
