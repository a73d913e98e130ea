"""Ordinary crime: police acts against contraband and property crime are no political events."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Span

from eventwire.model import Event
from eventwire.resources import DataFileError

# law-enforcement acts that ordinary crime triggers: seizure, arrest and charge, accusation
_POLICING_CODES = ("171", "173", "112")
# seizing any of these is disrupting armed violence, not policing contraband
WEAPON_WORDS = frozenset({
    "gun", "guns", "pistol", "rifle", "firearm", "arms", "weapon", "ammunition", "ammo",
    "explosive", "grenade", "bomb", "ied", "detonator", "rocket", "mortar", "landmine",
    "revolver", "cartridge", "bullet", "shell",
})
# targets whose arrest or accusation stays political whatever the charge
POLITICAL_SECTORS = frozenset({
    "GOV", "MIL", "LEG", "JUD", "SPY", "REB", "INS", "SEP", "UAF", "OPP", "PTY", "ELI",
    "HRI", "NGO", "MED", "LAB", "REL", "IGO",
})


@dataclass(frozen=True, slots=True)
class CommonCrimeWords:
    words: frozenset[str]

    @classmethod
    def load(cls, path: Path) -> CommonCrimeWords:
        """Words one a line; a missing file means no word (nothing is filtered)."""
        if not path.is_file():
            return cls(frozenset())
        words = set()
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            word = line.split("#", 1)[0].strip()
            if not word:
                continue
            if word != word.lower() or " " in word:
                raise DataFileError(f"{path}:{number}: expected one lower-case word, got {word!r}")
            words.add(word)
        return cls(frozenset(words))

    def names_crime(self, sentence: Span) -> bool:
        return any(t.lower_ in self.words or t.lemma_.lower() in self.words for t in sentence)

    def names_weapon(self, sentence: Span) -> bool:
        return any(t.lower_ in WEAPON_WORDS or t.lemma_.lower() in WEAPON_WORDS for t in sentence)

    def is_crime_policing(self, event: Event, sentence: Span) -> bool:
        """A seizure, arrest, charge or accusation in a sentence about ordinary crime, aimed at
        no political actor ("police arrested ten persons and recovered counterfeit notes")."""
        if not event.cameo.startswith(_POLICING_CODES):
            return False
        if event.cameo.startswith("171") and self.names_weapon(sentence):
            # "seized guns and drugs": weapons taken out of use are disrupted armed violence,
            # whatever contraband was found beside them
            return False
        if event.target is not None and event.target.sector in POLITICAL_SECTORS:
            return False
        return self.names_crime(sentence)
