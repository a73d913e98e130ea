"""Geo stage: resolve place names on an embedded GeoNames gazetteer and locate each event."""

from __future__ import annotations

from eventwire.geo.gazetteer import (
    Gazetteer,
    GazetteerEntry,
    ResolutionContext,
    distance_km,
    iso3,
)
from eventwire.geo.locator import EventLocator
from eventwire.geo.toponyms import find_toponyms, resolve_toponyms

__all__ = [
    "EventLocator",
    "Gazetteer",
    "GazetteerEntry",
    "ResolutionContext",
    "distance_km",
    "find_toponyms",
    "iso3",
    "resolve_toponyms",
]
