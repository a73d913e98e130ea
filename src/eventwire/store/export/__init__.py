"""Write the stored events as GDELT 2.0, POLECAT or native tables in CSV, JSON lines or Parquet.

    rows = export_events(store, "gdelt", "csv", Path("events.csv"))
"""

from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.store.export.gdelt import GDELT_COLUMNS, gdelt_row
from eventwire.store.export.native import ARTICLE_SCHEMA, NATIVE_COLUMNS, NATIVE_SCHEMA, native_row
from eventwire.store.export.polecat import POLECAT_COLUMNS, polecat_row
from eventwire.store.filters import EventFilter
from eventwire.store.records import event_record
from eventwire.store.store import Store

SCHEMAS = ("gdelt", "polecat", "native")
FORMATS = ("csv", "jsonl", "parquet")
PAGE = 2000

__all__ = ["FORMATS", "SCHEMAS", "export_events", "GDELT_COLUMNS", "NATIVE_COLUMNS",
           "POLECAT_COLUMNS"]


def export_events(
    store: Store, schema: str, fmt: str, out: Path, flt: EventFilter | None = None
) -> int:
    """Write every event matching `flt` to `out`; return the number of rows written.

    Native Parquet to a path without a `.parquet` suffix writes a folder holding
    `events.parquet` and `articles.parquet` (with full text), which `eventwire ingest` reads.
    """
    if schema not in SCHEMAS:
        raise ValueError(f"unknown export schema {schema!r}; one of {', '.join(SCHEMAS)}")
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; one of {', '.join(FORMATS)}")
    flt = flt or EventFilter()
    columns, rows = _rows(store, schema, flt)
    if fmt == "parquet" and schema == "native" and out.suffix != ".parquet":
        out.mkdir(parents=True, exist_ok=True)
        count = _write_parquet(rows, columns, out / "events.parquet", NATIVE_SCHEMA)
        _write_articles(store, flt, out / "articles.parquet")
        return count
    if fmt == "csv":
        return _write_csv(rows, columns, out)
    if fmt == "jsonl":
        return _write_jsonl(rows, out)
    return _write_parquet(rows, columns, out, NATIVE_SCHEMA if schema == "native" else None)


def _rows(store: Store, schema: str, flt: EventFilter) -> tuple[tuple[str, ...], Iterator]:
    if schema == "native":
        return NATIVE_COLUMNS, (native_row(event) for event, _ in _events(store, flt))
    if schema == "gdelt":
        return GDELT_COLUMNS, _gdelt_rows(store, flt)
    return POLECAT_COLUMNS, _polecat_rows(store, flt)


def _events(store: Store, flt: EventFilter) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """(event record, raw row) pairs in stored order, read a page at a time."""
    backend = store.backend
    where, params = flt.where(backend)
    last = 0
    while True:
        rows = backend.fetchall(
            "SELECT e.*, a.title AS article_title, a.url AS article_url, "
            "a.source AS article_source, a.published AS article_published, "
            "a.language AS article_language, a.stored_at AS article_stored_at "
            f"FROM events e JOIN articles a ON a.id = e.article_id WHERE {where} AND e.seq > ? "
            "ORDER BY e.seq LIMIT ?",
            [*params, last, PAGE],
        )
        if not rows:
            return
        for row in rows:
            yield event_record(row), row
        last = rows[-1]["seq"]


def _gdelt_rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    canonical = EventFilter(**{**_fields(flt), "unique": True})
    for event, row in _events(store, canonical):
        yield gdelt_row(event, _cluster(store, event), row["article_stored_at"], row["seq"])


def _cluster(store: Store, event: dict[str, Any]) -> dict[str, int]:
    row = store.backend.fetchone(
        "SELECT COUNT(*) AS mentions, COUNT(DISTINCT e.article_id) AS articles, "
        "COUNT(DISTINCT a.source) AS sources FROM events e JOIN articles a "
        "ON a.id = e.article_id WHERE e.event_id = ? OR e.duplicate_of = ?",
        (event["event_id"], event["event_id"]),
    )
    if not row:
        return {}
    return {"mentions": row["mentions"], "articles": row["articles"],
            "sources": max(1, row["sources"])}


def _polecat_rows(store: Store, flt: EventFilter) -> Iterator[dict[str, Any]]:
    places: dict[str, list[str]] = defaultdict(list)
    for event, row in _events(store, flt):
        article_id = event["article_id"]
        if article_id not in places:
            places[article_id] = [
                r["location_name"]
                for r in store.backend.fetchall(
                    "SELECT DISTINCT location_name FROM events WHERE article_id = ? "
                    "AND location_name IS NOT NULL ORDER BY location_name",
                    (article_id,),
                )
            ]
        yield polecat_row(event, row["location_feature"], row["article_language"],
                          places[article_id])


def _fields(flt: EventFilter) -> dict[str, Any]:
    return {name: getattr(flt, name) for name in flt.__slots__}


def _write_csv(rows: Iterator[dict[str, Any]], columns: tuple[str, ...], out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns))
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
            count += 1
    return count


def _write_jsonl(rows: Iterator[dict[str, Any]], out: Path) -> int:
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            count += 1
    return count


def _write_parquet(
    rows: Iterator[dict[str, Any]], columns: tuple[str, ...], out: Path,
    schema: pa.Schema | None,
) -> int:
    schema = schema or pa.schema([(name, pa.string()) for name in columns])
    count = 0
    with pq.ParquetWriter(str(out), schema) as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(row if schema is NATIVE_SCHEMA else _as_text(row))
            if len(batch) >= PAGE:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def _as_text(row: dict[str, Any]) -> dict[str, str | None]:
    return {k: None if v in ("", None) else str(v) for k, v in row.items()}


def _write_articles(store: Store, flt: EventFilter, out: Path) -> None:
    if flt == EventFilter():
        rows = store.backend.fetchall("SELECT * FROM articles ORDER BY seq")
    else:
        where, params = flt.where(store.backend)
        rows = store.backend.fetchall(
            "SELECT * FROM articles WHERE id IN "
            f"(SELECT e.article_id FROM events e WHERE {where}) ORDER BY seq",
            params,
        )
    table = pa.Table.from_pylist(
        [{name: row[name] for name in ARTICLE_SCHEMA.names} for row in rows], schema=ARTICLE_SCHEMA
    )
    pq.write_table(table, str(out))
