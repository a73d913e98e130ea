"""The native flat event table: every field of the event output, one row per event.

The same columns are the contract for `eventwire batch` Parquet output, which
`eventwire ingest` reads back (see `eventwire.store.parquet_input`).
"""

from __future__ import annotations

import json
from typing import Any

import pyarrow as pa

from eventwire.model import CodedArticle
from eventwire.store.codebook import cameo_names

NATIVE_SCHEMA = pa.schema(
    [
        ("event_id", pa.string()),
        ("article_id", pa.string()),
        ("source_text", pa.string()),
        ("source_name", pa.string()),
        ("source_code", pa.string()),
        ("source_country", pa.string()),
        ("source_sector", pa.string()),
        ("target_text", pa.string()),
        ("target_name", pa.string()),
        ("target_code", pa.string()),
        ("target_country", pa.string()),
        ("target_sector", pa.string()),
        ("cameo", pa.string()),
        ("cameo_name", pa.string()),
        ("cameo_root", pa.string()),
        ("goldstein", pa.float64()),
        ("quad_class", pa.int64()),
        ("plover_type", pa.string()),
        ("plover_mode", pa.string()),
        ("plover_context", pa.string()),  # JSON list, e.g. ["military"]
        ("date", pa.string()),
        ("date_precision", pa.string()),
        ("date_text", pa.string()),
        ("location_name", pa.string()),
        ("location_country", pa.string()),
        ("location_lat", pa.float64()),
        ("location_lon", pa.float64()),
        ("location_geonameid", pa.int64()),
        ("negated", pa.bool_()),
        ("modality", pa.string()),
        ("sentence", pa.string()),
        ("sentence_index", pa.int64()),
        ("trigger", pa.string()),
        ("rule", pa.string()),
        ("confidence", pa.float64()),
        ("duplicate_of", pa.string()),
        ("article_title", pa.string()),
        ("article_url", pa.string()),
        ("article_source", pa.string()),
        ("article_published", pa.string()),
    ]
)
NATIVE_COLUMNS = tuple(NATIVE_SCHEMA.names)

ARTICLE_SCHEMA = pa.schema(
    [(name, pa.string()) for name in (
        "id", "url", "source", "title", "author", "published", "published_precision",
        "updated", "language", "dateline", "text",
    )]
)


def native_row(event: dict[str, Any]) -> dict[str, Any]:
    """Flatten one stored event record (`Store.events()`) into the native columns."""
    source = event["source"] or {}
    target = event["target"] or {}
    location = event["location"] or {}
    article = event.get("article") or {}
    row: dict[str, Any] = {
        "event_id": event["event_id"],
        "article_id": event["article_id"],
        "cameo": event["cameo"],
        "cameo_name": event.get("cameo_name"),
        "cameo_root": event["cameo_root"],
        "goldstein": event["goldstein"],
        "quad_class": event["quad_class"],
        "plover_type": event["plover"]["type"],
        "plover_mode": event["plover"]["mode"],
        "plover_context": json.dumps(event["plover"]["context"], ensure_ascii=False),
        "date": event["date"],
        "date_precision": event["date_precision"],
        "date_text": event["date_text"],
        "negated": event["negated"],
        "modality": event["modality"],
        "sentence": event["sentence"],
        "sentence_index": event["sentence_index"],
        "trigger": event["trigger"],
        "rule": event["rule"],
        "confidence": event["confidence"],
        "duplicate_of": event.get("duplicate_of"),
    }
    for role, ref in (("source", source), ("target", target)):
        for key in ("text", "name", "code", "country", "sector"):
            row[f"{role}_{key}"] = ref.get(key)
    for key in ("name", "country", "lat", "lon", "geonameid"):
        row[f"location_{key}"] = location.get(key)
    for key in ("title", "url", "source", "published"):
        row[f"article_{key}"] = article.get(key)
    return {name: row.get(name) for name in NATIVE_COLUMNS}


ACTOR_SCHEMA = pa.schema(
    [
        ("article_id", pa.string()),
        ("name", pa.string()),
        ("code", pa.string()),
        ("country", pa.string()),
        ("sector", pa.string()),
        ("kb_id", pa.string()),
        ("mentions", pa.string()),  # JSON list of {text, sentence_index, start, end}
    ]
)


def coded_article_rows(
    coded: CodedArticle,
) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """The native article, event and actor rows of one freshly coded article (batch output)."""
    article = coded.article.to_dict()
    names = cameo_names()
    events = [
        native_row({**e.to_dict(), "article": article, "cameo_name": names.get(e.cameo, "")})
        for e in coded.events
    ]
    actors = []
    for actor in coded.actors:
        row = actor.to_dict()
        row["mentions"] = json.dumps(row["mentions"], ensure_ascii=False)
        actors.append(row)
    return {name: article.get(name) for name in ARTICLE_SCHEMA.names}, events, actors
