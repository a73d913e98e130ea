"""Read one chain as qualifiers + head and compose its CAMEO code, recording why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from spacy.tokens import Doc

from eventwire.actors.codes import compose_code
from eventwire.actors.kb import KnowledgeBase, KnownActor, Title
from eventwire.actors.mentions import Chain, Element
from eventwire.actors.normalize import normalize_name
from eventwire.actors.places import country_of_place

HeadKind = Literal["person", "organization", "role", "country", "capital", "place", "group"]
# sectors of national institutions: an unqualified one ("the army chief") takes the outlet's
# country as a weak prior
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "within", "throughout", "across", "around", "outside"}
)


@dataclass(slots=True)
class Reading:
    """What a chain refers to."""

    head: HeadKind
    name: str
    code: str | None
    country: str | None
    sector: str | None
    why: list[str] = field(default_factory=list)
    kb_actor: KnownActor | None = None
    person_name: str | None = None  # an unknown person's name as written (titles stripped)
    titles: list[str] = field(default_factory=list)  # folded title phrases in the chain
    plural: bool = False
    is_location: bool = False  # a place in a locative phrase ("in Afghanistan"): not an actor
    country_from_prior: bool = False
    person_element: Element | None = None


@dataclass(slots=True)
class Prior:
    """The article's weak country prior (outlet, dateline), with where it came from."""

    country: str | None = None
    why: str = ""


class ChainResolver:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self._iso2 = {c.iso2.upper(): c.iso3 for c in kb.countries.values() if c.iso2}

    # -- element helpers ------------------------------------------------------------------
    def actor_of(self, element: Element, day: date | None) -> KnownActor | None:
        candidates = [self.kb.actors[e.key] for e in element.entries
                      if e.kind == "actor" and e.key in self.kb.actors]
        if not candidates:
            return None
        if day is not None:
            for actor in candidates:
                if any(r.holds_on(day) for r in actor.roles):
                    return actor
        return candidates[0]

    def title_of(self, element: Element) -> Title | None:
        for entry in element.entries:
            if entry.kind == "title":
                return self.kb.titles[int(entry.key)]
        return None

    def country_of(self, element: Element, doc: Doc) -> str | None:
        for entry in element.entries:
            if entry.kind in {"country", "demonym", "capital"}:
                return entry.key
        if element.kind == "place":
            iso2 = country_of_place(element.span(doc).text)
            return self._iso2.get(iso2) if iso2 else None
        return None

    # -- reading --------------------------------------------------------------------------
    def read(
        self, chain: Chain, doc: Doc, day: date | None, prior: Prior,
        known: KnownActor | None = None,
    ) -> Reading:
        """`known`: the KB person the coder matched the chain's name to (by surname)."""
        elements = chain.elements
        persons = [e for e in elements if self._is_person(e, day)]
        last = elements[-1]
        if persons:
            head = persons[-1]
            qualifiers = [e for e in elements if e is not head and e.start < head.start]
            return self._read_person(chain, head, qualifiers, doc, day, prior, known)
        qualifiers = elements[:-1]
        if last.kind == "actor":
            return self._read_organization(chain, last, qualifiers, doc, day)
        if last.kind == "title":
            return self._read_role(chain, last, qualifiers, doc, day, prior)
        if last.kind in {"country", "demonym", "capital", "place"}:
            return self._read_place(chain, last, qualifiers, doc, day)
        text = last.span(doc).text
        if last.kind == "org":
            country, sector, why = self._qualify(qualifiers, doc, day)
            return Reading("organization", text, compose_code(country, sector), country, sector,
                           why or [f"{text!r}: organisation not in the KB"])
        country, sector, why = self._qualify(qualifiers, doc, day)
        return Reading("group", text, compose_code(country, sector), country, sector,
                       why or [f"{text!r}: group not in the KB"], plural=True)

    def _is_person(self, element: Element, day: date | None) -> bool:
        if element.kind == "person":
            return True
        actor = self.actor_of(element, day) if element.kind == "actor" else None
        return actor is not None and actor.kind == "person"

    def _qualify(
        self, qualifiers: list[Element], doc: Doc, day: date | None
    ) -> tuple[str | None, str | None, list[str]]:
        """Country and institution sector from the elements before the head."""
        country: str | None = None
        institution: str | None = None
        title_sector: str | None = None
        rank_sector: str | None = None
        why: list[str] = []
        for element in qualifiers:
            text = element.span(doc).text
            if element.kind == "actor":
                actor = self.actor_of(element, day)
                if actor is None:
                    continue
                coding = actor.coding_on(day)
                if coding.country and not country:
                    country = coding.country
                    why.append(f"country {country} from {actor.name}")
                if coding.sector and not institution:
                    institution = coding.sector
                    why.append(f"sector {institution} from {actor.name}")
                continue
            if element.kind == "title":
                title = self.title_of(element)
                if title is None:
                    continue
                if title.country and not country:
                    country = title.country
                    why.append(f"country {country} from {text!r}")
                if not title.sector:
                    continue
                if title.kind == "role" and not institution:
                    institution = title.sector
                    why.append(f"sector {institution} from institution {text!r}")
                elif title.kind == "title" and not title_sector:
                    title_sector = title.sector
                elif title.kind == "rank" and not rank_sector:
                    rank_sector = title.sector
                continue
            found = self.country_of(element, doc)
            if found and not country:
                country = found
                why.append(f"country {country} from {text!r}")
        sector = institution or title_sector or rank_sector
        if sector and not institution:
            why.append(f"sector {sector} from title")
        return country, sector, why

    def _titles(self, elements: list[Element], doc: Doc) -> list[str]:
        names = []
        for element in elements:
            title = self.title_of(element) if element.kind == "title" else None
            if title is not None:
                names.append(normalize_name(title.phrase))
        return names

    def _read_person(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None, prior: Prior, known: KnownActor | None = None,
    ) -> Reading:
        country, sector, why = self._qualify(qualifiers, doc, day)
        titles = self._titles(qualifiers, doc)
        former = bool(chain.modifiers)
        actor = known or (self.actor_of(head, day) if head.kind == "actor" else None)
        if actor is not None:
            coding = actor.coding_on(day)
            if coding.role is not None and not former:
                return Reading("person", actor.name, coding.code, coding.country, coding.sector,
                               [coding.why], actor, titles=titles, person_element=head)
            person_country = country or actor.country
            if former or not sector:
                sector = "ELI" if (former or actor.roles) else sector
                reason = coding.why if not former else f"{actor.name}: 'former' in the text"
                return Reading("person", actor.name, compose_code(person_country, sector),
                               person_country, sector, [reason], actor, titles=titles,
                               person_element=head)
            why.append(f"{actor.name}: no KB role on that date, title in the text")
            return Reading("person", actor.name, compose_code(person_country, sector),
                           person_country, sector, why, actor, titles=titles,
                           person_element=head)
        name = head.span(doc).text
        if former:
            sector = "ELI"
            why.append("'former' in the text")
        from_prior = False
        if country is None and sector in NATIONAL_SECTORS and prior.country:
            country, from_prior = prior.country, True
            why.append(f"country {country} from {prior.why} (weak prior)")
        if not why:
            why.append(f"{name!r}: person not in the KB, no title")
        return Reading("person", name, compose_code(country, sector), country, sector, why,
                       person_name=name, titles=titles, country_from_prior=from_prior,
                       person_element=head)

    def _read_organization(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None,
    ) -> Reading:
        actor = self.actor_of(head, day)
        assert actor is not None
        coding = actor.coding_on(day)
        country, sector, code = coding.country, coding.sector, coding.code
        why = [coding.why]
        if not country:
            q_country, _, q_why = self._qualify(qualifiers, doc, day)
            if q_country:
                country = q_country
                code = compose_code(country, sector)
                why += q_why
        return Reading("organization", actor.name, code, country, sector, why, actor,
                       titles=self._titles(qualifiers, doc))

    def _read_role(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None, prior: Prior,
    ) -> Reading:
        title = self.title_of(head)
        assert title is not None
        country, institution, why = self._qualify(qualifiers, doc, day)
        head_text = head.span(doc).text
        sector = title.sector
        if title.kind != "role" and institution:
            sector = institution  # "ISI chief": the institution, not the generic title
        elif sector:
            why.append(f"sector {sector} from {head_text!r}")
        if title.country and not country:
            country = title.country
        if chain.modifiers:
            sector = "ELI"
            why.append("'former' in the text")
        from_prior = False
        if country is None and sector in NATIONAL_SECTORS and prior.country:
            country, from_prior = prior.country, True
            why.append(f"country {country} from {prior.why} (weak prior)")
        code = title.code if (title.code and not country) else compose_code(country, sector)
        if title.code and country and title.code[:3] != country:
            code = f"{country}{title.code}"
        name = _strip_determiners(chain.span(doc).text)
        plural = doc[head.end - 1].tag_ in {"NNS", "NNPS"}
        return Reading("role", name, code, country, sector, why,
                       titles=self._titles([*qualifiers, head], doc), plural=plural,
                       country_from_prior=from_prior)

    def _read_place(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None,
    ) -> Reading:
        country = self.country_of(head, doc)
        text = head.span(doc).text
        record = self.kb.country(country)
        name = record.name if record else text
        locative = _in_locative_phrase(doc, head)
        plural = doc[head.end - 1].tag_ in {"NNS", "NNPS"}
        if head.kind == "capital" and not locative:
            return Reading("capital", name, compose_code(country, "GOV"), country, "GOV",
                           [f"{text!r}: capital of {country}, metonymy for its government"])
        if head.kind == "demonym" and plural:
            return Reading("group", f"{name} (people)", country, country, None,
                           [f"{text!r}: people of {country}"], plural=True)
        why = [f"{text!r}: {'country' if head.kind != 'place' else 'place in'} {country}"]
        return Reading("country" if head.kind != "place" else "place", name, country, country,
                       None, why, is_location=locative or head.kind == "place" and not country)


def _strip_determiners(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in {"the", "a", "an"}:
        words = words[1:]
    return " ".join(words) or text


def _in_locative_phrase(doc: Doc, element: Element) -> bool:
    token = doc[element.end - 1]
    # climb compounds to the noun the preposition governs
    while token.dep_ in {"compound", "amod", "nmod"} and token.head is not token:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVE_PREPOSITIONS
