"""Read pre-coded events back from Parquet (`eventwire batch` output or a native export).

A folder may hold event files (native columns, see `export.native`) and article files
(`id`, `text` and the other `Article` fields). Articles without an article file get their
metadata from the `article_*` event columns and, as text, their evidence sentences.
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from eventwire.model import (
    Actor,
    ActorRef,
    Article,
    CodedArticle,
    Event,
    Location,
    Mention,
    Plover,
)
from eventwire.store.errors import StoreError
from eventwire.store.writer import article_content_hash

log = logging.getLogger(__name__)
_ARTICLE_FIELDS = (
    "url", "source", "title", "author", "published", "published_precision", "updated",
    "language", "dateline",
)


def is_parquet_input(path: Path) -> bool:
    if path.is_file():
        return path.suffix == ".parquet"
    return path.is_dir() and any(path.rglob("*.parquet"))


def read_coded_articles(path: Path) -> Iterator[tuple[CodedArticle, str]]:
    """Every article in the Parquet file or folder, with its content hash."""
    files = [path] if path.is_file() else sorted(path.rglob("*.parquet"))
    events: dict[str, list[dict[str, Any]]] = defaultdict(list)
    actors: dict[str, list[dict[str, Any]]] = defaultdict(list)
    articles: dict[str, dict[str, Any]] = {}
    for file in files:
        try:
            table = pq.read_table(file)
        except (OSError, ValueError) as exc:
            raise StoreError(f"{file}: not a readable Parquet file ({exc})") from exc
        names = set(table.column_names)
        if {"event_id", "article_id", "cameo"} <= names:
            for row in table.to_pylist():
                events[row["article_id"]].append(row)
        elif {"id", "text"} <= names:
            for row in table.to_pylist():
                articles[row["id"]] = row
        elif {"article_id", "name", "mentions"} <= names:
            for row in table.to_pylist():
                actors[row["article_id"]].append(row)
        else:
            log.warning("%s: neither native event columns nor article columns; ignored", file)
    for article_id in dict.fromkeys([*articles, *events]):
        rows = events.get(article_id, [])
        article = _article(article_id, articles.get(article_id), rows)
        coded_actors = [_actor(row) for row in actors.get(article_id, [])]
        coded = CodedArticle(article, coded_actors, [_event(row) for row in rows])
        yield coded, article_content_hash(article, coded.events)


def _article(article_id: str, row: dict[str, Any] | None, events: list[dict[str, Any]]) -> Article:
    if row is not None:
        return Article(id=article_id, text=row["text"] or "",
                       **{name: row.get(name) for name in _ARTICLE_FIELDS})
    first = events[0]
    sentences = list(dict.fromkeys(e["sentence"] for e in events if e.get("sentence")))
    return Article(
        id=article_id,
        text="\n".join(sentences),
        url=first.get("article_url"),
        source=first.get("article_source"),
        title=first.get("article_title"),
        published=first.get("article_published"),
    )


def _actor(row: dict[str, Any]) -> Actor:
    mentions = [Mention(**m) for m in json.loads(row.get("mentions") or "[]")]
    return Actor(row["article_id"], row["name"], row.get("code"), row.get("country"),
                 row.get("sector"), row.get("kb_id"), mentions)


def _ref(row: dict[str, Any], role: str) -> ActorRef | None:
    if row.get(f"{role}_name") is None and row.get(f"{role}_code") is None:
        return None
    return ActorRef(
        text=row.get(f"{role}_text") or "",
        name=row.get(f"{role}_name") or "",
        code=row.get(f"{role}_code"),
        country=row.get(f"{role}_country"),
        sector=row.get(f"{role}_sector"),
    )


def _event(row: dict[str, Any]) -> Event:
    location = None
    if row.get("location_name") is not None:
        location = Location(row["location_name"], row.get("location_country"),
                            row.get("location_lat"), row.get("location_lon"),
                            row.get("location_geonameid"))
    context = row.get("plover_context") or "[]"
    return Event(
        event_id=row["event_id"],
        article_id=row["article_id"],
        source=_ref(row, "source") or ActorRef("", "", None, None, None),
        target=_ref(row, "target"),
        cameo=row["cameo"],
        cameo_root=row.get("cameo_root") or row["cameo"][:2],
        goldstein=row.get("goldstein") or 0.0,
        quad_class=row.get("quad_class") or 0,
        plover=Plover(row.get("plover_type") or "", row.get("plover_mode"),
                      json.loads(context) if isinstance(context, str) else list(context)),
        sentence=row.get("sentence") or "",
        sentence_index=row.get("sentence_index") or 0,
        trigger=row.get("trigger") or "",
        rule=row.get("rule") or "",
        date=row.get("date"),
        date_precision=row.get("date_precision"),
        date_text=row.get("date_text"),
        location=location,
        negated=bool(row.get("negated")),
        modality=row.get("modality") or "asserted",
        confidence=row.get("confidence") if row.get("confidence") is not None else 0.5,
    )
