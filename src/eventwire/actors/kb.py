"""The actor knowledge base: countries, organisations, titles and persons with dated roles."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from eventwire.actors.codes import compose_code, split_code
from eventwire.actors.normalize import normalize_name

TitleKind = Literal["title", "role", "rank"]


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    cameo: str
    name: str
    iso2: str | None = None
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()
    region: str | None = None

    @property
    def code(self) -> str:
        return self.cameo or self.iso3


@dataclass(frozen=True, slots=True)
class Title:
    """A title ("Foreign Minister"), rank ("Maj Gen") or role noun ("border guards")."""

    phrase: str
    sector: str | None
    kind: TitleKind
    note: str = ""
    country: str | None = None  # set by dictionaries that code a role to one country
    code: str | None = None  # a full code from a user dictionary, e.g. GOVFRM
    origin: str = ""


@dataclass(frozen=True, slots=True)
class Role:
    title: str
    sector: str | None
    start: date | None = None
    end: date | None = None
    country: str | None = None  # when the role is held for another state/organisation
    code: str | None = None  # a dictionary's full code for this period (PETRARCH blocks)

    def holds_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(slots=True)
class Coding:
    """What a known actor is on one date, and why."""

    code: str | None
    country: str | None
    sector: str | None
    why: str
    role: Role | None = None


@dataclass(slots=True)
class KnownActor:
    """A named actor of the knowledge base: a person, an organisation or a dictionary actor."""

    id: str
    name: str
    kind: Literal["person", "organization", "actor"]
    aliases: list[str] = field(default_factory=list)
    country: str | None = None
    sector: str | None = None
    code: str | None = None
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None
    origin: str = ""
    # a news agency filing from everywhere: its home country says nothing about the story
    international: bool = False

    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def coding_on(self, day: date | None) -> Coding:
        active = [r for r in self.roles if day is not None and r.holds_on(day)]
        if day is None and self.kind == "person":
            active = [r for r in self.roles if r.end is None]
        if active:
            # the most recently started role is the most specific one on that day
            role = max(active, key=lambda r: r.start or date.min)
            country = role.country or self.country
            sector = role.sector
            code = role.code or compose_code(country, sector)
            if role.code and not role.sector:
                sector = (role.code[3:6] or None) if role.code[:3] == country else sector
            when = f"on {day.isoformat()}" if day else "currently"
            return Coding(code, country, sector, f"{self.name}: {role.title} {when}", role)
        if self.kind == "person" and self.roles:
            when = f"on {day.isoformat()}" if day else "today"
            return Coding(
                compose_code(self.country, "ELI"),
                self.country,
                "ELI",
                f"{self.name}: holds none of {len(self.roles)} known roles {when} "
                "(former official)",
            )
        code = self.code or compose_code(self.country, self.sector)
        return Coding(code, self.country, self.sector, f"{self.name}: {self.kind} in the KB")


class KnowledgeBase:
    """Every name the actor coder can recognise, indexed by folded name."""

    def __init__(self) -> None:
        self.countries: dict[str, Country] = {}
        self.titles: list[Title] = []
        self.actors: dict[str, KnownActor] = {}
        self.sources: list[str] = []
        # world region names -> CAMEO region code ("Latin American" -> LAM): no country
        self.world_regions: dict[str, str] = {}
        # capitalised phrases that name no actor ("GMT", "Gross National Product")
        self.not_actors: list[str] = []
        self._country_by_code: dict[str, Country] = {}

    # -- building -----------------------------------------------------------------------
    def add_country(self, country: Country) -> None:
        self.countries[country.iso3] = country
        self._country_by_code[country.iso3] = country
        if country.cameo:
            self._country_by_code.setdefault(country.cameo, country)

    def add_title(self, title: Title) -> None:
        self.titles.append(title)

    def add_actor(self, actor: KnownActor) -> None:
        existing = self.actors.get(actor.id)
        if existing is not None and existing.kind == actor.kind == "person":
            # a later file adds roles/aliases to the same person instead of replacing it
            existing.aliases.extend(a for a in actor.aliases if a not in existing.names())
            existing.roles.extend(actor.roles)
            existing.country = existing.country or actor.country
            return
        self.actors[actor.id] = actor

    def merge(self, other: KnowledgeBase) -> None:
        for country in other.countries.values():
            self.add_country(country)
        for title in other.titles:
            self.add_title(title)
        for actor in other.actors.values():
            self.add_actor(actor)
        self.sources.extend(other.sources)

    # -- queries ------------------------------------------------------------------------
    def country(self, code: str | None) -> Country | None:
        if not code:
            return None
        return self._country_by_code.get(code.upper())

    @property
    def country_codes(self) -> frozenset[str]:
        return frozenset(self._country_by_code)

    def split_code(self, code: str) -> tuple[str | None, str | None]:
        return split_code(code, self.country_codes)

    def persons_by_surname(self) -> dict[str, list[KnownActor]]:
        index: dict[str, list[KnownActor]] = defaultdict(list)
        for actor in self.actors.values():
            if actor.kind != "person":
                continue
            for name in actor.names():
                parts = normalize_name(name).split()
                if len(parts) >= 2:
                    index[parts[-1]].append(actor)
        return {k: list({id(a): a for a in v}.values()) for k, v in index.items()}
