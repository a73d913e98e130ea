"""Place each event: its clause's locative phrase, else (talks between a visitor and the hosts)
the visited country, else the dateline, else the visited country."""

from __future__ import annotations

import logging

from spacy.tokens import Doc, Span, Token

from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry, ResolutionContext, iso3
from eventwire.geo.toponyms import TOPONYM_LABELS, build_context
from eventwire.model import Article, Event, Location

log = logging.getLogger(__name__)

LOCATIVE_PREPOSITIONS = {"in", "at", "near", "outside", "inside", "along", "across", "within"}
FRAMING_PREPOSITIONS = {"during", "on", "in", "throughout"}
VISIT_WORDS = {"visit", "trip", "tour", "travel", "journey", "arrive", "fly"}


class EventLocator:
    """Fill each event's location from the article's words, resolved on the gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        self._gazetteer = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            self._gazetteer = Gazetteer.shared()
        return self._gazetteer

    def locate_events(self, doc: Doc, article: Article, events: list[Event]) -> None:
        if not events:
            return
        places = [ent for ent in doc.ents if ent.label_ in TOPONYM_LABELS]
        names = [ent.text for ent in places] + ([article.dateline] if article.dateline else [])
        context, _ = build_context(names, self.gazetteer)
        dateline = self._resolve(article.dateline, context) if article.dateline else None
        visited = self._visited_place(doc, context)
        for event in events:
            location = self._clause_location(doc, event, context)
            if location is None and visited is not None and _meets_host(event, visited):
                # "Gen Bajwa was on a trip to Iran ... the army chief met President Rouhani":
                # talks between the visitor and the hosts happened where the trip went
                location = visited
            event.location = location or dateline or visited

    def _resolve(self, name: str, context: ResolutionContext) -> Location | None:
        entry = self.gazetteer.resolve(name.strip(" :,-").title() if name.isupper() else name,
                                       context)  # fmt: skip
        return to_location(name, entry) if entry else None

    def _clause_location(
        self, doc: Doc, event: Event, context: ResolutionContext
    ) -> Location | None:
        if event.trigger_token is None or not 0 <= event.trigger_token < len(doc):
            return None
        trigger = doc[event.trigger_token]
        for token in trigger.subtree:
            if not token.ent_type_ or token.ent_type_ not in TOPONYM_LABELS:
                continue
            if _is_locative(token, trigger):
                entity = _entity_of(doc, token)
                location = self._resolve(entity.text, context)
                if location is not None:
                    return location
        # "his visit to Iran", "During his visit to Iran, he met Rouhani": a visit that is the
        # event or frames its clause places it, ahead of the dateline (where the story was
        # filed). "After his trip to Iran" does not: the event came later, anywhere.
        framing = [trigger] + [
            grandchild
            for child in trigger.children
            if child.dep_ == "prep" and child.lower_ in FRAMING_PREPOSITIONS
            for grandchild in child.children
            if grandchild.dep_ == "pobj"
        ]
        for token in framing:
            location = self._visit_destination(doc, token, context)
            if location is not None:
                return location
        return None

    def _visited_place(self, doc: Doc, context: ResolutionContext) -> Location | None:
        """The place a visit or trip went to, when the text says so ("a trip to Iran")."""
        for token in doc:
            location = self._visit_destination(doc, token, context)
            if location is not None:
                return location
        return None

    def _visit_destination(
        self, doc: Doc, token: Token, context: ResolutionContext
    ) -> Location | None:
        """Where `token`, a visit word, went: its object or the place after "to"/"in"."""
        if token.lemma_.lower() not in VISIT_WORDS:
            return None
        for child in token.children:
            target = None
            if child.dep_ == "dobj" and child.ent_type_ in TOPONYM_LABELS:
                target = child
            elif child.dep_ == "prep" and child.lower_ in ("to", "in"):
                target = next((g for g in child.children if g.ent_type_ in TOPONYM_LABELS), None)
            if target is not None:
                location = self._resolve(_entity_of(doc, target).text, context)
                if location is not None:
                    return location
        return None


# cooperation a visit is made for: agree, consult, support, cooperate
_VISIT_ROOTS = frozenset({"03", "04", "05", "06"})


def _meets_host(event: Event, visited: Location) -> bool:
    """One party is of the visited country and the other is not."""
    if event.cameo_root not in _VISIT_ROOTS or event.target is None or visited.country is None:
        return False
    countries = (event.source.country, event.target.country)
    return visited.country in countries and any(c and c != visited.country for c in countries)


def _is_locative(token: Token, trigger: Token) -> bool:
    """A place in a locative phrase of the trigger's own clause ("met ... in Tehran")."""
    head = token
    while head.head.i != head.i and head.dep_ in ("compound", "amod", "appos", "conj"):
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPOSITIONS:
        attach = head.head.head
        # the parser often hangs the place on the object: "met Rouhani in Tehran"
        return attach.i == trigger.i or (
            attach.head.i == trigger.i and attach.pos_ in ("NOUN", "PROPN")
        )
    # "visited Iran": the visited place is where the visit happened.
    return head.dep_ == "dobj" and head.head.i == trigger.i and trigger.lemma_ in VISIT_WORDS


def _entity_of(doc: Doc, token: Token) -> Span:
    for ent in doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return doc[token.i : token.i + 1]


def to_location(name: str, entry: GazetteerEntry) -> Location:
    """The model's Location; its country is ISO-3 like every actor's."""
    return Location(
        name=entry.name, country=iso3(entry.country), lat=entry.lat, lon=entry.lon,
        geonameid=entry.geonames_id, feature=entry.feature,
    )  # fmt: skip
