"""The REST API, in-process over a real SQLite store built from real coded articles."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from store_corpus import corpus

from eventwire.api.app import create_app
from eventwire.store import open_store

TOKEN = "correct-horse-battery-staple"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("api") / "eventwire.db"
    with open_store(path) as store:
        for coded in corpus():
            store.save(coded)
    return path


@pytest.fixture(scope="module")
def client(db: Path):
    with TestClient(create_app(db)) as test_client:
        yield test_client


def test_events_filtered_by_dyad_with_total_and_paging(client):
    first = client.get("/api/events", params={"dyad": "PAK,IRN", "limit": 3}).json()
    assert first["total"] == 7
    assert len(first["events"]) == 3
    rest = client.get("/api/events", params={"dyad": "PAK,IRN", "limit": 3, "offset": 3}).json()
    ids = [e["event_id"] for e in first["events"] + rest["events"]]
    assert len(ids) == len(set(ids)) == 6
    for event in first["events"]:
        assert {event["source"]["code"][:3], event["target"]["code"][:3]} == {"PAK", "IRN"}


def test_event_filters_match_the_cli_names(client):
    body = client.get("/api/events", params={
        "source": "IRN", "target": "PAK", "type": "ACCUSE", "cameo": "11", "from": "2019",
        "to": "2019-02", "text": "failing",
    }).json()
    assert [e["event_id"] for e in body["events"]] == ["reuters-zahedan-attack-e2"]
    newest = client.get("/api/events", params={"order": "desc", "limit": 1}).json()
    assert newest["events"][0]["date"] == "2019-11-19"
    unique = client.get("/api/events", params={"unique": "true"}).json()
    assert unique["total"] == 8


def test_one_event_and_its_article(client):
    event = client.get("/api/events/dawn-bajwa-iran-e2").json()
    assert event["trigger"] == "met"
    assert event["plover"] == {"type": "CONSULT", "mode": "visit", "context": []}
    article = client.get(f"/api/articles/{event['article_id']}").json()
    assert event["sentence"] in article["text"]
    assert any(a["code"] == "IRNGOV" and a["mentions"] for a in article["actors"])
    assert client.get("/api/events/nope").status_code == 404
    assert client.get("/api/articles/nope").status_code == 404


def test_actors_timeline_network_locations_search(client):
    actors = client.get("/api/actors", params={"actor": "PAK"}).json()["actors"]
    assert actors[0]["code"] == "PAKMIL" and actors[0]["events"] == 4
    timeline = client.get("/api/timeline", params={"dyad": "IRN,PAK", "interval": "day"}).json()
    days = {p["period"]: p for p in timeline["periods"]}
    assert days["2019-11-19"]["by_type"] == {"CONSULT": 2, "AGREE": 1}
    assert days["2019-02-13"]["by_quad_class"] == {"3": 1}
    network = client.get("/api/network", params={"type": "ASSAULT"}).json()
    assert network["edges"] == [{"source": "REB", "target": "IRNMIL", "events": 1,
                                 "cooperation": 0, "conflict": 1, "goldstein_mean": -10.0}]
    places = client.get("/api/locations", params={"actor": "REB"}).json()["locations"]
    assert [p["name"] for p in places] == ["Zahedan"]
    hits = client.get("/api/search", params={"text": "gas pipeline"}).json()["articles"]
    assert [h["id"] for h in hits] == ["dawn-bajwa-iran"]
    assert "pipeline" in hits[0]["snippet"]


@pytest.mark.parametrize(
    ("path", "params", "name"),
    [
        ("/api/events", {"limit": "0"}, "limit"),
        ("/api/events", {"limit": "lots"}, "limit"),
        ("/api/events", {"limit": "5000"}, "limit"),
        ("/api/events", {"offset": "-1"}, "offset"),
        ("/api/events", {"from": "yesterday"}, "from"),
        ("/api/events", {"to": "2019-13"}, "to"),
        ("/api/events", {"from": "2020", "to": "2019"}, "from"),
        ("/api/events", {"dyad": "PAK"}, "dyad"),
        ("/api/events", {"type": "HUG"}, "type"),
        ("/api/events", {"cameo": "0x4"}, "cameo"),
        ("/api/events", {"actor": "<script>"}, "actor"),
        ("/api/events", {"text": "!!!"}, "text"),
        ("/api/events", {"unique": "perhaps"}, "unique"),
        ("/api/events", {"order": "sideways"}, "order"),
        ("/api/timeline", {"interval": "fortnight"}, "interval"),
        ("/api/search", {}, "text"),
        ("/api/search", {"text": "()"}, "text"),
        ("/api/actors", {"actor": "P A K"}, "actor"),
        ("/api/network", {"limit": "0"}, "limit"),
    ],
)
def test_invalid_parameters_get_422_naming_them(client, path, params, name):
    response = client.get(path, params=params)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["error"].startswith(f"invalid parameter {name}:")
    assert body["detail"][0]["loc"][-1] == name


@pytest.mark.parametrize("value", ["'", '"', "%", "_", "\\", "NEAR(", "a OR", "*", "\x00",
                                   "é" * 300, "1e9", "--", "; DROP TABLE events"])
def test_odd_values_never_cause_a_server_error(client, value):
    for name in ("actor", "dyad", "type", "cameo", "from", "to", "text"):
        response = client.get("/api/events", params={name: value})
        assert response.status_code in (200, 422), (name, value, response.text)
    assert client.get("/api/search", params={"text": value}).status_code in (200, 422)


def test_openapi_lists_every_path(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/actors",
                 "/api/articles/{article_id}", "/api/timeline", "/api/search", "/api/ingest"):
        assert path in paths
    assert {p["name"] for p in paths["/api/events"]["get"]["parameters"]} >= {
        "actor", "source", "target", "dyad", "type", "cameo", "from", "to", "text", "limit",
        "offset",
    }


def test_article_markup_is_data_not_page_content(client):
    response = client.get("/api/articles/hostile-markup")
    assert response.headers["content-type"].startswith("application/json")
    assert "<script>window.__xss" in response.json()["text"]
    page = client.get("/")
    assert page.headers["content-type"].startswith("text/html")
    assert "__xss" not in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]


def test_ingest_is_refused_without_a_configured_token(client):
    response = client.post("/api/ingest", content="Pakistan met Iran.",
                           headers={"Content-Type": "text/plain", "X-Eventwire-Token": "x"})
    assert response.status_code == 403
    assert "--token" in response.json()["detail"]


def test_ingest_needs_the_right_token(db):
    with TestClient(create_app(db, token=TOKEN)) as client:
        for headers in ({}, {"X-Eventwire-Token": "wrong"}, {"Authorization": "Bearer wrong"}):
            response = client.post("/api/ingest", content="text",
                                   headers={"Content-Type": "text/plain", **headers})
            assert response.status_code == 401
        response = client.post("/api/ingest", content=b"\x00\x01",
                               headers={"Content-Type": "image/png", "X-Eventwire-Token": TOKEN})
        assert response.status_code == 415
        before = client.get("/api/summary").json()["counts"]
        assert before["articles"] == 4
