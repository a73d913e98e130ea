"""Joint resolution of an article's place names, on the real gazetteer."""

import pytest

from eventwire.geo import Gazetteer, resolve_toponyms
from eventwire.geo.build import GazetteerIndex, ascii_fold
from eventwire.geo.disambiguation import contains, resolve_names
from eventwire.geo.toponyms import adjacent_pairs


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.shared()


def readings(names, gazetteer, adjacent=None):
    return [(e.country, e.admin1, e.feature) if e else None
            for e in resolve_names(names, gazetteer, adjacent)]  # fmt: skip


def test_index_codes_keep_primary_and_alternate_names() -> None:
    index = GazetteerIndex()
    index.add(geonameid=1, name="Chattogram", lat=22.3, lon=91.8, country="BD",
              feature="P.PPL", population=10, alternates=["Islamabad"])  # fmt: skip
    index.add(geonameid=2, name="Islamabad", lat=33.7, lon=73.0, country="PK",
              feature="P.PPLC", population=5)  # fmt: skip
    assert sorted(index.lookup("islamabad")) == [(0, False), (1, True)]
    assert index.lookup("nowhere") == []
    assert ascii_fold("Tamil Nādu") == "Tamil Nadu"


def test_a_county_makes_its_town_win(gazetteer: Gazetteer) -> None:
    # Athens, Georgia is the seat of Clarke County; alone, Athens is Greece's capital.
    assert readings(["Athens"], gazetteer)[0][0] == "GR"
    athens, county = readings(["Athens", "Clarke County"], gazetteer)
    assert athens[:2] == ("US", "GA") and county == ("US", "GA", "A.ADM2")


def test_comma_pair_names_the_container(gazetteer: Gazetteer) -> None:
    paris, state = readings(["Paris", "Tenn."], gazetteer, [(0, 1)])
    assert paris == ("US", "TN", "P.PPL") and state == ("US", "TN", "A.ADM1")
    # Without the comma the two names are only co-mentions; the abbreviation still resolves.
    assert readings(["Tenn."], gazetteer) == [("US", "TN", "A.ADM1")]


def test_towns_of_one_state_pull_each_other(gazetteer: Gazetteer) -> None:
    resolved = readings(["Hagerstown", "Columbus", "New Castle"], gazetteer)
    assert {r[:2] for r in resolved} == {("US", "IN")}


def test_synonyms_count_once_and_vouch_for_each_other(gazetteer: Gazetteer) -> None:
    names = ["U.S.", "United States", "American", "Washington", "Brussels", "Moscow"]
    resolved = readings(names, gazetteer)
    assert resolved[4] == ("BE", "BRU", "P.PPLC") and resolved[5][0] == "RU"
    assert resolved[3] == ("US", "DC", "P.PPLC")
    assert [r[0] for r in readings(["Georgia", "Georgian", "Tbilisi"], gazetteer)] == ["GE"] * 3
    assert readings(["Georgia", "Atlanta"], gazetteer)[0] == ("US", "GA", "A.ADM1")


def test_divisions_abbreviations_and_loose_forms(gazetteer: Gazetteer) -> None:
    found = {name: gazetteer.resolve(name) for name in
             ("W.Va.", "Tamil Nadu", "Madison Co.", "Washington, D.C.", "Colorado State",
              "European", "Laurel County")}  # fmt: skip
    assert (found["W.Va."].country, found["W.Va."].feature) == ("US", "A.ADM1")
    assert (found["Tamil Nadu"].country, found["Tamil Nadu"].feature) == ("IN", "A.ADM1")
    assert found["Madison Co."].feature == "A.ADM2"
    assert found["Washington, D.C."].feature == "P.PPLC"
    assert found["Colorado State"].feature == "A.ADM1"
    assert found["European"].feature == "L.CONT"
    assert found["Laurel County"].country == "US"


def test_containment(gazetteer: Gazetteer) -> None:
    texas = gazetteer.resolve("Texas")
    dallas = gazetteer.resolve("Dallas")
    usa = gazetteer.resolve("United States")
    assert contains(texas, dallas) and contains(usa, texas) and contains(usa, dallas)
    assert not contains(dallas, texas) and not contains(texas, texas)


def test_adjacent_pairs_and_unknown_names(gazetteer: Gazetteer) -> None:
    text = "Paris, Texas and Dallas (Texas) but not Xqzville."
    spans = [{"start": 0, "end": 5}, {"start": 7, "end": 12}, {"start": 17, "end": 23},
             {"start": 25, "end": 30}, {"start": 40, "end": 48}]  # fmt: skip
    assert adjacent_pairs(text, spans) == [(0, 1), (2, 3)]
    resolved = resolve_toponyms(text, spans, gazetteer)
    assert [r["country"] for r in resolved[:4]] == ["US", "US", "US", "US"]
    assert resolved[0]["lat"] == pytest.approx(33.66, abs=0.1)
    assert {r["basis"] for r in resolved[:4]} == {"gazetteer"}
    # An unknown name is placed at the text's focus, and says so.
    unknown = resolved[4]
    assert unknown["name"] == "Xqzville" and unknown["geonameid"] is None
    assert unknown["basis"] == "document focus" and unknown["feature"] is None
    assert unknown["country"] == "US" and unknown["near"] == "Texas"
    bare = resolve_toponyms(text, spans, gazetteer, infer_unknown=False)[4]
    assert bare["lat"] is None and bare["basis"] is None


def test_a_named_county_flips_a_famous_name_to_its_town(gazetteer: Gazetteer) -> None:
    # Paris, Tennessee is the seat of Henry County; a lone co-mention of the county is enough.
    assert readings(["Paris"], gazetteer)[0][0] == "FR"
    paris, county = readings(["Paris", "Henry County"], gazetteer)
    assert paris == ("US", "TN", "P.PPL") and county == ("US", "TN", "A.ADM2")
    # A county that holds no Paris leaves the capital alone.
    assert readings(["Paris", "Ashtabula County"], gazetteer)[0][0] == "FR"


def test_a_small_country_vouches_for_the_towns_near_it(gazetteer: Gazetteer) -> None:
    # Alone, "Gaza" is Mozambique's province (a division outranks a city of its size).
    assert readings(["Gaza"], gazetteer)[0][0] == "MZ"
    assert readings(["Gaza", "Israel"], gazetteer)[0][:1] == ("PS",)


def test_a_country_name_modifying_a_person_noun_is_a_town(gazetteer: Gazetteer) -> None:
    def countries(text: str, name: str) -> list[str | None]:
        start = text.index(name)
        spans = [{"start": start, "end": start + len(name), "name": name}]
        return [r["country"] for r in resolve_toponyms(text, spans, gazetteer)]

    assert countries("A Lebanon woman was arrested on Friday.", "Lebanon") == ["US"]
    assert countries("Protests spread across Lebanon on Friday.", "Lebanon") == ["LB"]
    # A demonym there is the country; so is a code ("US" is also a village in France).
    assert countries("A Lebanese woman was arrested on Friday.", "Lebanese") == ["LB"]
    assert countries("Many US residents were evacuated.", "US") == ["US"]


def _resolve(text: str, names: list[str], gazetteer: Gazetteer) -> list[dict]:
    spans, cursor = [], 0
    for name in names:
        start = text.index(name, cursor)
        spans.append({"start": start, "end": start + len(name), "name": name})
        cursor = start + len(name)
    return resolve_toponyms(text, spans, gazetteer)


def test_the_before_a_name_makes_it_a_sea_or_region_not_a_town(gazetteer: Gazetteer) -> None:
    text = ("Storms formed in the tropical Atlantic, forecasters in Miami, Florida said, "
            "and Atlantic residents in Iowa braced.")  # fmt: skip
    atlantic = _resolve(text, ["Atlantic", "Miami", "Florida"], gazetteer)[0]
    assert atlantic["feature"] == "H.OCN" and atlantic["geonameid"] is None
    # Without the article the US towns around it pull "Atlantic" to Atlantic, Iowa.
    plain = "Storms hit Atlantic, forecasters in Des Moines, Iowa said."
    assert _resolve(plain, ["Atlantic", "Des Moines", "Iowa"], gazetteer)[0]["country"] == "US"
    # A name heading a noun after "the" is a modifier: "the Washington Post" is no region.
    post = _resolve("He wrote in the Washington Post.", ["Washington"], gazetteer)[0]
    assert post["feature"] == "P.PPLC"


def test_a_dateline_names_a_city(gazetteer: Gazetteer) -> None:
    text = "NEW YORK (AP) — Police in New York said on Monday that a man was shot."
    first, second = _resolve(text, ["NEW YORK", "New York"], gazetteer)
    assert first["feature"].startswith("P.") and second["geonameid"] == first["geonameid"]
    # In the body the same name is the state, as most US news means it.
    body = "Police in New York and New Jersey said on Monday that a man was shot."
    assert _resolve(body, ["New York", "New Jersey"], gazetteer)[0]["feature"] == "A.ADM1"


def test_the_focus_is_the_most_mentioned_town(gazetteer: Gazetteer) -> None:
    text = "In Harare, police closed Third Street. Harare residents and Zimbabwe officials met."
    resolved = _resolve(text, ["Harare", "Third Street", "Harare", "Zimbabwe"], gazetteer)
    street = resolved[1]
    assert street["basis"] == "document focus" and street["near"] == "Harare"
    assert (street["lat"], street["lon"]) == (resolved[0]["lat"], resolved[0]["lon"])
    # A country alone is no focus: a street could be anywhere in it.
    alone = _resolve("Zimbabwe closed Third Street.", ["Zimbabwe", "Third Street"], gazetteer)
    assert alone[1]["lat"] is None
