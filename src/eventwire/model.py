"""The records that flow between stages:
ingest -> extract -> nlp -> actors/events/time/geo -> store.

Every stage imports these and nothing from the stages after it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

DatePrecision = Literal[
    "day", "week", "month", "quarter", "season", "year", "decade", "publication"
]
Modality = Literal["asserted", "intended", "reported", "hypothetical"]


@dataclass(slots=True)
class RawDocument:
    """One input as read from disk/stdin/archive, before extraction.

    Exactly one of `html` or `text` is set. `text` is either a plain-text page (may carry
    site chrome, `body_as_given=False`) or an article body given by a JSON record
    (`body_as_given=True`: taken as-is, never chrome-stripped).
    """

    origin: str  # path, "path#record-n", "path#warc-offset", or "<stdin>"
    html: str | None = None
    text: str | None = None
    body_as_given: bool = False
    id: str | None = None
    url: str | None = None
    published: str | None = None
    source: str | None = None
    title: str | None = None


@dataclass(slots=True)
class Article:
    id: str
    text: str
    url: str | None = None
    source: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_precision: DatePrecision | None = None
    updated: str | None = None
    language: str | None = None
    dateline: str | None = None
    origin: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "source": self.source,
            "title": self.title,
            "author": self.author,
            "published": self.published,
            "published_precision": self.published_precision,
            "updated": self.updated,
            "language": self.language,
            "dateline": self.dateline,
            "text": self.text,
        }


@dataclass(slots=True)
class Mention:
    text: str
    sentence_index: int
    start: int  # character offsets into Article.text
    end: int


@dataclass(slots=True)
class Actor:
    """A resolved actor of one article, with every mention that refers to it."""

    article_id: str
    name: str
    code: str | None  # CAMEO actor code: country + primary role, e.g. PAKMIL, IGOUNO, REB
    country: str | None  # ISO-3, or CAMEO region/IGO code
    sector: str | None  # GOV, MIL, COP, ...
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    why: str | None = None  # how the code was reached, for audits

    def to_dict(self) -> dict[str, Any]:
        return {
            "article_id": self.article_id,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
            "kb_id": self.kb_id,
            "mentions": [asdict(m) for m in self.mentions],
        }


@dataclass(slots=True)
class ActorRef:
    """An event's source or target: the mention text plus the actor's codes."""

    text: str
    name: str
    code: str | None
    country: str | None
    sector: str | None
    kb_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "name": self.name,
            "code": self.code,
            "country": self.country,
            "sector": self.sector,
        }


@dataclass(slots=True)
class Location:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    geonameid: int | None = None
    feature: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "country": self.country,
            "lat": self.lat,
            "lon": self.lon,
            "geonameid": self.geonameid,
        }


@dataclass(slots=True)
class Plover:
    type: str
    mode: str | None = None
    context: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Event:
    event_id: str
    article_id: str
    source: ActorRef
    target: ActorRef | None
    cameo: str
    cameo_root: str
    goldstein: float
    quad_class: int
    plover: Plover
    sentence: str
    sentence_index: int
    trigger: str
    rule: str
    date: str | None = None
    date_precision: DatePrecision | None = None
    date_text: str | None = None
    location: Location | None = None
    negated: bool = False
    modality: Modality = "asserted"
    confidence: float = 0.5
    # token offsets of the trigger inside its sentence's Doc; used by time/geo, not serialised
    trigger_token: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "event_id": self.event_id,
            "article_id": self.article_id,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "cameo_root": self.cameo_root,
            "goldstein": self.goldstein,
            "quad_class": self.quad_class,
            "plover": {
                "type": self.plover.type,
                "mode": self.plover.mode,
                "context": list(self.plover.context),
            },
            "date": self.date,
            "date_precision": self.date_precision,
            "date_text": self.date_text,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated,
            "modality": self.modality,
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "trigger": self.trigger,
            "rule": self.rule,
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class CodedArticle:
    """Everything the pipeline found in one article."""

    article: Article
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
