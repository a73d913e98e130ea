"""POLECAT weekly-file columns, filled as far as eventwire's data allows (see docs/export.md)."""

from __future__ import annotations

from typing import Any

from eventwire import __version__ as eventwire_version

POLECAT_COLUMNS = (
    "Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code",
    "Contexts",
    "Actor Name", "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors",
    "Actor Title", "Actor Name Raw", "Wikipedia Actor ID",
    "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
    "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID",
    "Placename", "City", "District", "Province", "Country", "Latitude", "Longitude",
    "GeoNames ID", "Raw Placename", "Feature Type",
    "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations",
    "Language", "Version",
)
_CITY_FEATURES = ("PPL",)


def polecat_row(event: dict[str, Any], feature: str | None, language: str | None,
                story_locations: list[str]) -> dict[str, Any]:
    row: dict[str, Any] = dict.fromkeys(POLECAT_COLUMNS, "")
    row["Event ID"] = event["event_id"]
    row["Event Date"] = event.get("date") or ""
    row["Event Type"] = event["plover"]["type"] or ""
    row["Event Mode"] = event["plover"]["mode"] or ""
    row["Event Intensity"] = event["goldstein"]
    row["Quad Code"] = event["quad_class"]
    row["Contexts"] = ";".join(event["plover"]["context"])
    for prefix, ref in (("Actor", event["source"]), ("Recipient", event["target"])):
        if not ref:
            continue
        sector = ref.get("sector") or ""
        row[f"{prefix} Name"] = ref.get("name") or ""
        row[f"{prefix} Country"] = ref.get("country") or ""
        row[f"Primary {prefix} Sector"] = sector
        row[f"{prefix} Sectors"] = sector
        row[f"{prefix} Name Raw"] = ref.get("text") or ""
    location = event.get("location")
    if location:
        row["Placename"] = location.get("name") or ""
        if (feature or "").startswith(_CITY_FEATURES):
            row["City"] = location.get("name") or ""
        row["Country"] = location.get("country") or ""
        row["Latitude"] = location.get("lat") if location.get("lat") is not None else ""
        row["Longitude"] = location.get("lon") if location.get("lon") is not None else ""
        row["GeoNames ID"] = location.get("geonameid") or ""
        row["Raw Placename"] = location.get("name") or ""
        row["Feature Type"] = feature or ""
    article = event.get("article") or {}
    row["Source"] = article.get("source") or ""
    row["Publication Date"] = article.get("published") or ""
    row["Story Locations"] = ";".join(story_locations)
    row["Language"] = language or ""
    row["Version"] = f"eventwire-{eventwire_version}"
    return row
