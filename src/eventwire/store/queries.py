"""Read-side queries: the same functions serve the CLI, the REST API and the dashboard."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Literal

from eventwire.store.backend import StoreBackend
from eventwire.store.errors import InvalidQueryError
from eventwire.store.filters import EventFilter
from eventwire.store.records import article_record, event_record
from eventwire.store.textsearch import search_terms

Interval = Literal["day", "week", "month"]
INTERVALS = ("day", "week", "month")
# PLOVER/CAMEO quad classes: 1 verbal cooperation, 2 material cooperation,
# 3 verbal conflict, 4 material conflict.
COOPERATION_QUADS = (1, 2)

_EVENT_SELECT = (
    "SELECT e.*, a.title AS article_title, a.url AS article_url, a.source AS article_source, "
    "a.published AS article_published FROM events e JOIN articles a ON a.id = e.article_id"
)


def find_events(
    backend: StoreBackend,
    flt: EventFilter,
    limit: int | None = None,
    offset: int = 0,
    newest_first: bool = False,
) -> list[dict[str, Any]]:
    where, params = flt.where(backend)
    direction = "DESC" if newest_first else "ASC"
    sql = f"{_EVENT_SELECT} WHERE {where} ORDER BY e.day {direction} NULLS LAST, e.seq {direction}"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params = [*params, limit, offset]
    elif offset:
        raise InvalidQueryError("offset", "offset needs a limit")
    return [event_record(row) for row in backend.fetchall(sql, params)]


def count_events(backend: StoreBackend, flt: EventFilter) -> int:
    where, params = flt.where(backend)
    row = backend.fetchone(f"SELECT COUNT(*) AS n FROM events e WHERE {where}", params)
    return int(row["n"]) if row else 0


def get_event(backend: StoreBackend, event_id: str) -> dict[str, Any] | None:
    row = backend.fetchone(f"{_EVENT_SELECT} WHERE e.event_id = ?", (event_id,))
    return event_record(row) if row else None


def get_article(backend: StoreBackend, article_id: str) -> dict[str, Any] | None:
    """The article with its actors (and their mentions) and its events."""
    row = backend.fetchone("SELECT * FROM articles WHERE id = ?", (article_id,))
    if row is None:
        return None
    record = article_record(row)
    mentions: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for mention in backend.fetchall(
        "SELECT actor_id, text, sentence_index, start_char, end_char FROM mentions "
        "WHERE article_id = ? ORDER BY start_char",
        (article_id,),
    ):
        mentions[mention["actor_id"]].append(
            {
                "text": mention["text"],
                "sentence_index": mention["sentence_index"],
                "start": mention["start_char"],
                "end": mention["end_char"],
            }
        )
    record["actors"] = [
        {
            "name": actor["name"],
            "code": actor["code"],
            "country": actor["country"],
            "sector": actor["sector"],
            "kb_id": actor["kb_id"],
            "mentions": mentions.get(actor["id"], []),
        }
        for actor in backend.fetchall(
            "SELECT * FROM actors WHERE article_id = ? ORDER BY position", (article_id,)
        )
    ]
    record["events"] = [
        event_record(row)
        for row in backend.fetchall(
            f"{_EVENT_SELECT} WHERE e.article_id = ? ORDER BY e.position", (article_id,)
        )
    ]
    return record


def list_actors(
    backend: StoreBackend, prefix: str | None = None, limit: int = 100, offset: int = 0
) -> list[dict[str, Any]]:
    """Coded actors by how many events they take part in (as source or target)."""
    params: list[Any] = []
    condition = "code IS NOT NULL"
    if prefix:
        condition += " AND code LIKE ?"
        params.append(prefix.upper() + "%")
    rows = backend.fetchall(
        f"""SELECT code, SUM(as_source) AS as_source, SUM(as_target) AS as_target FROM (
              SELECT source_code AS code, 1 AS as_source, 0 AS as_target FROM events
              UNION ALL
              SELECT target_code AS code, 0 AS as_source, 1 AS as_target FROM events
            ) roles WHERE {condition}
            GROUP BY code ORDER BY SUM(as_source) + SUM(as_target) DESC, code
            LIMIT ? OFFSET ?""",
        [*params, limit, offset],
    )
    names = _actor_names(backend, [row["code"] for row in rows])
    return [
        {
            "code": row["code"],
            "name": names.get(row["code"], {}).get("name"),
            "country": names.get(row["code"], {}).get("country"),
            "sector": names.get(row["code"], {}).get("sector"),
            "events": int(row["as_source"]) + int(row["as_target"]),
            "as_source": int(row["as_source"]),
            "as_target": int(row["as_target"]),
        }
        for row in rows
    ]


def _actor_names(backend: StoreBackend, codes: list[str]) -> dict[str, dict[str, Any]]:
    """The most frequent name (and its country, sector) each code was given."""
    if not codes:
        return {}
    marks = ", ".join("?" * len(codes))
    counts: dict[str, Counter[tuple[str, str | None, str | None]]] = defaultdict(Counter)
    for role in ("source", "target"):
        for row in backend.fetchall(
            f"SELECT {role}_code AS code, {role}_name AS name, {role}_country AS country, "
            f"{role}_sector AS sector, COUNT(*) AS n FROM events WHERE {role}_code IN ({marks}) "
            f"GROUP BY {role}_code, {role}_name, {role}_country, {role}_sector",
            codes,
        ):
            counts[row["code"]][(row["name"], row["country"], row["sector"])] += int(row["n"])
    result = {}
    for code, counter in counts.items():
        (name, country, sector), _ = counter.most_common(1)[0]
        result[code] = {"name": name, "country": country, "sector": sector}
    return result


def timeline(
    backend: StoreBackend, flt: EventFilter, interval: str = "month"
) -> list[dict[str, Any]]:
    """Per period: event count, counts by PLOVER type and by quad class, Goldstein sum."""
    if interval not in INTERVALS:
        raise InvalidQueryError("interval", f"one of {', '.join(INTERVALS)}, got {interval!r}")
    where, params = flt.where(backend)
    rows = backend.fetchall(
        f"SELECT e.{interval} AS period, e.plover_type AS type, e.quad_class AS quad, "
        f"COUNT(*) AS n, SUM(e.goldstein) AS goldstein FROM events e "
        f"WHERE {where} AND e.{interval} IS NOT NULL "
        f"GROUP BY e.{interval}, e.plover_type, e.quad_class ORDER BY e.{interval}",
        params,
    )
    periods: dict[str, dict[str, Any]] = {}
    for row in rows:
        bucket = periods.setdefault(
            row["period"],
            {"period": row["period"], "events": 0, "goldstein_sum": 0.0, "by_type": {},
             "by_quad_class": {}},
        )
        count = int(row["n"])
        bucket["events"] += count
        bucket["goldstein_sum"] = round(bucket["goldstein_sum"] + float(row["goldstein"] or 0), 3)
        type_name = row["type"] or "UNKNOWN"
        bucket["by_type"][type_name] = bucket["by_type"].get(type_name, 0) + count
        quad = str(row["quad"]) if row["quad"] is not None else "unknown"
        bucket["by_quad_class"][quad] = bucket["by_quad_class"].get(quad, 0) + count
    return list(periods.values())


def network(backend: StoreBackend, flt: EventFilter, limit: int = 200) -> dict[str, Any]:
    """Who interacts with whom: directed edges weighted by event count, split by tone."""
    where, params = flt.where(backend)
    rows = backend.fetchall(
        f"SELECT e.source_code AS source, e.target_code AS target, COUNT(*) AS n, "
        f"SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation, "
        f"SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict, "
        f"AVG(e.goldstein) AS goldstein_mean FROM events e "
        f"WHERE {where} AND e.source_code IS NOT NULL AND e.target_code IS NOT NULL "
        f"GROUP BY e.source_code, e.target_code ORDER BY COUNT(*) DESC LIMIT ?",
        [*params, limit],
    )
    edges = [
        {
            "source": row["source"],
            "target": row["target"],
            "events": int(row["n"]),
            "cooperation": int(row["cooperation"]),
            "conflict": int(row["conflict"]),
            "goldstein_mean": round(float(row["goldstein_mean"] or 0), 3),
        }
        for row in rows
    ]
    weights: Counter[str] = Counter()
    for edge in edges:
        weights[edge["source"]] += edge["events"]
        weights[edge["target"]] += edge["events"]
    names = _actor_names(backend, list(weights))
    nodes = [
        {"code": code, "name": names.get(code, {}).get("name"), "events": count}
        for code, count in weights.most_common()
    ]
    return {"nodes": nodes, "edges": edges}


def locations(backend: StoreBackend, flt: EventFilter, limit: int = 1000) -> list[dict[str, Any]]:
    """Event places with coordinates, with event counts and tone."""
    where, params = flt.where(backend)
    rows = backend.fetchall(
        f"SELECT e.location_name AS name, e.location_country AS country, "
        f"e.location_lat AS lat, e.location_lon AS lon, COUNT(*) AS n, "
        f"SUM(CASE WHEN e.quad_class IN (1, 2) THEN 1 ELSE 0 END) AS cooperation, "
        f"SUM(CASE WHEN e.quad_class IN (3, 4) THEN 1 ELSE 0 END) AS conflict "
        f"FROM events e WHERE {where} AND e.location_lat IS NOT NULL "
        f"AND e.location_lon IS NOT NULL "
        f"GROUP BY e.location_name, e.location_country, e.location_lat, e.location_lon "
        f"ORDER BY COUNT(*) DESC LIMIT ?",
        [*params, limit],
    )
    return [
        {
            "name": row["name"],
            "country": row["country"],
            "lat": row["lat"],
            "lon": row["lon"],
            "events": int(row["n"]),
            "cooperation": int(row["cooperation"]),
            "conflict": int(row["conflict"]),
        }
        for row in rows
    ]


def search_articles(
    backend: StoreBackend, query: str, limit: int = 20, offset: int = 0
) -> list[dict[str, Any]]:
    """Articles whose title or text contain every word of `query`, with a text snippet."""
    terms = search_terms(query, "text")
    condition, params = backend.text_match("articles", query)
    rows = backend.fetchall(
        f"SELECT articles.id, articles.title, articles.url, articles.source, "
        f"articles.published, articles.text, "
        f"(SELECT COUNT(*) FROM events WHERE events.article_id = articles.id) AS events "
        f"FROM articles WHERE {condition} ORDER BY articles.published DESC NULLS LAST, "
        f"articles.seq LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return [
        {
            "id": row["id"],
            "title": row["title"],
            "url": row["url"],
            "source": row["source"],
            "published": row["published"],
            "events": int(row["events"]),
            "snippet": snippet(row["text"], terms),
        }
        for row in rows
    ]


def snippet(text: str, terms: list[str], width: int = 90) -> str:
    """Text around the first matching word, as plain text (callers escape it)."""
    for term in terms:
        word = term.rstrip("*")
        pattern = rf"\b{re.escape(word)}" + ("" if term.endswith("*") else r"\b")
        match = re.search(pattern, text, re.IGNORECASE)
        if match:
            start = max(0, match.start() - width)
            end = min(len(text), match.end() + width)
            lead = "…" if start else ""
            tail = "…" if end < len(text) else ""
            return lead + text[start:end].strip() + tail
    return text[: 2 * width]


def store_summary(backend: StoreBackend) -> dict[str, Any]:
    counts = {}
    for table in ("articles", "actors", "mentions", "events"):
        row = backend.fetchone(f"SELECT COUNT(*) AS n FROM {table}")
        counts[table] = int(row["n"]) if row else 0
    row = backend.fetchone("SELECT COUNT(*) AS n FROM events WHERE duplicate_of IS NULL")
    counts["unique_events"] = int(row["n"]) if row else 0
    span = backend.fetchone("SELECT MIN(day) AS first, MAX(day) AS last FROM events")
    runs = backend.fetchall("SELECT * FROM ingest_runs ORDER BY id DESC LIMIT 5")
    return {"counts": counts, "first_day": span["first"] if span else None,
            "last_day": span["last"] if span else None, "recent_runs": runs}
