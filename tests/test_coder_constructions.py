"""The coder's grammar, one construction at a time, on a small lexicon written here.

The lexicon is local so these tests pin down how the coder reads a parse (passive, coordination,
nominal events, negation, reported speech, control verbs), independent of how the shipped
lexicon grows. The code tables are the shipped ones.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from local_lexicon import CODE_TABLES, local_event_coder, text_coder

from eventwire.events import EventCoder
from eventwire.model import Event
from eventwire.nlp import load_pipeline
from eventwire.resources import data_dir
from eventwire.settings import Settings

LEXICON = """
- {id: t.meet, cameo: "040", verb: meet, target: [dobj, "prep:with"], symmetric: true}
- {id: t.visit, cameo: "042", verb: visit, target: [dobj]}
- {id: t.attack, cameo: "190", verb: attack, target: [dobj]}
- {id: t.accuse, cameo: "112", verb: accuse, target: [dobj], complement: of}
- {id: t.say.weak, cameo: "010", verb: say, target: [], complement: ccomp}
- {id: t.vow, cameo: "030", verb: vow, target: [], complement: xcomp}
- {id: t.refuse, cameo: "120", verb: refuse, target: [dobj]}
- {id: t.talks, cameo: "046", verb: hold, object: [talk], target: ["prep:with"], symmetric: true}
- {id: t.agree, cameo: "030", verb: agree, target: ["prep:with"], symmetric: true}
- {id: t.meeting, cameo: "040", noun: meeting, target: [between, "prep:with"]}
- {id: t.visit.noun, cameo: "042", noun: visit, target: ["prep:to"]}
- {id: t.arrest, cameo: "173", verb: arrest, target: [dobj]}
- {id: t.boost, cameo: "061", verb: boost, target: ["prep:with"]}
- {id: t.kill, cameo: "190", verb: kill, target: [dobj]}
- {id: t.fire, cameo: "193", verb: fire, target: ["prep:at", "prep:on"]}
- {id: t.expel, cameo: "161", verb: expel, object: [diplomat], target: [dobj]}
- {id: t.destroy.mines, cameo: "1711", verb: destroy, object: [mine], target: [poss], mode: seize}
- {id: t.find.weapons, cameo: "1711", verb: find, object: [device], target: [poss], mode: seize}
- {id: t.retake, cameo: "192", verb: retake, target: [dobj]}
- {id: t.protest, cameo: "141", verb: protest, target: ["prep:against"]}
- {id: t.set.up.post, cameo: "154", verb: set, particle: up, object: [post], target: []}
- {id: t.explode.bomb, cameo: "183", verb: explode, subject: [bomb], target: ["prep:near"]}
- {id: t.carry.out.attack, cameo: "180", verb: carry, particle: out, object: [attack],
   target: ["prep:on"]}
- {id: t.attack.noun, cameo: "190", noun: attack, target: ["prep:on"]}
- {id: t.rescue, cameo: "073", verb: rescue, target: [dobj]}
- {id: t.release, cameo: "084", verb: release, not_object: [footage], target: [dobj]}
- {id: t.claim, cameo: "015", verb: claim, object: [responsibility], target: ["prep:for"]}
- {id: t.arrive, cameo: "042", verb: arrive, target: ["prep:in"]}
- {id: t.reject.proposal, cameo: "125", verb: reject, object: [proposal], target: ["prep:from"]}
- {id: t.open.fire, cameo: "193", verb: open, object: [fire], target: ["prep:at", "prep:on"]}
- {id: t.bombing, cameo: "183", noun: bombing, target: ["prep:on"]}
- {id: t.mediation, cameo: "045", noun: mediation, target: [between, "prep:with"]}
- {id: t.wreck, cameo: "1712", verb: wreck, target: [dobj]}
- {id: t.resignation, cameo: "0831", noun: resignation, source: [poss], target: []}
- {id: t.decline.comment, cameo: "011", verb: decline, complement: xcomp, after: [comment],
   target: ["prep:on"]}
- {id: t.comment.weak, cameo: "010", verb: comment, target: []}
- {id: t.implore, cameo: "020", verb: implore, target: [dobj], complement: xcomp}
- {id: t.extend.aid, cameo: "070", verb: extend, object: [assistance], target: ["prep:to"]}
- {id: t.back, cameo: "051", verb: back, target: [dobj]}
- {id: t.damage, cameo: "171", verb: damage, target: [dobj]}
- {id: t.seize.weapons, cameo: "1711", verb: seize, object: [gun, heroin], target: [poss],
   mode: seize}
"""


@pytest.fixture(scope="module")
def coder(tmp_path_factory: pytest.TempPathFactory) -> EventCoder:
    return local_event_coder(tmp_path_factory.mktemp("lexicon"), LEXICON)


@pytest.fixture(scope="module")
def run(coder: EventCoder):
    return text_coder(coder)


def triples(events: list[Event]) -> set[tuple[str | None, str | None, str]]:
    return {
        (e.source.country, e.target.country if e.target else None, e.cameo) for e in events
    }


def test_simple_active_verb(run) -> None:
    events = run("Pakistan attacked India on Monday.")
    assert triples(events) == {("PAK", "IND", "190")}
    event = events[0]
    assert event.rule == "t.attack"
    assert event.trigger == "attacked"
    assert event.modality == "asserted" and not event.negated
    assert event.date == "2019-11-20" and event.date_precision == "publication"


def test_passive_agent_becomes_source(run) -> None:
    assert triples(run("India was attacked by Pakistan on Monday.")) == {("PAK", "IND", "190")}


def test_passive_without_agent_has_unknown_source(run) -> None:
    events = run("India was attacked on Monday.")
    assert triples(events) == {(None, "IND", "190")}
    assert events[0].source.name == "unknown" and events[0].source.code is None
    assert events[0].confidence < run("Pakistan attacked India on Monday.")[0].confidence


def test_coordinated_objects_expand(run) -> None:
    events = run("Pakistan met Iran, Iraq and Turkey on Tuesday.")
    assert triples(events) == {("PAK", "IRN", "040"), ("PAK", "IRQ", "040"), ("PAK", "TUR", "040")}


def test_coordinated_subjects_of_symmetric_entry_pair_up(run) -> None:
    events = run("Pakistan and Iran agreed on closer security cooperation.")
    assert triples(events) == {("PAK", "IRN", "030"), ("IRN", "PAK", "030")}


def test_first_name_mistagged_as_a_preposition_keeps_the_coordination(run) -> None:
    # the small model tags "Barack" as a preposition governing "Obama": both leaders still meet
    events = run("Barack Obama and Vladimir Putin met in Zurich.")
    assert {(s, t) for s, t, _ in triples(events)} == {("USA", "RUS"), ("RUS", "USA")}


def test_travel_at_home_is_no_visit(run) -> None:
    assert run("Pakistani Prime Minister Imran Khan arrived in Lahore on Sunday.") == []
    assert {(s, t) for s, t, _ in triples(
        run("Pakistani Prime Minister Imran Khan arrived in Tehran on Sunday.")
    )} == {("PAK", "IRN")}


def test_object_owner_is_the_recipient(run) -> None:
    events = run("Ethiopia rejected an Egyptian proposal on the dam.")
    assert {(s, t) for s, t, _ in triples(events)} == {("ETH", "EGY")}


def test_purpose_clause_names_the_recipient(run) -> None:
    events = run("Ugandan police opened fire to disperse Kenyan traders.")
    assert {(s, t) for s, t, _ in triples(events)} == {("UGA", "KEN")}


def test_victims_of_a_violent_act_are_its_recipients(run) -> None:
    events = run("A roadside bombing killed three Afghan soldiers.")
    assert [(e.target.country, e.target.sector) for e in events if e.target] == [("AFG", "MIL")]


def test_what_a_protest_opposes_is_not_its_owner(run) -> None:
    events = run("Kenyan police opened fire to disperse an anti-government march.")
    assert all(e.target is None or e.target.sector != "GOV" for e in events)


def test_nominal_without_a_target_slot_codes_its_owner(run) -> None:
    events = run("The Pakistani prime minister's resignation ended the crisis.")
    assert triples(events) == {("PAK", None, "0831")}


def test_declining_to_comment_is_a_statement_of_its_own(run) -> None:
    events = run("The Iranian foreign ministry declined to comment on the report.")
    assert triples(events) == {("IRN", None, "011")}


def test_object_control_parsed_as_an_adverbial_is_still_controlled(run) -> None:
    events = run("The Indian president implored Pakistani leaders to end the war.")
    assert {(s, t) for s, t, _ in triples(events)} == {("IND", "PAK")}


def test_aid_abroad_after_a_disaster_is_aid_and_relief_at_home_is_not(run) -> None:
    assert triples(run("China extended assistance to Nepal after the earthquake.")) == {
        ("CHN", "NPL", "070")
    }
    assert run("Nepali troops extended assistance to Nepali villagers after the earthquake.") == []


def test_destruction_by_protesters_is_a_riot(run) -> None:
    assert triples(run("Pakistani protesters wrecked the Indian consulate.")) == {
        ("PAK", "IND", "145")
    }
    assert triples(run("Pakistani troops wrecked the Indian consulate.")) == {
        ("PAK", "IND", "1712")
    }


def test_the_user_of_an_instrument_named_as_agent_is_the_source(run) -> None:
    events = run("The Indian convoy was attacked by a rocket fired by Pakistani militants.")
    assert [(e.source.country, e.target.country) for e in events if e.rule == "t.attack"] == [
        ("PAK", "IND")
    ]


def test_a_third_party_mediating_between_two_acts_on_both(run) -> None:
    events = run("The Qatari emir launched a mediation effort between Egypt and Sudan.")
    assert triples(events) == {("QAT", "EGY", "045"), ("QAT", "SDN", "045")}


def test_talks_between_two_parties_stay_reciprocal(run) -> None:
    events = run("The meeting between Egypt and Sudan ended on Monday.")
    assert triples(events) == {("EGY", "SDN", "040"), ("SDN", "EGY", "040")}


def test_light_verb_with_prepositional_target(run) -> None:
    events = run("Pakistan held talks with Iran on border security.")
    assert triples(events) == {("PAK", "IRN", "046")}
    assert events[0].rule == "t.talks"


def test_nominal_between_is_reciprocal(run) -> None:
    events = run("The meeting between Pakistan and Iran ended without agreement.")
    assert triples(events) == {("PAK", "IRN", "040"), ("IRN", "PAK", "040")}


def test_nominal_possessive_source(run) -> None:
    events = run("Pakistan's visit to Iran was a success.")
    assert triples(events) == {("PAK", "IRN", "042")}
    assert events[0].trigger == "visit"


def test_negation(run) -> None:
    events = run("Pakistan did not attack India.")
    assert triples(events) == {("PAK", "IND", "190")}
    assert events[0].negated


def test_refusing_a_cooperative_act_is_a_rejection(run) -> None:
    # CAMEO 125: reject proposal to meet; the refusal itself is asserted
    events = run("Pakistan refused to meet India.")
    assert triples(events) == {("PAK", "IND", "125")}
    assert not events[0].negated and events[0].rule == "refuse>t.meet"


def test_refusal_verb_adds_no_targetless_event_of_its_own(run) -> None:
    events = run("Pakistan refused to meet India.")
    assert all(e.target is not None for e in events)


def test_negated_cooperative_act_is_a_rejection(run) -> None:
    events = run("Pakistan will not meet India.")
    assert triples(events) == {("PAK", "IND", "125")}
    assert not events[0].negated


def test_negated_violence_keeps_its_code_and_flag(run) -> None:
    # intent.tsv has no refusal code for force: "did not attack" is a negated 190, not a 12x
    events = run("Pakistan did not attack India.")
    assert triples(events) == {("PAK", "IND", "190")} and events[0].negated


def test_reported_future_act_is_an_intent(run) -> None:
    events = run("Officials said Pakistan will boost trade with Iran.")
    assert triples(events) == {("PAK", "IRN", "0311")}  # 061 announced -> 0311
    assert events[0].rule == "intent>t.boost"


def test_reported_future_violence_is_a_threat(run) -> None:
    events = run("Officials said Pakistan would attack India.")
    assert triples(events) == {("PAK", "IND", "1384")}  # 190 announced -> 1384


def test_unreported_future_keeps_the_act_code(run) -> None:
    # "X will attack Y" in the narrator's voice reports a scheduled act, not an announcement
    events = run("Pakistan will attack India.")
    assert triples(events) == {("PAK", "IND", "190")}


def test_conditional_possibility_is_not_an_intent(run) -> None:
    events = run("Officials said Pakistan could attack India.")
    assert triples(events) == {("PAK", "IND", "190")}


def test_unattributed_violence_is_still_an_event(run) -> None:
    events = run("Seven Pakistani civilians were killed on Monday.")
    kills = [e for e in events if e.cameo == "190"]
    assert kills and kills[0].source.name == "unknown"
    assert kills[0].target is not None and kills[0].target.country == "PAK"


def test_unattributed_passive_without_any_party_is_coded(run) -> None:
    events = run("Several shops were attacked in Lahore, Pakistan.")
    attacks = [e for e in events if e.cameo == "190"]
    assert attacks and attacks[0].source.name == "unknown" and attacks[0].target is None


def test_background_nominal_without_parties_is_not_coded(coder: EventCoder) -> None:
    settings = Settings.from_env()
    nlp = load_pipeline(settings.spacy_model)
    doc = nlp("Pakistan condemned the attack.")
    attack = [t for t in doc if t.lower_ == "attack"][0]
    from eventwire.events.coder import _reports_act

    assert not _reports_act(attack)
    assert _reports_act([t for t in nlp("Attacks left seven dead.") if t.lower_ == "attacks"][0])


def test_reported_speech_codes_the_embedded_event(run) -> None:
    events = run("Iran said Pakistan attacked India.")
    assert triples(events) == {("PAK", "IND", "190")}
    assert events[0].modality == "reported"


def test_accusation_absorbs_the_alleged_act(run) -> None:
    events = run("Pakistan accused India of attacking Afghanistan.")
    assert triples(events) == {("PAK", "IND", "112")}


def test_control_verb_gives_intent_code(run) -> None:
    events = run("Pakistan vowed to boost cooperation with Iran.")
    assert len(events) == 1
    event = events[0]
    assert (event.source.country, event.target.country) == ("PAK", "IRN")
    assert event.cameo == "0311"  # intent.tsv: embedded 061 (economic cooperation) -> 0311
    assert event.modality == "intended"
    assert event.rule == "t.vow>t.boost"


def test_future_is_intended_and_conditional_hypothetical(run) -> None:
    assert run("Pakistan will attack India.")[0].modality == "intended"
    assert run("Pakistan would attack India if it were provoked.")[0].modality == "hypothetical"


def test_no_event_without_political_actor(run) -> None:
    assert run("The dog attacked the postman.") == []


def test_headline_fragment_is_not_coded(run) -> None:
    assert run("Pakistan attacked by India at border") == []


def test_event_id_is_deterministic(run) -> None:
    first = run("Pakistan attacked India on Monday.")
    second = run("Pakistan attacked India on Monday.")
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert first[0].event_id != run("India attacked Pakistan on Monday.")[0].event_id


def test_lexicon_is_exposed_for_audits(coder: EventCoder) -> None:
    assert "t.meet" in {e.id for e in coder.lexicon.entries}
    assert [e.id for e in coder.lexicon.verbs["meet"]] == ["t.meet"]


def test_agentless_arrest_implies_police(run) -> None:
    events = run("Over fifty Pakistani protesters were arrested in Lahore on Tuesday.")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and arrests[0].source.sector == "COP"
    assert arrests[0].target is not None and arrests[0].target.country == "PAK"


def test_agentless_killing_takes_its_agent_from_the_means(run) -> None:
    events = run("Two Pakistani protesters were killed in police firing.")
    killing = [e for e in events if e.cameo == "190"]
    assert killing and killing[0].source.sector == "COP"


def test_reflexive_object_is_not_a_second_party(run) -> None:
    events = run("Pakistan attacked itself.")
    assert events and all(e.target is None for e in events)


def test_relative_clause_subject_is_the_modified_noun(run) -> None:
    events = run("Iran condemned Pakistan, which attacked India on Monday.")
    assert ("PAK", "IND", "190") in triples(events)


def test_user_verb_dictionary_overrides_the_lexicon(tmp_path: Path, coder: EventCoder) -> None:
    verbs = tmp_path / "PETR.mine.verbs.txt"
    verbs.write_text("--- ATTACK [195] ---\nATTACK\n", encoding="utf-8")
    discards = tmp_path / "PETR.mine.discards.txt"
    discards.write_text("WORLD CUP\n+FOOTBALL LEAGUE\n", encoding="utf-8")
    folder = tmp_path / "lexicon"
    shutil.copytree(data_dir() / "lexicon", folder, ignore=shutil.ignore_patterns("cameo"))
    (folder / "cameo").mkdir()
    (folder / "cameo" / "test.yaml").write_text(LEXICON, encoding="utf-8")
    mine = EventCoder(Settings.from_env(), lexicon_dir=folder, verb_dictionaries=[verbs, discards])
    assert [e.cameo for e in mine.lexicon.verbs["attack"]] == ["195"]
    assert mine.discards.discards_sentence("At the World  Cup, Brazil attacked Chile.")
    assert mine.discards.discards_story("The football league said ...")
    assert not mine.discards.discards_sentence("Brazil attacked Chile.")


def test_agentless_arrest_needs_no_other_actor_in_the_sentence(run) -> None:
    events = run("About 35 persons were arrested on Sunday.")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and arrests[0].source.sector == "COP"


def test_agentless_violence_without_any_actor_is_not_coded(run) -> None:
    # only an act with one possible agent (arrest: police) stands without a political actor
    assert run("About 35 persons were killed on Sunday.") == []


def test_means_with_by_phrase_names_every_agent(run) -> None:
    events = run("73 people have been killed in firing by the police and the army.")
    sectors = {e.source.sector for e in events if e.cameo == "190"}
    assert sectors == {"COP", "MIL"}


def test_means_parsed_as_modified_actor_names_the_agent(run) -> None:
    # spaCy often reads "in police firing in X town" as "police" modified by "firing"
    events = run("Two persons were killed in police firing in Petlad town.")
    killing = [e for e in events if e.cameo == "190"]
    assert killing and killing[0].source.sector == "COP"


def test_nobody_as_subject_negates(run) -> None:
    events = run("Nobody was arrested in Lahore, Pakistani police said.")
    assert all(e.negated for e in events if e.cameo == "173")


def test_purpose_clause_is_intended(run) -> None:
    events = run("Pakistani police sent teams to Lahore to arrest the suspects.")
    arrests = [e for e in events if e.cameo == "173"]
    assert arrests and all(e.modality == "intended" for e in arrests)


def test_noun_modifier_is_not_an_event(coder: EventCoder) -> None:
    nlp = load_pipeline(Settings.from_env().spacy_model)
    sentence = next(nlp("The meeting room in Pakistan was closed.").sents)
    assert not [m for m in coder._match(sentence).values() if m.trigger.lower_ == "meeting"]


def test_rejected_act_named_by_the_object_is_not_coded(run) -> None:
    events = run("Pakistan refused a meeting with India.")
    assert "040" not in {e.cameo for e in events}


def test_pronoun_subject_of_a_reported_clause_is_the_speaker(run) -> None:
    events = run("Pakistan said on Monday it had expelled two Indian diplomats.")
    assert ("PAK", "IND", "161") in triples(events)


def test_pronoun_subject_under_a_non_speech_verb_is_not_the_governor_subject(run) -> None:
    # only a speaker refers to itself; "Pakistan feared it ..." may mean anyone
    events = run("Pakistan feared on Monday that it had expelled two Indian diplomats.")
    assert ("PAK", "IND", "161") not in triples(events)


def test_quantity_noun_passes_the_object_constraint_to_its_of_complement(run) -> None:
    events = run("Pakistani troops destroyed dozens of mines near the border.")
    assert "1711" in {e.cameo for e in events}


def test_agentless_weapons_find_is_done_by_security_forces(run) -> None:
    events = run("Two explosive devices were found in a canal near Lahore.")
    finds = [e for e in events if e.cameo == "1711"]
    assert finds and finds[0].source.sector == "COP"


def test_agentless_find_of_other_things_is_not_an_event(run) -> None:
    assert not run("Two old coins were found in a canal near Lahore.")


def test_future_act_with_trailing_speech_verb_is_an_intent(run) -> None:
    events = run("Pakistan will boost trade with Iran, officials said on Monday.")
    assert ("PAK", "IRN", "0311") in triples(events)


def test_prefixed_irregular_past_is_matched(run) -> None:
    events = run("Pakistani troops retook Kashmir on Monday.")
    assert [e.rule for e in events if e.cameo == "192"] == ["t.retake"]


def test_agentless_harm_in_a_disaster_is_not_an_event(run) -> None:
    events = run("Seven Pakistani civilians were killed after an earthquake hit Lahore.")
    assert "190" not in {e.cameo for e in events}


def test_agentless_harm_without_a_disaster_is_still_an_event(run) -> None:
    events = run("Seven Pakistani civilians were killed in Lahore on Monday.")
    assert "190" in {e.cameo for e in events}


def test_named_agent_in_a_disaster_sentence_still_codes(run) -> None:
    events = run("Pakistani troops killed seven Indian civilians after the earthquake.")
    assert ("PAK", "IND", "190") in triples(events)


def test_stating_another_actors_duty_is_a_demand(run) -> None:
    events = run("Pakistani officials said that India must withdraw its troops.")
    demands = [e for e in events if e.rule.startswith("demand.must.")]
    assert demands and demands[0].cameo.startswith("10")
    assert demands[0].target is not None and demands[0].target.country == "IND"


def test_demanded_event_in_the_duty_clause_is_recoded(run) -> None:
    events = run("Pakistani officials said that India must attack Iran.")
    assert [e.rule for e in events] == ["demand.must.say>t.attack"]


def test_a_speakers_own_duty_is_no_demand(run) -> None:
    events = run("Pakistani officials said that they must attack Iran.")
    assert not [e for e in events if e.rule.startswith("demand.must.")]


def test_protesters_accusation_ranks_below_their_protest(run) -> None:
    events = run("Pakistani students protested against India and accused India of spying.")
    by_code = {e.cameo: e for e in events}
    assert {"141", "112"} <= set(by_code)
    assert by_code["112"].confidence < by_code["141"].confidence


def test_accusation_without_a_protest_keeps_its_confidence(run) -> None:
    alone = {e.cameo: e for e in run("Pakistani students accused India of spying.")}
    with_protest = {e.cameo: e for e in run(
        "Pakistani students accused India of spying and protested against India."
    )}
    assert alone["112"].confidence > with_protest["112"].confidence


def test_misparsed_that_object_does_not_hide_the_real_object(run) -> None:
    # spaCy reads "informed X that forces have set up a post" as a relative clause whose
    # first object is "that"
    events = run(
        "Reliable sources have informed the Pakistani army that Indian forces have set up "
        "a new military post in the area of Kargil."
    )
    assert [e.rule for e in events if e.cameo == "154"] == ["t.set.up.post"]


def test_negated_agreement_is_a_rejection(run) -> None:
    events = run("Pakistan did not agree with India on Monday.")
    assert ("PAK", "IND", "120") in triples(events)
    assert not any(e.negated for e in events if e.cameo == "120")


def test_instrument_subject_codes_an_agentless_bombing(run) -> None:
    events = run("A bomb exploded near the Pakistani embassy in Kabul on Monday.")
    assert [(e.cameo, e.source.name) for e in events] == [("183", "unknown")]
    assert run("A gas cylinder exploded near the Pakistani embassy in Kabul on Monday.") == []


def test_light_verb_with_unresolved_subject_leaves_the_violent_noun(run) -> None:
    events = run("Xoblo carried out an attack on Indian soldiers in Kashmir.")
    assert {(e.cameo[:2], e.target.country if e.target else None) for e in events} in (
        {("18", "IND")}, {("19", "IND")}
    )
    assert events[0].source.name == "unknown"


def test_rescue_after_a_disaster_is_no_aid_event(run) -> None:
    assert run("Indian troops rescued 300 villagers after the earthquake.") == []
    assert {e.cameo for e in run("Indian troops rescued 300 Nepali villagers.")} == {"073"}


def test_excluded_object_rules_an_entry_out(run) -> None:
    assert run("Pakistani police released the footage on Monday.") == []
    assert {e.cameo for e in run("Pakistan released the Indian fishermen on Monday.")} == {"084"}


def test_act_claimed_as_responsibility_is_not_coded_again(run) -> None:
    events = run("The Taliban claimed responsibility for the attack on Pakistani soldiers.")
    assert "190" not in {e.cameo for e in events}


def test_commitment_without_recipient_still_codes_intent(run) -> None:
    events = run("Pakistan vowed to release the ship.")
    assert [(e.source.country, e.target, e.cameo[:2]) for e in events] == [("PAK", None, "03")]
    assert events[0].modality == "intended"


def test_attributive_participle_ranks_below_the_main_clause_act(run) -> None:
    events = run("Rebels backed by Pakistan attacked Indian soldiers in Kashmir.")
    by_code = {e.cameo: e.confidence for e in events}
    assert set(by_code) == {"051", "190"}
    assert by_code["051"] < by_code["190"]
    main = run("Pakistan backed the Kashmiri rebels.")
    assert [e.cameo for e in main] == ["051"] and main[0].confidence > by_code["051"]


def test_agentless_damage_in_an_accident_is_not_an_event(run) -> None:
    assert run("Two Pakistani shops were damaged after a gas cylinder exploded in Lahore.") == []
    assert {e.cameo for e in run("Two Pakistani shops were damaged in Lahore on Monday.")} == {
        "171"
    }


@pytest.fixture(scope="module")
def crime_run(tmp_path_factory: pytest.TempPathFactory):
    tables = (*CODE_TABLES, "common_crime.txt")
    return text_coder(local_event_coder(tmp_path_factory.mktemp("crime"), LEXICON, tables))


def test_weapons_seized_beside_contraband_stay_an_event(crime_run) -> None:
    assert crime_run("Pakistani police seized heroin in Lahore on Monday.") == []
    events = crime_run("Pakistani police seized guns and heroin in Lahore on Monday.")
    assert [(e.cameo, e.plover.mode) for e in events] == [("1711", "seize")]
