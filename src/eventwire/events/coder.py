"""The event coder: lexicon triggers on dependency parses -> CAMEO/PLOVER events with evidence."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from spacy.tokens import Doc, Span, Token

from eventwire.model import ActorRef, Article, Event, Plover
from eventwire.resources import DataFileError, data_dir
from eventwire.settings import Settings

from . import syntax
from .codes import CodeTables
from .contexts import ContextTagger
from .crime import CommonCrimeWords
from .discards import DiscardList, looks_like_petrarch_discards, read_petrarch_discards
from .lexicon import Lexicon, LexiconEntry, load_lexicon
from .modality import DESIRE_GOVERNORS, SPEECH_VERBS, Assertion, assess
from .modes import ModeRefiner
from .petrarch import looks_like_petrarch_verbs, read_petrarch_verbs

log = logging.getLogger(__name__)

# roots whose events need a recipient; others stand alone ("Syria is willing to withdraw",
# "protesters rallied", "the opposition demanded elections") with lower confidence
_DYADIC_ROOTS = frozenset({"04"})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# destruction and unspecified force, recoded as rioting when protesters do it
_RIOT_ACTS = frozenset({"171", "1712", "180", "190"})
_PROTESTER_NOUNS = frozenset({
    "protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators",
    "rioter", "rioters", "marcher", "marchers",
})
# acts whose purpose clause names their recipient: protest, coercion, force
_PURPOSE_TARGET_ROOTS = frozenset({"14", "15", "17", "18", "19", "20"})
# a control verb's root -> the intent.tsv column that recodes the event it governs
_CONTROL_ROOTS = {
    "03": "intent", "13": "threat", "12": "refuse", "02": "appeal", "10": "demand",
}
# control verbs whose embedded act is the actor's own: intent, refusal, threat
_SELF_COMMITMENT_ROOTS = frozenset({"03", "12", "13"})
# entries that code only when nothing else in the sentence does (plain statements)
_WEAK_SUFFIX = ".weak"
_REPORTING_COMPLEMENTS = frozenset({"ccomp", "that"})
# verbs whose object noun names the event their subject performs ("held talks")
_SUPPORT_VERBS = frozenset({
    "hold", "have", "conduct", "make", "launch", "carry", "pay", "stage", "begin", "start",
    "open", "resume", "give", "mount", "undertake", "complete", "continue", "perform", "wage",
    "issue", "deliver", "offer", "extend", "sign", "be",
    # an announced or imposed measure is the announcer's own act ("announced a suspension of
    # air links", "declared a ceasefire", "imposed a curfew")
    "announce", "declare", "impose",
})


# confidence lost for a missing recipient, and per background clause around the trigger:
# a main-clause event outranks one in an adverbial, relative or complement clause even when
# the background event has a recipient ("eased measures as authorities cracked down on X")
_MISSING_TARGET = 0.1
_CLAUSE_STEP = 0.12
# what an event after a story's lead sentence loses: the lead states the main event
_LATER_SENTENCE = 0.08

# verbal acts whose object names an act that has not happened: an appeal or demand for it,
# its rejection, a threat of it ("demanded the arrest of X", "rejected the mediation")
_UNREALIZED_OBJECT_ROOTS = frozenset({"02", "10", "12", "13"})

# the source of an event whose agent the text does not name (PETRARCH writes "---")
UNKNOWN_SOURCE = ActorRef(text="", name="unknown", code=None, country=None, sector=None)
# acts only one kind of actor performs: an agentless "were arrested" was done by police
IMPLIED_AGENTS = {
    "173": ActorRef(text="", name="police (implied)", code="COP", country=None, sector="COP"),
}
# "explosive devices were found / defused": weapons taken out of use (the 1711 entries with
# mode `seize`) are taken by security forces (ACLED: disrupted weapons use)
SECURITY_FORCES = ActorRef(
    text="", name="security forces (implied)", code="COP", country=None, sector="COP"
)
# nominal events that stand without a recipient: protest, repression, violence
_STANDALONE_NOMINAL_ROOTS = frozenset({"14", "17", "18", "19", "20"})
# acts that are events even when the text names neither side ("shops were looted")
_UNATTRIBUTED_ROOTS = _STANDALONE_NOMINAL_ROOTS
_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
# damage and destruction of property (looting and seizures are always someone's act)
_PROPERTY_HARM_CODES = frozenset({"171", "1712"})
# accidents and disasters: no one did the harm they cause ("explosion" and "fire" are left
# out: bombs explode and gunmen open fire)
_MISHAP_WORDS = frozenset({
    "accident", "crash", "collision", "derailment", "stampede", "collapse", "earthquake",
    "quake", "tremor", "flood", "flooding", "landslide", "mudslide", "storm", "cyclone",
    "hurricane", "typhoon", "tornado", "avalanche", "tsunami", "volcano", "eruption",
    "disaster", "downpour", "heatwave", "lightning", "drowning", "poisoning", "blizzard",
    "spill", "leak", "leakage", "wildfire", "bushfire", "rainfall", "rain", "drought",
    "shipwreck", "capsize", "derail", "plunge", "short-circuit",
})
# "a gas explosion", "a boiler blast": explosions whose source is a mishap, not a bomb
_MISHAP_BLAST_SOURCES = frozenset({
    "gas", "cylinder", "boiler", "transformer", "firework", "firecracker", "tanker", "reactor",
    "chemical", "factory", "plant", "refinery", "container",
})


class ActorLookup(Protocol):
    """What the coder needs from the actor stage's analysis of one article."""

    def ref_at(self, token: Token) -> ActorRef | None: ...

    def refs_at(self, token: Token) -> list[ActorRef]: ...

    def refs_for_span(self, span: Span) -> list[ActorRef]: ...


@dataclass(slots=True)
class _Match:
    entry: LexiconEntry
    trigger: Token
    consumed: bool = False
    embedded: list[_Match] = field(default_factory=list)
    # the light verb whose object this noun is ("carried out an attack")
    light_verb: int | None = None


@dataclass(frozen=True, slots=True)
class _Argument:
    ref: ActorRef
    token: Token
    inherited: bool


class EventCoder:
    """Codes every event of an article from its parse and the actor stage's analysis.

    `lexicon_dir` holds `cameo/*.yaml` and the code tables (default: the shipped
    `data/lexicon`); `verb_dictionaries` are PETRARCH verb files (their patterns become extra
    entries) or PETRARCH discard lists. Such files among `settings.dictionaries` are picked up
    too; other dictionaries belong to the actor coder and are ignored here.
    """

    def __init__(
        self,
        settings: Settings | None = None,
        *,
        lexicon_dir: Path | None = None,
        verb_dictionaries: Sequence[Path] = (),
    ) -> None:
        self.settings = settings or Settings.from_env()
        folder = lexicon_dir or data_dir() / "lexicon"
        self.tables = CodeTables.load(folder)
        self.common_crime = CommonCrimeWords.load(folder / "common_crime.txt")
        self.mode_refiner = ModeRefiner.load(folder / "plover_modes.yaml")
        self.context_tagger = ContextTagger.load(folder / "plover_contexts.yaml")
        cameo_dir = folder / "cameo"
        self.lexicon = Lexicon()
        if cameo_dir.is_dir():
            self.add_entries(load_lexicon(cameo_dir).entries)
        else:
            log.warning("no lexicon folder %s: only dictionary entries will code events", cameo_dir)
        extra = list(verb_dictionaries) + [
            p for p in self.settings.dictionaries if p not in verb_dictionaries
        ]
        self.discards = DiscardList()
        for path in dict.fromkeys(extra):
            if not path.is_file():
                continue
            if looks_like_petrarch_verbs(path):
                self.add_entries(read_petrarch_verbs(path), override=True)
            elif looks_like_petrarch_discards(path):
                self.discards.extend(read_petrarch_discards(path))

    def add_entries(self, entries: Iterable[LexiconEntry], override: bool = False) -> None:
        """Add entries; with `override`, they replace the lexicon's entries for their lemmas."""
        usable = list(entries)
        if not override:
            # the shipped lexicon must use CAMEO codes; a user's dictionary may use its own
            for entry in usable:
                if self.tables.lookup(entry.cameo) is None:
                    raise DataFileError(f"{entry.origin}: {entry.cameo} is not a CAMEO code")
        if override:
            self.lexicon.override(usable)
        else:
            self.lexicon.add(usable)

    # -- public call -------------------------------------------------------------------------

    def code(self, doc: Doc, article: Article, actors: ActorLookup) -> list[Event]:
        date = article.published[:10] if article.published else None
        events: list[Event] = []
        if self.discards.discards_story(doc.text):
            return events
        for index, sentence in enumerate(doc.sents):
            if self.discards.discards_sentence(sentence.text):
                continue
            events.extend(self.code_sentence(sentence, index, article, actors, date))
        return _rank_across_sentences(events)

    def code_sentence(
        self,
        sentence: Span,
        index: int,
        article: Article,
        actors: ActorLookup,
        date: str | None = None,
    ) -> list[Event]:
        if syntax.looks_like_headline(sentence):
            return []
        matches = self._match(sentence)
        if not matches:
            return []
        if not actors.refs_for_span(sentence) and not any(
            _implies_agent(m) for m in matches.values()
        ):
            return []
        self._link(matches)
        coded: list[Event] = []
        silent: set[int] = set()
        for match in matches.values():
            if not match.consumed:
                found = self._events_for(match, sentence, index, article, actors, date)
                coded.extend(found)
                if not found:
                    silent.add(match.trigger.i)
        for match in matches.values():
            # "Assad carried out a gas attack" with an uncoded subject: the absorbed noun
            # still reports the attack
            if (
                match.consumed
                and match.light_verb in silent
                and match.entry.cameo[:2] in _UNATTRIBUTED_ROOTS
            ):
                coded.extend(self._events_for(match, sentence, index, article, actors, date))
        coded = [e for e in coded if not self.common_crime.is_crime_policing(e, sentence)]
        coded = _drop_reporting_governors(coded, matches)
        coded = _drop_bare_governors(coded, sentence)
        events: dict[tuple[str, ...], Event] = {}
        for event in coded:
            key = (
                event.cameo,
                _actor_key(event.source),
                _actor_key(event.target) if event.target else "",
            )
            if key not in events or events[key].confidence < event.confidence:
                events[key] = event
        coded = _subordinate_protest_content(list(events.values()))
        coded = _subordinate_background(coded, sentence)
        if any(not e.rule.endswith(_WEAK_SUFFIX) for e in coded):
            coded = [e for e in coded if not e.rule.endswith(_WEAK_SUFFIX)]
        return sorted(coded, key=lambda e: (e.trigger_token or 0, e.cameo))

    # -- trigger matching ----------------------------------------------------------------------

    def _match(self, sentence: Span) -> dict[int, _Match]:
        matches: dict[int, _Match] = {}
        for token in sentence:
            if token.pos_ == "VERB":
                index = self.lexicon.verbs
            elif token.pos_ == "NOUN" and (
                token.dep_ != "compound" or syntax.event_phrase_head(token) is not token
            ):
                # a noun modifying another ("arrest warrant", "protest site") names no event
                index = self.lexicon.nouns
            else:
                continue
            lemma = token.lemma_.lower()
            if lemma not in index and token.pos_ == "VERB":
                # the lemmatizer misses some forms ("staged" -> "stag")
                lemma = self.lexicon.verb_forms.get(token.lower_, lemma)
            candidates = index.get(lemma, [])
            if token.lower_ != lemma and token.lower_ in index:
                candidates = sorted(
                    [*candidates, *index[token.lower_]], key=lambda e: -e.specificity
                )
            for entry in candidates:
                if _entry_fits(entry, token):
                    matches[token.i] = _Match(entry=entry, trigger=token)
                    break
        return matches

    def _link(self, matches: dict[int, _Match]) -> None:
        """Mark triggers that another trigger absorbs (intent, accusation, speech, light verb)."""
        for match in matches.values():
            if _under_attribution(match.trigger):
                # "claimed responsibility for the attack", "denied it was responsible for
                # the bombing": the act is the attribution's topic, reported before
                match.consumed = True
        for match in matches.values():
            entry, trigger = match.entry, match.trigger
            if entry.objects or entry.cameo[:2] in _UNREALIZED_OBJECT_ROOTS:
                obj = syntax.object_of(trigger)
                # "demanded a ban on X and the arrest of its leaders": every object is the
                # demand's content, not an event of its own
                for noun in syntax.expand_conjuncts(obj) if obj is not None else []:
                    if noun.i in matches and noun.i != trigger.i:
                        matches[noun.i].consumed = True
                        if entry.cameo[:2] not in _UNREALIZED_OBJECT_ROOTS:
                            matches[noun.i].light_verb = trigger.i
                    if entry.cameo[:2] in _UNREALIZED_OBJECT_ROOTS:
                        # "dismissed an appeal to lay down their arms": the act the rejected
                        # appeal asks for is its content, not an event
                        for token in _noun_clause_tokens(noun):
                            if token.i in matches and token.i != trigger.i:
                                matches[token.i].consumed = True
            if entry.complement == "xcomp":
                # the governed clause is part of this event ("vowed to X", "urged Y to X")
                for child in syntax.controlled_clauses(trigger):
                    for verb in syntax.expand_conjuncts(child):
                        if verb.i in matches and verb.i != trigger.i:
                            matches[verb.i].consumed = True
                            match.embedded.append(matches[verb.i])
            elif entry.complement == "ccomp" and entry.cameo[:2] in _CONTROL_ROOTS:
                # "agreed that their countries should cooperate", "warned that police will
                # not tolerate rallies": the clause is what is agreed, threatened or demanded,
                # not a report of events that happened
                for child in trigger.children:
                    if child.dep_ != "ccomp":
                        continue
                    heads = {verb.i for verb in syntax.expand_conjuncts(child)}
                    for token in child.subtree:
                        inner = matches.get(token.i)
                        if inner is None or token.i == trigger.i:
                            continue
                        inner.consumed = True
                        if token.i in heads:
                            match.embedded.append(inner)
            elif entry.complement == "of":
                for child in trigger.children:
                    if child.dep_ == "prep" and child.lower_ == "of":
                        for token in child.subtree:
                            if token.i in matches and token.i != trigger.i:
                                matches[token.i].consumed = True
        for match in list(matches.values()):
            statement = match.entry.cameo[:2] == "01" and match.entry.id.endswith(_WEAK_SUFFIX)
            if match.consumed or not statement:
                continue
            clause = syntax.obligation_clause(match.trigger)
            if clause is None:
                continue
            # "declared that China must drop barriers": stating another's duty is a demand
            # (CAMEO 10); an event in the clause is what is demanded
            match.entry = _demand_entry(match.entry.lemma)
            for token in clause.subtree:
                inner = matches.get(token.i)
                if inner is None or inner is match or inner.consumed:
                    continue
                if _in_own_clause(token, clause):
                    inner.consumed = True
                    match.embedded.append(inner)
        for match in list(matches.values()):
            trigger = match.trigger
            governor = trigger.head
            if (
                match.consumed
                or trigger.dep_ != "xcomp"
                or governor.lemma_ not in DESIRE_GOVERNORS
                or governor.i in matches
            ):
                continue
            # "wants to attack": an unlisted desire verb still makes an intent or a threat
            matches[governor.i] = _Match(
                entry=_desire_entry(governor.lemma_), trigger=governor, embedded=[match]
            )
            match.consumed = True

    # -- events --------------------------------------------------------------------------------

    def _events_for(
        self,
        match: _Match,
        sentence: Span,
        index: int,
        article: Article,
        actors: ActorLookup,
        date: str | None,
    ) -> list[Event]:
        entry, trigger = match.entry, match.trigger
        assertion = assess(trigger)
        if "between" in entry.target or "between" in entry.source:
            # "the meeting between A and B": one event each way
            heads, _ = syntax.slot_tokens(trigger, "between")
            parties = self._resolve(heads, False, actors)
            if len(parties) > 1:
                third = [
                    a for a in self._arguments(trigger, entry.source, actors, role="source")
                    if not any(_same_actor(a.ref, p.ref) for p in parties)
                ]
                # "Qatar's mediation between A and B": a named third party acts on both
                pairs = _pairs(third, parties, False) if third else _pairs(parties, [], True)
                return self._pair_events(
                    match, pairs, sentence, index, article, date, assertion
                )
        sources = self._arguments(trigger, entry.source, actors, role="source")
        if not sources:
            if match.embedded or not (_agentless(trigger) or entry.subjects):
                return []
            # "2,500 activists were arrested": the act is reported, its agent is not named
            sources = self._instrument_agents(trigger, actors) or [
                _Argument(
                    ref=_implied_agent(entry) or UNKNOWN_SOURCE,
                    token=trigger,
                    inherited=True,
                )
            ]
        if match.embedded:
            return self._control_events(
                match, sources, sentence, index, article, actors, date, assertion
            )
        unnamed = sources[0].ref is UNKNOWN_SOURCE
        if unnamed and _harm_without_agent(entry.cameo) and _names_mishap(sentence):
            # "killed in a plane crash", "injured after the earthquake": harm without an
            # agent, caused by an accident or a disaster, is no political event
            return []
        targets = self._arguments(
            trigger, entry.target, actors, role="target", exclude=sources if entry.verbatim else ()
        )
        if entry.cameo[:2] == "07" and _names_mishap(sentence) and not _abroad(targets, sources):
            # rescue and relief after an accident or a disaster is emergency response; aid
            # sent to another country after one is still aid
            return []
        if not targets and trigger.pos_ in ("VERB", "NOUN") and entry.target:
            targets = self._implied_targets(trigger, entry, sources, actors)
        if entry.cameo == "042":
            # "the prime minister arrived in Lahore": travel at home is no visit
            targets = [t for t in targets if not _home_place(t, sources)]
            if not targets:
                return []
        # a nominal needs its recipient, except violence ("police firing killed two")
        # (unless its entry has no target slot: "the prime minister's resignation")
        needs_target = unnamed or (
            trigger.pos_ == "NOUN" and entry.cameo[:2] not in _STANDALONE_NOMINAL_ROOTS
            and bool(entry.target)
        )
        # "gun attacks left seven dead", "shops were looted": violence and protest are events
        # even when the text names neither side; other acts need a party
        unattributed = (
            unnamed and entry.cameo[:2] in _UNATTRIBUTED_ROOTS and _reports_act(trigger)
        )
        reciprocal = entry.symmetric and len(sources) > 1
        # "French and Egyptian warships launched war games": the parties are each other's
        # recipients, when the noun reports the act ("delayed their meeting" does not)
        mutual = reciprocal and _reports_act(trigger)
        if not targets and needs_target and not unattributed and not mutual:
            return []
        if not targets and not reciprocal and entry.cameo[:2] in _DYADIC_ROOTS:
            return []
        pairs = _pairs(sources, targets, entry.symmetric)
        return self._pair_events(match, pairs, sentence, index, article, date, assertion)

    def _pair_events(
        self,
        match: _Match,
        pairs: list[tuple[_Argument, _Argument | None]],
        sentence: Span,
        index: int,
        article: Article,
        date: str | None,
        assertion: Assertion,
    ) -> list[Event]:
        entry, trigger = match.entry, match.trigger
        events = []
        for source, target in pairs:
            confidence = _confidence(entry, trigger, source, target, assertion)
            cameo, stance, rule = self._stance_code(
                entry.cameo, entry.id, assertion, entry.verbatim
            )
            if cameo in _RIOT_ACTS and not entry.verbatim and _protesters(source.ref):
                # "protesters torched the building", "rioters clashed with police": violence
                # by a crowd of demonstrators is a violent protest (CAMEO 145)
                cameo, rule = "145", f"{rule}>riot"
            events.append(
                self._event(
                    cameo, entry, trigger, rule, source.ref,
                    target.ref if target else None, sentence, index, article, date,
                    stance, confidence,
                )
            )
            if entry.reverse_cameo and target is not None:
                cameo, stance, rule = self._stance_code(
                    entry.reverse_cameo, entry.id, assertion, entry.verbatim
                )
                events.append(
                    self._event(
                        cameo, entry, trigger, rule, target.ref, source.ref,
                        sentence, index, article, date, stance, confidence,
                    )
                )
        return [e for e in events if e is not None]

    def _stance_code(
        self, cameo: str, rule: str, assertion: Assertion, entry_verbatim: bool = False
    ) -> tuple[str, Assertion, str]:
        """CAMEO's coding of an act that is refused or announced rather than done.

        "will not accept refugees", "refused to meet": a negated cooperative act is a
        rejection (12x, an asserted event). "will give a grant", "may halt mediation": an
        announced act is an intent (03x) or, for conflictual acts, a threat (13x). Acts without
        such a code (statements, appeals, negated violence) keep their code and flags.
        """
        if entry_verbatim:
            return cameo, assertion, rule
        if assertion.negated:
            refused = self.tables.control_code("refuse", cameo)
            if refused:
                return refused, replace(assertion, negated=False), f"refuse>{rule}"
            return cameo, assertion, rule
        if assertion.prospective:
            announced = self.tables.control_code("intent", cameo)
            if announced:
                return announced, assertion, f"intent>{rule}"
        return cameo, assertion, rule

    def _control_events(
        self,
        match: _Match,
        sources: list[_Argument],
        sentence: Span,
        index: int,
        article: Article,
        actors: ActorLookup,
        date: str | None,
        assertion: Assertion,
    ) -> list[Event]:
        """"X vowed to enhance Y": the embedded event's root picks the 03x/13x code."""
        governor = match.entry
        # a generic control verb recodes the embedded event through intent.tsv; an entry
        # written for the whole construction ("agree to lift sanctions") keeps its own code
        generic = not (governor.objects or governor.after or governor.before)
        kind = _CONTROL_ROOTS.get(governor.cameo[:2], "") if generic else ""
        events = []
        modality = assertion.modality
        if kind == "intent" and modality == "asserted":
            modality = "intended"
        controlled = Assertion(assertion.negated, modality, assertion.speaker)
        # appeals and demands are addressed to the governor's object ("urged Iran to ...");
        # intents, threats and refusals aim at the embedded event's target
        own_targets = self._arguments(match.trigger, governor.target, actors, "target")
        for embedded in match.embedded:
            code = (kind and self.tables.control_code(kind, embedded.entry.cameo)) or governor.cameo
            inner = self._arguments(embedded.trigger, embedded.entry.target, actors, "target")
            # an appeal without a resolved addressee is not an appeal to the embedded target
            addressed = kind in ("appeal", "demand")
            targets = own_targets if addressed else (inner or own_targets)
            reciprocal = governor.symmetric and len(sources) > 1
            # a commitment, threat or refusal stands without a recipient ("agreed to share
            # information", "threatened to strike"); an appeal needs its addressee
            own_act = governor.cameo[:2] in _SELF_COMMITMENT_ROOTS or governor.cameo[:2] == "01"
            if not targets and not reciprocal and not own_act:
                continue
            rule = f"{governor.id}>{embedded.entry.id}"
            for source, target in _pairs(sources, targets, governor.symmetric):
                confidence = _confidence(governor, match.trigger, source, target, controlled)
                event = self._event(
                    code, governor, match.trigger, rule, source.ref,
                    target.ref if target else None, sentence, index, article, date,
                    controlled, confidence,
                )
                if event is not None:
                    events.append(event)
        return events

    def _arguments(
        self, trigger: Token, slots: Sequence[str], actors: ActorLookup, role: str,
        exclude: Sequence[_Argument] = (),
    ) -> list[_Argument]:
        """Actors filling the first slot that yields any, with coordinated actors expanded;
        a slot naming only `exclude` actors (the sources again: "welcomed *their* ties with
        Y") yields none."""
        for slot in slots:
            heads, inherited = syntax.slot_tokens(trigger, slot)
            if exclude or slot == "phrase":
                # the phrase slot visits every noun itself: no head stands for its phrase
                whole = slot != "phrase"
                found = _first_other(
                    [self._resolve([h], inherited, actors, whole) for h in heads], exclude,
                    first_only=slot == "phrase",
                )
                if found:
                    return found
                continue
            found = self._resolve(heads, inherited, actors)
            if not found and role == "target" and slot not in ("nsubj", "poss"):
                # "lifted the sanctions on Iran": the object is about an actor
                inner = [t for h in heads for t in syntax.about_objects(h)]
                found = self._resolve(inner, inherited, actors)
            if found:
                return found
            if role == "source" and slot == "nsubj":
                # "Switzerland said it had expelled ...": the pronoun is the speaker
                speaker = _reported_speaker(heads)
                found = self._resolve([speaker], True, actors) if speaker is not None else []
                if found:
                    return found
        if role == "source" and trigger.pos_ == "VERB" and syntax.is_passive(trigger):
            # "was blown up by a missile fired by rebels": the instrument's user
            behind = [a for agent in syntax.passive_agents(trigger)
                      for a in syntax.agents_behind(agent)]
            found = self._resolve(behind, True, actors)
            if found:
                return found
        if role == "source" and trigger.pos_ == "NOUN":
            found = self._resolve(_nominal_governor_subject(trigger), True, actors)
            if found:
                return found
            # "police firing", "an Israeli air strike": the noun's modifier names the agent
            return [
                _Argument(ref=ref, token=trigger, inherited=False)
                for ref in actors.refs_at(trigger)
                if ref.code or ref.country
            ]
        return []

    def _implied_targets(
        self, trigger: Token, entry: LexiconEntry, sources: Sequence[_Argument],
        actors: ActorLookup,
    ) -> list[_Argument]:
        """A recipient the slots miss but the clause names: whose object it is ("rejected an
        Australian ultimatum"), whom a violent act harmed ("a bombing killed two soldiers")
        or, for protest, coercion and force, whom the purpose clause
        addresses ("opened fire to disperse demonstrators", "a strike to demand the
        resignation of the president")."""
        if trigger.pos_ == "VERB":
            heads = syntax.object_owners(trigger)
        else:
            heads = syntax.harmed_objects(trigger) if entry.cameo[:2] in _VIOLENCE_ROOTS else []
        if entry.cameo[:2] in _PURPOSE_TARGET_ROOTS:
            heads += syntax.purpose_objects(trigger)
        # only a party with a country, named apart from the object ("a key neighborhood" is
        # the object itself) and not as what it opposes ("an anti-government march")
        named = [
            [
                a for a in self._resolve([t], True, actors, False)
                if a.ref.country and t.head.text not in a.ref.text.split()
                and not _names_opposition(a.ref)
            ]
            for t in heads
        ]
        return _first_other(named, sources, first_only=True)

    def _instrument_agents(self, trigger: Token, actors: ActorLookup) -> list[_Argument]:
        """"killed in police firing": an agentless passive whose means names the agent."""
        if trigger.pos_ != "VERB":
            return []
        found = []
        for child in trigger.children:
            if child.dep_ != "prep" or child.lower_ not in ("in", "during", "by"):
                continue
            for noun in child.children:
                if noun.dep_ != "pobj":
                    continue
                if self._names_event(noun):
                    # "in police firing", "in firing by the police, army and paramilitary"
                    agents = [noun] + [
                        t for a in syntax.prep_objects(noun, "by")
                        for t in syntax.expand_conjuncts(a)
                    ]
                elif any(
                    g.dep_ in ("acl", "compound") and self._names_event(g) for g in noun.children
                ):
                    # "in police firing" parsed as "police" modified by the gerund "firing"
                    agents = [noun]
                else:
                    continue
                found.extend(
                    _Argument(ref=ref, token=agent, inherited=True)
                    for agent in agents
                    for ref in actors.refs_at(agent)
                    if ref.code or ref.country
                )
        return found

    def _names_event(self, token: Token) -> bool:
        # "police firing" may be tagged as a gerund verb
        lemma = token.lemma_.lower()
        return lemma in self.lexicon.nouns or lemma in self.lexicon.verbs

    def _resolve(
        self, heads: Iterable[Token], inherited: bool, actors: ActorLookup,
        whole_phrase: bool = True,
    ) -> list[_Argument]:
        found: list[_Argument] = []
        seen: set[str] = set()
        for head in heads:
            for token in syntax.expand_conjuncts(head):
                if token.lower_.endswith(("self", "selves")):
                    continue  # a reflexive names the subject again, never a second party
                # "they", "the two sides", "Pakistani and Iranian officials": several actors
                refs = _coordinated_modifier_refs(token, actors) or actors.refs_at(token)
                if not refs and whole_phrase:
                    refs = actors.refs_for_span(syntax.noun_phrase(token))[:1]
                for ref in refs:
                    key = _actor_key(ref)
                    if not (ref.code or ref.country) or key in seen:
                        continue
                    seen.add(key)
                    found.append(_Argument(ref=ref, token=token, inherited=inherited))
        return found

    def _event(
        self,
        cameo: str,
        entry: LexiconEntry,
        trigger: Token,
        rule: str,
        source: ActorRef,
        target: ActorRef | None,
        sentence: Span,
        index: int,
        article: Article,
        date: str | None,
        assertion: Assertion,
        confidence: float,
    ) -> Event | None:
        if target is not None and _same_actor(source, target):
            return None
        info = self.tables.lookup(cameo)
        # a user dictionary's own codes (PETRARCH's validation set uses 9xx) have no
        # Goldstein score, quad class or PLOVER type
        goldstein, quad = (info.goldstein, info.quad_class) if info else (0.0, 0)
        mapping = self.tables.plover_for(cameo) if info else None
        context = self.context_tagger.contexts(
            mapping.context if mapping else (), entry.context, sentence, source, target, quad,
            trigger,
        )
        mode = self.mode_refiner.refine(
            mapping.type, entry.mode, mapping.mode, sentence, trigger, source, target
        ) if mapping else entry.mode
        plover = Plover(
            type=mapping.type if mapping else "dropped",
            mode=mode,
            context=context,
        )
        return Event(
            event_id=_event_id(article.id, index, trigger.i, cameo, source, target),
            article_id=article.id,
            source=source,
            target=target,
            cameo=cameo,
            cameo_root=cameo[:2],
            goldstein=goldstein,
            quad_class=quad,
            plover=plover,
            sentence=sentence.text.strip(),
            sentence_index=index,
            trigger=trigger.text,
            rule=rule,
            date=date,
            date_precision="publication" if date else None,
            negated=assertion.negated,
            modality=assertion.modality,  # type: ignore[arg-type]
            confidence=confidence,
            trigger_token=trigger.i,
        )


# -- helpers -----------------------------------------------------------------------------------


_SPEAKER_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _names_opposition(ref: ActorRef) -> bool:
    """"anti-government protesters" are not the government."""
    return any(syntax.is_stance_word(word) for word in ref.text.split())


def _protesters(ref: ActorRef) -> bool:
    words = ref.text.lower().split()
    return bool(words) and words[-1] in _PROTESTER_NOUNS


def _abroad(targets: Sequence[_Argument], sources: Sequence[_Argument]) -> bool:
    """A recipient of another country than every source's, all of which name one."""
    if not sources or not all(s.ref.country for s in sources):
        return False
    return any(
        t.ref.country and all(s.ref.country != t.ref.country for s in sources) for t in targets
    )


def _home_place(target: _Argument, sources: Sequence[_Argument]) -> bool:
    """A place named as the destination lies in the country of one of the travellers."""
    ref = target.ref
    return (
        target.token.ent_type_ in _PLACE_ENTITIES
        and ref.sector in (None, "CVL")
        and ref.country is not None
        and any(s.ref.country == ref.country for s in sources)
    )


def _reported_speaker(subjects: Sequence[Token]) -> Token | None:
    """The subject of the speech verb whose reported clause has a pronoun subject."""
    if len(subjects) != 1 or subjects[0].lower_ not in _SPEAKER_PRONOUNS:
        return None
    clause = subjects[0].head
    while clause.dep_ in ("conj", "xcomp") and clause.head.i != clause.i:
        clause = clause.head
    if clause.dep_ != "ccomp" or clause.head.lemma_ not in SPEECH_VERBS:
        return None
    speaker = next((c for c in clause.head.children if c.dep_ == "nsubj"), None)
    if speaker is None or speaker.pos_ == "PRON":
        return None
    return speaker


_ATTRIBUTION_NOUNS = frozenset({"responsibility", "responsible", "blame", "credit"})


def _under_attribution(trigger: Token) -> bool:
    node = trigger
    for _ in range(6):
        if node.head.i == node.i:
            return False
        if node.dep_ == "pobj" and node.head.lower_ == "for" and (
            node.head.head.lemma_.lower() in _ATTRIBUTION_NOUNS
        ):
            return True
        node = node.head
    return False


def _harm_without_agent(cameo: str) -> bool:
    """Violence, or damage and destruction of property, which an accident can also cause
    ("two buildings were damaged when a gas container exploded")."""
    return cameo[:2] in _VIOLENCE_ROOTS or cameo in _PROPERTY_HARM_CODES


def _names_mishap(sentence: Span) -> bool:
    return any(t.lemma_.lower() in _MISHAP_WORDS or _mishap_blast(t) for t in sentence)


def _mishap_blast(token: Token) -> bool:
    if token.lemma_.lower() not in ("explosion", "blast", "explode", "fire", "blaze"):
        return False
    if token.pos_ == "VERB":
        # "a cooking gas container exploded"
        subjects = [c for c in token.children if c.dep_ == "nsubj"]
        return any(
            t.lemma_.lower() in _MISHAP_BLAST_SOURCES for s in subjects for t in s.subtree
        )
    return any(
        c.dep_ in ("compound", "amod") and c.lemma_.lower() in _MISHAP_BLAST_SOURCES
        for c in token.children
    )


def _noun_clause_tokens(noun: Token) -> list[Token]:
    """The tokens of a clause that states a noun's content ("an appeal *to lay down arms*",
    "the demand *that troops withdraw*")."""
    return [
        token
        for child in noun.children
        if child.dep_ in ("acl", "xcomp", "ccomp") and child.pos_ in ("VERB", "AUX")
        for token in child.subtree
    ]


def _coordinated_modifier_refs(noun: Token, actors: ActorLookup) -> list[ActorRef]:
    """"Indian and French navies": one noun, one actor per coordinated national modifier."""
    refs: list[ActorRef] = []
    for child in noun.children:
        if child.dep_ not in ("amod", "compound") or not child.conjuncts:
            continue
        for modifier in syntax.expand_conjuncts(child):
            found = actors.refs_at(modifier)[:1]
            if found and all(not _same_actor(found[0], r) for r in refs):
                refs.extend(found)
    return refs if len(refs) > 1 else []


def _agentless(trigger: Token) -> bool:
    """A passive verb or nominal without a named agent ("were killed", "the attack on X")."""
    if trigger.pos_ == "NOUN":
        return True
    return syntax.is_passive(trigger) or (trigger.dep_ == "acl" and trigger.tag_ == "VBN")


def _implies_agent(match: _Match) -> bool:
    """"35 persons were arrested": an agentless passive of an act only one kind of actor
    performs names that actor by itself, even in a sentence that names no other."""
    trigger = match.trigger
    return (
        _implied_agent(match.entry) is not None
        and trigger.pos_ == "VERB"
        and syntax.is_passive(trigger)
        and not syntax.passive_agents(trigger)
    )


def codes_without_actor(entry: LexiconEntry) -> bool:
    """Whether the entry can code a sentence that names no actor: unattributed violence and
    protest ("shops were looted"), or an act whose agent is implied ("were arrested")."""
    return entry.cameo[:2] in _UNATTRIBUTED_ROOTS or _implied_agent(entry) is not None


def _implied_agent(entry: LexiconEntry) -> ActorRef | None:
    if entry.cameo == "1711" and entry.mode == "seize":
        return SECURITY_FORCES
    return IMPLIED_AGENTS.get(entry.cameo[:3])


def _reports_act(trigger: Token) -> bool:
    """The trigger reports an act rather than mentioning one in passing.

    A verb ("shops were looted") reports; a noun does as its clause's subject ("gun attacks
    left seven dead") or a support verb's object ("carried out an attack"), but not as a
    definite background reference ("tracks the war", "after the museum shooting").
    """
    if trigger.pos_ != "NOUN":
        return True
    if any(c.dep_ == "det" and c.lower_ == "the" for c in trigger.children):
        return False
    # "a wave of attacks hit the city": the measuring noun holds the clause role
    node = syntax.measuring_noun(trigger)
    if node.dep_ in ("nsubj", "nsubjpass"):
        return True
    return node.dep_ in ("dobj", "attr") and node.head.lemma_ in _SUPPORT_VERBS


@lru_cache(maxsize=64)
def _desire_entry(lemma: str) -> LexiconEntry:
    return LexiconEntry(
        id=f"control.{lemma}",
        cameo="030",
        lemma=lemma,
        pos="verb",
        source=("nsubj",),
        target=(),
        complement="xcomp",
        origin="eventwire.events.modality.DESIRE_GOVERNORS",
    )


# what protesters say while protesting: "marched, demanding reforms", "defied a ban to rally"
_PROTEST_CONTENT_ROOTS = frozenset({"02", "10", "11", "12"})


def _subordinate_protest_content(events: list[Event]) -> list[Event]:
    """CAMEO codes a demonstration that demands or denounces as the demonstration (14x): the
    same source's appeals, demands, accusations and defiance in its sentence rank below it."""
    protest_confidence: dict[str, float] = {}
    for e in events:
        if e.cameo_root == "14" and not e.negated:
            key = _actor_key(e.source)
            protest_confidence[key] = max(protest_confidence.get(key, 0.0), e.confidence)
    ranked = []
    top_protest = max(protest_confidence.values(), default=None)
    for e in events:
        if top_protest is not None and _polices_protest(e, protest_confidence):
            # "police used tear gas to disperse the rally": the protest is the story and
            # the crowd control its consequence (ACLED: protest with intervention)
            e = replace(e, confidence=round(max(0.05, min(e.confidence, top_protest - 0.01)), 2))
        ceiling = protest_confidence.get(_actor_key(e.source))
        if e.cameo_root in _PROTEST_CONTENT_ROOTS and ceiling is not None:
            # below the protest even when the protest's source was inherited ("defied a ban
            # to march": the march's subject comes from "defied")
            lowered = min(e.confidence - 0.1, ceiling - 0.01)
            e = replace(e, confidence=round(max(0.05, lowered), 2))
        ranked.append(e)
    return ranked


# the state's forces that meet a crowd: police, and troops deployed against protests
_SECURITY_SECTORS = frozenset({"COP", "MIL"})


def _polices_protest(event: Event, protesters: dict[str, float]) -> bool:
    """Violent crowd control (175), or coercion or force by police or troops against the
    protesters (the protest's own source, or a crowd named as protesters)."""
    if event.cameo.startswith("175"):
        return True
    return (
        event.source.sector in _SECURITY_SECTORS
        and event.cameo_root in ("17", "18", "19")
        and event.target is not None
        and (_actor_key(event.target) in protesters or _protesters(event.target))
    )


# what a sentence may report as a reaction to its violence: appeals, demands, criticism, refusal
_REACTION_ROOTS = frozenset({"02", "10", "11", "12"})


def _subordinate_background(events: list[Event], sentence: Span) -> list[Event]:
    """Background ranks below the sentence's news: a participle describing an actor ("militants
    *backed* by Ankara") below the sentence's other events, and a verbal reaction in a
    background clause ("..., with the lawyer *slamming* the police") below its violence."""
    doc = sentence.doc

    def trigger(e: Event) -> Token | None:
        return doc[e.trigger_token] if e.trigger_token is not None else None

    described = {
        e.event_id for e in events
        if (t := trigger(e)) is not None and _describes_actor(t)
    }
    news = [e.confidence for e in events if e.event_id not in described and not e.negated]
    violence = [
        e.confidence for e in events
        if e.cameo_root in _VIOLENCE_ROOTS and not e.negated and e.event_id not in described
    ]
    ranked = []
    for e in events:
        ceiling = None
        if e.event_id in described and news:
            ceiling = min(news)
        elif (
            e.cameo_root in _REACTION_ROOTS
            and violence
            and (t := trigger(e)) is not None
            and syntax.clause_depth(t, SPEECH_VERBS) > 0
        ):
            ceiling = max(violence)
        if ceiling is not None and e.confidence >= ceiling:
            e = replace(e, confidence=round(max(0.05, ceiling - 0.01), 2))
        ranked.append(e)
    return ranked


def _describes_actor(token: Token) -> bool:
    """A reduced passive relative with its agent ("militants backed by Ankara"); one without
    an agent may be a main verb the parser attached as a modifier."""
    return syntax.is_attributive_participle(token) and any(
        c.dep_ == "agent" for c in token.children
    )


def _rank_across_sentences(events: list[Event]) -> list[Event]:
    """News states its main event first: events after the lead (the first sentence that codes
    one with a PLOVER type) rank below the lead's; and a protest reported anywhere in the story
    outranks what its crowd demands, rejects or denounces in another sentence."""
    if not events:
        return events
    typed = [e.sentence_index for e in events if e.plover.type != "dropped"]
    lead = min(typed or [e.sentence_index for e in events])
    ranked = [
        e if e.sentence_index == lead
        else replace(e, confidence=round(max(0.05, e.confidence - _LATER_SENTENCE), 2))
        for e in events
    ]
    protests = [e for e in ranked if e.cameo_root == "14" and not e.negated]
    if not protests:
        return ranked
    crowds = {_actor_key(e.source) for e in protests}
    ceiling = max(e.confidence for e in protests)
    return [
        replace(e, confidence=round(max(0.05, min(e.confidence, ceiling - 0.01)), 2))
        if e.cameo_root in _PROTEST_CONTENT_ROOTS
        and (_actor_key(e.source) in crowds or _protesters(e.source))
        else e
        for e in ranked
    ]


def _in_own_clause(token: Token, clause: Token) -> bool:
    """Whether the token belongs to the clause itself, not to a clause embedded in it."""
    node = token
    while node.i != clause.i:
        if node.dep_ in ("advcl", "relcl", "ccomp", "acl", "parataxis"):
            return False
        node = node.head
    return True


def _demand_entry(lemma: str) -> LexiconEntry:
    return LexiconEntry(
        id=f"demand.must.{lemma}",
        cameo="100",
        lemma=lemma,
        pos="verb",
        source=("nsubj",),
        target=("clause_subject",),
        complement="ccomp",
        origin="eventwire.events.syntax.obligation_clause",
    )


def _drop_reporting_governors(events: list[Event], matches: dict[int, _Match]) -> list[Event]:
    """"X said Y attacked Z" codes the attack, not the saying, when the attack is coded."""
    triggers = {e.trigger_token for e in events}
    dropped: set[int] = set()
    for match in matches.values():
        entry, trigger = match.entry, match.trigger
        if entry.complement not in _REPORTING_COMPLEMENTS and entry.cameo[:2] != "01":
            continue
        clauses = [c for c in trigger.children if c.dep_ == "ccomp"]
        if any(t.i in triggers and t.i != trigger.i for c in clauses for t in c.subtree):
            dropped.add(trigger.i)
    return [e for e in events if e.trigger_token not in dropped]


def _drop_bare_governors(events: list[Event], sentence: Span) -> list[Event]:
    """"X refused to meet Y": the refusal is coded through the meeting (125); the verb's own
    targetless event (120) would count the same act twice."""
    doc = sentence.doc
    governed = {
        (doc[e.trigger_token].head.i, _actor_key(e.source))
        for e in events
        if e.trigger_token is not None and doc[e.trigger_token].dep_ == "xcomp"
    }
    return [
        e for e in events
        if e.target is not None or (e.trigger_token, _actor_key(e.source)) not in governed
    ]


def _entry_fits(entry: LexiconEntry, token: Token) -> bool:
    particles = [c for c in token.children if c.dep_ == "prt"]
    if entry.particle:
        if not any(
            c.lower_ == entry.particle
            for c in token.children
            if c.i > token.i and c.dep_ in ("prt", "prep", "advmod")
        ):
            return False
    elif particles and token.pos_ == "VERB":
        # a phrasal verb ("call off", "carry out") is a different verb than its base
        return False
    if entry.objects:
        obj = _constrained_object(entry, token)
        if obj is None or not (
            obj.lemma_.lower() in entry.objects
            or syntax.content_noun(obj).lemma_.lower() in entry.objects
            or syntax.member_noun(obj).lemma_.lower() in entry.objects
        ):
            return False
    if entry.not_objects:
        obj = _constrained_object(entry, token)
        if obj is not None and (
            obj.lemma_.lower() in entry.not_objects
            or syntax.content_noun(obj).lemma_.lower() in entry.not_objects
        ):
            return False
    if entry.subjects:
        subject = _instrument_subject(token)
        if subject is None or subject.lemma_.lower() not in entry.subjects:
            return False
    if entry.complement and not _has_complement(token, entry.complement):
        return False
    if entry.after:
        after = [t for t in syntax.iter_clause_tokens(token) if t.i > token.i]
        if not _in_order(after, entry.after):
            return False
    if entry.before:
        start = max(token.sent.start, token.i - 8)
        if not _in_order(list(token.doc[start : token.i]), entry.before):
            return False
    return True


def _instrument_subject(token: Token) -> Token | None:
    """The verb's own subject noun, or the noun a reduced relative modifies ("a bomb placed
    in a bin exploded", "mines planted by X exploding")."""
    subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return syntax.content_noun(subjects[0])
    if token.dep_ in ("acl", "relcl") and token.head.pos_ == "NOUN":
        return token.head
    return None


def _constrained_object(entry: LexiconEntry, token: Token) -> Token | None:
    """The noun an entry's `object` constrains: the particle's object for "call for X",
    else the direct object (or the passive subject: "talks were held")."""
    if entry.particle:
        for child in token.children:
            if child.dep_ in ("prep", "prt") and child.lower_ == entry.particle:
                pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return pobj
        # spaCy may attach the noun straight to the verb when the particle is a `prt`
    objects = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
    # "informed X that forces have set up a post": a misparsed "that" may be a second object
    return next((c for c in objects if c.lower_ not in ("that", "which")), None) or next(
        iter(objects), None
    )


def _has_complement(token: Token, complement: str) -> bool:
    children = list(token.children)
    if complement == "xcomp":
        if syntax.controlled_clauses(token):
            return True
        # "expressed willingness to cooperate": the clause hangs off the object noun
        return any(
            c.dep_ in ("dobj", "attr") and any(g.dep_ in ("acl", "xcomp") for g in c.children)
            for c in children
        )
    if complement in ("ccomp", "that"):
        return any(c.dep_ == "ccomp" for c in children)
    if complement == "to" and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in children
    ):
        return True
    return any(
        c.dep_ in ("prep", "dative") and c.lower_ == complement
        and any(g.dep_ in ("pobj", "pcomp") for g in c.children)
        for c in children
    )


def _in_order(tokens: Sequence[Token], words: Sequence[str]) -> bool:
    position = 0
    for token in tokens:
        if position == len(words):
            break
        word = words[position]
        if token.lower_ == word or token.lemma_.lower() == word:
            position += 1
    return position == len(words)


def _nominal_governor_subject(noun: Token) -> list[Token]:
    """"X held talks", "X's forces launched an attack": a nominal trigger's implied source."""
    noun = syntax.measuring_noun(noun)
    head = noun.head
    if noun.dep_ in ("dobj", "attr") and head.lemma_ in _SUPPORT_VERBS:
        pass  # "held talks", "launched an attack": the verb's subject performs the event
    else:
        return []
    if head.pos_ not in ("VERB", "AUX"):
        return []
    subject, _ = syntax.subject_of(head)
    return [subject] if subject is not None else []


def _support_verb_object(noun: Token) -> bool:
    """"launched an airstrike", "held talks": the noun is as much the clause's event as a verb."""
    noun = syntax.measuring_noun(noun)
    return noun.dep_ in ("dobj", "attr") and noun.head.lemma_ in _SUPPORT_VERBS and (
        noun.head.lemma_ != "be"
    )


def _pairs(
    sources: list[_Argument], targets: list[_Argument], symmetric: bool
) -> list[tuple[_Argument, _Argument | None]]:
    if targets:
        return [(s, t) for s in sources for t in targets]
    if symmetric and len(sources) > 1:
        return [(a, b) for a in sources for b in sources if a is not b]
    return [(s, None) for s in sources]


def _confidence(
    entry: LexiconEntry,
    trigger: Token,
    source: _Argument,
    target: _Argument | None,
    assertion: Assertion,
) -> float:
    score = 0.85
    if source.ref is UNKNOWN_SOURCE:
        score -= 0.25
    elif source.inherited:
        score -= 0.15
    if trigger.pos_ == "NOUN" and not _support_verb_object(trigger):
        score -= 0.1
    if source.token.pos_ == "PRON" or (target is not None and target.token.pos_ == "PRON"):
        score -= 0.1
    if target is None:
        score -= _MISSING_TARGET
    if assertion.modality != "asserted":
        score -= 0.05
    if entry.specificity:
        score += 0.05
    # the main clause carries the news; events in background clauses are less central
    score -= _CLAUSE_STEP * syntax.clause_depth(trigger, SPEECH_VERBS)
    if syntax.is_attributive_participle(trigger):
        # "militants backed by Ankara attacked X": the participle describes who the actor
        # is, a standing relation rather than the news of the sentence
        score -= _CLAUSE_STEP
    return round(min(0.99, max(0.05, score)), 2)


def _first_other(
    per_head: list[list[_Argument]], exclude: Sequence[_Argument], first_only: bool
) -> list[_Argument]:
    """The arguments of every head (or of the first head that has any), less `exclude`."""
    found: list[_Argument] = []
    fallback: list[_Argument] = []
    for arguments in per_head:
        kept = [a for a in arguments if not any(_same_actor(a.ref, x.ref) for x in exclude)]
        kept = [a for a in kept if all(_actor_key(a.ref) != _actor_key(f.ref) for f in found)]
        if first_only and kept and not any(a.ref.country for a in kept):
            # a bare role noun ("fired artillery shells at Seoul") yields to a named actor
            fallback = fallback or kept
            continue
        found.extend(kept)
        if found and first_only:
            break
    return found or fallback


def _actor_key(ref: ActorRef) -> str:
    return ref.kb_id or f"{ref.code}|{ref.name}"


def _same_actor(a: ActorRef, b: ActorRef) -> bool:
    if a.kb_id and b.kb_id:
        return a.kb_id == b.kb_id
    return a.name == b.name and a.code == b.code


def _event_id(
    article_id: str, index: int, trigger: int, cameo: str, source: ActorRef, target: ActorRef | None
) -> str:
    key = "|".join(
        [
            article_id, str(index), str(trigger), cameo, _actor_key(source),
            _actor_key(target) if target else "",
        ]
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
