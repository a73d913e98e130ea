"""ActorCoder: every actor of an article, with codes, mentions and coreference."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from eventwire.actors.attachment import clause_location_country, postmodifier_country
from eventwire.actors.codes import compose_code
from eventwire.actors.coref import (
    GROUP_PRONOUNS,
    PERSON_PAIR_NOUNS,
    PERSON_PRONOUNS,
    is_subject,
    pair_phrase_at,
)
from eventwire.actors.dictionaries import load_dictionary
from eventwire.actors.kb import KnowledgeBase, KnownActor
from eventwire.actors.kb_files import load_kb_dir
from eventwire.actors.matcher import NameEntry, NameMatch, NameMatcher
from eventwire.actors.mentions import Chain, Element, build_chains, find_elements
from eventwire.actors.normalize import normalize_name, person_name_key
from eventwire.actors.resolve import NATIONAL_SECTORS, ChainResolver, Prior, Reading
from eventwire.model import Actor, ActorRef, Article, Mention
from eventwire.settings import Settings

log = logging.getLogger(__name__)

_DATELINE = re.compile(
    r"^\s*([A-Z][A-Za-z .'\u2019-]{1,40}?)(?:,[^:\n]{0,40})?\s*(?::|\u2014|--| -)"
)
_MAX_PRONOUN_LOOKBACK = 3
_MEDIA_SECTORS = frozenset({"MED", "JRN"})
# nouns that stand for unnamed people or groups: an adjective on them still names an actor
# ("official sources", "a paramilitary group", "extremist elements")
_PEOPLE_NOUNS = frozenset({
    "source", "circle", "quarter", "group", "organization", "organisation", "movement",
    "faction", "outfit", "network", "cell", "unit", "wing", "element", "man", "woman",
    "person", "people", "member", "figure", "body", "camp",
})


def parse_day(value: str | date | None) -> date | None:
    """The date part of an ISO date/datetime string (or a date); None when absent or bad."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@dataclass(slots=True)
class _Entity:
    """An actor being assembled: its best reading and every mention that refers to it."""

    key: tuple[str, ...]
    reading: Reading
    mentions: list[Mention] = field(default_factory=list)
    titles: set[str] = field(default_factory=set)
    surname: str | None = None


@dataclass(slots=True)
class _MentionRecord:
    start: int  # token range in the doc
    end: int
    sentence_index: int
    text: str
    entities: list[int]  # indices into the analysis' entity list
    subject: bool = False


class ActorAnalysis:
    """The actors of one article and which noun phrase refers to which actor."""

    def __init__(self, article: Article, day: date | None) -> None:
        self.article = article
        self.day = day
        self.actors: list[Actor] = []
        self._entities: list[_Entity] = []
        self._records: list[_MentionRecord] = []
        self._by_token: dict[int, _MentionRecord] = {}

    def ref_at(self, token: Token, date: str | date | None = None) -> ActorRef | None:
        """The actor the noun phrase at `token` refers to, or None when it is not an actor."""
        refs = self.refs_at(token, date)
        return refs[0] if refs else None

    def refs_at(self, token: Token, date: str | date | None = None) -> list[ActorRef]:
        """Every actor the phrase at `token` refers to ("they", "the two sides" give several)."""
        record = self._record_for(token)
        if record is None:
            return []
        return [self._ref(self._entities[i], record.text, date) for i in record.entities]

    def refs_for_span(self, span: Span, date: str | date | None = None) -> list[ActorRef]:
        """All actors mentioned inside `span`, in order, each once."""
        refs: list[ActorRef] = []
        seen: set[int] = set()
        for record in self._records:
            if record.start >= span.end or record.end <= span.start:
                continue
            for index in record.entities:
                if index not in seen:
                    seen.add(index)
                    refs.append(self._ref(self._entities[index], record.text, date))
        return refs

    def why(self, token: Token) -> list[str]:
        record = self._record_for(token)
        if record is None:
            return []
        return [r for i in record.entities for r in self._entities[i].reading.why]

    # -- internals ------------------------------------------------------------------------
    def _record_for(self, token: Token) -> _MentionRecord | None:
        record = self._by_token.get(token.i)
        if record is not None:
            return record
        # a head noun outside any chain ("officials" in "Iranian officials") takes its modifiers'
        for child in token.children:
            if child.dep_ in {"amod", "compound", "poss", "nmod", "appos"}:
                record = self._by_token.get(child.i)
                if record is not None:
                    return record
        return None

    def _ref(self, entity: _Entity, text: str, when: str | date | None) -> ActorRef:
        reading = entity.reading
        code, country, sector = reading.code, reading.country, reading.sector
        day = parse_day(when) if when is not None else None
        actor = reading.kb_actor
        if day is not None and day != self.day and actor is not None and actor.kind == "person":
            coding = actor.coding_on(day)
            if coding.role is not None or actor.roles:
                code, country, sector = coding.code, coding.country, coding.sector
        return ActorRef(text=text, name=reading.name, code=code, country=country, sector=sector,
                        kb_id=actor.id if actor else None)

    def _add_record(self, record: _MentionRecord) -> None:
        self._records.append(record)
        for i in range(record.start, record.end):
            self._by_token.setdefault(i, record)


class ActorCoder:
    """Finds and codes every actor of an article against the KB and the user's dictionaries."""

    def __init__(self, settings: Settings, kb: KnowledgeBase | None = None) -> None:
        self.settings = settings
        self.kb = kb if kb is not None else load_kb_dir()
        for path in settings.dictionaries:
            self.kb.merge(load_dictionary(path, self.kb))
        self.matcher = NameMatcher(self.kb)
        self.resolver = ChainResolver(self.kb)
        self.surnames = self.kb.persons_by_surname()
        self._outlets = self._outlet_index()

    def _outlet_index(self) -> dict[str, str | None]:
        """Outlet name -> its country; None for international agencies (no prior)."""
        index: dict[str, str | None] = {}
        for actor in self.kb.actors.values():
            if actor.kind != "person" and actor.sector in {"MED", "JRN"} and actor.country:
                if self.kb.country(actor.country) is None:
                    continue
                for name in actor.names():
                    index[normalize_name(name)] = None if actor.international else actor.country
        return index

    # -- priors ---------------------------------------------------------------------------
    def prior_for(self, article: Article, dateline_country: str | None) -> Prior:
        for candidate in (article.source, _host(article.url)):
            if candidate:
                country = self._outlets.get(normalize_name(candidate))
                if country:
                    return Prior(country, f"the outlet {candidate!r}")
                # a wire agency files from everywhere: only its dateline places the story
        if dateline_country:
            return Prior(dateline_country, "the dateline")
        return Prior()

    def _dateline(self, doc: Doc, article: Article) -> tuple[int, str | None]:
        """Token index where the body starts after a dateline, and the dateline's country."""
        match = _DATELINE.match(doc.text[:80])
        if match is None:
            return 0, None
        place = match.group(1).strip()
        country = None
        for found in self.matcher.find(place):
            for entry in found.entries:
                if entry.kind in {"capital", "country"}:
                    country = entry.key
        given = bool(article.dateline) and place.lower() in (article.dateline or "").lower()
        if country is None and not given and not place.isupper():
            return 0, None
        end_char = match.end()
        span = doc.char_span(0, end_char, alignment_mode="expand")
        return (span.end if span is not None else 0), country

    # -- coding ---------------------------------------------------------------------------
    def _without_roles_in_names(self, doc: Doc) -> list[NameMatch]:
        """Dictionary matches, less role nouns and place names inside a person's name ("Levy"
        in "Levy Mwanawasa" is not the Levies force, "Douglas" in "Douglas Paul James" not the
        capital of Man); titles ("President") may sit in a tagged name."""
        person_chars = [(e.start_char, e.end_char) for e in doc.ents if e.label_ == "PERSON"]
        matches = self.matcher.find(doc.text)
        covered = {t.i for m in matches
                   if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
                   for t in span}
        kept = []
        for match in matches:
            if self._describes_a_thing(match, doc, covered):
                continue
            # a word of the name follows inside the entity: "Douglas Paul James"
            inside = any(s <= match.start and match.end < e
                         and re.match(r"\s+[A-Z]", doc.text[match.end : e])
                         for s, e in person_chars)
            if inside and all(self._is_common_word_in_name(entry) for entry in match.entries):
                continue
            kept.append(match)
        return kept

    def _describes_a_thing(self, match: NameMatch, doc: Doc, covered: set[int]) -> bool:
        """A lower-case rank or role word used as an adjective on a noun that names no actor:
        "a major reason", "general elections", "the private sector", "public works",
        "military aid". "Private citizens" and "military officers" keep theirs."""
        if not all(entry.kind == "title" for entry in match.entries):
            return False
        span = doc.char_span(match.start, match.end, alignment_mode="expand")
        if span is None or len(span) != 1 or not span.text.islower():
            return False
        token = span[0]
        if token.pos_ != "ADJ" and token.dep_ != "amod":
            return False
        noun = token.head
        while noun.dep_ in {"conj", "amod"} and noun.head is not noun:
            noun = noun.head  # "congressional and public comment"
        if noun is token or noun.pos_ not in {"NOUN", "PROPN"} or noun.i in covered:
            return False
        if noun.lemma_.lower() in _PEOPLE_NOUNS:
            return False  # "official sources said": the adjective names who they are
        return noun.ent_type_ not in {"PERSON", "ORG", "NORP", "GPE"}

    def _is_common_word_in_name(self, entry: NameEntry) -> bool:
        """Role nouns and place names that double as personal names ("Levy", "Douglas")."""
        if entry.kind == "title":
            return self.kb.titles[int(entry.key)].kind == "role"
        return entry.kind in {"capital", "country"}

    def code(self, doc: Doc, article: Article) -> ActorAnalysis:
        day = parse_day(article.published)
        analysis = ActorAnalysis(article, day)
        skip_until, dateline_country = self._dateline(doc, article)
        prior = self.prior_for(article, dateline_country)
        elements = find_elements(doc, self._without_roles_in_names(doc))
        chains = build_chains(doc, elements, skip_until)
        readings, pairs = self._read_all(chains, doc, day, prior, analysis)
        readings = self._merge_appositions(readings, doc)
        subjects = {id(chain): any(is_subject(t) for t in chain.span(doc)) for chain in chains}
        for chain, reading in readings:
            self._link(chain, reading, doc, analysis, subjects[id(chain)])
        self._resolve_references(doc, analysis, skip_until)
        for chain, reading in pairs:
            # "two men" with no two actors before it to refer to: people in their own right
            if not any(i in analysis._by_token for i in range(chain.start, chain.end)):
                self._link(chain, reading, doc, analysis, subjects[id(chain)])
        analysis.actors = [self._to_actor(entity, article) for entity in analysis._entities]
        return analysis

    def _read_all(
        self, chains: list[Chain], doc: Doc, day: date | None, prior: Prior,
        analysis: ActorAnalysis,
    ) -> tuple[list[tuple[Chain, Reading]], list[tuple[Chain, Reading]]]:
        """The chains that name actors, and the pair phrases ("the two sides") kept apart."""
        chain_at: dict[int, Chain] = {}
        for chain in chains:
            for i in range(chain.start, chain.end):
                chain_at[i] = chain
        readings: dict[int, Reading] = {}
        seen_persons: dict[str, KnownActor] = {}
        named_unknown: set[str] = set()  # surnames of people named in full, not in the KB
        for chain in chains:
            known = self._surname_match(chain, doc, day, seen_persons, named_unknown)
            reading = self.resolver.read(chain, doc, day, prior, known)
            if reading.kb_actor is not None and reading.kb_actor.kind == "person":
                for name in reading.kb_actor.names():
                    seen_persons[normalize_name(name).split()[-1]] = reading.kb_actor
            elif reading.head == "person" and reading.person_element is not None:
                element = reading.person_element
                if element.end - element.start > 1:
                    named_unknown.add(normalize_name(doc[element.end - 1].text))
            readings[id(chain)] = reading
        kept: list[tuple[Chain, Reading]] = []
        pairs: list[tuple[Chain, Reading]] = []
        for chain in chains:
            reading = readings[id(chain)]
            if reading.is_location:
                continue
            if pair_phrase_at(doc, doc[chain.end - 1]) is not None:
                if reading.code is not None:
                    pairs.append((chain, reading))
                continue  # "the two sides" refers back; resolved with the pronouns

            if reading.head in {"country", "group"} and chain.elements[-1].kind in {
                "demonym", "norp", "country"
            }:
                distributed = self._distribute(chain, reading, doc, chain_at, readings)
                if distributed is None and reading.code is None:
                    continue  # an unknown adjective on a non-actor noun ("Islamic law")
                # "an Indian proposal": the adjective still names the country that proposes
                reading = distributed or reading
            if any(t.lower_ == "ethnic" for t in chain.span(doc)):
                reading.weak_country = True  # "ethnic Albanians": an ethnicity, not a state
            readings[id(chain)] = reading
            kept.append((chain, reading))
        self._place_in_context(kept, doc, chain_at, readings, prior)
        return kept, pairs

    def _merge_appositions(
        self, kept: list[tuple[Chain, Reading]], doc: Doc
    ) -> list[tuple[Chain, Reading]]:
        """"Ahmed Ali, the head of the Iraqi Red Crescent,": the appositive role is the person.

        The role phrase becomes a mention of the person; its country and sector code the
        person when the KB has no role for them on that day (a KB role on the day wins, as it
        does over a title in front of the name).
        """
        chain_at = {i: index for index, (chain, _) in enumerate(kept)
                    for i in range(chain.start, chain.end)}
        merged = list(kept)
        for index, (chain, reading) in enumerate(kept):
            if reading.head != "person" or chain.modifiers:
                continue
            root = chain.span(doc).root
            partners = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                partners.append(root.head)
            for token in partners:
                other = chain_at.get(token.i)
                if other is None or other == index:
                    continue
                role_chain, role = merged[other]
                if role.head not in {"role", "organization"} or role.plural or not role.sector:
                    continue
                if role.kb_actor is not None and role.kb_actor.kind == "organization" and (
                        role_chain.span(doc).root.i == token.i
                        and token.i in range(*_element_range(role_chain, role_chain.end - 1))):
                    continue  # "Ali, Reuters": an outlet credited after a name, not his role
                known_role = reading.kb_actor is not None and reading.sector not in {None, "ELI"}
                if not known_role:
                    reading.sector = role.sector
                    if role.country and (reading.country is None or reading.weak_country):
                        reading.country = role.country
                        reading.weak_country = role.weak_country
                    reading.code = compose_code(reading.country, reading.sector)
                    reading.why.append(f"{role_chain.span(doc).text!r} in apposition")
                reading.titles = [*reading.titles, *role.titles]
                merged[other] = (role_chain, reading)
                break
        return merged

    def _place_in_context(
        self, kept: list[tuple[Chain, Reading]], doc: Doc, chain_at: dict[int, Chain],
        readings: dict[int, Reading], prior: Prior,
    ) -> None:
        """Give country-less actors the country their modifiers, clause or sentence name."""

        def country_at(token: Token) -> str | None:
            chain = chain_at.get(token.i)
            reading = readings.get(id(chain)) if chain is not None else None
            if reading is None or reading.weak_country or reading.head == "person":
                return None
            return reading.country if self.kb.country(reading.country) else None

        sentence_countries: dict[int, set[str]] = {}
        country_roots: dict[int, list[Token]] = {}
        for chain, reading in kept:
            if _names_base(chain, doc):
                continue  # "a UK-based group": where an organisation sits, not the news
            if reading.head == "organization" and reading.sector in _MEDIA_SECTORS:
                continue  # "told Reuters", "Xinhua reported": the outlet is not the scene
            if reading.country and not reading.weak_country and self.kb.country(reading.country):
                sentence_countries.setdefault(chain.sentence_index, set()).add(reading.country)
                if reading.head == "country":
                    country_roots.setdefault(chain.sentence_index, []).append(
                        chain.span(doc).root)
        for chain, reading in kept:
            if reading.head not in {"role", "group", "organization", "person"}:
                continue
            if reading.country and not reading.weak_country:
                continue
            if reading.kb_actor is not None and reading.country:
                continue
            if reading.world_region and not reading.country:
                continue  # "Western diplomats in Belgrade" are not Serbia's
            root = chain.span(doc).root
            found = postmodifier_country(root, country_at)
            if found is None and reading.plural:
                found = clause_location_country(root, country_at)
            if found is not None:
                country, token = found
                _set_country(reading, country, f"country {country} from {token.text!r} "
                                               "modifying the phrase", weak=False)
                continue
            if reading.country or not reading.sector:
                continue
            others = sentence_countries.get(chain.sentence_index, set())
            if any(_is_target_of(root, other) for other in country_roots.get(
                    chain.sentence_index, [])):
                # a country named as what the actor acts on ("called for sanctions against
                # Nigeria") is not its own; its institutions often are ("... against Chilean
                # officials" by a Chilean judge), so only a bare country name blocks
                others = set()
            named = reading.head == "person" or reading.sector not in NATIONAL_SECTORS
            if named and len(others) == 1:
                # a named official or a non-state group takes the one country its sentence names
                country = next(iter(others))
                _set_country(reading, country, f"country {country}: the only country in the "
                                               "sentence", weak=True)
            elif reading.sector in NATIONAL_SECTORS and prior.country:
                _set_country(reading, prior.country, f"country {prior.country} from "
                                                     f"{prior.why} (weak prior)", weak=True)
            elif len(others) == 1:
                country = next(iter(others))
                _set_country(reading, country, f"country {country}: the only country in the "
                                               "sentence", weak=True)

    def _distribute(
        self, chain: Chain, reading: Reading, doc: Doc, chain_at: dict[int, Chain],
        readings: dict[int, Reading],
    ) -> Reading | None:
        """"Pakistani and Iranian officials": the bare demonym takes the shared head's role."""
        token = doc[chain.end - 1]
        adjective_form = chain.elements[-1].kind == "demonym" and token.tag_ not in {
            "NNS", "NNPS"}
        conjunct = next((c for c in token.children if c.dep_ == "conj" and c.i in chain_at), None)
        if adjective_form and conjunct is not None and token.dep_ in {"pobj", "dobj", "nsubj"}:
            # "scores of Sierra Leonean and Liberian refugees", parsed with the demonym as the
            # noun and the other conjunct's head as its conjunct
            return self._share_role(chain, reading, doc, chain_at[conjunct.i], readings)
        if token.tag_ in {"NNS", "NNPS"} or token.pos_ in {"NOUN", "PROPN"} and token.dep_ in {
            "nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos"
        } and token.head.pos_ != "NOUN":
            return reading
        head = token.head
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        target = head
        while target.dep_ in {"amod", "compound"} and target.head is not target:
            target = target.head
        other = chain_at.get(target.i) or next(
            (chain_at[c.i] for c in target.children
             if c.i in chain_at and chain_at[c.i] is not chain),
            None,
        )
        if other is None or other is chain:
            return None
        return self._share_role(chain, reading, doc, other, readings)

    def _share_role(
        self, chain: Chain, reading: Reading, doc: Doc, other: Chain,
        readings: dict[int, Reading],
    ) -> Reading | None:
        other_reading = readings.get(id(other))
        if other_reading is None or other_reading.head != "role":
            return None
        sector = other_reading.sector
        return Reading(
            "role", f"{chain.span(doc).text} {doc[other.end - 1].text}",
            compose_code(reading.country, sector), reading.country, sector,
            [*reading.why, f"role {sector} shared with {other.span(doc).text!r}"],
            titles=list(other_reading.titles), plural=other_reading.plural,
        )

    def _surname_match(
        self, chain: Chain, doc: Doc, day: date | None, seen: dict[str, KnownActor],
        named_unknown: set[str],
    ) -> KnownActor | None:
        person = next((e for e in reversed(chain.elements) if e.kind == "person"), None)
        if person is None:
            # a lone surname the tagger called an organisation or a place ("Trump said")
            lone = chain.elements[-1]
            if len(chain.elements) != 1 or lone.kind not in {"org", "place", "norp", "actor"} or (
                    lone.end - lone.start != 1):
                return None
            surname = normalize_name(doc[lone.start].text)
            if surname in named_unknown and surname not in seen and doc[lone.start].is_title:
                # the article named this person in full before ("Finance Minister Michael
                # Wilson ... Wilson said"): the surname is that person, not a place or a firm
                chain.elements[-1] = Element("person", lone.start, lone.end)
                return None
            if lone.kind == "actor":
                return None
            candidates = self.surnames.get(surname, [])
            active = [a for a in candidates if day and any(r.holds_on(day) for r in a.roles)]
            if len(candidates) == 1:
                chain.elements[-1] = Element("person", lone.start, lone.end)
                return candidates[0]
            if len(active) == 1:
                chain.elements[-1] = Element("person", lone.start, lone.end)
                return active[0]
            return None
        surname = normalize_name(doc[person.end - 1].text)
        if surname in seen:
            return seen[surname]
        bare = person.end - person.start == 1
        if bare and surname in named_unknown:
            return None  # "Nigel Lawson ... Lawson": not another Lawson of the KB
        candidates = self.surnames.get(surname, [])
        full = person_name_key(person.span(doc).text)
        exact = [a for a in candidates if any(person_name_key(n) == full for n in a.names())]
        if exact:
            return exact[0]
        if len(person.span(doc)) > 1:
            # a different first name: another person of the same surname
            first = full.split()[0]
            candidates = [a for a in candidates
                          if any(person_name_key(n).split()[0] == first for n in a.names())]
        active = [a for a in candidates if day and any(r.holds_on(day) for r in a.roles)]
        if bare and day is not None and not active:
            # a bare surname is weak evidence: without a role on the article's date the KB
            # person ("Hernandez" in 1987) is more likely someone else of that name
            return None
        if len(candidates) == 1:
            return candidates[0]
        return active[0] if len(active) == 1 else None

    def _link(
        self, chain: Chain, reading: Reading, doc: Doc, analysis: ActorAnalysis, subject: bool
    ) -> None:
        index = self._find_entity(reading, analysis)
        if index is None:
            index = len(analysis._entities)
            analysis._entities.append(_Entity(self._key(reading), reading))
        entity = analysis._entities[index]
        entity.titles.update(reading.titles)
        if reading.head == "person" and reading.person_element is not None:
            entity.surname = normalize_name(doc[reading.person_element.end - 1].text)
        if entity.reading.code is None and reading.code is not None and reading.head == "person":
            entity.reading = reading  # a later, titled mention says more about the same person
        span = chain.span(doc)
        text = _strip_leading_determiner(span)
        mention = Mention(text.text, chain.sentence_index, text.start_char, text.end_char)
        entity.mentions.append(mention)
        analysis._add_record(_MentionRecord(text.start, text.end, chain.sentence_index,
                                            text.text, [index], subject))

    def _key(self, reading: Reading) -> tuple[str, ...]:
        if reading.kb_actor is not None:
            return ("kb", reading.kb_actor.id)
        if reading.head == "person":
            return ("person", normalize_name(reading.name))
        return (reading.head, normalize_name(reading.name), reading.code or "")

    def _find_entity(self, reading: Reading, analysis: ActorAnalysis) -> int | None:
        key = self._key(reading)
        for index, entity in enumerate(analysis._entities):
            if entity.key == key:
                return index
        if reading.head == "person" and reading.kb_actor is None:
            surname = normalize_name(reading.name).split()[-1]
            for index in range(len(analysis._entities) - 1, -1, -1):
                entity = analysis._entities[index]
                if entity.reading.head == "person" and entity.surname == surname:
                    return index
        if reading.head == "role" and not reading.plural and reading.titles:
            wanted = set(reading.titles)
            for index in range(len(analysis._entities) - 1, -1, -1):
                entity = analysis._entities[index]
                if entity.reading.head != "person" or not wanted <= entity.titles:
                    continue
                explicit = reading.country and not reading.weak_country
                if explicit and entity.reading.country not in {None, reading.country}:
                    continue
                return index
        if reading.head == "role" and reading.titles and (
            reading.country is None or reading.weak_country
        ):
            # "border guards" after "Iranian border guards"; "the newswire" after "... IRNA"
            for index in range(len(analysis._entities) - 1, -1, -1):
                entity = analysis._entities[index]
                if entity.reading.head == "role" and entity.titles == set(reading.titles):
                    return index
                if (not reading.plural and entity.reading.head == "organization"
                        and entity.reading.sector == reading.sector
                        and set(reading.titles) <= entity.titles):
                    return index
        return None

    # -- pronouns and "the two sides" -------------------------------------------------------
    def _resolve_references(self, doc: Doc, analysis: ActorAnalysis, skip_until: int) -> None:
        sentences = list(doc.sents)
        sentence_of = {}
        for index, sent in enumerate(sentences):
            for i in range(sent.start, sent.end):
                sentence_of[i] = index
        for token in doc[skip_until:]:
            if token.i in analysis._by_token:
                continue
            low = token.lower_
            targets: list[int] = []
            start, end = token.i, token.i + 1
            if low in PERSON_PRONOUNS and token.pos_ == "PRON" or low == "his":
                targets = self._antecedent_person(token, analysis, sentence_of)
                if not targets and low in {"he", "she"} and (
                        is_subject(token) or token.dep_ == "ROOT"):
                    targets = [self._unidentified_person(analysis)]
            elif low in GROUP_PRONOUNS:
                targets = self._antecedent_group(token, analysis, sentence_of)
            else:
                pair = pair_phrase_at(doc, token)
                if pair is not None and not any(i in analysis._by_token for i in range(*pair[:2])):
                    start, end, countries = pair
                    targets = self._antecedent_pair(token, analysis, countries)
                    if not targets and doc[end - 1].lower_ in PERSON_PAIR_NOUNS:
                        targets = self._antecedent_person_pair(token, analysis)
            if not targets:
                continue
            span = doc[start:end]
            sent_index = sentence_of.get(token.i, 0)
            for index in targets:
                analysis._entities[index].mentions.append(
                    Mention(span.text, sent_index, span.start_char, span.end_char)
                )
            analysis._add_record(_MentionRecord(start, end, sent_index, span.text, targets,
                                                is_subject(token)))

    def _earlier_records(self, token: Token, analysis: ActorAnalysis) -> list[_MentionRecord]:
        return sorted((r for r in analysis._records if r.end <= token.i), key=lambda r: r.start)

    def _antecedent_person(
        self, token: Token, analysis: ActorAnalysis, sentence_of: dict[int, int]
    ) -> list[int]:
        here = sentence_of.get(token.i, 0)
        records = [r for r in self._earlier_records(token, analysis)
                   if len(r.entities) == 1
                   and analysis._entities[r.entities[0]].reading.head == "person"]
        same = [r for r in records if r.sentence_index == here]
        subjects = [r for r in same if r.subject]
        if subjects:
            return list(subjects[-1].entities)
        for back in range(1, _MAX_PRONOUN_LOOKBACK + 1):
            previous = [r for r in records if r.sentence_index == here - back]
            if previous:
                chosen = next((r for r in previous if r.subject), previous[-1])
                return list(chosen.entities)
        if same:
            return list(same[-1].entities)
        return []

    def _antecedent_group(
        self, token: Token, analysis: ActorAnalysis, sentence_of: dict[int, int]
    ) -> list[int]:
        here = sentence_of.get(token.i, 0)
        records = self._earlier_records(token, analysis)
        for back in range(0, _MAX_PRONOUN_LOOKBACK + 1):
            candidates = [r for r in records if r.sentence_index == here - back]
            subjects = [r for r in candidates if r.subject]
            if len(subjects) >= 2:
                return _unique(i for r in subjects for i in r.entities)
            plural = [r for r in candidates if len(r.entities) > 1 or any(
                analysis._entities[i].reading.plural for i in r.entities)]
            if plural:
                return list(plural[-1].entities)
        return []

    def _antecedent_person_pair(self, token: Token, analysis: ActorAnalysis) -> list[int]:
        """"the two men" after two officials of one country: the last two persons named."""
        chosen: list[int] = []
        for record in reversed(self._earlier_records(token, analysis)):
            for index in record.entities:
                if index not in chosen and analysis._entities[index].reading.head == "person":
                    chosen.append(index)
            if len(chosen) >= 2:
                return chosen[:2]
        return []

    def _antecedent_pair(
        self, token: Token, analysis: ActorAnalysis, countries: bool
    ) -> list[int]:
        chosen: list[int] = []
        seen_countries: set[str] = set()
        for record in reversed(self._earlier_records(token, analysis)):
            for index in record.entities:
                entity = analysis._entities[index]
                country = entity.reading.country
                if index in chosen or not country or country in seen_countries:
                    continue
                if countries:
                    index = self._country_entity(country, analysis)
                    if index is None:
                        continue
                chosen.append(index)
                seen_countries.add(country)
                if len(chosen) == 2:
                    return chosen
        return []

    def _unidentified_person(self, analysis: ActorAnalysis) -> int:
        """The actor of a subject "he"/"she" with no person before it (PLOVER UNK)."""
        key = ("unidentified", "person")
        for index, entity in enumerate(analysis._entities):
            if entity.key == key:
                return index
        reading = Reading("role", "unidentified person", "UNK", None, "UNK",
                          ["a pronoun with no person before it: unidentified actor"])
        analysis._entities.append(_Entity(key, reading))
        return len(analysis._entities) - 1

    def _country_entity(self, iso3: str, analysis: ActorAnalysis) -> int | None:
        record = self.kb.country(iso3)
        if record is None:
            return None
        key = ("country", normalize_name(record.name), iso3)
        for index, entity in enumerate(analysis._entities):
            if entity.key == key:
                return index
        reading = Reading("country", record.name, iso3, iso3, None, [f"country {iso3}"])
        analysis._entities.append(_Entity(key, reading))
        return len(analysis._entities) - 1

    def _to_actor(self, entity: _Entity, article: Article) -> Actor:
        reading = entity.reading
        return Actor(
            article_id=article.id,
            name=reading.name,
            code=reading.code,
            country=reading.country,
            sector=reading.sector,
            kb_id=reading.kb_actor.id if reading.kb_actor else None,
            mentions=sorted(entity.mentions, key=lambda m: m.start),
            why="; ".join(reading.why),
        )


# a phrase under one of these children of the actor's verb is acted on or is another actor
_TARGET_DEPS = frozenset({"dobj", "dative", "prep", "agent", "iobj"})


def _is_target_of(actor: Token, other: Token) -> bool:
    """`other` lies in an object or prepositional phrase of the verb `actor` is subject of
    ("Tutu called for sanctions against Nigeria"), outside the actor's own phrase."""
    while actor.dep_ in {"compound", "amod", "appos", "conj"} and actor.head.i != actor.i:
        actor = actor.head
    if actor.dep_ not in {"nsubj", "nsubjpass"}:
        return False
    verb = actor.head
    if actor.left_edge.i <= other.i <= actor.right_edge.i:
        return False
    token = other
    while token.head.i != token.i and token.head.i != verb.i:
        token = token.head
    return token.head.i == verb.i and token.i != verb.i and token.dep_ in _TARGET_DEPS


def _element_range(chain: Chain, token_index: int) -> tuple[int, int]:
    """Token range of the chain element holding `token_index` (the chain's own range if none)."""
    for element in chain.elements:
        if element.start <= token_index < element.end:
            return element.start, element.end
    return chain.start, chain.end


def _set_country(reading: Reading, country: str, why: str, *, weak: bool) -> None:
    reading.country = country
    reading.code = compose_code(country, reading.sector)
    reading.weak_country = weak
    reading.why.append(why)


def _strip_leading_determiner(span: Span) -> Span:
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in {"the", "a", "an"}:
        start += 1
    return span.doc[start : span.end]


def _unique(values) -> list[int]:  # type: ignore[no-untyped-def]
    return list(dict.fromkeys(values))


def _host(url: str | None) -> str | None:
    if not url:
        return None
    match = re.match(r"^[a-z]+://(?:www\.)?([^/:]+)", url)
    return match.group(1) if match else None


def _names_base(chain: Chain, doc: Doc) -> bool:
    """The mention is the first half of "UK-based", "London-based"."""
    after = doc[chain.end:chain.end + 2]
    return len(after) == 2 and after[0].text == "-" and after[1].lower_ == "based"
