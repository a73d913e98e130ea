"""PLOVER contexts ("what the event is about") from the words of the event's sentence and the
sectors of its actors, read against a cue lexicon (`data/lexicon/plover_contexts.yaml`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Span, Token

from eventwire.model import ActorRef
from eventwire.resources import DataFileError

from .cues import NAME_ENTITIES, add_cue, cue_list, phrase_at, read_cue_file, token_forms
from .modality import SPEECH_VERBS

# The PLOVER 2.0 context names (shared/data/plover/plover.json, "contexts"), in its order.
PLOVER_CONTEXTS = frozenset({
    "military", "intelligence", "executive", "legislative", "election",
    "political_institutions", "pro_democracy", "pro_autocracy", "economic", "legal",
    "reparations", "human_rights", "rights_freedoms", "repression", "human_security", "gender",
    "lgbt", "religion_ethnicity", "inequality", "diplomatic", "territory", "peacekeeping",
    "health", "asylum", "migration", "disasters", "natural_resource", "environment",
    "technology", "terrorism", "cbrn", "cyber", "misinformation", "crime", "corruption",
    "illegal_drugs", "trafficking",
})
_ROLES = ("source", "target", "either")


@dataclass(frozen=True, slots=True)
class SectorCue:
    """An actor of `sector` in `role` gives `context`; `quads` limits it to those quad classes
    (a journalist arrested is press freedom, a journalist reporting is not)."""

    sector: str
    context: str
    role: str = "either"
    quads: frozenset[int] = frozenset()

    def applies(self, source: ActorRef, target: ActorRef | None, quad: int) -> bool:
        if self.quads and quad not in self.quads:
            return False
        actors = {"source": [source], "target": [target], "either": [source, target]}[self.role]
        return any(a is not None and a.sector == self.sector for a in actors)


@dataclass(frozen=True, slots=True)
class ContextTagger:
    """Cue words and phrases per context, read off the sentence minus its reporting frame
    ("..., military sources said" is not about the military).

    `words` maps a lower-case word (matched against a token's text or lemma) to (part of
    speech or None, contexts) pairs ("strike/NOUN": a walkout, not "struck a deal");
    `phrases` maps a phrase's first word to (words, contexts) pairs, longest first. Phrases
    whose contexts are empty are neutral: they only keep their words from cueing ("hunger
    strike" is no food security). `order` ranks contexts on equal evidence; at most
    `max_contexts` are returned.
    """

    words: dict[str, list[tuple[str | None, tuple[str, ...]]]]
    phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]
    sectors: tuple[SectorCue, ...]
    order: dict[str, int]
    max_contexts: int = 2

    @classmethod
    def load(cls, path: Path) -> ContextTagger:
        """Read and validate the cue lexicon; a missing file gives a tagger that cues nothing."""
        if not path.is_file():
            return cls({}, {}, (), {})
        raw = read_cue_file(path, "contexts")
        words: dict[str, list[tuple[str | None, tuple[str, ...]]]] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {}
        order: dict[str, int] = {}
        for name, cues in raw["contexts"].items():
            _check_context(path, f"contexts: {name}", name)
            order[name] = len(order)
            for cue in cue_list(path, f"contexts: {name}", cues):
                add_cue(path, f"contexts: {name}", words, phrases, cue, (name,))
        for cue in cue_list(path, "neutral", raw.get("neutral") or []):
            if " " not in cue and "-" not in cue.strip("-"):
                raise DataFileError(f"{path}: neutral: {cue!r} is not a phrase of several words")
            add_cue(path, "neutral", words, phrases, cue, ())
        for candidates in phrases.values():
            candidates.sort(key=lambda pair: -len(pair[0]))
        sectors = tuple(
            _sector_cue(path, number, entry)
            for number, entry in enumerate(raw.get("sectors") or [], 1)
        )
        limit = raw.get("max_contexts", 2)
        if not isinstance(limit, int) or isinstance(limit, bool) or limit < 1:
            raise DataFileError(f"{path}: max_contexts must be a positive integer, got {limit!r}")
        return cls(words, phrases, sectors, order, limit)

    def cued(
        self,
        sentence: Span,
        source: ActorRef,
        target: ActorRef | None = None,
        quad: int = 0,
        trigger: Token | None = None,
    ) -> Counter[str]:
        """Every context the sentence and the actors cue, with its number of cues."""
        evidence: Counter[str] = Counter()
        for contexts in self._sentence_cues(sentence, trigger):
            evidence.update(contexts)
        for cue in self.sectors:
            if cue.applies(source, target, quad):
                evidence[cue.context] += 1
        return evidence

    def contexts(
        self,
        table: Iterable[str],
        entry: Iterable[str],
        sentence: Span,
        source: ActorRef,
        target: ActorRef | None = None,
        quad: int = 0,
        trigger: Token | None = None,
    ) -> list[str]:
        """An event's contexts: the lexicon entry's own, then the best-cued context and those
        cued as strongly, up to `max_contexts`. The CAMEO table's contexts, generic to the
        code, break ties among cued contexts and stand alone only when nothing is cued."""
        chosen = list(dict.fromkeys(entry))
        table = list(table)
        evidence = self.cued(sentence, source, target, quad, trigger)
        if not evidence:
            return list(dict.fromkeys(chosen + table))[: max(self.max_contexts, len(chosen))]

        def strength(context: str) -> tuple[int, bool]:
            return evidence[context], context in table

        ranked = sorted(
            evidence, key=lambda c: (strength(c), -self.order.get(c, len(self.order))),
            reverse=True,
        )
        for context in ranked:
            if len(chosen) >= self.max_contexts:
                break
            if strength(context) < strength(ranked[0]):
                break
            if context not in chosen:
                chosen.append(context)
        return chosen

    def _sentence_cues(self, sentence: Span, trigger: Token | None) -> list[tuple[str, ...]]:
        skipped = _reporting_frame(sentence, trigger)
        tokens = [t for t in sentence if t.i not in skipped]
        found: list[tuple[str, ...]] = []
        position = 0
        while position < len(tokens):
            token = tokens[position]
            forms = token_forms(token)
            matched = 0
            for form in forms:
                for words, contexts in self.phrases.get(form, []):
                    if phrase_at(tokens, position, words):
                        matched = len(words)
                        found.append(contexts)
                        break
                if matched:
                    break
            if matched:
                position += matched
                continue
            if token.ent_type_ not in NAME_ENTITIES:
                found.extend(self._word_cues(token, forms))
            position += 1
        return [contexts for contexts in found if contexts]

    def _word_cues(self, token: Token, forms: tuple[str, ...]) -> list[tuple[str, ...]]:
        for form in forms:
            cues = [c for pos, c in self.words.get(form, []) if pos in (None, token.pos_)]
            if cues:
                return cues
        return []


def _reporting_frame(sentence: Span, trigger: Token | None) -> set[int]:
    """Token indices that only say who reports the event: the subject of a speech verb the
    event is reported under, a dangling "..., police said", "according to X"."""
    if trigger is None:
        return set()
    skipped: set[int] = set()
    for token in sentence:
        reporting = token.lemma_.lower() in SPEECH_VERBS and token.pos_ in ("VERB", "AUX")
        if token.i == trigger.i:
            continue
        if token.is_ancestor(trigger):
            if reporting:
                for child in token.children:
                    if child.dep_ in ("nsubj", "nsubjpass"):
                        skipped.update(t.i for t in child.subtree)
        elif reporting or token.lower_ == "according":
            skipped.update(t.i for t in token.subtree)
    return skipped


def _check_context(path: Path, where: str, name: Any) -> None:
    if name not in PLOVER_CONTEXTS:
        raise DataFileError(
            f"{path}: {where}: {name!r} is not a PLOVER 2.0 context "
            f"(one of {', '.join(sorted(PLOVER_CONTEXTS))})"
        )


def _sector_cue(path: Path, number: int, entry: Any) -> SectorCue:
    where = f"sectors: entry {number}"
    if not isinstance(entry, dict) or not entry.get("sector") or not entry.get("context"):
        raise DataFileError(f"{path}: {where}: expected a mapping with `sector` and `context`")
    _check_context(path, f"{where} ({entry['sector']})", entry["context"])
    role = entry.get("role", "either")
    if role not in _ROLES:
        raise DataFileError(f"{path}: {where}: role must be one of {', '.join(_ROLES)}")
    quads = entry.get("quad") or []
    if not isinstance(quads, list) or not all(q in (1, 2, 3, 4) for q in quads):
        raise DataFileError(f"{path}: {where}: quad must be a list of quad classes 1-4")
    return SectorCue(str(entry["sector"]), entry["context"], role, frozenset(quads))
