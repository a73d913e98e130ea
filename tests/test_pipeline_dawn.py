"""The whole pipeline on the Dawn page: who met whom, when and where, with the pre-filter on."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.extract import iter_articles
from eventwire.ingest import SkipLog
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings

DAWN = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / (
    "dawn-2019-11-20-bajwa-iran.txt"
)


@pytest.fixture(scope="module")
def coded():
    if not DAWN.exists():
        pytest.skip(f"{DAWN} not present")
    settings = Settings()
    article = next(iter_articles([str(DAWN)], settings, SkipLog()))
    return Pipeline(settings).code_article(article)


def _meetings_with(coded, name: str):
    return [
        e for e in coded.events
        if e.cameo_root == "04" and e.target is not None and e.target.name.endswith(name)
    ]  # fmt: skip


@pytest.mark.parametrize("name", ["Rouhani", "Zarif", "Shamkhani", "Mousavi"])
def test_second_day_meetings_are_dated_tuesday(coded, name: str) -> None:
    meetings = _meetings_with(coded, name)
    assert meetings, f"no meeting with {name}"
    assert all(m.source.code == "PAKMIL" for m in meetings)
    assert {(m.date, m.date_precision) for m in meetings} == {("2019-11-19", "day")}


def test_meeting_a_day_earlier_is_dated_monday(coded) -> None:
    meetings = _meetings_with(coded, "Bagheri")
    assert meetings and {m.date for m in meetings} == {"2019-11-18"}


def test_imran_khans_visit_keeps_month_precision(coded) -> None:
    visit = next(e for e in coded.events if e.source.name == "Imran Khan" and e.cameo == "042")
    assert (visit.date, visit.date_precision, visit.date_text) == (
        "2019-04", "month", "April this year"
    )
    assert visit.target is not None and visit.target.code == "IRN"
    assert visit.location is not None and visit.location.country == "IRN"


def test_one_event_per_target_of_a_coordinated_object(coded) -> None:
    sentence = next(
        e.sentence_index for e in coded.events if e.trigger == "met" and e.cameo == "040"
    )
    targets = {e.target.name for e in coded.events
               if e.sentence_index == sentence and e.trigger == "met" and e.target}
    assert len(targets) == 4
    assert len({e.event_id for e in coded.events}) == len(coded.events)


def test_prefilter_loses_no_event_on_the_page(coded) -> None:
    # Sentence boundaries may differ (sentences are parsed one by one), the events may not.
    def who_did_what(events):
        return [(e.source.code, e.cameo, e.target and e.target.name, e.date, e.trigger)
                for e in events]

    unfiltered = Pipeline(Settings(prefilter=False)).code_article(coded.article)
    assert who_did_what(unfiltered.events) == who_did_what(coded.events)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(Settings())


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        ("Rifles and grenades have been seized from him.", True),  # object pronoun
        ("Their convoy was attacked near the pass.", True),  # possessive pronoun
        # an act whose agent is implied: the security forces seized them
        ("Rifles and grenades have been seized from a warehouse.", True),
        ("The novel was praised for its style.", False),  # a trigger, nobody to code
        ("The weather was mild and the harvest was good.", False),  # no trigger, no actor
    ],
)
def test_prefilter_keeps_sentences_whose_pronouns_can_name_an_actor(
    pipeline: Pipeline, sentence: str, kept: bool
) -> None:
    assert pipeline.prefilter.for_article()(sentence) is kept
