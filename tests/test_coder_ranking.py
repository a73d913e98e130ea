"""Which event of a sentence is its main one, and which mentions are no events at all.

Main clause over background clauses, commitments over their content, protests over the crowd
control they meet, reciprocal nominal events, group and measure nouns, ordinary crime. The
lexicon is local (as in test_coder_constructions.py); the code tables are the shipped ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from local_lexicon import CODE_TABLES, local_event_coder, text_coder

from eventwire.events.crime import CommonCrimeWords
from eventwire.model import Event
from eventwire.resources import DataFileError

LEXICON = """
- {id: t.attack, cameo: "190", verb: attack, target: [dobj]}
- {id: t.ease, cameo: "081", verb: ease, target: []}
- {id: t.agree.ccomp, cameo: "030", verb: agree, target: ["prep:with"], complement: ccomp,
   symmetric: true}
- {id: t.cooperate, cameo: "050", verb: cooperate, target: ["prep:with"], symmetric: true}
- {id: t.dismiss, cameo: "120", verb: dismiss, object: [appeal], target: ["prep:from"]}
- {id: t.withdraw, cameo: "0872", verb: withdraw, target: ["prep:from"]}
- {id: t.wargame, cameo: "062", noun: game, before: [war], source: [poss],
   target: [between, "prep:with"], symmetric: true}
- {id: t.receive.inspectors, cameo: "0862", verb: receive, object: [inspector], target: [dobj]}
- {id: t.demobilize, cameo: "0873", verb: demobilize, source: [nsubj, dobj], target: []}
- {id: t.arrest, cameo: "173", verb: arrest, target: [dobj]}
- {id: t.rally, cameo: "141", verb: rally, target: ["prep:against"]}
- {id: t.tear.gas, cameo: "175", verb: fire, object: [gas], target: ["prep:at"]}
- {id: t.kill, cameo: "190", verb: kill, target: [dobj]}
- {id: t.shoot, cameo: "193", verb: shoot, target: ["prep:at", dobj], mode: firearms}
- {id: t.demand, cameo: "100", verb: demand, target: ["prep:from"]}
- {id: t.criticize, cameo: "111", verb: criticize, target: [dobj]}
- {id: t.back, cameo: "051", verb: back, target: [dobj]}
"""


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory):
    tables = (*CODE_TABLES, "common_crime.txt", "plover_modes.yaml")
    return text_coder(local_event_coder(tmp_path_factory.mktemp("lexicon"), LEXICON, tables))


def best(events: list[Event]) -> Event:
    return max(events, key=lambda e: e.confidence)


def test_main_clause_outranks_an_adverbial_clause_with_a_recipient(run) -> None:
    events = run("Pakistan eased travel restrictions on Monday as India attacked Afghanistan.")
    assert {e.cameo for e in events} == {"081", "190"}
    assert best(events).cameo == "081"


def test_agreed_content_is_coded_through_the_agreement(run) -> None:
    events = run("Pakistan and Iran agreed on Monday that their countries should cooperate.")
    assert events, "the agreement codes"
    assert {e.cameo[:2] for e in events} == {"03"}
    assert {e.rule for e in events} == {"t.agree.ccomp>t.cooperate"}
    assert all(e.modality == "intended" for e in events)


def test_content_of_a_dismissed_appeal_is_no_event(run) -> None:
    events = run("India dismissed an appeal from Pakistan to withdraw its troops from Kashmir.")
    assert [(e.cameo, e.target.country if e.target else None) for e in events] == [
        ("120", "PAK")
    ]


def test_coordinated_national_modifiers_make_a_reciprocal_nominal_event(run) -> None:
    events = run("French and Egyptian warships on Monday launched ten days of war games.")
    pairs = {(e.source.country, e.target.country if e.target else None) for e in events}
    assert pairs == {("FRA", "EGY"), ("EGY", "FRA")}
    assert {e.cameo for e in events} == {"062"}


def test_war_games_of_one_navy_need_a_partner(run) -> None:
    assert run("French warships on Monday launched ten days of war games.") == []


def test_object_constraint_reads_through_a_group_noun(run) -> None:
    events = run("Iraq received a team of inspectors from the United Nations.")
    assert [e.cameo for e in events] == ["0862"]


def test_passive_demobilization_takes_the_demobilized_force_as_actor(run) -> None:
    events = run("Hundreds of Afghan soldiers have been demobilized since the accord.")
    assert [(e.cameo, e.source.country) for e in events] == [("0873", "AFG")]


def test_police_acts_against_ordinary_crime_are_no_events(run) -> None:
    assert run("Police in Kolkata arrested ten persons carrying counterfeit notes.") == []
    kept = run("Police in Kolkata arrested ten opposition leaders on charges of fraud.")
    assert [e.cameo for e in kept] == ["173"]
    assert [e.cameo for e in run("Police in Kolkata arrested ten protesters.")] == ["173"]


def test_protest_outranks_the_crowd_control_it_meets(run) -> None:
    events = run(
        "Indian police fired tear gas at students who rallied against the new law in Delhi."
    )
    assert {e.cameo for e in events} == {"141", "175"}
    assert best(events).cameo == "141"


def test_police_and_troops_acting_on_a_crowd_rank_below_its_protest(run) -> None:
    # the crowd is named differently from the protest's source
    arrested = run(
        "Police arrested dozens of demonstrators after students rallied against the Pakistani"
        " government in Lahore."
    )
    assert {e.cameo for e in arrested} == {"141", "173"}
    assert best(arrested).cameo == "141"
    shot = run(
        "Soldiers shot at demonstrators after students rallied against the Pakistani"
        " government in Lahore."
    )
    assert {e.cameo for e in shot} == {"141", "193"}
    assert best(shot).cameo == "141"


def test_lead_sentence_outranks_an_equally_sure_event_later(run) -> None:
    for text, lead in (
        ("India attacked Afghanistan on Monday. Pakistan criticized Iran on Tuesday.", "190"),
        ("Pakistan criticized Iran on Tuesday. India attacked Afghanistan on Monday.", "111"),
    ):
        events = run(text)
        assert {e.cameo for e in events} == {"111", "190"}
        first, later = sorted(events, key=lambda e: e.sentence_index)
        assert first.cameo == lead
        assert first.confidence > later.confidence


def test_protest_outranks_its_crowds_demand_in_another_sentence(run) -> None:
    events = run(
        "Protesters demanded reforms from the Pakistani government on Monday. Thousands of"
        " protesters rallied against the Pakistani government in Lahore."
    )
    assert {e.cameo for e in events} == {"100", "141"}
    assert best(events).cameo == "141"


def test_participle_describing_an_actor_ranks_below_the_news(run) -> None:
    events = run("Kurdish fighters backed by Turkey were killed in Idlib on Monday.")
    assert {e.cameo for e in events} == {"051", "190"}
    assert best(events).cameo == "190"


def test_reaction_in_a_background_clause_ranks_below_the_violence(run) -> None:
    events = run(
        "A village was attacked in Kaduna on Monday, with the governor criticizing the police."
    )
    assert {e.cameo for e in events} == {"111", "190"}
    assert best(events).cameo == "190"
    # a criticism in the main clause is not a reaction in the background
    main = run("The governor criticized the police after a village was attacked in Kaduna.")
    assert best(main).cameo == "111"


def test_named_weapon_sets_the_assault_mode(run) -> None:
    events = run("Militants killed five Pakistani soldiers in a suicide car bombing in Quetta.")
    assert [(e.cameo, e.plover.mode) for e in events] == [("190", "suicide-attack")]
    shelled = run("Israeli tanks shot shells at Palestinian positions in Gaza.")
    assert [(e.cameo, e.plover.mode) for e in shelled] == [("193", "heavy-weapons")]
    plain = run("Militants killed five Pakistani soldiers in Quetta.")
    assert [(e.cameo, e.plover.mode) for e in plain] == [("190", None)]


def test_word_lists_are_validated(tmp_path: Path) -> None:
    crime = tmp_path / "crime.txt"
    crime.write_text("# comment\ndrug\nFake Money\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="crime.txt:3"):
        CommonCrimeWords.load(crime)
    assert CommonCrimeWords.load(tmp_path / "missing.txt").words == frozenset()
