"""The store: round trip, idempotence, replacement, de-duplication, filters, aggregates."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

import pytest
from store_corpus import border_attack_article, corpus, dawn_article, irna_article

from eventwire.model import CodedArticle
from eventwire.store import EventFilter, InvalidQueryError, StoreError, open_store


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "eventwire.db") as opened:
        for coded in corpus():
            opened.save(coded)
        yield opened


def _table_counts(store) -> dict[str, int]:
    return store.summary()["counts"]


def test_events_round_trip_as_the_pipeline_wrote_them(store):
    coded = dawn_article()
    for event in coded.events:
        stored = store.event(event.event_id)
        assert stored is not None
        expected = event.to_dict()
        assert {key: stored[key] for key in expected} == expected
        assert stored["article"]["title"] == coded.article.title


def test_article_keeps_text_actors_and_mentions(store):
    coded = dawn_article()
    stored = store.article(coded.article.id)
    assert stored["text"] == coded.article.text
    assert stored["dateline"] == "ISLAMABAD"
    assert [a["code"] for a in stored["actors"]] == [a.code for a in coded.actors]
    first = stored["actors"][0]["mentions"][0]
    assert coded.article.text[first["start"] : first["end"]] == first["text"]
    assert [e["event_id"] for e in stored["events"]] == [e.event_id for e in coded.events]


def test_saving_the_same_article_again_adds_nothing(store):
    before = _table_counts(store)
    results = [store.save(coded) for coded in corpus()]
    assert {r.status for r in results} == {"unchanged"}
    assert _table_counts(store) == before


def test_changed_article_replaces_the_old_version_without_orphans(store):
    coded = dawn_article()
    shorter = CodedArticle(
        dataclasses.replace(coded.article, text=coded.article.text + "\nCorrection appended."),
        coded.actors[:2],
        coded.events[1:2],
    )
    result = store.save(shorter)
    assert result.status == "replaced"
    stored = store.article(coded.article.id)
    assert stored["text"].endswith("Correction appended.")
    assert [e["event_id"] for e in stored["events"]] == [coded.events[1].event_id]
    assert store.event(coded.events[0].event_id) is None
    backend = store.backend
    orphans = backend.fetchone(
        "SELECT COUNT(*) AS n FROM mentions m LEFT JOIN actors a ON a.id = m.actor_id "
        "WHERE a.id IS NULL"
    )
    assert orphans["n"] == 0
    assert len(store.article(coded.article.id)["actors"]) == 2


def test_same_event_from_two_articles_is_grouped(store):
    irna_event = store.event("irna-rouhani-bajwa-e1")
    dawn_event = store.event("dawn-bajwa-iran-e2")
    assert dawn_event["duplicate_of"] is None
    assert irna_event["duplicate_of"] == "dawn-bajwa-iran-e2"
    all_events = store.count_events()
    assert store.count_events(EventFilter(unique=True)) == all_events - 1


def test_month_precise_event_is_never_grouped(tmp_path):
    with open_store(tmp_path / "a.db") as store:
        coded = dawn_article()
        copy = CodedArticle(
            dataclasses.replace(coded.article, id="dawn-copy"),
            [],
            [dataclasses.replace(e, event_id="copy-" + e.event_id, article_id="dawn-copy")
             for e in coded.events],
        )
        store.save(coded)
        store.save(copy)
        month_event = store.event("copy-dawn-bajwa-iran-e4")
        assert month_event["date_precision"] == "month"
        assert month_event["duplicate_of"] is None
        assert store.event("copy-dawn-bajwa-iran-e2")["duplicate_of"] == "dawn-bajwa-iran-e2"


def test_removing_the_canonical_report_promotes_the_duplicate(store):
    coded = dawn_article()
    without_meeting = CodedArticle(
        dataclasses.replace(coded.article, text=coded.article.text + " "),
        coded.actors,
        [e for e in coded.events if e.event_id != "dawn-bajwa-iran-e2"],
    )
    store.save(without_meeting)
    assert store.event("irna-rouhani-bajwa-e1")["duplicate_of"] is None


def test_a_failed_save_leaves_nothing_of_that_article(tmp_path):
    with open_store(tmp_path / "a.db") as store:
        coded = border_attack_article()
        broken = dataclasses.replace(coded.events[2], cameo=None)  # violates NOT NULL
        with pytest.raises(sqlite3.IntegrityError):
            store.save(CodedArticle(coded.article, coded.actors, [*coded.events[:2], broken]))
        assert _table_counts(store) == {
            "articles": 0, "actors": 0, "mentions": 0, "events": 0, "unique_events": 0
        }
        store.save(coded)
        assert _table_counts(store)["events"] == 3


@pytest.mark.parametrize(
    ("options", "expected"),
    [
        ({"actor": "pak"}, {"dawn-bajwa-iran-e1", "dawn-bajwa-iran-e2", "dawn-bajwa-iran-e3",
                            "dawn-bajwa-iran-e4", "irna-rouhani-bajwa-e1",
                            "reuters-zahedan-attack-e2", "reuters-zahedan-attack-e3"}),
        ({"source": "IRN", "target": "PAK"}, {"reuters-zahedan-attack-e2"}),
        ({"dyad": "IRN,PAK", "date_from": "2019-02"},
         {"dawn-bajwa-iran-e1", "reuters-zahedan-attack-e2", "reuters-zahedan-attack-e3",
          "dawn-bajwa-iran-e4", "irna-rouhani-bajwa-e1", "dawn-bajwa-iran-e2",
          "dawn-bajwa-iran-e3"}),
        ({"dyad": "PAKMIL,IRNMIL"}, {"dawn-bajwa-iran-e1"}),
        ({"type": "assault,coerce"}, {"reuters-zahedan-attack-e1", "hostile-markup-e1"}),
        ({"cameo": "04"}, {"dawn-bajwa-iran-e1", "dawn-bajwa-iran-e2", "irna-rouhani-bajwa-e1"}),
        ({"date_from": "2019-11-19", "date_to": "2019-11"},
         {"dawn-bajwa-iran-e2", "dawn-bajwa-iran-e3", "irna-rouhani-bajwa-e1"}),
        ({"date_to": "2019-02"}, {"reuters-zahedan-attack-e1", "reuters-zahedan-attack-e2",
                                  "reuters-zahedan-attack-e3"}),
        ({"text": "accusation"}, {"reuters-zahedan-attack-e3"}),
        ({"text": "border guard*"}, {"reuters-zahedan-attack-e1"}),
        ({"text": 'script "AND OR ( NEAR'}, set()),
    ],
)
def test_event_filters(store, options, expected):
    events = store.events(EventFilter.parse(**options))
    assert {e["event_id"] for e in events} == expected


@pytest.mark.parametrize(
    ("options", "parameter"),
    [
        ({"dyad": "PAK"}, "dyad"),
        ({"dyad": "PAK,IRN,AFG"}, "dyad"),
        ({"actor": "PAK'; DROP TABLE events"}, "actor"),
        ({"type": "HUG"}, "type"),
        ({"cameo": "04x"}, "cameo"),
        ({"date_from": "19 Nov 2019"}, "from"),
        ({"date_to": "2019-02-30"}, "to"),
        ({"date_from": "2020", "date_to": "2019"}, "from"),
        ({"text": "***"}, "text"),
    ],
)
def test_bad_filters_name_the_parameter(options, parameter):
    with pytest.raises(InvalidQueryError) as error:
        EventFilter.parse(**options)
    assert error.value.parameter == parameter


def test_timeline_counts_types_quads_and_goldstein(store):
    months = store.timeline(EventFilter.parse(dyad="PAK,IRN"), "month")
    by_period = {m["period"]: m for m in months}
    assert set(by_period) == {"2019-02", "2019-04", "2019-11"}
    november = by_period["2019-11"]
    assert november["events"] == 4
    assert november["by_type"] == {"CONSULT": 3, "AGREE": 1}
    assert november["by_quad_class"] == {"1": 4}
    assert november["goldstein_sum"] == pytest.approx(1.9 * 3 + 5.2)
    assert by_period["2019-02"]["goldstein_sum"] == pytest.approx(-6.0)
    weeks = store.timeline(EventFilter.parse(dyad="PAK,IRN", unique=True), "week")
    assert {w["period"] for w in weeks} == {"2019-02-11", "2019-04-01", "2019-11-18"}
    assert sum(w["events"] for w in weeks) == 6
    with pytest.raises(InvalidQueryError):
        store.timeline(EventFilter(), "fortnight")


def test_network_edges_are_weighted_and_split_by_tone(store):
    graph = store.network()
    edges = {(e["source"], e["target"]): e for e in graph["edges"]}
    assert edges[("PAKMIL", "IRNGOV")]["events"] == 3
    assert edges[("PAKMIL", "IRNGOV")]["cooperation"] == 3
    assert edges[("REB", "IRNMIL")]["conflict"] == 1
    assert graph["nodes"][0]["code"] == "PAKMIL"


def test_locations_and_actor_listing(store):
    places = {p["name"]: p for p in store.locations()}
    assert places["Tehran"]["events"] == 4
    assert places["Zahedan"]["conflict"] == 1
    actors = {a["code"]: a for a in store.actors()}
    assert actors["PAKMIL"]["events"] == 4
    assert actors["PAKMIL"]["name"] == "Qamar Javed Bajwa"
    assert [a["code"] for a in store.actors(prefix="irn")] == ["IRN", "IRNGOV", "IRNMIL",
                                                               "IRNCOP", "IRNOPP"]


def test_full_text_search_over_articles(store):
    hits = store.search("Rouhani bajwa")
    assert {h["id"] for h in hits} == {"dawn-bajwa-iran", "irna-rouhani-bajwa"}
    assert all("Rouhani" in h["snippet"] or "Bajwa" in h["snippet"] for h in hits)
    assert store.search("pipeline")[0]["id"] == "dawn-bajwa-iran"
    assert store.search('"unbalanced ( quote') == []


def test_schema_is_versioned_and_reopening_migrates_nothing(tmp_path):
    path = tmp_path / "v.db"
    open_store(path).close()
    with open_store(path) as store:
        versions = store.backend.fetchall("SELECT version FROM schema_version ORDER BY version")
        assert [v["version"] for v in versions] == [1, 2]
        assert store.backend.fetchone("PRAGMA journal_mode")["journal_mode"] == "wal"


def test_newer_schema_is_refused(tmp_path):
    path = tmp_path / "future.db"
    open_store(path).close()
    with sqlite3.connect(path) as conn:
        conn.execute("INSERT INTO schema_version (version, name) VALUES (99, 'future')")
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_store_in_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(StoreError, match="missing"):
        open_store(tmp_path / "no" / "such" / "dir" / "x.db")


def test_event_id_clash_across_articles_keeps_both(tmp_path):
    with open_store(tmp_path / "a.db") as store:
        coded = irna_article()
        store.save(coded)
        other = CodedArticle(
            dataclasses.replace(coded.article, id="other", text=coded.article.text + " More."),
            [],
            [dataclasses.replace(coded.events[0], article_id="other")],
        )
        store.save(other)
        assert store.count_events() == 2
        assert store.event("irna-rouhani-bajwa-e1~2")["article_id"] == "other"
