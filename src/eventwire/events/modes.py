"""PLOVER modes ("how the event happened") from the event's sentence, its trigger and its actors,
read against a cue lexicon (`data/lexicon/plover_modes.yaml`): the weapon of an attack, the
violence of a protest, the medium of a meeting, the content of a threat."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from eventwire.model import ActorRef
from eventwire.resources import DataFileError

# the cue syntax is the context tagger's, so both lexicons read alike
from .cues import NAME_ENTITIES, add_cue, cue_list, phrase_at, read_cue_file, token_forms
from .modality import SPEECH_VERBS

# The PLOVER 2.0 modes of each event type (shared/data/plover/plover.json, "types" -> "modes");
# the types without modes (AGREE, SUPPORT, CONCEDE, COOPERATE, AID) take none.
PLOVER_MODES: dict[str, frozenset[str]] = {
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct",
                          "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest",
                         "deport", "withhold", "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy",
                          "primitive", "firearms", "explosives", "suicide-attack", "aerial",
                          "drone", "heavy-weapons", "crowd-control", "unconventional"}),
}
# "higher": a cue replaces the code's mode only with a mode listed before it (a named tank
# refines "fired at"; a named rifle does not undo shelling); "any": the code's mode is a
# guess per CAMEO code and whatever the sentence cues wins (the content of a threat)
_REPLACE = ("higher", "any")
# "sentence": the whole sentence minus its reporting frame; "trigger": the trigger's subtree
_SCOPES = ("sentence", "trigger")
_TYPE_KEYS = frozenset({"scope", "replace", "keep", "neutral", "modes"})
_MODE_KEYS = frozenset({"mode", "cues", "target_words", "triggers", "sources"})

# a relative clause on a place tells the place's story, not the event's ("demonstrated in
# Serbia, where 24 people were killed in riots last March")
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})

_Words = dict[str, list[tuple[str | None, tuple[str, ...]]]]
_Phrases = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


@dataclass(frozen=True, slots=True)
class TargetCue:
    """A word in the target's mention cues `mode` when the trigger is one of `triggers`
    ("killed the deputy chief": a targeted killing)."""

    mode: str
    words: frozenset[str]
    triggers: frozenset[str]


@dataclass(frozen=True, slots=True)
class TypeModes:
    """The cue lexicon of one PLOVER type.

    `order` lists the modes best first: when a sentence cues several, the first wins. `keep`
    are modes the code or entry fixes (an abduction stays one whatever weapon is named).
    Source sectors (`sources`) cue a mode only when no word does.
    """

    order: tuple[str, ...]
    keep: frozenset[str] = frozenset()
    replace: str = "higher"
    scope: str = "sentence"
    words: _Words = field(default_factory=dict)
    phrases: _Phrases = field(default_factory=dict)
    targets: tuple[TargetCue, ...] = ()
    sources: dict[str, str] = field(default_factory=dict)

    def rank(self, mode: str | None) -> int:
        return self.order.index(mode) if mode in self.order else len(self.order)


@dataclass(frozen=True, slots=True)
class ModeRefiner:
    """Picks an event's PLOVER mode among its type's modes from what the sentence says.

    Precedence: a lexicon entry's own `mode:` is kept unless a cue names a mode listed before
    it (the entry's "firearms" for "shot" yields to "tanks shot shells") and it is not one the
    type keeps; the CAMEO table's mode is replaced by the best cued mode as the type's
    `replace` says; with no mode yet, the best cued mode is taken.
    """

    types: dict[str, TypeModes]

    @classmethod
    def load(cls, path: Path) -> ModeRefiner:
        """Read and validate the cue lexicon; a missing file gives a refiner that cues nothing."""
        if not path.is_file():
            return cls({})
        raw = read_cue_file(path, "types")
        return cls({
            name: _type_modes(path, name, spec) for name, spec in raw["types"].items()
        })

    def cued(
        self,
        plover_type: str,
        sentence: Span,
        trigger: Token | None = None,
        source: ActorRef | None = None,
        target: ActorRef | None = None,
    ) -> list[str]:
        """The modes of `plover_type` the sentence and actors cue, best first."""
        spec = self.types.get(plover_type)
        if spec is None:
            return []
        found = set(_sentence_cues(spec, sentence, trigger, target))
        lemma = trigger.lemma_.lower() if trigger is not None else ""
        for cue in spec.targets:
            if lemma in cue.triggers and cue.words & _mention_forms(sentence, target):
                found.add(cue.mode)
        if not found and source is not None and source.sector in spec.sources:
            found.add(spec.sources[source.sector])
        return sorted(found, key=spec.rank)

    def refine(
        self,
        plover_type: str,
        entry_mode: str | None,
        table_mode: str | None,
        sentence: Span,
        trigger: Token | None = None,
        source: ActorRef | None = None,
        target: ActorRef | None = None,
    ) -> str | None:
        """The event's mode: the entry's or the table's, refined by the best cued mode."""
        mode = entry_mode or table_mode
        spec = self.types.get(plover_type)
        if spec is None or (mode is not None and mode in spec.keep):
            return mode
        cued = self.cued(plover_type, sentence, trigger, source, target)
        if not cued:
            return mode
        best = cued[0]
        if mode is None:
            return best
        if entry_mode is None and spec.replace == "any":
            return best
        return best if spec.rank(best) < spec.rank(mode) else mode


def _sentence_cues(
    spec: TypeModes, sentence: Span, trigger: Token | None, target: ActorRef | None
) -> list[str]:
    skipped = _background(sentence, trigger)
    # the target's mention names a victim, not a means ("shot down a helicopter")
    skipped |= _mention_tokens(sentence, target)
    scope = (
        _own_clause(trigger) if spec.scope == "trigger" and trigger is not None else None
    )
    tokens = [t for t in sentence if t.i not in skipped and (scope is None or t.i in scope)]
    found: list[str] = []
    position = 0
    while position < len(tokens):
        token = tokens[position]
        forms = token_forms(token)
        matched = _phrase_match(spec.phrases, tokens, position, forms)
        if matched is not None:
            length, modes = matched
            found.extend(modes)
            position += length
            continue
        if token.ent_type_ not in NAME_ENTITIES:
            for form in forms:
                modes = [m for pos, ms in spec.words.get(form, []) if pos in (None, token.pos_)
                         for m in ms]
                if modes:
                    found.extend(modes)
                    break
        position += 1
    return found


def _phrase_match(
    phrases: _Phrases, tokens: Sequence[Token], position: int, forms: tuple[str, ...]
) -> tuple[int, tuple[str, ...]] | None:
    for form in forms:
        for words, modes in phrases.get(form, []):
            if phrase_at(tokens, position, words):
                return len(words), modes
    return None


def _mention_tokens(sentence: Span, actor: ActorRef | None) -> set[int]:
    """Indices of the tokens of `actor`'s mention in the sentence (its first occurrence)."""
    if actor is None or not actor.text:
        return set()
    start = sentence.text.find(actor.text)
    if start < 0:
        return set()
    begin = sentence.start_char + start
    end = begin + len(actor.text)
    return {t.i for t in sentence if begin <= t.idx < end}


def _mention_forms(sentence: Span, actor: ActorRef | None) -> set[str]:
    """Lower-case forms and lemmas of the tokens of `actor`'s mention in the sentence."""
    indices = _mention_tokens(sentence, actor)
    return {form for t in sentence if t.i in indices for form in token_forms(t)}


def _background(sentence: Span, trigger: Token | None) -> set[int]:
    """Tokens that do not describe the event: who reports it ("..., Dawn reported",
    "according to X") and relative clauses on places. Only a reporting verb's subject is
    skipped, never its clause: parses often hang the event's own clause under it."""
    skipped: set[int] = set()
    for token in sentence:
        if trigger is not None and token.i == trigger.i:
            continue
        if token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX"):
            for child in token.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    skipped.update(t.i for t in child.subtree)
        elif _frames_or_places(token) and (trigger is None or not token.is_ancestor(trigger)):
            skipped.update(t.i for t in token.subtree)
    return skipped


def _frames_or_places(token: Token) -> bool:
    return token.lower_ == "according" or (
        token.dep_ == "relcl" and token.head.ent_type_ in _PLACE_ENTITIES
    )


def _own_clause(trigger: Token) -> set[int]:
    """The trigger's subtree without its adverbial clauses: what is threatened or demanded,
    not the condition ("... unless Israel rescinded its annexation")."""
    skipped = {
        t.i for child in trigger.children if child.dep_ == "advcl" for t in child.subtree
    }
    return {t.i for t in trigger.subtree} - skipped


def _type_modes(path: Path, name: Any, spec: Any) -> TypeModes:
    where = f"types: {name}"
    if name not in PLOVER_MODES:
        raise DataFileError(
            f"{path}: {where}: not a PLOVER 2.0 type with modes "
            f"(one of {', '.join(sorted(PLOVER_MODES))})"
        )
    if not isinstance(spec, dict) or not isinstance(spec.get("modes"), list):
        raise DataFileError(f"{path}: {where}: expected a mapping with a `modes` list")
    unknown = set(spec) - _TYPE_KEYS
    if unknown:
        raise DataFileError(f"{path}: {where}: unknown keys {sorted(unknown)}")
    scope, replace = spec.get("scope", "sentence"), spec.get("replace", "higher")
    if scope not in _SCOPES:
        raise DataFileError(f"{path}: {where}: scope must be one of {', '.join(_SCOPES)}")
    if replace not in _REPLACE:
        raise DataFileError(f"{path}: {where}: replace must be one of {', '.join(_REPLACE)}")
    words: _Words = {}
    phrases: _Phrases = {}
    order: list[str] = []
    targets: list[TargetCue] = []
    sources: dict[str, str] = {}
    for number, entry in enumerate(spec["modes"], 1):
        mode = _mode_name(path, f"{where}: modes entry {number}", name, entry)
        if mode in order:
            raise DataFileError(f"{path}: {where}: mode {mode!r} listed twice")
        order.append(mode)
        here = f"{where}: {mode}"
        for cue in cue_list(path, here, entry.get("cues") or []):
            add_cue(path, here, words, phrases, cue, (mode,))
        if entry.get("target_words"):
            triggers = cue_list(path, f"{here}: triggers", entry.get("triggers") or [])
            if not triggers:
                raise DataFileError(f"{path}: {here}: target_words need a `triggers` list")
            targets.append(TargetCue(
                mode, frozenset(cue_list(path, f"{here}: target_words", entry["target_words"])),
                frozenset(triggers),
            ))
        for sector in cue_list(path, f"{here}: sources", entry.get("sources") or []):
            sources.setdefault(sector.upper(), mode)
    for cue in cue_list(path, f"{where}: neutral", spec.get("neutral") or []):
        if " " not in cue and "-" not in cue.strip("-"):
            raise DataFileError(f"{path}: {where}: neutral: {cue!r} is not a phrase")
        add_cue(path, f"{where}: neutral", words, phrases, cue, ())
    for candidates in phrases.values():
        candidates.sort(key=lambda pair: -len(pair[0]))
    keep = spec.get("keep") or []
    if not isinstance(keep, list):
        raise DataFileError(f"{path}: {where}: keep must be a list of modes")
    for mode in keep:
        _mode_name(path, f"{where}: keep", name, {"mode": mode})
    return TypeModes(
        order=tuple(order), keep=frozenset(keep),
        replace=replace, scope=scope, words=words, phrases=phrases, targets=tuple(targets),
        sources=sources,
    )


def _mode_name(path: Path, where: str, plover_type: str, entry: Any) -> str:
    if not isinstance(entry, dict) or not isinstance(entry.get("mode"), str):
        raise DataFileError(f"{path}: {where}: expected a mapping with a `mode` name")
    unknown = set(entry) - _MODE_KEYS
    if unknown:
        raise DataFileError(f"{path}: {where}: unknown keys {sorted(unknown)}")
    mode = entry["mode"]
    if mode not in PLOVER_MODES[plover_type]:
        raise DataFileError(
            f"{path}: {where}: {mode!r} is not a PLOVER 2.0 mode of {plover_type} "
            f"(one of {', '.join(sorted(PLOVER_MODES[plover_type]))})"
        )
    return mode
