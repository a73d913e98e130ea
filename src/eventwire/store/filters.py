"""The event filters shared by `eventwire events`, the REST API and the dashboard.

Actor codes match by prefix, since CAMEO codes are hierarchical: `PAK` matches PAKGOV and
PAKMIL, `IGO` every intergovernmental organisation. `dyad` is undirected (A->B or B->A);
use `source` and `target` for a direction. Dates accept YYYY, YYYY-MM or YYYY-MM-DD and
both ends are inclusive (`to=2019-11` runs through 30 November).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from eventwire.store.backend import StoreBackend
from eventwire.store.codebook import plover_types
from eventwire.store.errors import InvalidQueryError
from eventwire.store.textsearch import search_terms

_CODE = re.compile(r"^[A-Z0-9]{2,32}$")
_CAMEO = re.compile(r"^\d{1,4}$")
_PLOVER = re.compile(r"^[A-Z_]{2,32}$")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$")


@dataclass(slots=True)
class EventFilter:
    actor: str | None = None
    source: str | None = None
    target: str | None = None
    dyad: tuple[str, str] | None = None
    types: list[str] = field(default_factory=list)
    cameo: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    text: str | None = None
    article: str | None = None
    unique: bool = False  # leave out events that duplicate one from another article

    @classmethod
    def parse(
        cls,
        *,
        actor: str | None = None,
        source: str | None = None,
        target: str | None = None,
        dyad: str | None = None,
        type: str | None = None,  # noqa: A002 - named like the CLI option
        cameo: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        text: str | None = None,
        article: str | None = None,
        unique: bool = False,
    ) -> EventFilter:
        """Build a filter from user strings; raise InvalidQueryError naming the bad one."""
        start = parse_date(date_from, "from", end=False) if date_from else None
        end = parse_date(date_to, "to", end=True) if date_to else None
        if start and end and start > end:
            raise InvalidQueryError("from", f"{date_from} is after to={date_to}")
        if text is not None and text.strip():
            search_terms(text, "text")
        return cls(
            actor=_code(actor, "actor"),
            source=_code(source, "source"),
            target=_code(target, "target"),
            dyad=_dyad(dyad),
            types=_types(type),
            cameo=_cameo(cameo),
            date_from=start,
            date_to=end,
            text=text.strip() if text and text.strip() else None,
            article=article or None,
            unique=unique,
        )

    def where(self, backend: StoreBackend, alias: str = "e") -> tuple[str, list[Any]]:
        """SQL condition over the events table (aliased `alias`) and its parameters."""
        clauses: list[str] = []
        params: list[Any] = []
        src, tgt = f"{alias}.source_code", f"{alias}.target_code"
        if self.actor:
            clauses.append(f"({src} LIKE ? OR {tgt} LIKE ?)")
            params += [_prefix(self.actor)] * 2
        if self.source:
            clauses.append(f"{src} LIKE ?")
            params.append(_prefix(self.source))
        if self.target:
            clauses.append(f"{tgt} LIKE ?")
            params.append(_prefix(self.target))
        if self.dyad:
            a, b = (_prefix(code) for code in self.dyad)
            clauses.append(f"(({src} LIKE ? AND {tgt} LIKE ?) OR ({src} LIKE ? AND {tgt} LIKE ?))")
            params += [a, b, b, a]
        if self.types:
            clauses.append(f"{alias}.plover_type IN ({', '.join('?' * len(self.types))})")
            params += self.types
        if self.cameo:
            clauses.append(f"{alias}.cameo LIKE ?")
            params.append(_prefix(self.cameo))
        if self.date_from:
            clauses.append(f"{alias}.day >= ?")
            params.append(self.date_from.isoformat())
        if self.date_to:
            clauses.append(f"{alias}.day <= ?")
            params.append(self.date_to.isoformat())
        if self.article:
            clauses.append(f"{alias}.article_id = ?")
            params.append(self.article)
        if self.unique:
            clauses.append(f"{alias}.duplicate_of IS NULL")
        if self.text:
            condition, text_params = backend.text_match("events", self.text)
            clauses.append(condition.replace("events.", f"{alias}."))
            params += text_params
        return (" AND ".join(clauses) or "1 = 1"), params


def parse_date(value: str, parameter: str, *, end: bool) -> date:
    """First (or, with `end`, last) day of YYYY, YYYY-MM or YYYY-MM-DD."""
    match = _DATE.match(value.strip())
    if not match:
        raise InvalidQueryError(parameter, f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}")
    year = int(match[1])
    month = int(match[2]) if match[2] else None
    day = int(match[3]) if match[3] else None
    try:
        if month is None:
            return date(year, 12, 31) if end else date(year, 1, 1)
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, last if end else 1)
        return date(year, month, day)
    except (ValueError, calendar.IllegalMonthError) as exc:
        raise InvalidQueryError(parameter, f"not a calendar date: {value!r}") from exc


def _prefix(code: str) -> str:
    return code + "%"


def _code(value: str | None, parameter: str) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if not _CODE.match(code):
        raise InvalidQueryError(
            parameter, f"expected a CAMEO actor code such as PAK or PAKMIL, got {value!r}"
        )
    return code


def _dyad(value: str | None) -> tuple[str, str] | None:
    if value is None or not value.strip():
        return None
    parts = [part.strip() for part in value.split(",")]
    if len(parts) != 2 or not all(parts):
        raise InvalidQueryError("dyad", f"expected two actor codes A,B, got {value!r}")
    first, second = (_code(part, "dyad") for part in parts)
    assert first and second
    return first, second


def _types(value: str | None) -> list[str]:
    if value is None or not value.strip():
        return []
    types = [part.strip().upper() for part in value.split(",") if part.strip()]
    known = plover_types()
    for name in types:
        if not _PLOVER.match(name) or (known and name not in known):
            choices = ", ".join(sorted(known)) if known else "a PLOVER type name"
            raise InvalidQueryError("type", f"unknown PLOVER type {name!r}; one of {choices}")
    return types


def _cameo(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip()
    if not _CAMEO.match(code):
        raise InvalidQueryError("cameo", f"expected 1-4 digits of a CAMEO code, got {value!r}")
    return code
