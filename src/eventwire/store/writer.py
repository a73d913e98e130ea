"""Write coded articles: one transaction per article, so a crash never leaves half of one.

Idempotence: an article is keyed on its id and a hash of its content. Storing the same
article again changes nothing; a changed article (same id, new content) replaces the old one.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Literal

from eventwire.model import Article, CodedArticle, Event
from eventwire.store.backend import StoreBackend
from eventwire.store.dedup import duplicate_key, recluster
from eventwire.store.periods import buckets

log = logging.getLogger(__name__)

SaveStatus = Literal["added", "replaced", "unchanged"]
_RUN_COUNTER = {
    "added": "articles_added",
    "replaced": "articles_replaced",
    "unchanged": "articles_unchanged",
}


@dataclass(frozen=True, slots=True)
class SaveResult:
    article_id: str
    status: SaveStatus
    events: int


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_content_hash(article: Article, events: Iterable[Event] | None = None) -> str:
    """Hash of everything stored for an article (metadata and text, plus pre-coded events)."""
    payload: dict[str, object] = {"article": article.to_dict()}
    if events is not None:
        payload["events"] = [event.to_dict() for event in events]
    encoded = json.dumps(payload, sort_keys=True, ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(encoded).hexdigest()


def stored_hash(backend: StoreBackend, article_id: str) -> str | None:
    row = backend.fetchone("SELECT content_hash FROM articles WHERE id = ?", (article_id,))
    return row["content_hash"] if row else None


def start_run(backend: StoreBackend, inputs: list[str]) -> int:
    """Open an ingest run; earlier runs of dead processes on this host become 'interrupted'."""
    host = socket.gethostname()
    with backend.transaction():
        for row in backend.fetchall(
            "SELECT id, pid FROM ingest_runs WHERE status = 'running' AND host = ?", (host,)
        ):
            if row["pid"] is None or not _process_alive(int(row["pid"])):
                backend.execute(
                    "UPDATE ingest_runs SET status = 'interrupted' WHERE id = ?", (row["id"],)
                )
        row = backend.fetchone(
            "INSERT INTO ingest_runs (started_at, inputs, pid, host) VALUES (?, ?, ?, ?) "
            "RETURNING id",
            (now_iso(), json.dumps(inputs, ensure_ascii=False), os.getpid(), host),
        )
    assert row is not None
    return int(row["id"])


def finish_run(backend: StoreBackend, run_id: int, status: str = "finished") -> None:
    with backend.transaction():
        backend.execute(
            "UPDATE ingest_runs SET status = ?, finished_at = ? WHERE id = ?",
            (status, now_iso(), run_id),
        )


def count_skip(backend: StoreBackend, run_id: int, count: int = 1) -> None:
    with backend.transaction():
        backend.execute(
            "UPDATE ingest_runs SET skipped = skipped + ? WHERE id = ?", (count, run_id)
        )


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def save_coded_article(
    backend: StoreBackend,
    coded: CodedArticle,
    content_hash: str,
    run_id: int | None = None,
) -> SaveResult:
    article = coded.article
    with backend.transaction():
        previous = stored_hash(backend, article.id)
        if previous == content_hash:
            _count(backend, run_id, "unchanged", 0)
            return SaveResult(article.id, "unchanged", 0)
        affected_keys: set[str] = set()
        if previous is not None:
            affected_keys = {
                row["dedup_key"]
                for row in backend.fetchall(
                    "SELECT dedup_key FROM events WHERE article_id = ? "
                    "AND dedup_key IS NOT NULL",
                    (article.id,),
                )
            }
            backend.execute("DELETE FROM articles WHERE id = ?", (article.id,))
        _insert_article(backend, article, content_hash, run_id)
        _insert_actors(backend, coded)
        new_keys = _insert_events(backend, article.id, coded.events)
        recluster(backend, affected_keys | new_keys)
        status: SaveStatus = "added" if previous is None else "replaced"
        _count(backend, run_id, status, len(coded.events))
    return SaveResult(article.id, status, len(coded.events))


def note_unchanged(backend: StoreBackend, article_id: str, run_id: int | None) -> SaveResult:
    with backend.transaction():
        _count(backend, run_id, "unchanged", 0)
    return SaveResult(article_id, "unchanged", 0)


def _count(backend: StoreBackend, run_id: int | None, status: SaveStatus, events: int) -> None:
    if run_id is None:
        return
    column = _RUN_COUNTER[status]
    backend.execute(
        f"UPDATE ingest_runs SET {column} = {column} + 1, events_added = events_added + ? "
        "WHERE id = ?",
        (events, run_id),
    )


def _insert_article(
    backend: StoreBackend, article: Article, content_hash: str, run_id: int | None
) -> None:
    backend.execute(
        "INSERT INTO articles (id, content_hash, url, source, title, author, published, "
        "published_precision, updated, language, dateline, origin, text, run_id, stored_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            article.id, content_hash, article.url, article.source, article.title,
            article.author, article.published, article.published_precision, article.updated,
            article.language, article.dateline, article.origin, article.text, run_id, now_iso(),
        ),
    )


def _insert_actors(backend: StoreBackend, coded: CodedArticle) -> None:
    for position, actor in enumerate(coded.actors):
        row = backend.fetchone(
            "INSERT INTO actors (article_id, position, name, code, country, sector, kb_id, why) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
            (
                coded.article.id, position, actor.name, actor.code, actor.country,
                actor.sector, actor.kb_id, actor.why,
            ),
        )
        assert row is not None
        backend.executemany(
            "INSERT INTO mentions (actor_id, article_id, text, sentence_index, start_char, "
            "end_char) VALUES (?, ?, ?, ?, ?, ?)",
            [
                (row["id"], coded.article.id, m.text, m.sentence_index, m.start, m.end)
                for m in actor.mentions
            ],
        )


def _unique_event_id(backend: StoreBackend, article_id: str, event_id: str, taken: set[str]) -> str:
    candidate = event_id
    suffix = 1
    while candidate in taken or backend.fetchone(
        "SELECT 1 AS hit FROM events WHERE event_id = ?", (candidate,)
    ):
        suffix += 1
        candidate = f"{event_id}~{suffix}"
    if candidate != event_id:
        log.warning("article %s: event id %s already stored; kept as %s", article_id, event_id,
                    candidate)
    return candidate


def _insert_events(backend: StoreBackend, article_id: str, events: list[Event]) -> set[str]:
    keys: set[str] = set()
    taken: set[str] = set()
    for position, event in enumerate(events):
        event_id = _unique_event_id(backend, article_id, event.event_id, taken)
        taken.add(event_id)
        key = duplicate_key(event)
        if key:
            keys.add(key)
        period = buckets(event.date)
        source, target, location = event.source, event.target, event.location
        backend.execute(
            "INSERT INTO events (event_id, article_id, position, "
            "source_text, source_name, source_code, source_country, source_sector, source_kb_id, "
            "target_text, target_name, target_code, target_country, target_sector, target_kb_id, "
            "cameo, cameo_root, goldstein, quad_class, plover_type, plover_mode, plover_context, "
            "date, date_precision, date_text, day, week, month, "
            "location_name, location_country, location_lat, location_lon, location_geonameid, "
            "location_feature, negated, modality, sentence, sentence_index, trigger, rule, "
            "confidence, dedup_key) VALUES (" + ", ".join(["?"] * 42) + ")",
            (
                event_id, article_id, position,
                source.text, source.name, source.code, source.country, source.sector,
                source.kb_id,
                target.text if target else None, target.name if target else None,
                target.code if target else None, target.country if target else None,
                target.sector if target else None, target.kb_id if target else None,
                event.cameo, event.cameo_root, event.goldstein, event.quad_class,
                event.plover.type, event.plover.mode,
                json.dumps(list(event.plover.context), ensure_ascii=False),
                event.date, event.date_precision, event.date_text,
                period.day if period else None, period.week if period else None,
                period.month if period else None,
                location.name if location else None, location.country if location else None,
                location.lat if location else None, location.lon if location else None,
                location.geonameid if location else None,
                location.feature if location else None,
                int(event.negated), event.modality, event.sentence, event.sentence_index,
                event.trigger, event.rule, event.confidence, key,
            ),
        )
    return keys
