"""User dictionaries: YAML, CSV, or PETRARCH/TABARI actor and agent files, auto-detected.

YAML: a list of entries, or a mapping with `countries`, `organizations`, `persons`, `titles`
lists. An entry with `roles` (or `title`-less `name` + `country`) is a person, one with `names`
or `code` an organisation, one with `phrase` a title/role noun; fields as in data/README.md.
CSV (header row required): `name,code[,aliases,start,end]` for actors (aliases `;`-separated,
dates bound the code to a period) or `phrase,sector,kind` for titles and role nouns.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path
from typing import Any

from eventwire.actors.kb import KnowledgeBase, KnownActor, Role, Title
from eventwire.actors.kb_files import (
    TITLE_KINDS,
    country_from_entry,
    organization_from_entry,
    parse_date,
    person_from_entry,
    read_yaml,
)
from eventwire.actors.petrarch import looks_like_agents, read_actors, read_agents
from eventwire.resources import DataFileError

log = logging.getLogger(__name__)


def detect_format(path: Path) -> str:
    """One of yaml, csv, petrarch-actors, petrarch-agents."""
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        return "yaml"
    if suffix in {".csv", ".tsv"}:
        return "csv"
    head = path.read_text(encoding="utf-8", errors="replace")[:20000]
    if looks_like_agents(head):
        return "petrarch-agents"
    if "[" in head and "]" in head:
        return "petrarch-actors"
    raise DataFileError(
        f"{path}: cannot tell the dictionary format (want .yaml/.csv, or PETRARCH [CODE] blocks)"
    )


def load_dictionary(path: Path, base: KnowledgeBase) -> KnowledgeBase:
    """Read one user dictionary; `base` supplies the known country codes for splitting codes."""
    path = Path(path)
    if not path.is_file():
        raise DataFileError(f"{path}: dictionary file not found")
    fmt = detect_format(path)
    log.info("reading %s dictionary %s", fmt, path)
    if fmt == "yaml":
        return read_yaml_dictionary(path, base)
    if fmt == "csv":
        return read_csv_dictionary(path, base)
    if fmt == "petrarch-agents":
        return read_agents(path)
    return read_actors(path, base)


def read_yaml_dictionary(path: Path, base: KnowledgeBase) -> KnowledgeBase:
    data = read_yaml(path)
    out = KnowledgeBase()
    sections: list[tuple[str | None, list[Any]]]
    if isinstance(data, dict):
        unknown = set(data) - {"countries", "organizations", "persons", "titles"}
        if unknown:
            raise DataFileError(f"{path}: unknown sections {sorted(unknown)}")
        sections = [(name, data.get(name) or []) for name in
                    ("countries", "organizations", "persons", "titles")]
    elif isinstance(data, list):
        sections = [(None, data)]
    elif data is None:
        return out
    else:
        raise DataFileError(f"{path}: expected a list of entries or a mapping of sections")
    for section, entries in sections:
        if not isinstance(entries, list):
            raise DataFileError(f"{path}: section {section!r} must be a list")
        for number, entry in enumerate(entries, 1):
            where = f"{path}: {section or 'entry'} {number}"
            if not isinstance(entry, dict):
                raise DataFileError(f"{where}: not a mapping")
            kind = section or _entry_kind(entry, where)
            if kind == "countries":
                out.add_country(country_from_entry(entry, where))
            elif kind == "organizations":
                out.add_actor(organization_from_entry(entry, where, str(path)))
            elif kind == "persons":
                out.add_actor(person_from_entry(entry, where, str(path)))
            else:
                out.add_title(_title_from_entry(entry, where, str(path)))
    out.sources.append(str(path))
    return out


def _entry_kind(entry: dict[str, Any], where: str) -> str:
    if "iso3" in entry:
        return "countries"
    if "phrase" in entry:
        return "titles"
    if "roles" in entry:
        return "persons"
    if "names" in entry or "code" in entry:
        return "organizations"
    if "name" in entry and "country" in entry:
        return "persons"
    raise DataFileError(f"{where}: cannot tell whether this is a person, organisation or title")


def _title_from_entry(entry: dict[str, Any], where: str, origin: str) -> Title:
    kind = str(entry.get("kind") or "role").lower()
    if kind not in TITLE_KINDS or not entry.get("phrase"):
        raise DataFileError(f"{where}: a title needs `phrase` and a kind in {TITLE_KINDS}")
    sector = str(entry.get("sector") or "").upper() or None
    return Title(str(entry["phrase"]), sector, kind, str(entry.get("note") or ""),  # type: ignore[arg-type]
                 country=(str(entry["country"]).upper() if entry.get("country") else None),
                 origin=origin)


def read_csv_dictionary(path: Path, base: KnowledgeBase) -> KnowledgeBase:
    out = KnowledgeBase()
    delimiter = "\t" if path.suffix.lower() == ".tsv" else ","
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter=delimiter)
        fields = {f.strip().lower() for f in reader.fieldnames or []}
        if {"name", "code"} <= fields:
            actors: dict[str, KnownActor] = {}
            for number, row in enumerate(reader, 2):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                _add_csv_actor(row, f"{path}: line {number}", str(path), base, actors)
            for actor in actors.values():
                out.add_actor(actor)
        elif {"phrase", "sector"} <= fields:
            for number, row in enumerate(reader, 2):
                row = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
                out.add_title(_title_from_entry(row, f"{path}: line {number}", str(path)))
        else:
            raise DataFileError(
                f"{path}: header must have `name,code` (actors) or `phrase,sector` (titles)"
            )
    out.sources.append(str(path))
    return out


def _add_csv_actor(
    row: dict[str, str], where: str, origin: str, base: KnowledgeBase,
    actors: dict[str, KnownActor],
) -> None:
    name, code = row.get("name", ""), row.get("code", "").upper()
    if not name or not code:
        raise DataFileError(f"{where}: a row needs `name` and `code`")
    country, sector = base.split_code(code)
    actor = actors.get(name)
    if actor is None:
        aliases = [a.strip() for a in row.get("aliases", "").split(";") if a.strip()]
        actor = KnownActor(id=f"dict:{Path(origin).name}:{name}", name=name, kind="actor",
                           aliases=aliases, origin=origin)
        actors[name] = actor
    start = parse_date(row.get("start"), where)
    end = parse_date(row.get("end"), where, end=True)
    if start or end:
        actor.roles.append(Role(title=code, sector=sector, start=start, end=end,
                                country=country, code=code))
    else:
        actor.code, actor.country, actor.sector = code, country, sector
