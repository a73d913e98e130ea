"""Find actor mentions in a parsed document: dictionary names and entities grouped into phrases.

A phrase ("chain") is a run of name elements joined by glue that stays inside one noun phrase:
"Chief of Staff of the Iranian Armed Forces Maj Gen Mohammad Hossein Baqeri",
"Pakistan's army", "Iranian official newswire IRNA". The coder then reads each chain as
qualifiers plus a head.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc, Span, Token

from eventwire.actors.matcher import NameEntry, NameMatch

ElementKind = Literal[
    "country", "demonym", "capital", "actor", "title", "person", "org", "place", "norp"
]
ENTITY_LABELS = {"PERSON": "person", "ORG": "org", "GPE": "place", "LOC": "place",
                 "FAC": "place", "NORP": "norp"}
# words that change what a titled phrase means rather than naming anything ("outgoing" is not
# one: an outgoing minister still holds the office)
MODIFIERS = frozenset({"former", "ex", "late", "ousted", "exiled", "deposed", "then"})
_GAP_POS = frozenset({"ADJ", "NOUN", "PROPN"})
_LINK_WORDS = frozenset({"of", "at", "for"})
# verbs whose "at" names a target, not a workplace: "launched missiles at X"
_AIMING_VERBS = frozenset({
    "fire", "launch", "shoot", "aim", "throw", "hurl", "lob", "point", "direct", "fling",
})
_SKIP_DETS = frozenset({"the", "a", "an"})
HONORIFICS = frozenset({"mr", "mrs", "ms", "dr", "mr.", "mrs.", "ms.", "dr.", "miss", "sir"})


@dataclass(slots=True)
class Element:
    kind: ElementKind
    start: int  # token indices in the doc
    end: int
    entries: tuple[NameEntry, ...] = ()

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]


@dataclass(slots=True)
class Chain:
    """One candidate actor phrase inside a sentence."""

    start: int
    end: int
    sentence_index: int
    elements: list[Element] = field(default_factory=list)
    modifiers: list[str] = field(default_factory=list)
    definite: bool = False

    def span(self, doc: Doc) -> Span:
        return doc[self.start : self.end]

    def kinds(self) -> list[str]:
        return [e.kind for e in self.elements]


def find_elements(doc: Doc, matches: list[NameMatch]) -> list[Element]:
    """Dictionary matches first; entity tokens they leave uncovered become unknown elements."""
    owner: list[Element | None] = [None] * len(doc)
    elements: list[Element] = []
    for match in matches:
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or any(owner[i] is not None for i in range(span.start, span.end)):
            continue
        if match.kinds() == {"not_actor"}:
            for i in range(span.start, span.end):
                owner[i] = _NOT_AN_ACTOR  # "GMT", "Gross National Product": no element
            continue
        if match.kinds() == {"region"} and _region_word_in_a_name(span):
            continue
        kind = _match_kind(match)
        element = Element(kind, span.start, span.end, match.entries)
        elements.append(element)
        for i in range(span.start, span.end):
            owner[i] = element
    for ent in doc.ents:
        kind = ENTITY_LABELS.get(ent.label_)
        if kind is None:
            continue
        run: list[int] = []
        for token in ent:
            free = owner[token.i] is None and not token.is_space and not token.is_punct
            if free and not (not run and token.lower_ in _SKIP_DETS):
                run.append(token.i)
                continue
            _close_run(run, kind, doc, elements, owner)
            run = []
        _close_run(run, kind, doc, elements, owner)
    _mark_honorific_names(doc, elements, owner)
    _mark_titled_names(doc, elements, owner)
    return sorted(elements, key=lambda e: e.start)


_NOT_AN_ACTOR = Element("place", 0, 0)


def _region_word_in_a_name(span: Span) -> bool:
    """A one-word region ("Western") starting a longer name: "Western Cape", "Western Union"."""
    if len(span) != 1 or span.end >= len(span.doc):
        return False
    after = span.doc[span.end]
    return after.is_title or after.is_upper


def _mark_titled_names(doc: Doc, elements: list[Element], owner: list[Element | None]) -> None:
    """Proper nouns right after a title the parser did not tag ("Gen Bajwa") are a person."""
    for element in list(elements):
        if element.kind != "title":
            continue
        end = element.end
        while (end < len(doc) and owner[end] is None and doc[end].pos_ == "PROPN"
               and doc[end].is_title and doc[end].ent_type_ in {"", "PERSON"}):
            end += 1
        if end > element.end:
            person = Element("person", element.end, end)
            elements.append(person)
            for i in range(element.end, end):
                owner[i] = person


def _mark_honorific_names(doc: Doc, elements: list[Element], owner: list[Element | None]) -> None:
    """"Mr Shamkhani", "Dr Ali": the capitalised words after an honorific are a person."""
    for token in doc:
        if token.lower_ not in HONORIFICS or token.i + 1 >= len(doc):
            continue
        end = token.i + 1
        while end < len(doc) and doc[end].is_title and doc[end].is_alpha:
            end += 1
        if end == token.i + 1:
            continue
        holder = owner[token.i + 1]
        if holder is _NOT_AN_ACTOR or (
                holder is not None and holder.kind in {"actor", "country", "capital", "person"}):
            continue
        if holder is not None:
            # cut the entity that swallowed the name ("National Security Council Mr Shamkhani")
            if holder.start < token.i:
                holder.end = token.i
            else:
                elements.remove(holder)
            for i in range(token.i, end):
                owner[i] = None
        if any(owner[i] is not None for i in range(token.i + 1, end)):
            continue
        element = Element("person", token.i + 1, end)
        elements.append(element)
        for i in range(token.i + 1, end):
            owner[i] = element


def _match_kind(match: NameMatch) -> ElementKind:
    kinds = match.kinds()
    for kind in ("actor", "country", "capital", "demonym", "title"):
        if kind in kinds:
            return kind  # type: ignore[return-value]
    if "region" in kinds:
        return "place"  # a world region: a place of no one country
    return "title"


def _close_run(
    run: list[int], kind: ElementKind, doc: Doc, elements: list[Element],
    owner: list[Element | None],
) -> None:
    if not run or not any(doc[i].is_alpha for i in run):
        return
    if not any(doc[i].is_title or doc[i].is_upper for i in run):
        return  # a name has a capital; "cts" in a price table is a tagger slip
    element = Element(kind, run[0], run[-1] + 1)
    elements.append(element)
    for i in run:
        owner[i] = element


def build_chains(doc: Doc, elements: list[Element], skip_until: int = 0) -> list[Chain]:
    """Group elements into chains, sentence by sentence."""
    by_start = {e.start: e for e in elements}
    chains: list[Chain] = []
    for sent_index, sent in enumerate(doc.sents):
        i = max(sent.start, skip_until)
        current: Chain | None = None
        pending: list[int] = []  # glue tokens waiting for the next element
        while i < sent.end:
            element = by_start.get(i)
            token = doc[i]
            if element is not None and element.end <= sent.end:
                if current is None:
                    start = pending[0] if pending else element.start
                    current = Chain(start, element.end, sent_index)
                    current.definite = _is_definite(doc, start)
                current.elements.append(element)
                current.end = element.end
                pending = []
                i = element.end
                continue
            if _is_glue(token, current, pending):
                pending.append(i)
                i += 1
                continue
            if current is not None:
                chains.append(current)
            current = None
            pending = []
            if _can_open(token):
                pending.append(i)
            i += 1
        if current is not None:
            chains.append(current)
    for chain in chains:
        chain.modifiers = [
            t.lower_.rstrip("-") for t in chain.span(doc) if t.lower_.rstrip("-") in MODIFIERS
        ]
    return chains


def _is_definite(doc: Doc, start: int) -> bool:
    if start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in {"the", "this", "that", "these", "those"} or before.dep_ == "poss"


def _can_open(token: Token) -> bool:
    """Adjectives and nouns before the first element ("former", "senior", "border")."""
    if token.is_space or token.ent_type_ in {"DATE", "TIME", "CARDINAL", "ORDINAL"}:
        return False
    return token.pos_ in _GAP_POS or token.lower_.rstrip("-") in MODIFIERS


def _is_glue(token: Token, current: Chain | None, pending: list[int]) -> bool:
    if token.is_space:
        return False
    if current is None:
        return bool(pending) and _can_open(token)
    low = token.lower_
    if low in {"'s", "\u2019s", "'", "-"}:
        return True
    if low in _LINK_WORDS:
        if low == "at" and token.head.lemma_.lower() in _AIMING_VERBS:
            return False  # "fired missiles at the government": where the verb aims
        return current.elements[-1].kind in {"title", "actor", "org"} and not pending
    if low in _SKIP_DETS and pending and token.doc[pending[-1]].lower_ in _LINK_WORDS:
        return True
    if len(pending) >= 3:
        return False
    return _can_open(token) and token.pos_ != "VERB"
