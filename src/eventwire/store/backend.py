"""The database interface the store is written against.

SQL in `writer` and `queries` uses `?` placeholders, `ON CONFLICT DO NOTHING` and `RETURNING`,
which SQLite (3.35+) and PostgreSQL both understand; a backend translates placeholders and
supplies what genuinely differs: the schema migrations and full-text matching.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

Row = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: tuple[str, ...]


class StoreBackend(ABC):
    name: str

    @abstractmethod
    def execute(self, sql: str, params: Sequence[Any] = ()) -> None: ...

    @abstractmethod
    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None: ...

    @abstractmethod
    def fetchall(self, sql: str, params: Sequence[Any] = ()) -> list[Row]: ...

    def fetchone(self, sql: str, params: Sequence[Any] = ()) -> Row | None:
        rows = self.fetchall(sql, params)
        return rows[0] if rows else None

    @abstractmethod
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Everything inside commits together or not at all."""

    @abstractmethod
    def migrations(self) -> list[Migration]: ...

    @abstractmethod
    def text_match(self, table: str, query: str) -> tuple[str, list[Any]]:
        """SQL condition (and its parameters) true for rows of `table` matching `query`.

        `table` is "articles" (title and text) or "events" (evidence sentence).
        """

    @abstractmethod
    def close(self) -> None: ...

    def migrate(self) -> int:
        """Apply every migration newer than the stored schema version; return the version."""
        current = self.schema_version()
        known = self.migrations()
        newest = max(m.version for m in known)
        if current > newest:
            from eventwire.store.errors import StoreError

            raise StoreError(
                f"store schema version {current} is newer than this eventwire knows "
                f"({newest}); upgrade eventwire"
            )
        for migration in sorted(known, key=lambda m: m.version):
            if migration.version <= current:
                continue
            with self.transaction():
                for statement in migration.statements:
                    self.execute(statement)
                self.execute(
                    "INSERT INTO schema_version (version, name) VALUES (?, ?)",
                    (migration.version, migration.name),
                )
        return max(current, newest)

    def schema_version(self) -> int:
        with self.transaction():
            self.execute(
                "CREATE TABLE IF NOT EXISTS schema_version ("
                "version INTEGER PRIMARY KEY, name TEXT NOT NULL)"
            )
        row = self.fetchone("SELECT MAX(version) AS version FROM schema_version")
        return int(row["version"]) if row and row["version"] is not None else 0
