"""Load the shipped knowledge-base files (data/kb, format in data/README.md), validating each."""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import yaml

from eventwire.actors.codes import SECTOR_CODES
from eventwire.actors.kb import Country, KnowledgeBase, KnownActor, Role, Title
from eventwire.resources import DataFileError, data_dir, load_yaml

log = logging.getLogger(__name__)

_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?$")
TITLE_KINDS = ("title", "role", "rank")


def default_kb_dir() -> Path:
    return data_dir() / "kb"


def parse_date(value: Any, where: str, *, end: bool = False) -> date | None:
    """ISO date, YYYY-MM or YYYY; a partial `end` date means the last day of that period."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    match = _DATE.match(str(value).strip())
    if not match:
        raise DataFileError(f"{where}: bad date {value!r} (want YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(match[1]), match[2], match[3]
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, int(month))[1]
            return date(year, int(month), last if end else 1)
        return date(year, int(month), int(day))
    except ValueError as exc:
        raise DataFileError(f"{where}: bad date {value!r}: {exc}") from None


def read_yaml(path: Path) -> Any:
    try:
        with path.open(encoding="utf-8") as handle:
            return load_yaml(handle)
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML: {exc}") from None
    except ValueError as exc:  # PyYAML builds dates itself and fails on 2020-13-01
        raise DataFileError(f"{path}: bad date in YAML: {exc}") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str | int) for v in value):
        return tuple(str(v) for v in value)
    raise DataFileError(f"{where}: expected a string or a list of strings, got {value!r}")


def _sector(value: Any, where: str) -> str | None:
    if value is None or value == "":
        return None
    sector = str(value).strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", sector):
        raise DataFileError(f"{where}: bad sector code {value!r}")
    if sector not in SECTOR_CODES:
        log.debug("%s: sector %s is not a CAMEO/PLOVER sector code", where, sector)
    return sector


def _entries(data: Any, path: Path) -> list[dict[str, Any]]:
    if data is None:
        return []
    if not isinstance(data, list):
        raise DataFileError(f"{path}: expected a list of entries at the top level")
    for number, entry in enumerate(data, 1):
        if not isinstance(entry, dict):
            raise DataFileError(f"{path}: entry {number} is not a mapping")
    return data


def country_from_entry(entry: dict[str, Any], where: str) -> Country:
    iso3 = str(entry.get("iso3") or "").strip().upper()
    name = entry.get("name")
    if not re.fullmatch(r"[A-Z]{3}", iso3) or not name:
        raise DataFileError(f"{where}: a country needs `iso3` (3 letters) and `name`")
    return Country(
        iso3=iso3,
        cameo=str(entry.get("cameo") or iso3).strip().upper(),
        name=str(name),
        iso2=entry.get("iso2"),
        aliases=_strings(entry.get("aliases"), where),
        demonyms=_strings(entry.get("demonyms"), where),
        capital=entry.get("capital"),
        capital_aliases=_strings(entry.get("capital_aliases"), where),
        region=entry.get("region"),
    )


def load_countries(path: Path, kb: KnowledgeBase) -> None:
    for number, entry in enumerate(_entries(read_yaml(path), path), 1):
        kb.add_country(country_from_entry(entry, f"{path}: entry {number}"))


def organization_from_entry(entry: dict[str, Any], where: str, origin: str) -> KnownActor:
    names = _strings(entry.get("names") or entry.get("name"), where)
    if not names:
        raise DataFileError(f"{where}: an organisation needs `names`")
    code = str(entry.get("code") or "").strip().upper() or None
    country = str(entry.get("country") or "").strip().upper() or None
    sector = _sector(entry.get("sector"), where)
    if not (code or country or sector):
        raise DataFileError(f"{where}: organisation {names[0]!r} has no code, country or sector")
    ident = str(entry.get("id") or names[0])
    international = entry.get("international", False)
    if not isinstance(international, bool):
        raise DataFileError(f"{where}: `international` must be true or false")
    return KnownActor(
        id=f"org:{ident}",
        name=names[0],
        kind="organization",
        aliases=list(names[1:]),
        country=country,
        sector=sector,
        code=code,
        wikidata=entry.get("wikidata"),
        origin=origin,
        international=international,
    )


def load_organizations(path: Path, kb: KnowledgeBase) -> None:
    for number, entry in enumerate(_entries(read_yaml(path), path), 1):
        kb.add_actor(organization_from_entry(entry, f"{path}: entry {number}", str(path)))


def role_from_entry(entry: Any, where: str) -> Role:
    if not isinstance(entry, dict) or not entry.get("title"):
        raise DataFileError(f"{where}: a role needs at least `title`")
    start = parse_date(entry.get("start"), where)
    end = parse_date(entry.get("end"), where, end=True)
    if start and end and end < start:
        raise DataFileError(f"{where}: role {entry['title']!r} ends before it starts")
    code = str(entry.get("code") or "").strip().upper() or None
    return Role(
        title=str(entry["title"]),
        sector=_sector(entry.get("sector"), where),
        start=start,
        end=end,
        country=(str(entry["country"]).upper() if entry.get("country") else None),
        code=code,
    )


def person_from_entry(entry: dict[str, Any], where: str, origin: str) -> KnownActor:
    name = entry.get("name")
    if not name:
        raise DataFileError(f"{where}: a person needs `name`")
    roles_data = entry.get("roles") or []
    if not isinstance(roles_data, list):
        raise DataFileError(f"{where}: `roles` must be a list")
    ident = str(entry.get("id") or re.sub(r"[^a-z0-9]+", "-", str(name).lower()).strip("-"))
    return KnownActor(
        id=ident,
        name=str(name),
        kind="person",
        aliases=list(_strings(entry.get("aliases"), where)),
        country=str(entry["country"]).strip().upper() if entry.get("country") else None,
        roles=[role_from_entry(r, f"{where}, role {i}") for i, r in enumerate(roles_data, 1)],
        wikidata=entry.get("wikidata"),
        origin=origin,
    )


def load_persons(path: Path, kb: KnowledgeBase) -> None:
    for number, entry in enumerate(_entries(read_yaml(path), path), 1):
        where = f"{path}: entry {number}"
        kb.add_actor(person_from_entry(entry, where, str(path)))


def load_titles(path: Path, kb: KnowledgeBase) -> None:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if number == 1 and fields[0].strip().lower() == "phrase":
                continue
            where = f"{path}: line {number}"
            if len(fields) < 3:
                raise DataFileError(f"{where}: want phrase<TAB>sector<TAB>kind[<TAB>note]")
            kind = fields[2].strip().lower()
            if kind not in TITLE_KINDS:
                raise DataFileError(f"{where}: kind {fields[2]!r} is not one of {TITLE_KINDS}")
            kb.add_title(
                Title(
                    phrase=fields[0].strip(),
                    sector=_sector(fields[1], where),
                    kind=kind,  # type: ignore[arg-type]
                    note=fields[3].strip() if len(fields) > 3 else "",
                    origin=str(path),
                )
            )


def load_world_regions(path: Path, kb: KnowledgeBase) -> None:
    for number, entry in enumerate(_entries(read_yaml(path), path), 1):
        where = f"{path}: entry {number}"
        code = entry.get("code")
        if not (isinstance(code, str) and re.fullmatch(r"[A-Z]{3}", code)):
            raise DataFileError(f"{where}: want a three-letter CAMEO region code, got {code!r}")
        for name in _strings(entry.get("names"), where):
            kb.world_regions[name] = code


def load_not_actors(path: Path, kb: KnowledgeBase) -> None:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            phrase = line.split("\t")[0].strip()
            if phrase and phrase.lower() != "phrase":  # the header
                kb.not_actors.append(phrase)


def load_kb_dir(kb_dir: Path | None = None) -> KnowledgeBase:
    """Load every shipped KB file under `kb_dir` (default data/kb); missing files are logged."""
    kb_dir = kb_dir or default_kb_dir()
    kb = KnowledgeBase()
    loaders = (
        ("countries.yaml", load_countries),
        ("organizations.yaml", load_organizations),
        ("titles.tsv", load_titles),
        ("world_regions.yaml", load_world_regions),
        ("not_actors.tsv", load_not_actors),
    )
    for name, loader in loaders:
        path = kb_dir / name
        if path.exists():
            loader(path, kb)
            kb.sources.append(str(path))
        else:
            log.warning("actor knowledge base file missing: %s", path)
    persons_dir = kb_dir / "persons"
    for path in sorted(persons_dir.glob("*.y*ml")) if persons_dir.is_dir() else []:
        load_persons(path, kb)
        kb.sources.append(str(path))
    return kb
