"""CAMEO code names and PLOVER type names from the team's lexicon tables (read-only here)."""

from __future__ import annotations

import csv
import logging
from functools import lru_cache

from eventwire.resources import data_path

log = logging.getLogger(__name__)


@lru_cache(maxsize=1)
def cameo_names() -> dict[str, str]:
    """CAMEO code -> name; empty when the table is missing (names are only decoration)."""
    try:
        path = data_path("lexicon", "cameo_codes.tsv")
    except FileNotFoundError as exc:
        log.warning("%s; CAMEO names will be blank", exc)
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        return {row["code"]: row["name"] for row in csv.DictReader(handle, delimiter="\t")}


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    """Every PLOVER type the CAMEO->PLOVER table can assign; empty if the table is missing."""
    try:
        path = data_path("lexicon", "cameo_plover.tsv")
    except FileNotFoundError:
        return frozenset()
    with path.open(encoding="utf-8", newline="") as handle:
        return frozenset(
            row["type"].upper()
            for row in csv.DictReader(handle, delimiter="\t")
            if row.get("type") and row["type"] != "dropped"
        )
