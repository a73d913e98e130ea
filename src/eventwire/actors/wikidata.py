"""Build dated person entries (data/README.md format) from Wikidata JSON dump lines.

Humans (P31 = Q5) with P39 "position held" claims; P580/P582 qualifiers give each role's start
and end, P27 the citizenship. Position and country items found in the same dump add labels,
ISO-3 codes (P298) and jurisdictions (P17/P1001); a small YAML maps the rest.
"""

from __future__ import annotations

import gzip
import json
import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from eventwire.resources import DataFileError, load_yaml

log = logging.getLogger(__name__)

DEFAULT_POSITIONS = Path(__file__).with_name("wikidata_positions.yaml")
HUMAN = "Q5"


class WikidataImportError(ValueError):
    """The dump cannot be read; the message names the file and line."""


@dataclass(slots=True)
class PositionMap:
    positions: dict[str, dict[str, str]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)
    keywords: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: Path | None = None) -> PositionMap:
        path = path or DEFAULT_POSITIONS
        try:
            data = load_yaml(path.read_text(encoding="utf-8")) or {}
        except (OSError, yaml.YAMLError) as exc:
            raise DataFileError(f"{path}: cannot read position map: {exc}") from None
        if not isinstance(data, dict):
            raise DataFileError(f"{path}: expected a mapping with positions/countries/keywords")
        keywords = []
        for number, rule in enumerate(data.get("keywords") or [], 1):
            if not isinstance(rule, dict) or not rule.get("match") or not rule.get("sector"):
                raise DataFileError(f"{path}: keyword rule {number} needs `match` and `sector`")
            keywords.append((str(rule["match"]).lower(), str(rule["sector"]).upper()))
        return cls(
            positions={str(k): dict(v) for k, v in (data.get("positions") or {}).items()},
            countries={str(k): str(v).upper() for k, v in (data.get("countries") or {}).items()},
            keywords=keywords,
        )

    def sector_for_label(self, label: str) -> str | None:
        low = label.lower()
        return next((sector for match, sector in self.keywords if match in low), None)


def iter_entities(path: Path) -> Iterator[dict[str, Any]]:
    """Entities of a dump: one JSON object per line, inside `[`/`]` with trailing commas."""
    opener = gzip.open if path.suffix == ".gz" else open
    try:
        with opener(path, "rt", encoding="utf-8") as handle:  # type: ignore[operator]
            for number, line in enumerate(handle, 1):
                line = line.strip().rstrip(",")
                if not line or line in {"[", "]"}:
                    continue
                try:
                    entity = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise WikidataImportError(f"{path}: line {number}: not JSON: {exc}") from None
                if isinstance(entity, dict) and "id" in entity:
                    yield entity
                else:
                    log.warning("%s: line %d: not an entity, skipped", path, number)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise WikidataImportError(f"{path}: cannot read: {exc}") from None


def _claims(entity: dict[str, Any], prop: str) -> list[dict[str, Any]]:
    return [c for c in entity.get("claims", {}).get(prop, []) if c.get("rank") != "deprecated"]


def _item_id(snak: dict[str, Any] | None) -> str | None:
    if not snak or snak.get("snaktype") != "value":
        return None
    value = snak.get("datavalue", {}).get("value")
    return value.get("id") if isinstance(value, dict) else None


def _string(snak: dict[str, Any] | None) -> str | None:
    if not snak or snak.get("snaktype") != "value":
        return None
    value = snak.get("datavalue", {}).get("value")
    return value if isinstance(value, str) else None


def _time(qualifiers: dict[str, Any], prop: str) -> str | None:
    """A P580/P582 qualifier as YYYY-MM-DD, YYYY-MM or YYYY according to its precision."""
    for snak in qualifiers.get(prop, []):
        if snak.get("snaktype") != "value":
            continue
        value = snak["datavalue"]["value"]
        stamp, precision = value["time"], value.get("precision", 11)
        year, month, day = stamp.lstrip("+").split("T")[0].split("-")
        if precision >= 11 and day != "00":
            return f"{year}-{month}-{day}"
        if precision == 10 and month != "00":
            return f"{year}-{month}"
        return year
    return None


def _label(entity: dict[str, Any]) -> str | None:
    return entity.get("labels", {}).get("en", {}).get("value")


def _aliases(entity: dict[str, Any]) -> list[str]:
    return [a["value"] for a in entity.get("aliases", {}).get("en", []) if a.get("value")]


def import_dump(dump: Path, out: Path, positions_path: Path | None = None) -> str:
    """Write persons YAML from the dump; return a one-line summary."""
    mapping = PositionMap.load(positions_path)
    humans: list[dict[str, Any]] = []
    labels: dict[str, str] = {}
    jurisdiction: dict[str, str] = {}
    iso3: dict[str, str] = dict(mapping.countries)
    for entity in iter_entities(dump):
        qid = entity["id"]
        label = _label(entity)
        if label:
            labels[qid] = label
        code = next((_string(c.get("mainsnak")) for c in _claims(entity, "P298")), None)
        if code:
            iso3[qid] = code.upper()
        place = next((_item_id(c.get("mainsnak")) for prop in ("P1001", "P17")
                      for c in _claims(entity, prop)), None)
        if place:
            jurisdiction[qid] = place
        kinds = {_item_id(c.get("mainsnak")) for c in _claims(entity, "P31")}
        if HUMAN in kinds and _claims(entity, "P39"):
            humans.append(entity)
    persons = []
    skipped_roles = 0
    for human in humans:
        entry, skipped = _person_entry(human, mapping, labels, jurisdiction, iso3)
        skipped_roles += skipped
        if entry is not None:
            persons.append(entry)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as handle:
        handle.write(f"# Imported from the Wikidata dump {dump.name} by eventwire "
                     "kb import-wikidata\n")
        yaml.safe_dump(persons, handle, sort_keys=False, allow_unicode=True, width=100)
    return (f"{len(persons)} persons with {sum(len(p['roles']) for p in persons)} roles written "
            f"to {out}; {skipped_roles} roles skipped (position not mapped to a sector)")


def _person_entry(
    human: dict[str, Any], mapping: PositionMap, labels: dict[str, str],
    jurisdiction: dict[str, str], iso3: dict[str, str],
) -> tuple[dict[str, Any] | None, int]:
    name = _label(human)
    if not name:
        return None, 0
    citizenship = next((iso3.get(_item_id(c.get("mainsnak")) or "")
                        for c in _claims(human, "P27")), None)
    roles = []
    skipped = 0
    for claim in _claims(human, "P39"):
        position = _item_id(claim.get("mainsnak"))
        if position is None:
            continue
        known = mapping.positions.get(position, {})
        title = known.get("title") or labels.get(position)
        sector = known.get("sector") or (mapping.sector_for_label(title) if title else None)
        if not title or not sector:
            skipped += 1
            continue
        qualifiers = claim.get("qualifiers", {})
        role: dict[str, Any] = {"title": title, "sector": sector.upper()}
        country = known.get("country") or iso3.get(jurisdiction.get(position, ""))
        if country and country != citizenship:
            role["country"] = country
        start, end = _time(qualifiers, "P580"), _time(qualifiers, "P582")
        if start:
            role["start"] = start
        if end:
            role["end"] = end
        roles.append(role)
    if not roles:
        return None, skipped
    entry: dict[str, Any] = {"id": _slug(name), "name": name}
    aliases = _aliases(human)
    if aliases:
        entry["aliases"] = aliases
    entry["country"] = citizenship or roles[0].get("country")
    entry["wikidata"] = human["id"]
    entry["roles"] = roles
    return entry, skipped


def _slug(name: str) -> str:
    import re
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
