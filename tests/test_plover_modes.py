"""PLOVER modes from the sentence: cue words and phrases per type, the precedence of the lexicon
entry's mode, the CAMEO table's mode and the cues, actor cues, and load-time validation."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest
from local_lexicon import CODE_TABLES, local_event_coder, text_coder
from spacy.language import Language
from spacy.tokens import Span

from eventwire.events.modes import PLOVER_MODES, ModeRefiner
from eventwire.model import ActorRef, Event
from eventwire.nlp import load_pipeline
from eventwire.resources import DataFileError, data_dir
from eventwire.settings import Settings

SHIPPED = data_dir() / "lexicon" / "plover_modes.yaml"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLOVER_JSON = SHARED / "data" / "plover" / "plover.json"
POLICE = ActorRef(text="police", name="police", code="INDCOP", country="IND", sector="COP")
ARMY = ActorRef(text="the army", name="army", code="INDMIL", country="IND", sector="MIL")

LEXICON = """
- {id: t.attack, cameo: "190", verb: attack, target: [dobj]}
- {id: t.kill, cameo: "190", verb: kill, target: [dobj]}
- {id: t.shoot, cameo: "193", verb: shoot, target: ["prep:at", dobj], mode: firearms}
- {id: t.shell, cameo: "194", verb: shell, target: [dobj]}
- {id: t.abduct, cameo: "181", verb: abduct, target: [dobj]}
- {id: t.protest, cameo: "141", verb: protest, target: ["prep:against"]}
- {id: t.strike, cameo: "143", verb: strike, target: ["prep:against"], mode: strike}
- {id: t.meet, cameo: "040", verb: meet, target: [dobj, "prep:with"], symmetric: true}
- {id: t.threaten, cameo: "130", verb: threaten, target: [dobj], complement: xcomp}
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings.from_env().spacy_model)


@pytest.fixture(scope="module")
def refiner() -> ModeRefiner:
    return ModeRefiner.load(SHIPPED)


@pytest.fixture(scope="module")
def sentence(nlp: Language) -> Callable[[str], Span]:
    return lambda text: next(iter(nlp(text).sents))


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[Event]]:
    tables = (*CODE_TABLES, "plover_modes.yaml")
    return text_coder(local_event_coder(tmp_path_factory.mktemp("lexicon"), LEXICON, tables))


def modes(events: list[Event]) -> set[tuple[str, str | None]]:
    return {(e.plover.type, e.plover.mode) for e in events}


def test_the_weapon_named_sets_the_assault_mode(run) -> None:
    assert modes(run("Rebels attacked an Indian army convoy with rocket-propelled grenades "
                     "and mortars.")) == {("ASSAULT", "heavy-weapons")}
    assert modes(run("Attackers killed three Pakistani policemen with machetes.")) == {
        ("ASSAULT", "primitive")}
    assert modes(run("Militants killed four Afghan soldiers in a suicide car bombing.")) == {
        ("ASSAULT", "suicide-attack")}
    assert modes(run("Police killed two Iraqi protesters with tear gas canisters.")) == {
        ("ASSAULT", "crowd-control")}
    assert modes(run("Militants killed five Pakistani soldiers in Quetta.")) == {
        ("ASSAULT", None)}


def test_an_entry_mode_yields_only_to_a_higher_ranked_cue(run) -> None:
    # the entry says firearms; tank shells outrank it, a named knife does not
    assert modes(run("Israeli tanks shot shells at Palestinian positions.")) == {
        ("ASSAULT", "heavy-weapons")}
    assert modes(run("Indian troops shot at Pakistani villagers armed with knives.")) == {
        ("ASSAULT", "firearms")}
    # a kept mode (the act itself) stays whatever weapon is named
    assert modes(run("Gunmen abducted two Nigerian officials after a bomb blast.")) == {
        ("ASSAULT", "abduct")}


def test_killing_an_office_holder_is_a_targeted_killing(run) -> None:
    assert modes(run("Taliban fighters killed the Afghan governor of Kunduz.")) == {
        ("ASSAULT", "targeted")}


def test_a_violent_protest_is_a_riot_and_a_strike_stays_a_strike(run) -> None:
    assert modes(run("Hundreds of Kenyan students protested against the government and "
                     "threw stones at police.")) == {("PROTEST", "riot")}
    assert modes(run("Kenyan doctors protested against the government in Nairobi.")) == {
        ("PROTEST", "demo")}



def test_a_kept_mode_stays_and_the_table_mode_yields_to_a_better_cue(refiner, sentence) -> None:
    strike = sentence("Nurses went on strike and clashed with police in Nairobi.")
    assert refiner.refine("PROTEST", "strike", "boycott", strike, strike[1]) == "strike"
    assert refiner.refine("PROTEST", None, "demo", strike, strike[1]) == "riot"


def test_riot_police_alone_do_not_make_a_riot(run) -> None:
    assert modes(run("Kenyan teachers protested against the government as riot police "
                     "watched.")) == {("PROTEST", "demo")}


def test_a_meeting_by_phone_or_on_a_visit(run, refiner, sentence) -> None:
    assert modes(run("Putin met Erdogan by video conference on Monday.")) == {
        ("CONSULT", "phone")}
    visit = sentence("Modi held talks with Abe during a state visit to Tokyo.")
    assert refiner.refine("CONSULT", None, None, visit, visit[1]) == "visit"
    assert modes(run("Putin met Erdogan in Sochi on Monday.")) == {("CONSULT", None)}


def test_the_threat_is_read_from_its_own_clause(refiner, sentence) -> None:
    threat = sentence("Workers threatened a general strike unless the army ended its attacks.")
    assert refiner.refine("THREATEN", None, "relations", threat, threat[1]) == "restrict"
    violent = sentence("Hamas threatened to resume rocket attacks on Israel.")
    assert refiner.refine("THREATEN", None, None, violent, violent[1]) == "violence"


def test_reporting_subjects_and_places_cue_nothing(refiner, sentence) -> None:
    said = sentence("Protesters marched in Lagos, riot-hit police sources said.")
    assert refiner.cued("PROTEST", said, said[1]) == ["demo"]
    place = sentence("Students marched in Nairobi, where rioters were shot last year.")
    assert refiner.cued("PROTEST", place, place[1]) == ["demo"]


def test_the_source_sector_cues_mobilisation_when_no_word_does(refiner, sentence) -> None:
    deployed = sentence("They were deployed along the border on Monday.")
    assert refiner.refine("MOBILIZE", None, "troops", deployed, deployed[2], POLICE) == "police"
    assert refiner.refine("MOBILIZE", None, None, deployed, deployed[2], ARMY) == "troops"
    warships = sentence("They deployed warships along the coast.")
    assert refiner.refine("MOBILIZE", None, "troops", warships, warships[1], POLICE) == "weapons"


def test_types_without_cues_keep_their_table_mode(refiner, sentence) -> None:
    text = sentence("Iran accused Israel of sabotage.")
    assert refiner.refine("ACCUSE", None, "allege", text, text[1]) == "allege"
    assert refiner.refine("AGREE", None, None, text, text[1]) is None


def test_shipped_cue_file_names_only_plover_modes() -> None:
    refiner = ModeRefiner.load(SHIPPED)
    assert refiner.types, "the shipped file loads"
    for name, spec in refiner.types.items():
        assert set(spec.order) <= PLOVER_MODES[name]
    if PLOVER_JSON.is_file():
        manual = json.loads(PLOVER_JSON.read_text(encoding="utf-8"))["types"]
        for name, allowed in PLOVER_MODES.items():
            assert allowed == set(manual[name]["modes"]), name


@pytest.mark.parametrize(("text", "message"), [
    ("types:\n  ASSAULT:\n    modes:\n      - {mode: laser, cues: [laser]}\n",
     "ASSAULT: modes entry 1: 'laser' is not a PLOVER 2.0 mode of ASSAULT"),
    ("types:\n  AGREE:\n    modes: []\n", "AGREE: not a PLOVER 2.0 type with modes"),
    ("types:\n  PROTEST:\n    keep: [riots]\n    modes: []\n", "PROTEST: keep: 'riots'"),
    ("types:\n  PROTEST:\n    modes:\n      - {mode: riot, cues: [riot/NOUNS]}\n",
     "PROTEST: riot: 'riot/NOUNS'"),
    ("types:\n  PROTEST:\n    neutral: [riot]\n    modes: []\n", "neutral: 'riot' is not"),
    ("types:\n  PROTEST:\n    scope: clause\n    modes: []\n", "scope must be one of"),
    ("types:\n  ASSAULT:\n    modes:\n      - {mode: targeted, target_words: [mayor]}\n",
     "target_words need a `triggers` list"),
    ("types: [ASSAULT]\n", "expected a mapping with a `types` mapping"),
    ("types:\n  ASSAULT: {modes: [\n", "not valid YAML"),
])
def test_bad_cue_files_are_rejected_with_file_and_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "modes.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError, match="modes.yaml") as error:
        ModeRefiner.load(path)
    assert message in str(error.value)


def test_a_missing_cue_file_refines_nothing(tmp_path: Path, sentence) -> None:
    refiner = ModeRefiner.load(tmp_path / "missing.yaml")
    text = sentence("Militants bombed a market.")
    assert refiner.refine("ASSAULT", None, None, text, text[1]) is None
