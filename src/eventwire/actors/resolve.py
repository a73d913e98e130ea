"""Read one chain as qualifiers + head and compose its CAMEO code, recording why."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from spacy.tokens import Doc, Token

from eventwire.actors.codes import compose_code
from eventwire.actors.kb import KnowledgeBase, KnownActor, Title
from eventwire.actors.mentions import Chain, Element
from eventwire.actors.normalize import normalize_name
from eventwire.actors.places import ADMIN_WORDS, country_of_place, country_of_trailing_place

HeadKind = Literal["person", "organization", "role", "country", "capital", "place", "group"]
# sectors of national institutions: an unqualified one ("the army chief") takes the outlet's
# country as a weak prior
NATIONAL_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})
LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "inside", "within", "throughout", "across", "around", "outside", "into"}
)
# a qualifier naming one of these affiliations decides the phrase's sector over a generic head
# noun: "opposition candidates" are OPP, "rebel commanders" REB
# an exiled dissident is still a dissident; an exiled president is out of office
_EXILE = "exiled"


def _out_of_office(chain: Chain, sector: str | None) -> bool:
    """Whether the chain's modifiers ("former", "ousted", "exiled") put the actor out of office."""
    if any(m != _EXILE for m in chain.modifiers):
        return True
    return bool(chain.modifiers) and (sector is None or sector in NATIONAL_SECTORS)


AFFILIATION_SECTORS = frozenset({"OPP", "REB", "INS", "SEP"})
# members of a named non-state armed group are coded as the group ("Boko Haram gunmen")
ARMED_GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "PRM", "UAF", "CRM"})
MEMBER_SECTORS = frozenset({"UAF", "REB", "INS", "SEP", "MIL", "CVL", "PRM"})
# words that link a head to its post-modifier inside one chain ("President of Armenia")
LINK_WORDS = frozenset({"of", "at", "for"})


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
    is_location: bool = False  # a place with no known country: not an actor
    locative: bool = False  # a place in a locative phrase ("in Afghanistan")
    # the country is a guess (outlet/dateline prior, sentence context, an ethnic name) that a
    # country written in the phrase's own modifiers overrides
    weak_country: bool = False
    person_element: Element | None = None
    world_region: str | None = None  # qualified by a world region: no country to guess


@dataclass(slots=True)
class Qualification:
    """What the elements around a head say: country, institution sector, affiliation."""

    country: str | None = None
    sector: str | None = None
    why: list[str] = field(default_factory=list)
    affiliation: str | None = None  # OPP/REB from "opposition", "rebel"
    armed_group: KnownActor | None = None  # a named non-state armed group
    organization: KnownActor | None = None  # the first named organisation
    institution: str | None = None  # the sector of a named organisation or institution noun
    world_region: str | None = None  # "Western diplomats": a region (CAMEO code), no country


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
        titles = [self.kb.titles[int(e.key)] for e in element.entries if e.kind == "title"]
        # a user dictionary's agent carries its own full code and overrides a shipped title
        # of the same words
        return next((t for t in titles if t.code), titles[0] if titles else None)

    def country_of(self, element: Element, doc: Doc, *, qualifier: bool = False) -> str | None:
        """`qualifier`: the element modifies a title or role ("Madras High Court"), where a
        name the tagger called an organisation is most often the place it serves."""
        for entry in element.entries:
            if entry.kind in {"country", "demonym", "capital"}:
                return entry.key
        if is_world_region(element):
            return None
        if element.kind in {"place", "org"}:
            text = element.span(doc).text
            if element.end < len(doc) and doc[element.end].lower_ in ADMIN_WORDS:
                text = f"{text} {doc[element.end].text}"  # "Kano" + "State government"
            org_only = element.kind == "org" and not qualifier
            iso2 = country_of_place(text, admin_word_only=org_only)
            if iso2 is None and element.kind == "org":
                iso2 = country_of_trailing_place(text)
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
        if persons:
            head = persons[-1]
            after = [e for e in elements if e.start > head.start]
            role = self._role_after_person(after, head, doc)
            if role is None:
                qualifiers = [e for e in elements if e is not head and e.start < head.start]
                return self._read_person(chain, head, qualifiers, doc, day, prior, known)
            # "Bush administration", "Djindjic's opposition coalition": the person qualifies
            qualifiers = [e for e in elements if e is not role]
            return self._read_role(chain, role, qualifiers, doc, day, prior, known)
        head_part, post = _split_at_link(elements, doc)
        last = head_part[-1]
        qualifiers = head_part[:-1] + post
        if last.kind == "actor":
            return self._read_organization(chain, last, qualifiers, doc, day)
        if last.kind == "title":
            return self._read_role(chain, last, qualifiers, doc, day, prior)
        if last.kind in {"country", "demonym", "capital", "place"}:
            return self._read_place(chain, last, qualifiers, doc, day)
        text = last.span(doc).text
        q = self._qualify(qualifiers, doc, day)
        if last.kind == "org" and not q.why and country_of_place(text):
            # a city the tagger called an organisation ("Mariupol")
            return self._read_place(chain, Element("place", last.start, last.end), qualifiers,
                                    doc, day)
        if last.kind == "org":
            country, why = q.country, q.why
            if country is None:
                iso2 = country_of_trailing_place(text)
                country = self._iso2.get(iso2) if iso2 else None
                why = [*why, f"country {country} from the place closing {text!r}"] if country \
                    else why
            return Reading("organization", text, compose_code(country, q.sector), country,
                           q.sector, why or [f"{text!r}: organisation not in the KB"])
        sector, why = q.sector, q.why or [f"{text!r}: group not in the KB"]
        token = doc[last.end - 1]
        if sector is None and token.tag_ in {"NNS", "NNPS"} and _counted_people(token):
            sector = "CVL"  # "Thousands of Iraqi Kurds": people of a named group
            why = [*why, f"{text!r}: counted or described people (civilians)"]
        return Reading("group", text, compose_code(q.country, sector), q.country, sector, why,
                       plural=True)

    def _role_after_person(self, after: list[Element], person: Element, doc: Doc
                           ) -> Element | None:
        """A role noun closing a chain right after a name ("the Bush administration")."""
        if not after or after[-1].kind != "title":
            return None
        title = self.title_of(after[-1])
        if title is None or title.kind != "role":
            return None
        between = doc[person.end : after[-1].start]
        if any(t.lower_ in LINK_WORDS for t in between):
            return None  # "Khan of the army": the name stays the head
        return after[-1]

    def _is_person(self, element: Element, day: date | None) -> bool:
        if element.kind == "person":
            return True
        actor = self.actor_of(element, day) if element.kind == "actor" else None
        return actor is not None and actor.kind == "person"

    def _qualify(
        self, qualifiers: list[Element], doc: Doc, day: date | None,
        known: KnownActor | None = None,
    ) -> Qualification:
        """Country, institution sector and affiliation from the elements around the head."""
        q = Qualification()
        title_sector: str | None = None
        rank_sector: str | None = None
        for element in qualifiers:
            text = element.span(doc).text
            if element.kind in {"actor", "person"}:
                actor = known if element.kind == "person" else self.actor_of(element, day)
                if actor is None:
                    continue
                coding = actor.coding_on(day)
                if coding.country and not q.country:
                    q.country = coding.country
                    q.why.append(f"country {q.country} from {actor.name}")
                if actor.kind == "person" or coding.code == coding.country:
                    # a person, or a dictionary actor coded as a bare country (PETRARCH's
                    # "Calenardhon [CAL]"), names the country, not the institution
                    continue
                if q.organization is None:
                    q.organization = actor
                if coding.sector in ARMED_GROUP_SECTORS and q.armed_group is None:
                    q.armed_group = actor
                if coding.sector and not q.institution:
                    q.institution = coding.sector
                    q.why.append(f"sector {q.institution} from {actor.name}")
                continue
            if element.kind == "title":
                title = self.title_of(element)
                if title is None:
                    continue
                if title.country and not q.country:
                    q.country = title.country
                    q.why.append(f"country {q.country} from {text!r}")
                if not title.sector:
                    continue
                if title.kind == "role" and title.sector in AFFILIATION_SECTORS:
                    q.affiliation = q.affiliation or title.sector
                if title.kind == "role" and not q.institution:
                    q.institution = title.sector
                    q.why.append(f"sector {q.institution} from institution {text!r}")
                elif title.kind == "title" and not title_sector:
                    title_sector = title.sector
                elif title.kind == "rank" and not rank_sector:
                    rank_sector = title.sector
                continue
            if is_world_region(element):
                q.world_region = q.world_region or element.entries[0].key
                continue
            found = self.country_of(element, doc, qualifier=self._before_title(element,
                                                                                qualifiers))
            if found and not q.country:
                q.country = found
                q.why.append(f"country {q.country} from {text!r}")
        q.sector = q.institution or title_sector or rank_sector
        if q.sector and not q.institution:
            q.why.append(f"sector {q.sector} from title")
        return q

    def _before_title(self, element: Element, qualifiers: list[Element]) -> bool:
        """The element sits right before a title element (or is the last qualifier before the
        head, which is a title whenever a qualifier is read this way)."""
        later = [e for e in qualifiers if e.start >= element.end]
        return not later or later[0].kind == "title"

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
        q = self._qualify(qualifiers, doc, day)
        country, sector, why = q.country, q.sector, q.why
        titles = self._titles(qualifiers, doc)
        actor = known or (self.actor_of(head, day) if head.kind == "actor" else None)
        former = _out_of_office(chain, q.sector)
        if actor is not None:
            coding = actor.coding_on(day)
            former = _out_of_office(chain, coding.sector or q.sector)
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
        if not why:
            why.append(f"{name!r}: person not in the KB, no title")
        # an unknown titled person's country comes from the sentence first, the outlet last
        # (the coder applies both): a named official is usually introduced with the country
        return Reading("person", name, compose_code(country, sector), country, sector, why,
                       person_name=name, titles=titles, person_element=head)

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
            q = self._qualify(qualifiers, doc, day)
            if q.country:
                country = q.country
                code = compose_code(country, sector)
                why += q.why
        return Reading("organization", actor.name, code, country, sector, why, actor,
                       titles=self._titles(qualifiers, doc))

    def _read_role(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None, prior: Prior, known: KnownActor | None = None,
    ) -> Reading:
        title = self.title_of(head)
        assert title is not None
        q = self._qualify(qualifiers, doc, day, known)
        country, why = q.country, q.why
        head_text = head.span(doc).text
        sector = title.sector
        group = q.armed_group
        if group is not None and (sector in MEMBER_SECTORS or not sector):
            coding = group.coding_on(day)
            why.append(f"{head_text!r} of {group.name}: coded as the group")
            return Reading("organization", _strip_determiners(chain.span(doc).text),
                           coding.code, coding.country, coding.sector, why, group,
                           titles=self._titles([*qualifiers, head], doc),
                           plural=doc[head.end - 1].tag_ in {"NNS", "NNPS"})
        organization = q.organization
        if (organization is not None and group is None and title.kind == "role"
                and sector in {None, "GOV"}
                and not _out_of_office(chain, organization.coding_on(day).sector)):
            # "Red Cross officials", "Pentagon officials": the people of that organisation
            coding = organization.coding_on(day)
            why.append(f"{head_text!r} of {organization.name}: coded as the organisation")
            return Reading("organization", _strip_determiners(chain.span(doc).text),
                           coding.code, coding.country, coding.sector, why, organization,
                           titles=self._titles([*qualifiers, head], doc),
                           plural=doc[head.end - 1].tag_ in {"NNS", "NNPS"})
        if q.affiliation and sector not in AFFILIATION_SECTORS and sector != "ELI":
            sector = q.affiliation
            why.append(f"sector {sector}: affiliation named before {head_text!r}")
        elif (title.kind != "role" or not sector) and q.institution:
            # "ISI chief": the institution, not the generic title; "spokesman for the army":
            # a role noun with no sector of its own speaks for the institution
            sector = q.institution
        elif sector:
            why.append(f"sector {sector} from {head_text!r}")
        if title.country and not country:
            country = title.country
        if _out_of_office(chain, sector):
            sector = "ELI"
            why.append("'former' in the text")
        weak = False
        if q.world_region and country is None:
            why.append(f"no country: a world region ({q.world_region}) qualifies it")
        elif country is None and sector in NATIONAL_SECTORS and prior.country:
            country, weak = prior.country, True
            why.append(f"country {country} from {prior.why} (weak prior)")
        code = title.code if (title.code and not country) else compose_code(country, sector)
        if q.world_region and country is None:
            code = f"{q.world_region}{sector or ''}"  # CAMEO puts a region in the country slot
        if title.code and country and title.code[:3] != country:
            code = f"{country}{title.code}"
        if organization is not None and organization.country == country:
            coding = organization.coding_on(day)
            if coding.code and coding.sector == sector:
                code = coding.code  # "president of the European Council": IGOEUREECGOV
        name = _strip_determiners(chain.span(doc).text)
        plural = doc[head.end - 1].tag_ in {"NNS", "NNPS"}
        # a role noun closing a name ("Texaco Inc", "Kenya Anti-Corruption Commission") makes
        # the whole phrase one named organisation, not a description to corefer
        named = any(e.kind in {"org", "person"} for e in qualifiers) or known is not None
        return Reading("organization" if named else "role", name, code, country, sector, why,
                       titles=self._titles([*qualifiers, head], doc), plural=plural,
                       weak_country=weak, world_region=q.world_region)

    def _read_place(
        self, chain: Chain, head: Element, qualifiers: list[Element], doc: Doc,
        day: date | None,
    ) -> Reading:
        country = self.country_of(head, doc)
        text = head.span(doc).text
        if country is None and head.kind == "place":
            country = self._qualify(qualifiers, doc, day).country  # "Montenegro province"
            text = _strip_determiners(chain.span(doc).text)
        record = self.kb.country(country)
        name = record.name if record else text
        locative = _in_locative_phrase(doc, head)
        token = doc[head.end - 1]
        if country is None:
            return Reading("place", text, None, None, None, [f"{text!r}: place, no country"],
                           is_location=True, locative=locative)
        if head.kind == "capital" and not locative:
            return Reading("capital", name, compose_code(country, "GOV"), country, "GOV",
                           [f"{text!r}: capital of {country}, metonymy for its government"])
        if head.kind in {"capital", "place"}:
            # a town acting or acted on stands for its people ("shelled Samarra")
            where = "in a locative phrase" if locative else "acting"
            return Reading("place", text, compose_code(country, "CVL"), country, "CVL",
                           [f"{text!r}: place in {country} {where}: its civilians"],
                           locative=locative)
        if head.kind == "demonym" and token.tag_ in {"NNS", "NNPS"}:
            if _counted_people(token):
                return Reading("group", f"{name} (people)", compose_code(country, "CVL"),
                               country, "CVL", [f"{text!r}: people of {country} (civilians)"],
                               plural=True)
            return Reading("group", f"{name} (people)", country, country, None,
                           [f"{text!r}: people of {country}"], plural=True)
        return Reading("country", name, country, country, None, [f"{text!r}: country {country}"],
                       locative=locative)


def is_world_region(element: Element) -> bool:
    return bool(element.entries) and all(e.kind == "region" for e in element.entries)


def _split_at_link(elements: list[Element], doc: Doc) -> tuple[list[Element], list[Element]]:
    """Head part and post-modifiers of a chain: "president | of Armenia"."""
    for index in range(1, len(elements)):
        between = doc[elements[index - 1].end : elements[index].start]
        if any(t.lower_ in LINK_WORDS for t in between):
            return elements[:index], elements[index:]
    return elements, []


def _counted_people(token: Token) -> bool:
    """"168 Liberians", "Young Algerians", "admittance to Ghanaians": people, not the nation.

    A bare plural demonym as a subject ("Palestinians rejected ...") or on its own names the
    nation; counted, described or acted-on people are civilians.
    """
    if any(c.dep_ in {"nummod", "amod", "quantmod", "compound"} for c in token.children):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.like_num:
        return True  # "thousands of Iraqi Kurds"
    if token.dep_ == "pobj" and token.head.head.lower_ in {"thousands", "hundreds", "dozens",
                                                             "millions", "scores"}:
        return True
    return token.dep_ in {"dobj", "pobj", "dative", "nsubjpass"}


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
