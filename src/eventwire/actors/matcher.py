"""One Aho-Corasick automaton over every KB name, run on folded text with word boundaries."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Literal

import ahocorasick

from eventwire.actors.kb import KnowledgeBase
from eventwire.actors.normalize import is_acronym, normalize_name, normalize_with_offsets

EntryKind = Literal["country", "demonym", "capital", "actor", "title", "region", "not_actor"]


@dataclass(frozen=True, slots=True)
class NameEntry:
    kind: EntryKind
    key: str  # ISO-3 for countries, actor id, or index into kb.titles
    name: str  # the dictionary's spelling
    case_sensitive: bool = False
    stem: bool = False  # PETRARCH stems: the last word may go on ("ARGENTIN" -> Argentina)


@dataclass(frozen=True, slots=True)
class NameMatch:
    start: int  # character offsets into the searched text
    end: int
    entries: tuple[NameEntry, ...]

    def kinds(self) -> set[str]:
        return {e.kind for e in self.entries}


def plural_forms(phrase: str) -> list[str]:
    """The phrase plus the regular plural/singular of its last word ("guard" <-> "guards")."""
    head, _, last = phrase.rpartition(" ")
    prefix = f"{head} " if head else ""
    low = last.lower()
    forms = [phrase]
    if low.endswith("man"):
        forms.append(prefix + last[:-3] + "men")
    elif low.endswith("men"):
        forms.append(prefix + last[:-3] + "man")
    elif low.endswith("ies") and len(low) > 4:
        forms.append(prefix + last[:-3] + "y")
    elif low.endswith("y") and len(low) > 2 and low[-2] not in "aeiou":
        forms.append(prefix + last[:-1] + "ies")
    elif low.endswith(("ss", "sh", "ch", "x", "z")):
        forms.append(prefix + last + "es")
    elif low.endswith("s") and len(low) > 3:
        forms.append(prefix + last[:-1])
    elif last[-1:].isalpha():
        forms.append(prefix + last + "s")
    return forms


class NameMatcher:
    """Finds every KB name in a text; longest match wins where names overlap."""

    def __init__(self, kb: KnowledgeBase, extra: list[tuple[str, NameEntry]] | None = None) -> None:
        table: dict[str, list[NameEntry]] = defaultdict(list)

        def add(name: str, entry: NameEntry) -> None:
            folded = normalize_name(name)
            if len(folded) < 2 or not any(c.isalpha() for c in folded):
                return
            if entry not in table[folded]:
                table[folded].append(entry)

        for country in kb.countries.values():
            for name in (country.name, *country.aliases):
                add(name, NameEntry("country", country.iso3, name, is_acronym(name)))
            for name in country.demonyms:
                add(name, NameEntry("demonym", country.iso3, name))
            for name in (country.capital, *country.capital_aliases):
                if name:
                    add(name, NameEntry("capital", country.iso3, name))
        # every title as written first, then the derived plural/singular forms, so a written
        # phrase wins over another's derived form ("Corp" the suffix, not "Corps" singular)
        for index, title in enumerate(kb.titles):
            add(title.phrase, NameEntry("title", str(index), title.phrase,
                                        is_acronym(title.phrase)))
        for index, title in enumerate(kb.titles):
            forms = plural_forms(title.phrase)[1:] if title.kind != "rank" else []
            for form in forms:
                add(form, NameEntry("title", str(index), title.phrase, is_acronym(title.phrase)))
        for actor in kb.actors.values():
            for name in actor.names():
                stem = name.endswith("*")
                clean = name.rstrip("*")
                add(clean, NameEntry("actor", actor.id, clean, is_acronym(clean), stem))
        for name, code in kb.world_regions.items():
            add(name, NameEntry("region", code, name))
        for name in kb.not_actors:
            add(name, NameEntry("not_actor", name, name, is_acronym(name)))
        for name, entry in extra or []:
            add(name, entry)

        self._automaton = ahocorasick.Automaton()
        for folded, entries in table.items():
            self._automaton.add_word(folded, (folded, tuple(entries)))
        if table:
            self._automaton.make_automaton()
        self._empty = not table

    def find(self, text: str) -> list[NameMatch]:
        if self._empty:
            return []
        folded, offsets = normalize_with_offsets(text)
        candidates: list[NameMatch] = []
        for end_index, (pattern, entries) in self._automaton.iter(folded):
            start = end_index - len(pattern) + 1
            if start > 0 and folded[start - 1].isalnum():
                continue
            after = end_index + 1
            exact_end = after >= len(folded) or not folded[after].isalnum()
            stem_end = after
            while stem_end < len(folded) and folded[stem_end].isalnum():
                stem_end += 1
            kept: list[NameEntry] = []
            match_end = after
            for entry in entries:
                if entry.stem:
                    kept.append(entry)
                    match_end = max(match_end, stem_end)
                elif exact_end:
                    kept.append(entry)
            if not kept:
                continue
            orig_start = offsets[start]
            orig_end = offsets[match_end - 1] + 1
            surface = text[orig_start:orig_end]
            kept = [e for e in kept if not e.case_sensitive or _caps_match(surface)]
            if surface.islower():
                # "surplus labour" is not the Labour Party, "turkey" not Turkey: a name
                # spelled with capitals needs one in the text; role nouns do not
                kept = [e for e in kept if e.kind == "title" or e.name.islower()]
            if not surface.islower():
                # "Abbey National", "National Party": a capitalised singular of a plural-only
                # role noun ("nationals") is part of a name, not the role
                kept = [e for e in kept if not _derived_form_in_a_name(e, pattern)]
            if kept:
                candidates.append(NameMatch(orig_start, orig_end, tuple(kept)))
        return _longest_first(candidates)


# endings of an adjective whose plural is a role noun ("nationals", "locals", "civilians"):
# capitalised and singular, such a word is part of a name ("Abbey National"); a noun ending
# ("Bank", "Union", "Attorney") stays a role in a name ("ICICI Bank")
_ADJECTIVE_ENDINGS = ("al", "ian", "ive", "ic")


def _derived_form_in_a_name(entry: NameEntry, pattern: str) -> bool:
    return (entry.kind == "title" and entry.name.islower()
            and normalize_name(entry.name) != pattern and pattern.endswith(_ADJECTIVE_ENDINGS))


def _caps_match(surface: str) -> bool:
    letters = [c for c in surface if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _longest_first(matches: list[NameMatch]) -> list[NameMatch]:
    chosen: list[NameMatch] = []
    taken: list[tuple[int, int]] = []
    for match in sorted(matches, key=lambda m: (-(m.end - m.start), m.start)):
        if any(match.start < end and start < match.end for start, end in taken):
            continue
        chosen.append(match)
        taken.append((match.start, match.end))
    return sorted(chosen, key=lambda m: m.start)
