"""The event lexicon: trigger entries (verb or noun lemma + argument slots) mapped to CAMEO codes.

Entries come from `data/lexicon/cameo/*.yaml` (format in data/README.md) and, optionally, from
PETRARCH verb dictionaries (see `eventwire.events.petrarch`). Every entry keeps its `id`, which
each coded event reports as its `rule`.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.resources import DataFileError, load_yaml

_CAMEO_CODE = re.compile(r"^\d{2,4}$")
_FIXED_SLOTS = frozenset(
    {"nsubj", "dobj", "dative", "poss", "between", "agent", "attr", "clause_subject"}
)
COMPLEMENTS = frozenset({"xcomp", "ccomp", "of", "to", "for", "that"})
DEFAULT_VERB_SOURCE = ("nsubj",)
DEFAULT_VERB_TARGET = ("dobj",)
DEFAULT_NOUN_SOURCE = ("poss", "prep:by", "prep:of")
DEFAULT_NOUN_TARGET = ("prep:with", "prep:to", "prep:against", "prep:on")
_KNOWN_KEYS = frozenset({
    "id", "cameo", "verb", "noun", "target", "source", "object", "particle", "complement",
    "symmetric", "mode", "context", "example", "reverse_cameo", "before", "after", "note",
    "negative", "confidence", "subject", "not_object",
})


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One trigger pattern. `lemma` is a verb lemma (`pos="verb"`) or a noun lemma."""

    id: str
    cameo: str
    lemma: str
    pos: str  # "verb" | "noun"
    source: tuple[str, ...]
    target: tuple[str, ...]
    objects: tuple[str, ...] = ()  # light-verb direct-object lemmas
    # object lemmas that rule the entry out ("released a statement" is no release)
    not_objects: tuple[str, ...] = ()
    # subject lemmas the verb needs: an instrument, not an agent ("a bomb exploded")
    subjects: tuple[str, ...] = ()
    particle: str | None = None
    complement: str | None = None
    symmetric: bool = False
    mode: str | None = None
    context: tuple[str, ...] = ()
    example: str | None = None
    # PETRARCH "a:b" codes: the target->source event the same trigger implies
    reverse_cameo: str | None = None
    # words that must occur before / after the trigger in its clause (PETRARCH phrase patterns)
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    origin: str = ""  # file:line, for audits and error messages
    # PETRARCH dictionary patterns code exactly what they say: no 03x/12x stance recoding
    verbatim: bool = False

    @property
    def specificity(self) -> int:
        """How many constraints the entry adds to its lemma; the most specific match wins."""
        return (
            2 * bool(self.objects)
            + 2 * bool(self.subjects)
            + 2 * bool(self.particle)
            + bool(self.complement)
            + len(self.before)
            + len(self.after)
        )


@dataclass(slots=True)
class Lexicon:
    """All entries, indexed by trigger lemma so matching is one dict lookup per token."""

    entries: list[LexiconEntry] = field(default_factory=list)
    verbs: dict[str, list[LexiconEntry]] = field(default_factory=dict)
    nouns: dict[str, list[LexiconEntry]] = field(default_factory=dict)
    verb_forms: dict[str, str] = field(default_factory=dict)  # regular inflection -> lemma

    def add(self, entries: Iterable[LexiconEntry]) -> None:
        verbs: defaultdict[str, list[LexiconEntry]] = defaultdict(list, self.verbs)
        nouns: defaultdict[str, list[LexiconEntry]] = defaultdict(list, self.nouns)
        for entry in entries:
            self.entries.append(entry)
            (verbs if entry.pos == "verb" else nouns)[entry.lemma].append(entry)
        for index in (verbs, nouns):
            for bucket in index.values():
                bucket.sort(key=lambda e: -e.specificity)
        self.verbs = dict(verbs)
        self.nouns = dict(nouns)
        for lemma in self.verbs:
            for form in regular_inflections(lemma) | irregular_inflections(lemma):
                self.verb_forms.setdefault(form, lemma)

    def override(self, entries: Iterable[LexiconEntry]) -> None:
        """Add a user dictionary's entries; for each lemma it defines, they replace ours."""
        entries = list(entries)
        verbs = {e.lemma for e in entries if e.pos == "verb"}
        nouns = {e.lemma for e in entries if e.pos == "noun"}
        replaced = {("verb", lemma) for lemma in verbs} | {("noun", lemma) for lemma in nouns}
        self.entries = [e for e in self.entries if (e.pos, e.lemma) not in replaced]
        for lemma in verbs:
            self.verbs.pop(lemma, None)
        for lemma in nouns:
            self.nouns.pop(lemma, None)
        self.add(entries)

    def __len__(self) -> int:
        return len(self.entries)

    def codes(self) -> set[str]:
        return {e.cameo for e in self.entries}


# irregular past forms; the lemmatizer knows the bare verbs but misses prefixed ones
# ("retook", "overran", "withheld"), so the table is applied to every lemma ending in a base
_IRREGULAR_PAST = {
    "take": ("took", "taken"), "run": ("ran",), "hold": ("held",), "give": ("gave", "given"),
    "draw": ("drew", "drawn"), "throw": ("threw", "thrown"), "write": ("wrote", "written"),
    "seek": ("sought",), "fight": ("fought",), "build": ("built",), "shoot": ("shot",),
    "send": ("sent",), "lead": ("led",), "come": ("came",),
}


def irregular_inflections(lemma: str) -> set[str]:
    """Past forms of a prefixed irregular verb (retake -> retook, retaken)."""
    forms: set[str] = set()
    for base, past in _IRREGULAR_PAST.items():
        if lemma.endswith(base) and lemma != base:
            forms |= {lemma[: -len(base)] + form for form in past}
    return forms


def regular_inflections(lemma: str) -> set[str]:
    """-s, -ed and -ing forms of a regular verb (stage -> stages, staged, staging)."""
    forms = {lemma + "s", lemma + "ed", lemma + "ing"}
    if lemma.endswith("e"):
        forms |= {lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        forms.add(lemma + "es")
    if len(lemma) > 2 and lemma[-1] not in "aeiouwxy" and lemma[-2] in "aeiou" and (
        lemma[-3] not in "aeiou"
    ):
        forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    return forms


def _as_tuple(value: Any, where: str, key: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value.strip(),)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(v.strip() for v in value)
    raise DataFileError(f"{where}: `{key}` must be a string or a list of strings, got {value!r}")


def _check_slots(slots: Sequence[str], where: str, key: str) -> None:
    for slot in slots:
        if slot in _FIXED_SLOTS or (slot.startswith("prep:") and len(slot) > 5):
            continue
        raise DataFileError(
            f"{where}: unknown {key} slot {slot!r} (expected one of "
            f"{sorted(_FIXED_SLOTS)} or prep:<word>)"
        )


def _normalise_code(value: Any, where: str, key: str) -> str:
    code = str(value).strip() if value is not None else ""
    if isinstance(value, int):
        raise DataFileError(f"{where}: `{key}` must be a quoted string, got {value}")
    if not _CAMEO_CODE.match(code):
        raise DataFileError(f"{where}: `{key}` {value!r} is not a CAMEO code")
    return code


def entry_from_mapping(raw: Any, where: str) -> LexiconEntry:
    """Validate one YAML mapping and build its entry; errors name `where` (file and entry)."""
    if not isinstance(raw, dict):
        raise DataFileError(f"{where}: an entry must be a mapping, got {type(raw).__name__}")
    unknown = set(raw) - _KNOWN_KEYS
    if unknown:
        raise DataFileError(f"{where}: unknown keys {sorted(unknown)}")
    entry_id = raw.get("id")
    if not isinstance(entry_id, str) or not entry_id.strip():
        raise DataFileError(f"{where}: entry without an `id`")
    where = f"{where} ({entry_id})"
    cameo = _normalise_code(raw.get("cameo"), where, "cameo")
    has_verb, has_noun = bool(raw.get("verb")), bool(raw.get("noun"))
    if has_verb == has_noun:
        raise DataFileError(f"{where}: give exactly one of `verb` or `noun`")
    pos = "verb" if has_verb else "noun"
    lemma = str(raw[pos]).strip().lower()
    source = _as_tuple(raw.get("source"), where, "source") or (
        DEFAULT_VERB_SOURCE if pos == "verb" else DEFAULT_NOUN_SOURCE
    )
    target_raw = raw.get("target")
    target = _as_tuple(target_raw, where, "target")
    if target_raw is None:
        target = DEFAULT_VERB_TARGET if pos == "verb" else DEFAULT_NOUN_TARGET
    _check_slots(source, where, "source")
    _check_slots(target, where, "target")
    complement = raw.get("complement")
    if complement is not None and complement not in COMPLEMENTS:
        raise DataFileError(
            f"{where}: `complement` {complement!r} not one of {sorted(COMPLEMENTS)}"
        )
    reverse = raw.get("reverse_cameo")
    return LexiconEntry(
        id=entry_id.strip(),
        cameo=cameo,
        lemma=lemma,
        pos=pos,
        source=source,
        target=target,
        objects=tuple(o.lower() for o in _as_tuple(raw.get("object"), where, "object")),
        not_objects=tuple(
            o.lower() for o in _as_tuple(raw.get("not_object"), where, "not_object")
        ),
        subjects=tuple(s.lower() for s in _as_tuple(raw.get("subject"), where, "subject")),
        particle=str(raw["particle"]).strip().lower() if raw.get("particle") else None,
        complement=complement,
        symmetric=bool(raw.get("symmetric", False)),
        mode=raw.get("mode") or None,
        context=_as_tuple(raw.get("context"), where, "context"),
        example=raw.get("example"),
        reverse_cameo=_normalise_code(reverse, where, "reverse_cameo") if reverse else None,
        before=tuple(w.lower() for w in _as_tuple(raw.get("before"), where, "before")),
        after=tuple(w.lower() for w in _as_tuple(raw.get("after"), where, "after")),
        origin=where,
    )


def load_lexicon_file(path: Path) -> list[LexiconEntry]:
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise DataFileError(f"{path}{line}: invalid YAML: {exc}") from exc
    if raw is None:
        return []
    if not isinstance(raw, list):
        raise DataFileError(f"{path}: expected a list of trigger entries")
    return [entry_from_mapping(item, f"{path}#{n}") for n, item in enumerate(raw, 1)]


def load_lexicon(folder: Path) -> Lexicon:
    """Load every `*.yaml` under `folder` (sorted, so entry order is stable); ids must be unique."""
    lexicon = Lexicon()
    if not folder.is_dir():
        raise FileNotFoundError(f"eventwire lexicon folder missing: {folder}")
    seen: dict[str, str] = {}
    entries: list[LexiconEntry] = []
    for path in sorted(folder.glob("*.yaml")):
        for entry in load_lexicon_file(path):
            if entry.id in seen:
                raise DataFileError(
                    f"{entry.origin}: duplicate entry id {entry.id!r} (first in {seen[entry.id]})"
                )
            seen[entry.id] = entry.origin
            entries.append(entry)
    lexicon.add(entries)
    return lexicon
