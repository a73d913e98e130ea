"""Resolve all the place names of one text together (in the spirit of CLAVIN and mordecai).

Each distinct name has candidates with a prior (population, feature class, own vs alternate
name). A candidate then gains support from every other name of the text that plausibly
means a place related to it: the state or county it lies in ("Paris ... Henry County"), a
town in the same county or state, a town nearby, or just the same country. A name supports
in proportion to how plausible that reading of it is, so "Washington" (the capital, almost
surely) does not vouch for every town near one of the 40 Washingtons. Two rounds let
mutually consistent readings reinforce each other. "X, Y" in the text ("Paris, Tenn.")
is the strongest evidence of all: X lies inside Y.

One sense per text: every mention of a name gets the same reading.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field

from eventwire.geo.build import name_key
from eventwire.geo.gazetteer import Candidate, Gazetteer, GazetteerEntry

# What a reading of another name says about a candidate, at full plausibility. The scale is
# the prior's: 1.0 is worth a tenfold population.
SAME_PLACE = 3.0  # the other name may be this very place ("Georgia ... Georgian")
CONTAINS_DIVISION = 3.0  # the other name is the candidate's county or state, or vice versa
# A county named in the text that holds a town named in it: local news names both ("Paris
# and Henry County"), and few famous places share a name with a town in a same-named county.
CONTAINS_ADMIN2 = 5.0
SAME_ADMIN2 = 2.5
CONTAINS_COUNTRY = 1.5
SAME_ADMIN1 = 1.5
NEARBY = 1.5
NEARBY_KM = 100.0
SAME_COUNTRY = 0.5
# What "the Atlantic", "the Middle East" or "the Punjab" may be, unlike a town.
ARTICLED_FEATURES = ("H.", "L.", "T.", "A.PCLI", "A.ADM1")
# "Paris, Texas": the comma-joined pair names a place and its container.
ADJACENT_CONTAINER = 6.0
# How fast the plausibility of another name's reading falls with its score gap to that
# name's best reading: exp(-gap / TEMPERATURE). Readings below MIN_PLAUSIBILITY are ignored.
TEMPERATURE = 2.0
MIN_PLAUSIBILITY = 0.05
ROUNDS = 2


@dataclass(slots=True)
class _Readings:
    """The plausible readings of one name, indexed for support look-ups."""

    places: dict[int, float] = field(default_factory=dict)
    countries: dict[str, float] = field(default_factory=dict)
    admin1: dict[tuple[str, str], float] = field(default_factory=dict)
    admin2: dict[tuple[str, str, str], float] = field(default_factory=dict)
    # the divisions and countries this name may be, by the key of what they contain
    country_entities: dict[str, float] = field(default_factory=dict)
    admin1_entities: dict[tuple[str, str], float] = field(default_factory=dict)
    admin2_entities: dict[tuple[str, str, str], float] = field(default_factory=dict)
    # places inside a division, so the division gains from its towns
    admin1_members: dict[tuple[str, str], float] = field(default_factory=dict)
    admin2_members: dict[tuple[str, str, str], float] = field(default_factory=dict)
    points: list[tuple[float, float, float]] = field(default_factory=list)

    @classmethod
    def of(cls, candidates: list[Candidate], scores: list[float]) -> _Readings:
        readings = cls()
        best = max(scores)
        for candidate, score in zip(candidates, scores, strict=True):
            weight = math.exp((score - best) / TEMPERATURE)
            if weight < MIN_PLAUSIBILITY:
                continue
            readings.add(candidate.entry, weight)
        return readings

    def add(self, entry: GazetteerEntry, weight: float) -> None:
        _raise(self.places, entry.geonameid, weight)
        _raise(self.countries, entry.country, weight)
        if entry.feature == "A.PCLI":
            _raise(self.country_entities, entry.country, weight)
            # A small country's point is near all of it: "Israel" vouches for Gaza.
            self.points.append((entry.lat, entry.lon, weight))
            return
        if not entry.admin1:
            return
        a1 = (entry.country, entry.admin1)
        a2 = (entry.country, entry.admin1, entry.admin2)
        if entry.feature == "A.ADM1":
            _raise(self.admin1_entities, a1, weight)
            return
        _raise(self.admin1, a1, weight)
        _raise(self.admin1_members, a1, weight)
        if entry.feature == "A.ADM2":
            _raise(self.admin2_entities, a2, weight)
            return
        if entry.admin2:
            _raise(self.admin2, a2, weight)
            _raise(self.admin2_members, a2, weight)
        self.points.append((entry.lat, entry.lon, weight))

    def support(self, entry: GazetteerEntry) -> float:
        """How much these readings vouch for `entry` (the best single relation counts)."""
        best = max(
            SAME_PLACE * self.places.get(entry.geonameid, 0.0),
            SAME_COUNTRY * self.countries.get(entry.country, 0.0),
        )
        if entry.feature == "A.PCLI":
            return max(best, CONTAINS_COUNTRY * _members_of_country(self, entry.country))
        if entry.feature.startswith("L."):
            return 0.0
        best = max(best, CONTAINS_COUNTRY * self.country_entities.get(entry.country, 0.0))
        a1 = (entry.country, entry.admin1)
        a2 = (entry.country, entry.admin1, entry.admin2)
        if entry.feature == "A.ADM1":
            return max(best, CONTAINS_DIVISION * self.admin1_members.get(a1, 0.0))
        best = max(best, CONTAINS_DIVISION * self.admin1_entities.get(a1, 0.0))
        if entry.feature == "A.ADM2":
            return max(
                best,
                CONTAINS_ADMIN2 * self.admin2_members.get(a2, 0.0),
                SAME_ADMIN1 * self.admin1.get(a1, 0.0),
            )
        best = max(best, SAME_ADMIN1 * self.admin1.get(a1, 0.0))
        if entry.admin2:
            best = max(
                best,
                CONTAINS_ADMIN2 * self.admin2_entities.get(a2, 0.0),
                SAME_ADMIN2 * self.admin2.get(a2, 0.0),
            )
        if best < NEARBY:
            for lat, lon, weight in self.points:
                if weight * NEARBY > best and _near(entry.lat, entry.lon, lat, lon):
                    best = weight * NEARBY
        return best


def _members_of_country(readings: _Readings, country: str) -> float:
    # A country is vouched for by a division or town inside it, as much as by the same-country
    # rule; kept separate so a country name supports its towns and not only the reverse.
    weights = [w for (c, _), w in readings.admin1_entities.items() if c == country]
    weights += [w for (c, _), w in readings.admin1.items() if c == country]
    return max(weights, default=0.0)


def _raise(table: dict, key, weight: float) -> None:
    if weight > table.get(key, 0.0):
        table[key] = weight


def _near(lat1: float, lon1: float, lat2: float, lon2: float) -> bool:
    # Equirectangular distance: exact enough at 100 km and far cheaper than haversine.
    dx = math.radians(lon2 - lon1) * math.cos(math.radians((lat1 + lat2) / 2))
    dy = math.radians(lat2 - lat1)
    return 6371.0 * math.hypot(dx, dy) < NEARBY_KM


def contains(outer: GazetteerEntry, inner: GazetteerEntry) -> bool:
    """Whether `outer` (a country or division) contains `inner`."""
    if outer.geonameid == inner.geonameid or not outer.country:
        return False
    if outer.country != inner.country:
        return False
    if outer.feature == "A.PCLI":
        return inner.feature != "A.PCLI"
    if outer.feature == "A.ADM1":
        return inner.admin1 == outer.admin1 and inner.feature != "A.ADM1"
    if outer.feature == "A.ADM2":
        return (inner.admin1, inner.admin2) == (outer.admin1, outer.admin2) and (
            not inner.is_division
        )
    return False


def resolve_names(
    names: list[str], gazetteer: Gazetteer, adjacent: list[tuple[int, int]] | None = None,
    townish: set[int] | None = None, articled: set[int] | None = None,
    datelines: set[int] | None = None,
) -> list[GazetteerEntry | None]:
    """The entry each name means, all names read together.

    `adjacent` lists (i, j) pairs of mentions written "names[i], names[j]": the second
    probably contains the first. `townish` lists mentions written as a town's modifier ("a
    Lebanon woman", "Palestine police"): a country would be written with its demonym there.
    `articled` lists mentions written with "the" ("in the Atlantic", "the tropical Pacific"):
    a sea, region or country takes the article, a town almost never does. `datelines` lists
    mentions that open the story as its dateline ("NEW YORK (AP) —"): a city.
    """
    keys = [name_key(name) for name in names]
    distinct = list(dict.fromkeys(keys))
    first_name = {key: name for key, name in zip(reversed(keys), reversed(names), strict=True)}
    candidates = {key: list(gazetteer.ranked(first_name[key])) for key in distinct}
    for key in {keys[n] for n in townish or ()}:
        # Codes ("US residents") name the country; the town "Us" in France is no reading.
        if len(key) > 3:
            candidates[key] = _towns_over_countries(candidates[key])
    for key in {keys[n] for n in articled or ()}:
        candidates[key] = _regions_over_towns(candidates[key])
    for key in {keys[n] for n in datelines or ()}:
        towns = [c for c in candidates[key] if c.entry.feature.startswith("P.")]
        candidates[key] = towns or candidates[key]
    bonus = {key: [0.0] * len(candidates[key]) for key in distinct}
    for i, j in adjacent or []:
        _reward_containment(candidates[keys[i]], bonus[keys[i]], candidates[keys[j]],
                            bonus[keys[j]])  # fmt: skip
    known = [key for key in distinct if candidates[key]]
    base = {key: [c.prior + b for c, b in zip(candidates[key], bonus[key], strict=True)]
            for key in known}  # fmt: skip
    scores = base
    for _ in range(ROUNDS):
        readings = {key: _Readings.of(candidates[key], scores[key]) for key in known}
        groups = _synonym_groups(known, candidates, scores)
        scores = {
            key: [
                prior + _support(c.entry, key, groups, readings)
                for c, prior in zip(candidates[key], base[key], strict=True)
            ]
            for key in known
        }
    chosen: dict[str, GazetteerEntry] = {}
    for key in known:
        best = max(range(len(candidates[key])), key=lambda n: scores[key][n])
        chosen[key] = candidates[key][best].entry
    return [chosen.get(key) for key in keys]


def _regions_over_towns(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the town readings of a name that may also be a sea, region, state or country."""
    if not any(c.entry.feature.startswith(ARTICLED_FEATURES) for c in candidates):
        return candidates
    return [c for c in candidates if not c.entry.feature.startswith("P.")]


def _towns_over_countries(candidates: list[Candidate]) -> list[Candidate]:
    """Drop the country readings of a name that is also a town's own name."""
    if not any(c.primary and c.entry.feature.startswith("P.") for c in candidates):
        return candidates
    return [c for c in candidates if c.entry.feature != "A.PCLI"]


def _synonym_groups(
    known: list[str], candidates: dict[str, list[Candidate]], scores: dict[str, list[float]]
) -> dict[int, list[str]]:
    """Names grouped by their current best reading: "U.S.", "American" and "United States"
    are one piece of evidence, not three."""
    groups: dict[int, list[str]] = defaultdict(list)
    for key in known:
        best = max(range(len(candidates[key])), key=lambda n: scores[key][n])
        groups[candidates[key][best].entry.geonameid].append(key)
    return groups


def _support(
    entry: GazetteerEntry, own_key: str, groups: dict[int, list[str]],
    readings: dict[str, _Readings],
) -> float:  # fmt: skip
    total = 0.0
    for keys in groups.values():
        total += max((readings[k].support(entry) for k in keys if k != own_key), default=0.0)
    return total


def _reward_containment(
    inner: list[Candidate], inner_bonus: list[float], outer: list[Candidate],
    outer_bonus: list[float],
) -> None:  # fmt: skip
    by_container: dict[int, list[int]] = defaultdict(list)
    for n, candidate in enumerate(inner):
        for m, container in enumerate(outer):
            if contains(container.entry, candidate.entry):
                by_container[m].append(n)
    for m, members in by_container.items():
        outer_bonus[m] = max(outer_bonus[m], ADJACENT_CONTAINER)
        for n in members:
            inner_bonus[n] = max(inner_bonus[n], ADJACENT_CONTAINER)
