"""SQLite backend: one file, WAL journal, one writer transaction at a time."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from eventwire.store.backend import Migration, Row, StoreBackend
from eventwire.store.errors import StoreError
from eventwire.store.migrations import SQLITE_MIGRATIONS
from eventwire.store.textsearch import fts5_query, search_terms

BUSY_TIMEOUT_MS = 30_000
_FTS_TABLES = {"articles": "articles_fts", "events": "events_fts"}
_ID_COLUMNS = {"articles": "articles.rowid", "events": "events.rowid"}


class SQLiteBackend(StoreBackend):
    name = "sqlite"

    def __init__(self, path: Path | str) -> None:
        self.path = Path(path)
        if str(path) != ":memory:" and not self.path.parent.exists():
            raise StoreError(f"cannot create store {self.path}: folder {self.path.parent} missing")
        try:
            self._conn = sqlite3.connect(
                str(path), isolation_level=None, check_same_thread=False, timeout=30
            )
            self._conn.row_factory = sqlite3.Row
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            # NORMAL in WAL mode loses nothing when the process dies; only an OS crash can roll
            # back the last commits, and the store is still consistent then.
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot open store {self.path}: {exc}") from exc
        # The API serves requests from a thread pool; one lock keeps the shared connection safe.
        self._lock = threading.RLock()
        self._depth = 0

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        with self._lock:
            self._conn.execute(sql, tuple(params))

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        with self._lock:
            self._conn.executemany(sql, [tuple(r) for r in rows])

    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        with self._lock:
            return [dict(row) for row in self._conn.execute(sql, tuple(params)).fetchall()]

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._conn.execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            else:
                self._conn.execute("COMMIT")
            finally:
                self._depth = 0

    def migrations(self) -> list[Migration]:
        return SQLITE_MIGRATIONS

    def text_match(self, table: str, query: str) -> tuple[str, list[Any]]:
        fts = _FTS_TABLES[table]
        condition = f"{_ID_COLUMNS[table]} IN (SELECT rowid FROM {fts} WHERE {fts} MATCH ?)"
        return condition, [fts5_query(search_terms(query))]

    def close(self) -> None:
        with self._lock:
            self._conn.close()
