"""`Store`: the one object the commands and the API use to write and read coded articles."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from eventwire.model import CodedArticle
from eventwire.store import queries, writer
from eventwire.store.backend import StoreBackend
from eventwire.store.errors import StoreError
from eventwire.store.filters import EventFilter
from eventwire.store.writer import SaveResult

POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(target: str | Path) -> Store:
    """Open (creating and migrating as needed) a SQLite file or a PostgreSQL URL."""
    text = str(target)
    backend: StoreBackend
    if text.startswith(POSTGRES_SCHEMES):
        # The schema (migrations.POSTGRES_MIGRATIONS) and the portable SQL are ready; the
        # psycopg connection class is not written yet.
        raise StoreError(
            f"PostgreSQL stores ({text.split('@')[-1]}) are not supported yet; use a SQLite path"
        )
    else:
        from eventwire.store.sqlite import SQLiteBackend

        backend = SQLiteBackend(Path(text))
    try:
        backend.migrate()
    except Exception:
        backend.close()
        raise
    return Store(backend)


class Store:
    def __init__(self, backend: StoreBackend) -> None:
        self.backend = backend

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.backend.close()

    # writing
    def start_run(self, inputs: list[str]) -> int:
        return writer.start_run(self.backend, inputs)

    def finish_run(self, run_id: int, status: str = "finished") -> None:
        writer.finish_run(self.backend, run_id, status)

    def count_skip(self, run_id: int, count: int = 1) -> None:
        writer.count_skip(self.backend, run_id, count)

    def is_stored(self, article_id: str, content_hash: str) -> bool:
        return writer.stored_hash(self.backend, article_id) == content_hash

    def save(
        self, coded: CodedArticle, content_hash: str | None = None, run_id: int | None = None
    ) -> SaveResult:
        digest = content_hash or writer.article_content_hash(coded.article)
        return writer.save_coded_article(self.backend, coded, digest, run_id)

    def save_unchanged(self, article_id: str, run_id: int | None = None) -> SaveResult:
        """Count an article already stored with the same content in the run's tally."""
        return writer.note_unchanged(self.backend, article_id, run_id)

    # reading
    def events(
        self,
        flt: EventFilter | None = None,
        limit: int | None = None,
        offset: int = 0,
        newest_first: bool = False,
    ) -> list[dict[str, Any]]:
        return queries.find_events(self.backend, flt or EventFilter(), limit, offset, newest_first)

    def count_events(self, flt: EventFilter | None = None) -> int:
        return queries.count_events(self.backend, flt or EventFilter())

    def event(self, event_id: str) -> dict[str, Any] | None:
        return queries.get_event(self.backend, event_id)

    def article(self, article_id: str) -> dict[str, Any] | None:
        return queries.get_article(self.backend, article_id)

    def actors(
        self, prefix: str | None = None, limit: int = 100, offset: int = 0
    ) -> list[dict[str, Any]]:
        return queries.list_actors(self.backend, prefix, limit, offset)

    def timeline(self, flt: EventFilter | None = None, interval: str = "month") -> list[dict]:
        return queries.timeline(self.backend, flt or EventFilter(), interval)

    def network(self, flt: EventFilter | None = None, limit: int = 200) -> dict[str, Any]:
        return queries.network(self.backend, flt or EventFilter(), limit)

    def locations(self, flt: EventFilter | None = None, limit: int = 1000) -> list[dict]:
        return queries.locations(self.backend, flt or EventFilter(), limit)

    def search(self, query: str, limit: int = 20, offset: int = 0) -> list[dict[str, Any]]:
        return queries.search_articles(self.backend, query, limit, offset)

    def summary(self) -> dict[str, Any]:
        return queries.store_summary(self.backend)
