"""CAMEO/PLOVER actor codes: splitting a code into its country and sector parts."""

from __future__ import annotations

# The sector (role) codes of CAMEO 1.1b3 and PLOVER 2.0; everything else in the first slot of a
# code is a country, region or international-organisation code.
SECTOR_CODES = frozenset(
    {
        "COP", "GOV", "INS", "JUD", "MIL", "OPP", "REB", "SEP", "SPY", "UAF", "AGR", "BUS",
        "CRM", "CVL", "DEV", "EDU", "ELI", "ENV", "HLH", "HRI", "LAB", "LEG", "MED", "REF",
        "MOD", "RAD", "PRM", "PTY", "UNK", "JRN", "PRE", "SOC", "REL",
    }
)
# Codes that stand in the country slot for international actors.
INTERNATIONAL_CODES = frozenset(
    {"IGO", "UNO", "EUR", "NGO", "NGM", "ISM", "IMG", "MNC", "INT", "UIS", "AFR", "ASA", "WST"}
)


def split_code(
    code: str, known_countries: frozenset[str] | set[str]
) -> tuple[str | None, str | None]:
    """Return (country, primary sector) of a CAMEO actor code such as PAKMIL, IGOUNO, REB."""
    code = code.strip().upper()
    if len(code) < 3:
        return None, None
    first = code[:3]
    rest = code[3:]
    if first in SECTOR_CODES and first not in known_countries:
        return None, first
    country = first
    sector = rest[:3] if len(rest) >= 3 else None
    if country in INTERNATIONAL_CODES and sector and sector not in SECTOR_CODES:
        # IGOUNO: the organisation is in the second slot; its sector is IGO itself
        return country, country
    return country, sector


def compose_code(country: str | None, sector: str | None) -> str | None:
    """CAMEO code for a country and sector: PAK + MIL -> PAKMIL; no country -> the sector."""
    if country and sector and sector != country:
        return f"{country}{sector}"
    return country or sector


# PLOVER 2.0 renames three CAMEO sectors and folds CAMEO's insurgents and separatists into
# rebels (plover.json `actor_types`; CAMEO MED is media, PLOVER MED is health). The manual has
# no human-rights sector: rights groups are civil society (SOC).
PLOVER_SECTOR_RENAMES = {"MED": "JRN", "HLH": "MED", "INS": "REB", "SEP": "REB", "HRI": "SOC"}
# PLOVER 2.0 gives the UN and the EU their own country-slot codes; CAMEO files both under IGO.
PLOVER_COUNTRY_PREFIXES = (("IGOUNO", "UNO"), ("IGOEUREEC", "EUR"))


def plover_sector(sector: str | None) -> str | None:
    """The PLOVER 2.0 name of a CAMEO sector code (MED -> JRN, HLH -> MED, INS -> REB)."""
    return PLOVER_SECTOR_RENAMES.get(sector, sector) if sector else sector


def plover_country(code: str | None, country: str | None) -> str | None:
    """The PLOVER 2.0 country slot of a CAMEO-coded actor: UN bodies UNO, EU bodies EUR."""
    for prefix, slot in PLOVER_COUNTRY_PREFIXES:
        if code and code.startswith(prefix):
            return slot
    return country
