"""EventDater on the Dawn page (published Wednesday 2019-11-20), with Events built by hand on
the parsed Doc, as the event coder will build them."""

from pathlib import Path

import pytest

from eventwire.model import ActorRef, Article, Event, Plover
from eventwire.nlp import load_pipeline
from eventwire.time import EventDater

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DAWN = SHARED / "examples" / "dawn-2019-11-20-bajwa-iran.txt"


@pytest.fixture(scope="module")
def dawn():
    if not DAWN.exists():
        pytest.skip(f"{DAWN} not present")
    text = DAWN.read_text(encoding="utf-8")
    doc = load_pipeline(None)(text)
    article = Article(id="dawn", text=text, published="2019-11-20", dateline="ISLAMABAD")
    return doc, article


def event_at(doc, word: str, occurrence: int = 0, after: str | None = None) -> Event:
    """An Event whose trigger is the `occurrence`-th token `word` (after the text `after`)."""
    floor = doc.text.index(after) if after else 0
    tokens = [t for t in doc if t.text == word and t.idx >= floor]
    trigger = tokens[occurrence]
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger.i < s.end)
    return Event(
        event_id=f"{word}-{trigger.i}", article_id="dawn",
        source=ActorRef("Gen Bajwa", "Qamar Javed Bajwa", "PAKMIL", "PAK", "MIL"),
        target=None, cameo="040", cameo_root="04", goldstein=1.0, quad_class=1,
        plover=Plover("CONSULT"), sentence=sentences[index].text, sentence_index=index,
        trigger=word, rule="test", trigger_token=trigger.i,
    )  # fmt: skip


def test_dawn_events_dated_from_the_text(dawn) -> None:
    doc, article = dawn
    agreed = event_at(doc, "agreed")
    baqeri = event_at(doc, "commenced")
    met = event_at(doc, "met", after="On the second day")
    visit = event_at(doc, "visited")
    promised = event_at(doc, "promised")
    EventDater().date_events(doc, article, [agreed, baqeri, met, visit, promised])

    assert (agreed.date, agreed.date_precision) == ("2019-11-19", "day")
    assert agreed.date_text == "Tuesday"
    assert (baqeri.date, baqeri.date_precision) == ("2019-11-18", "day")
    assert baqeri.date_text == "a day earlier"
    assert (met.date, met.date_precision) == ("2019-11-19", "day")
    assert (visit.date, visit.date_precision, visit.date_text) == (
        "2019-04", "month", "April this year",
    )  # fmt: skip
    # No date in its own sentence: carried from the paragraph's "in April this year".
    assert (promised.date, promised.date_precision) == ("2019-04", "month")


def test_sentence_without_date_takes_the_lead_date(dawn) -> None:
    doc, article = dawn
    tweeted = event_at(doc, "tweeted")
    EventDater().date_events(doc, article, [tweeted])
    assert (tweeted.date, tweeted.date_precision) == ("2019-11-19", "day")


def test_publication_date_is_the_last_resort() -> None:
    nlp = load_pipeline(None)
    text = "Officials met in Kabul to discuss the ceasefire."
    doc = nlp(text)
    article = Article(id="x", text=text, published="2021-03-04T10:00:00Z")
    event = event_at(doc, "met")
    EventDater().date_events(doc, article, [event])
    assert (event.date, event.date_precision) == ("2021-03-04", "publication")
    assert event.date_text is None


def test_no_publication_date_leaves_events_undated() -> None:
    nlp = load_pipeline(None)
    text = "Officials met in Kabul on Tuesday."
    doc = nlp(text)
    event = event_at(doc, "met")
    EventDater().date_events(doc, Article(id="x", text=text, published="not a date"), [event])
    assert event.date is None and event.date_precision is None


def test_fiscal_years_date_events_by_their_calendar_year() -> None:
    from eventwire.time.dater import event_date_value

    assert event_date_value("FY1988") == "1988"
    assert event_date_value("2019-04") == "2019-04"


def test_a_reported_act_is_not_dated_after_its_story() -> None:
    nlp = load_pipeline(None)
    text = "The government suspended talks on joining the bloc until 2028, officials said."
    doc = nlp(text)
    article = Article(id="future", text=text, published="2024-11-30")
    reported = event_at(doc, "suspended")
    planned = event_at(doc, "suspended")
    planned.modality = "intended"
    EventDater().date_events(doc, article, [reported, planned])
    assert (reported.date, reported.date_precision) == ("2024-11-30", "publication")
    assert (planned.date, planned.date_precision) == ("2028", "year")
