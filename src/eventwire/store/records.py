"""Stored rows back into the shapes the pipeline writes (`Event.to_dict()` and friends)."""

from __future__ import annotations

import json
from typing import Any

from eventwire.store.backend import Row
from eventwire.store.codebook import cameo_names

ARTICLE_FIELDS = (
    "id", "url", "source", "title", "author", "published", "published_precision", "updated",
    "language", "dateline", "origin",
)


def _actor_ref(row: Row, role: str) -> dict[str, Any] | None:
    if role == "target" and row["target_name"] is None and row["target_code"] is None:
        return None
    return {
        "text": row[f"{role}_text"],
        "name": row[f"{role}_name"],
        "code": row[f"{role}_code"],
        "country": row[f"{role}_country"],
        "sector": row[f"{role}_sector"],
    }


def event_record(row: Row) -> dict[str, Any]:
    """An event as `Event.to_dict()` writes it, plus `cameo_name`, `duplicate_of` and
    `article` (the metadata of the article it came from)."""
    location = None
    if row["location_name"] is not None:
        location = {
            "name": row["location_name"],
            "country": row["location_country"],
            "lat": row["location_lat"],
            "lon": row["location_lon"],
            "geonameid": row["location_geonameid"],
        }
    return {
        "event_id": row["event_id"],
        "article_id": row["article_id"],
        "source": _actor_ref(row, "source"),
        "target": _actor_ref(row, "target"),
        "cameo": row["cameo"],
        "cameo_name": cameo_names().get(row["cameo"], ""),
        "cameo_root": row["cameo_root"],
        "goldstein": row["goldstein"],
        "quad_class": row["quad_class"],
        "plover": {
            "type": row["plover_type"],
            "mode": row["plover_mode"],
            "context": json.loads(row["plover_context"] or "[]"),
        },
        "date": row["date"],
        "date_precision": row["date_precision"],
        "date_text": row["date_text"],
        "location": location,
        "negated": bool(row["negated"]),
        "modality": row["modality"],
        "sentence": row["sentence"],
        "sentence_index": row["sentence_index"],
        "trigger": row["trigger"],
        "rule": row["rule"],
        "confidence": row["confidence"],
        "duplicate_of": row["duplicate_of"],
        "article": {
            "title": row.get("article_title"),
            "url": row.get("article_url"),
            "source": row.get("article_source"),
            "published": row.get("article_published"),
        },
    }


def article_record(row: Row) -> dict[str, Any]:
    record = {name: row[name] for name in ARTICLE_FIELDS}
    record["text"] = row["text"]
    record["content_hash"] = row["content_hash"]
    record["stored_at"] = row["stored_at"]
    return record
