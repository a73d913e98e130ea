"""The Dawn report on Gen Bajwa's visit to Iran (2019-11-20), coded end to end.

Bajwa's meetings with Iranian officials are CONSULT (04x) events between Pakistani and Iranian
actors; Rouhani's praise of Pakistan is SUPPORT (051); nothing comes from the editorial teasers
printed after the article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.actors import ActorCoder
from eventwire.events import EventCoder
from eventwire.extract import iter_articles
from eventwire.ingest import SkipLog
from eventwire.model import Article, Event
from eventwire.nlp import load_pipeline
from eventwire.settings import Settings

DAWN = (
    Path(__file__).resolve().parents[1].parent / "shared" / "examples"
    / "dawn-2019-11-20-bajwa-iran.txt"
)


@pytest.fixture(scope="module")
def stages() -> tuple:
    settings = Settings.from_env()
    return load_pipeline(settings.spacy_model), ActorCoder(settings), EventCoder(settings)


def code(stages: tuple, article: Article) -> list[Event]:
    nlp, actors, events = stages
    doc = nlp(article.text)
    return events.code(doc, article, actors.code(doc, article))


@pytest.fixture(scope="module")
def article() -> Article:
    settings = Settings.from_env()
    articles = list(iter_articles([str(DAWN)], settings, SkipLog()))
    assert len(articles) == 1
    return articles[0]


@pytest.fixture(scope="module")
def events(stages: tuple, article: Article) -> list[Event]:
    return code(stages, article)


def _countries(event: Event) -> set[str | None]:
    return {event.source.country, event.target.country if event.target else None}


def test_meetings_with_iranian_officials_are_consult_between_pak_and_irn(events) -> None:
    consult = [e for e in events if e.cameo_root == "04"]
    assert consult, "no 04x event coded"
    assert all(e.plover.type == "CONSULT" for e in consult)
    dyads = [e for e in consult if _countries(e) == {"PAK", "IRN"}]
    met = {e.target.name for e in dyads if e.source.country == "PAK" and e.target}
    # the second-day meetings: Rouhani, Zarif, Shamkhani, Mousavi (and Baqeri on day one)
    surnames = {name.split()[-1] for name in met}
    assert {"Rouhani", "Zarif", "Shamkhani", "Mousavi"} <= surnames
    for event in dyads:
        assert event.sentence and event.rule and 0 < event.confidence <= 1
        assert event.trigger_token is not None


def test_rouhani_praising_pakistan_is_support(events) -> None:
    praise = [e for e in events if e.cameo == "051"]
    assert any(
        e.source.country == "IRN" and e.target and e.target.country == "PAK" for e in praise
    ), [(e.source.name, e.target.name if e.target else None) for e in praise]


def test_events_carry_publication_date_until_the_dater_runs(events, article) -> None:
    assert all(e.date == article.published[:10] for e in events)
    assert all(e.date_precision == "publication" for e in events)


def test_no_event_from_the_editorial_teasers(stages: tuple) -> None:
    raw = DAWN.read_text(encoding="utf-8")
    body_end = raw.index("Published in Dawn")
    article = Article(id="dawn-raw", text=raw, published="2019-11-20")
    nlp, actors, coder = stages
    doc = nlp(raw)
    coded = coder.code(doc, article, actors.code(doc, article))
    after = [e for e in coded if doc[e.trigger_token].idx > body_end]
    assert after == [], [(e.sentence, e.rule) for e in after]


def test_headline_fragment_inside_the_body_is_not_coded(events) -> None:
    assert not [e for e in events if e.sentence.startswith("Release of border guards")]
