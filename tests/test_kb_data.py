"""Schema checks for the shipped actor knowledge base under data/kb/.

Loads every kb file with PyYAML/csv only (no eventwire code), so a broken data file is reported
here even when the actors stage's own loader is broken too.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
from collections import Counter
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
KB = REPO / "data" / "kb"
SHARED = REPO.parent / "shared"
CAMEO_DIR = SHARED / "data" / "cameo"
PLOVER_JSON = SHARED / "data" / "plover" / "plover.json"

COUNTRY_KEYS = {
    "iso3", "iso2", "cameo", "name", "aliases", "demonyms", "capital", "capital_aliases", "region",
}
ORG_KEYS = {"id", "names", "code", "country", "sector"}
PERSON_KEYS = {"id", "name", "country", "roles"}
PERSON_OPTIONAL_KEYS = {"aliases", "wikidata"}
ROLE_KEYS = {"title", "sector", "start"}
# A role may name the body it is held in when that is not the person's country (UN
# Secretary-General: country IGO, code IGOUNO).
ROLE_OPTIONAL_KEYS = {"end", "country", "code"}
TITLE_COLUMNS = ["phrase", "sector", "kind", "note"]
TITLE_KINDS = {"title", "role", "rank"}
# Codes that stand in the country slot of a non-state actor (PLOVER manual; CAMEO uses the same
# three-letter prefixes in full actor codes such as IGOUNO or IMGMUSALQ).
NONSTATE_COUNTRY_SLOTS = {"IGO", "NGO", "IMG", "ISM", "MNC", "NGM", "INT", "UIS"}

ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
KB_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CODE = re.compile(r"^[A-Z0-9]{3,12}$")


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def _load_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def sector_codes() -> frozenset[str]:
    """Every sector code CAMEO (actor_types.tsv) or PLOVER (plover.json) defines."""
    codes = {row["code"] for row in _read_tsv(CAMEO_DIR / "actor_types.tsv")}
    plover = json.loads(PLOVER_JSON.read_text(encoding="utf-8"))
    codes |= {entry["code"] for entry in plover["actor_types"] if entry["kind"] == "sector"}
    return frozenset(codes)


@cache
def cameo_regions() -> frozenset[str]:
    rows = _read_tsv(CAMEO_DIR / "countries.tsv")
    return frozenset(row["code"] for row in rows if row["kind"] == "region")


@cache
def countries() -> list[dict[str, Any]]:
    return _load_yaml(KB / "countries.yaml")


@cache
def country_by_iso3() -> dict[str, dict[str, Any]]:
    return {entry["iso3"]: entry for entry in countries()}


@cache
def organizations() -> list[dict[str, Any]]:
    return _load_yaml(KB / "organizations.yaml")


@cache
def titles() -> list[dict[str, str]]:
    return _read_tsv(KB / "titles.tsv")


def person_files() -> list[Path]:
    return sorted((KB / "persons").glob("*.yaml"))


@cache
def persons() -> list[tuple[str, dict[str, Any]]]:
    """(file name, entry) for every person in every persons/*.yaml file."""
    return [(path.name, entry) for path in person_files() for entry in _load_yaml(path)]


def _duplicates(values: list[str]) -> list[str]:
    return sorted(value for value, count in Counter(values).items() if count > 1)


def _is_str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) and v.strip() == v and v
                                           for v in value)


def _iso(value: Any) -> str | None:
    """A kb date as written (YAML turns 2013-08-03 into a date and 2013 into an int)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return f"{value:04d}"
    if isinstance(value, str) and ISO_DATE.match(value):
        return value
    return None


def _valid_date(text: str) -> bool:
    parts = [int(p) for p in text.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def _country_slots() -> set[str]:
    return set(country_by_iso3()) | NONSTATE_COUNTRY_SLOTS | set(cameo_regions())


# ---------------------------------------------------------------- shared reference data


def test_reference_code_lists_are_readable() -> None:
    assert {"GOV", "MIL", "SPY", "REB", "INS", "MED", "PTY", "PRM", "JRN"} <= sector_codes()
    assert {"SAS", "MEA", "WAF", "EUR"} <= cameo_regions()


# ---------------------------------------------------------------- countries.yaml


def test_countries_have_every_key_with_the_right_type() -> None:
    problems = []
    for entry in countries():
        where = entry.get("iso3", entry)
        if set(entry) != COUNTRY_KEYS:
            problems.append((where, "keys", sorted(set(entry) ^ COUNTRY_KEYS)))
            continue
        if not re.fullmatch(r"[A-Z]{3}", entry["iso3"]):
            problems.append((where, "iso3"))
        if not re.fullmatch(r"[A-Z]{2}", str(entry["iso2"])):
            problems.append((where, "iso2", entry["iso2"]))
        if not re.fullmatch(r"[A-Z]{3}", entry["cameo"]):
            problems.append((where, "cameo"))
        if not isinstance(entry["name"], str) or not entry["name"]:
            problems.append((where, "name"))
        for key in ("aliases", "demonyms", "capital_aliases"):
            if not _is_str_list(entry[key]):
                problems.append((where, key))
        if entry["capital"] is not None and not isinstance(entry["capital"], str):
            problems.append((where, "capital"))
        if entry["capital"] in entry["capital_aliases"]:
            problems.append((where, "capital repeated in capital_aliases"))
        if entry["region"] is not None and entry["region"] not in cameo_regions():
            problems.append((where, "region", entry["region"]))
    assert problems == []


def test_countries_cover_iso_and_cameo_lists() -> None:
    assert len(countries()) >= 245
    assert _duplicates([e["iso3"] for e in countries()]) == []
    assert _duplicates([e["iso2"] for e in countries()]) == []
    assert _duplicates([e["cameo"] for e in countries()]) == []
    cameo_country_rows = [
        row for row in _read_tsv(CAMEO_DIR / "countries.tsv")
        if row["kind"] == "country" and row["label_gdelt"]
    ]
    known = set(country_by_iso3()) | {e["cameo"] for e in countries()}
    # GDELT's own spellings for places we list under the ISO/CountryInfo code.
    gdelt_aliases = {"ROM": "ROU", "MTN": "MNE", "IMY": "IMN", "ANT": "CUW"}
    missing = [
        row["code"] for row in cameo_country_rows
        if row["code"] not in known and gdelt_aliases.get(row["code"]) not in known
    ]
    assert missing == []


def test_country_names_aliases_and_demonyms_are_unambiguous() -> None:
    words = []
    for entry in countries():
        words += [entry["name"], *entry["aliases"], *entry["demonyms"]]
    assert _duplicates(words) == []


@pytest.mark.parametrize(
    ("word", "iso3"),
    [("Britain", "GBR"), ("U.S.", "USA"), ("America", "USA"), ("Islamic Republic of Iran", "IRN"),
     ("Pakistanis", "PAK"), ("Afghans", "AFG"), ("Iranian", "IRN"), ("Türkiye", "TUR"),
     ("Burma", "MMR"), ("Ivory Coast", "CIV"), ("DRC", "COD"), ("Czechia", "CZE")],
)
def test_country_lookup_examples(word: str, iso3: str) -> None:
    entry = country_by_iso3()[iso3]
    assert word in [entry["name"], *entry["aliases"], *entry["demonyms"]]


def test_capitals_are_unique_for_metonymy() -> None:
    capitals = []
    for entry in countries():
        if entry["capital"]:
            capitals += [entry["capital"], *entry["capital_aliases"]]
    assert _duplicates(capitals) == []
    assert country_by_iso3()["IRN"]["capital"] == "Tehran"


# ---------------------------------------------------------------- organizations.yaml


def test_organizations_schema() -> None:
    problems = []
    slots = _country_slots()
    cameo_of = {e["iso3"]: e["cameo"] for e in countries()}
    for entry in organizations():
        where = entry.get("id", entry)
        if set(entry) - {"international"} != ORG_KEYS:
            problems.append((where, "keys", sorted(set(entry) ^ ORG_KEYS)))
            continue
        if entry.get("international", False) not in (True, False):
            problems.append((where, "international"))
        elif entry.get("international") and entry["sector"] != "MED":
            problems.append((where, "international is for news agencies"))
        if not KB_ID.match(entry["id"]):
            problems.append((where, "id"))
        if not _is_str_list(entry["names"]) or not entry["names"]:
            problems.append((where, "names"))
        if entry["country"] not in slots:
            problems.append((where, "country", entry["country"]))
        if entry["sector"] not in sector_codes():
            problems.append((where, "sector", entry["sector"]))
        code = entry["code"]
        prefix = cameo_of.get(entry["country"], entry["country"])
        if not CODE.match(code) or not code.startswith(prefix):
            problems.append((where, "code must start with the country's CAMEO code", code))
    assert problems == []


def test_organization_ids_and_names_are_unique() -> None:
    assert _duplicates([e["id"] for e in organizations()]) == []
    names = [name for e in organizations() for name in e["names"]]
    assert _duplicates(names) == []


def test_organization_names_do_not_shadow_countries() -> None:
    country_words = set()
    for entry in countries():
        country_words |= {entry["name"], *entry["aliases"], *entry["demonyms"]}
    clashes = sorted({n for e in organizations() for n in e["names"]} & country_words)
    assert clashes == []


@pytest.mark.parametrize(
    ("name", "code", "sector"),
    [("ISI", "PAKSPY", "SPY"), ("IRNA", "IRNMED", "MED"), ("Taliban", "AFGINSTAL", "INS"),
     ("United Nations", "IGOUNO", "IGO"), ("CIA", "USASPY", "SPY"), ("Pentagon", "USAMIL", "MIL"),
     ("Kremlin", "RUSGOV", "GOV")],
)
def test_organization_examples(name: str, code: str, sector: str) -> None:
    matches = [e for e in organizations() if name in e["names"]]
    assert [(e["code"], e["sector"]) for e in matches] == [(code, sector)]


# ---------------------------------------------------------------- titles.tsv


def test_titles_columns_and_values() -> None:
    with (KB / "titles.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle, delimiter="\t"))
    assert rows[0] == TITLE_COLUMNS
    problems = []
    for line_no, row in enumerate(rows[1:], start=2):
        if len(row) != len(TITLE_COLUMNS):
            problems.append((line_no, "columns", row))
            continue
        phrase, sector, kind, _note = row
        if not phrase or phrase != phrase.strip() or "  " in phrase:
            problems.append((line_no, "phrase", phrase))
        # An empty sector means "take the sector of the organisation the person speaks for".
        if sector and sector not in sector_codes():
            problems.append((line_no, "sector", sector))
        if kind not in TITLE_KINDS:
            problems.append((line_no, "kind", kind))
    assert problems == []


def test_titles_are_unique_and_plentiful() -> None:
    phrases = [row["phrase"].lower() for row in titles()]
    assert _duplicates(phrases) == []
    assert len(phrases) >= 300
    assert {row["kind"] for row in titles()} == TITLE_KINDS


@pytest.mark.parametrize(
    ("phrase", "sector"),
    [("Maj Gen", "MIL"), ("Foreign Minister", "GOV"), ("army chief", "MIL"),
     ("border guards", "MIL"), ("police", "COP"), ("protesters", "CVL"), ("journalists", "MED"),
     ("Secretary of the Supreme National Security Council", "GOV"), ("spy chief", "SPY")],
)
def test_title_examples(phrase: str, sector: str) -> None:
    found = {row["phrase"].lower(): row["sector"] for row in titles()}
    assert found.get(phrase.lower()) == sector


# ---------------------------------------------------------------- persons/*.yaml


def test_person_files_exist_for_the_g20() -> None:
    names = {path.name for path in person_files()}
    g20 = ["arg", "aus", "bra", "can", "chn", "fra", "deu", "ind", "idn", "ita", "jpn", "kor",
           "mex", "rus", "sau", "zaf", "tur", "gbr", "usa", "eu"]
    assert [code for code in g20 if f"g20-{code}.yaml" not in names] == []


def test_persons_schema_and_dates() -> None:
    problems = []
    slots = _country_slots()
    for file_name, entry in persons():
        where = (file_name, entry.get("id"))
        if not PERSON_KEYS <= set(entry) <= PERSON_KEYS | PERSON_OPTIONAL_KEYS:
            problems.append((where, "keys", sorted(set(entry) ^ PERSON_KEYS)))
            continue
        if not KB_ID.match(entry["id"]):
            problems.append((where, "id"))
        if not isinstance(entry["name"], str) or not entry["name"]:
            problems.append((where, "name"))
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not (aliases == [] or _is_str_list(aliases)):
            problems.append((where, "aliases"))
        if entry["country"] not in country_by_iso3():
            problems.append((where, "country", entry["country"]))
        if "wikidata" in entry and not re.fullmatch(r"Q\d+", str(entry["wikidata"])):
            problems.append((where, "wikidata"))
        if not isinstance(entry["roles"], list) or not entry["roles"]:
            problems.append((where, "roles"))
            continue
        for role in entry["roles"]:
            if not ROLE_KEYS <= set(role) <= ROLE_KEYS | ROLE_OPTIONAL_KEYS:
                problems.append((where, "role keys", role))
                continue
            if not isinstance(role["title"], str) or not role["title"]:
                problems.append((where, "title", role))
            if role["sector"] not in sector_codes():
                problems.append((where, "sector", role))
            if "country" in role and role["country"] not in slots:
                problems.append((where, "role country", role))
            start = _iso(role["start"])
            end = _iso(role.get("end")) if role.get("end") is not None else None
            if start is None or not _valid_date(start):
                problems.append((where, "start", role))
                continue
            if role.get("end") is not None and (end is None or not _valid_date(end)):
                problems.append((where, "end", role))
                continue
            if end is not None and end[: len(start)] < start[: len(end)]:
                problems.append((where, "start after end", role))
            if not "1900" <= start <= "2026":
                problems.append((where, "start out of range", role))
    assert problems == []


def test_person_ids_are_unique_across_files() -> None:
    assert _duplicates([entry["id"] for _, entry in persons()]) == []


def test_person_names_are_unique_within_a_country() -> None:
    keys = [
        f"{e['country']}:{n}" for _, e in persons() for n in [e["name"], *e.get("aliases", [])]
    ]
    assert _duplicates(keys) == []


def test_persons_cover_heads_of_government_of_each_g20_file() -> None:
    head_titles = re.compile(r"President|Prime Minister|Chancellor|King|Secretary-General|"
                             r"Premier|Crown Prince", re.I)
    for path in person_files():
        if not path.name.startswith("g20-"):
            continue
        entries = _load_yaml(path)
        heads = [e for e in entries if any(head_titles.search(r["title"]) for r in e["roles"])]
        assert len(heads) >= 2, path.name


def test_dated_role_example() -> None:
    by_id = {entry["id"]: entry for _, entry in persons()}
    putin = by_id["vladimir-putin"]
    presidencies = [r for r in putin["roles"] if r["title"] == "President"]
    assert [_iso(r["start"]) for r in presidencies] == ["2000-05-07", "2012-05-07"]
    assert all(r["sector"] == "GOV" for r in presidencies)


def test_regions_name_one_known_country_each() -> None:
    regions = _load_yaml(KB / "regions.yaml")
    iso2 = {entry["iso2"] for entry in countries()}
    assert isinstance(regions, dict) and sorted(set(regions) - iso2) == []
    names = [str(name).lower() for values in regions.values() for name in values]
    assert _duplicates(names) == []
    country_words = {w.lower() for e in countries() for w in [e["name"], *e["aliases"]]}
    assert sorted(set(names) & country_words) == []
    assert "northern territory" in [n.lower() for n in regions["AU"]]
