"""PLOVER contexts from the sentence: cue words and phrases, actor sectors, how the cues and
the CAMEO table's contexts combine, and the load-time validation of the cue lexicon."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from local_lexicon import CODE_TABLES, local_event_coder, text_coder
from spacy.language import Language
from spacy.tokens import Span

from eventwire.events.contexts import PLOVER_CONTEXTS, ContextTagger
from eventwire.model import ActorRef, Event
from eventwire.nlp import load_pipeline
from eventwire.resources import DataFileError, data_dir
from eventwire.settings import Settings

SHIPPED = data_dir() / "lexicon" / "plover_contexts.yaml"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLOVER_JSON = SHARED / "data" / "plover" / "plover.json"
STATE = ActorRef(text="the government", name="Government", code="NGAGOV", country="NGA",
                 sector="GOV")
JOURNALISTS = ActorRef(text="journalists", name="journalists", code="NGAMED", country="NGA",
                       sector="MED")

SMALL = """
max_contexts: 2
neutral: [hunger strike]
sectors:
  - {sector: MIL, context: military}
contexts:
  cbrn: [uranium]
  human_security: [hunger]
  economic: [price, fuel]
  military: [troops]
  diplomatic: [talks]
"""


@pytest.fixture(scope="module")
def nlp() -> Language:
    return load_pipeline(Settings.from_env().spacy_model)


@pytest.fixture(scope="module")
def shipped() -> ContextTagger:
    return ContextTagger.load(SHIPPED)


@pytest.fixture()
def small(tmp_path: Path) -> ContextTagger:
    path = tmp_path / "contexts.yaml"
    path.write_text(SMALL, encoding="utf-8")
    return ContextTagger.load(path)


@pytest.fixture(scope="module")
def sentence(nlp: Language) -> Callable[[str], Span]:
    return lambda text: next(iter(nlp(text).sents))


def _trigger(span: Span, lemma: str):
    return next(t for t in span if t.lemma_ == lemma)


# -- sentence cues -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("Thousands of drivers protested in Lagos against the rise in fuel prices and taxes.",
         "protest", "economic"),
        ("Washington imposed sanctions on Tehran over its uranium enrichment programme.",
         "impose", "cbrn"),
        ("Hackers broke into the computers of the electoral commission and leaked files.",
         "break", "cyber"),
        ("The opposition accused the governor of taking bribes from a construction firm.",
         "accuse", "corruption"),
        ("Police fired tear gas at students in a violent crackdown on the campus.",
         "fire", "repression"),
        ("The two presidents held talks on the disputed island and signed a treaty.",
         "hold", "diplomatic"),
        ("Officials said the floods had destroyed thousands of homes in the delta.",
         "destroy", "disasters"),
        ("Border guards turned back hundreds of refugees and migrants at the crossing.",
         "turn", "migration"),
    ],
)
def test_the_sentence_cues_what_the_event_is_about(
    shipped: ContextTagger, sentence: Callable[[str], Span], text: str, trigger: str,
    expected: str,
) -> None:
    span = sentence(text)
    found = shipped.contexts((), (), span, STATE, None, 3, _trigger(span, trigger))
    assert expected in found


def test_who_reports_the_event_is_not_what_it_is_about(
    shipped: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("The rebels seized the town, diplomatic sources said on Monday.")
    assert "diplomatic" not in shipped.cued(span, STATE, None, 4, _trigger(span, "seize"))
    span = sentence("Diplomats said that the rebels had seized the town.")
    assert "diplomatic" not in shipped.cued(span, STATE, None, 4, _trigger(span, "seize"))


def test_neutral_phrases_names_and_parts_of_speech_keep_words_from_cueing(
    shipped: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("Prisoners began a hunger strike in the jail.")
    assert "human_security" not in shipped.cued(span, STATE)
    assert "economic" not in shipped.cued(span, STATE)
    # "West Bank" is a place, "struck" a verb: no bank, no labour strike
    span = sentence("Settlers in the West Bank struck a deal with the army.")
    assert "economic" not in shipped.cued(span, STATE)
    span = sentence("Dockworkers in Mombasa went on strike over unpaid wages.")
    assert shipped.cued(span, STATE)["economic"] >= 2


def test_hyphenated_cues_match_the_tokens_they_are_split_into(
    shipped: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("The rebels accused the government of breaking the cease-fire.")
    assert "military" in shipped.cued(span, STATE)


def test_journalists_punished_are_press_freedom_journalists_praised_are_not(
    shipped: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("The government detained them on Monday.")
    assert "rights_freedoms" in shipped.cued(span, STATE, JOURNALISTS, quad=4)
    assert "rights_freedoms" not in shipped.cued(span, STATE, JOURNALISTS, quad=1)
    assert "rights_freedoms" not in shipped.cued(span, JOURNALISTS, STATE, quad=4)


# -- combination rule --------------------------------------------------------------------------


def test_the_table_stands_alone_only_when_nothing_is_cued(
    small: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    quiet = sentence("The minister arrived in Abuja on Monday.")
    assert small.contexts(["diplomatic"], (), quiet, STATE) == ["diplomatic"]
    cued = sentence("The minister spoke about uranium on Monday.")
    assert small.contexts(["diplomatic"], (), cued, STATE) == ["cbrn"]


def test_the_best_cued_context_wins_and_ties_are_kept_up_to_the_cap(
    small: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("Troops guarded the depots as fuel prices rose.")
    # economic: two cues, military: one
    assert small.contexts((), (), span, STATE) == ["economic"]
    tied = sentence("Troops guarded the depots during the talks about uranium.")
    assert len(small.contexts((), (), tied, STATE)) == 2


def test_the_table_breaks_ties_among_cued_contexts(
    small: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("Troops guarded the talks about uranium.")
    assert small.contexts(["diplomatic"], (), span, STATE) == ["diplomatic"]
    assert small.contexts(["military"], (), span, STATE) == ["military"]


def test_an_entry_context_comes_first_and_sector_cues_count(
    small: ContextTagger, sentence: Callable[[str], Span]
) -> None:
    span = sentence("They discussed fuel.")
    soldiers = ActorRef(text="soldiers", name="soldiers", code="NGAMIL", country="NGA",
                        sector="MIL")
    assert small.contexts((), ["cyber"], span, STATE) == ["cyber", "economic"]
    assert small.contexts((), (), span, soldiers) == ["economic", "military"]


# -- through the coder -------------------------------------------------------------------------


LEXICON = """
- {id: t.protest, cameo: "141", verb: protest, target: ["prep:against"]}
- {id: t.agree, cameo: "030", verb: agree, target: ["prep:with"]}
"""


@pytest.fixture(scope="module")
def code(tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], list[Event]]:
    folder = tmp_path_factory.mktemp("lexicon")
    tables = (*CODE_TABLES, "plover_contexts.yaml")
    return text_coder(local_event_coder(folder, LEXICON, tables))


def test_the_coder_reads_contexts_off_the_sentence(code: Callable[[str], list[Event]]) -> None:
    events = code("Nigerian traders protested against the government over rising food prices.")
    assert events and events[0].plover.context == ["economic"]
    events = code("The Kenyan president agreed with the Ugandan president on Monday.")
    assert events and events[0].plover.context == ["diplomatic"]  # the table's, uncued


# -- validation --------------------------------------------------------------------------------


def test_the_shipped_names_are_the_plover_list() -> None:
    import json

    if not PLOVER_JSON.is_file():
        pytest.skip("shared PLOVER ontology not available")
    names = {c["name"] for c in json.loads(PLOVER_JSON.read_text(encoding="utf-8"))["contexts"]}
    assert names == PLOVER_CONTEXTS


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("contexts:\n  media: [newspaper]\n", "contexts: media"),
        ("contexts:\n  economic: [price]\nsectors:\n  - {sector: JRN, context: press}\n",
         "sectors: entry 1 (JRN)"),
        ("contexts:\n  economic: [price/NOUNISH]\n", "price/NOUNISH"),
        ("contexts:\n  economic: price\n", "contexts: economic"),
        ("neutral: [strike]\ncontexts:\n  economic: [price]\n", "neutral"),
        ("max_contexts: 0\ncontexts:\n  economic: [price]\n", "max_contexts"),
        ("contexts: [economic]\n", "contexts"),
    ],
)
def test_bad_entries_are_rejected_naming_file_and_entry(
    tmp_path: Path, text: str, message: str
) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DataFileError) as error:
        ContextTagger.load(path)
    assert str(path) in str(error.value) and message in str(error.value)
