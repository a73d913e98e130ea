"""EventLocator on parsed Docs with Events built by hand."""


from eventwire.geo import EventLocator
from eventwire.model import ActorRef, Article, Event, Plover


def event_on(doc, word: str) -> Event:
    trigger = next(t for t in doc if t.text == word)
    sentences = list(doc.sents)
    index = next(i for i, s in enumerate(sentences) if s.start <= trigger.i < s.end)
    return Event(
        event_id=word, article_id="a", source=ActorRef("x", "x", None, None, None), target=None,
        cameo="040", cameo_root="04", goldstein=1.0, quad_class=1, plover=Plover("CONSULT"),
        sentence=sentences[index].text, sentence_index=index, trigger=word, rule="test",
        trigger_token=trigger.i,
    )  # fmt: skip


def test_locative_phrase_of_the_clause_wins(nlp) -> None:
    text = "The army chief met President Rouhani in Tehran on Tuesday."
    doc = nlp(text)
    event = event_on(doc, "met")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Tehran", "IRN")


def test_visited_country_is_the_visit_location(nlp) -> None:
    text = "Prime Minister Imran Khan visited Iran in April this year."
    doc = nlp(text)
    event = event_on(doc, "visited")
    EventLocator().locate_events(doc, Article(id="a", text=text), [event])
    assert event.location is not None and event.location.country == "IRN"


def test_dateline_when_the_clause_names_no_place(nlp) -> None:
    text = "ISLAMABAD: The two sides agreed on closer security cooperation."
    doc = nlp(text)
    event = event_on(doc, "agreed")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None
    assert (event.location.name, event.location.country) == ("Islamabad", "PAK")


def test_trip_destination_without_dateline(nlp) -> None:
    text = "Gen Bajwa was on a two-day trip to Iran. He discussed border security."
    doc = nlp(text)
    event = event_on(doc, "discussed")
    EventLocator().locate_events(doc, Article(id="a", text=text), [event])
    assert event.location is not None and event.location.country == "IRN"


def test_no_place_at_all_gives_none(nlp) -> None:
    text = "The committee discussed the budget."
    doc = nlp(text)
    event = event_on(doc, "discussed")
    EventLocator().locate_events(doc, Article(id="a", text=text), [event])
    assert event.location is None


def test_a_visit_framing_the_clause_beats_the_dateline(nlp) -> None:
    text = "ISLAMABAD: During his visit to Iran, the army chief met President Rouhani."
    doc = nlp(text)
    event = event_on(doc, "met")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None and event.location.country == "IRN"
    # A visit before the event is no frame: the dateline stands.
    text = "ISLAMABAD: After his visit to Iran, the army chief met the cabinet."
    doc = nlp(text)
    event = event_on(doc, "met")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None and event.location.country == "PAK"


def test_a_visit_event_is_placed_at_its_destination(nlp) -> None:
    text = "ISLAMABAD: The army chief's visit to Iran was postponed."
    doc = nlp(text)
    event = event_on(doc, "visit")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None and event.location.country == "IRN"


def test_talks_with_the_hosts_during_a_trip_happen_where_the_trip_went(nlp) -> None:
    text = ("ISLAMABAD: Gen Bajwa was on a two-day trip to Iran. On the second day of his "
            "visit, the army chief met President Rouhani.")
    doc = nlp(text)
    event = event_on(doc, "met")
    event.source = ActorRef("the army chief", "Qamar Bajwa", "PAKMIL", "PAK", "MIL")
    event.target = ActorRef("President Rouhani", "Hassan Rouhani", "IRNGOV", "IRN", "GOV")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None and event.location.country == "IRN"
    # talks at home, between two parties of the dateline's country, stay at the dateline
    event.target = ActorRef("the cabinet", "cabinet", "PAKGOV", "PAK", "GOV")
    EventLocator().locate_events(doc, Article(id="a", text=text, dateline="ISLAMABAD"), [event])
    assert event.location is not None and event.location.country == "PAK"
