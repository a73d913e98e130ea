"""Ordered schema migrations; a store records each applied version in `schema_version`.

Never edit a released migration: append a new one.
"""

from __future__ import annotations

from eventwire.store.backend import Migration


def _tables(serial: str, real: str) -> tuple[str, ...]:
    return (
        f"""CREATE TABLE ingest_runs (
            id {serial},
            started_at TEXT NOT NULL,
            finished_at TEXT,
            status TEXT NOT NULL DEFAULT 'running',
            inputs TEXT NOT NULL,
            pid INTEGER,
            host TEXT,
            articles_added INTEGER NOT NULL DEFAULT 0,
            articles_replaced INTEGER NOT NULL DEFAULT 0,
            articles_unchanged INTEGER NOT NULL DEFAULT 0,
            events_added INTEGER NOT NULL DEFAULT 0,
            skipped INTEGER NOT NULL DEFAULT 0
        )""",
        f"""CREATE TABLE articles (
            seq {serial},
            id TEXT NOT NULL UNIQUE,
            content_hash TEXT NOT NULL,
            url TEXT, source TEXT, title TEXT, author TEXT,
            published TEXT, published_precision TEXT, updated TEXT,
            language TEXT, dateline TEXT, origin TEXT,
            text TEXT NOT NULL,
            run_id INTEGER REFERENCES ingest_runs(id),
            stored_at TEXT NOT NULL
        )""",
        f"""CREATE TABLE actors (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL, code TEXT, country TEXT, sector TEXT, kb_id TEXT, why TEXT
        )""",
        f"""CREATE TABLE mentions (
            id {serial},
            actor_id INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            text TEXT NOT NULL, sentence_index INTEGER, start_char INTEGER, end_char INTEGER
        )""",
        f"""CREATE TABLE events (
            seq {serial},
            event_id TEXT NOT NULL UNIQUE,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source_text TEXT, source_name TEXT, source_code TEXT, source_country TEXT,
            source_sector TEXT, source_kb_id TEXT,
            target_text TEXT, target_name TEXT, target_code TEXT, target_country TEXT,
            target_sector TEXT, target_kb_id TEXT,
            cameo TEXT NOT NULL, cameo_root TEXT NOT NULL,
            goldstein {real}, quad_class INTEGER,
            plover_type TEXT, plover_mode TEXT, plover_context TEXT NOT NULL DEFAULT '[]',
            date TEXT, date_precision TEXT, date_text TEXT,
            day TEXT, week TEXT, month TEXT,
            location_name TEXT, location_country TEXT, location_lat {real}, location_lon {real},
            location_geonameid INTEGER, location_feature TEXT,
            negated INTEGER NOT NULL DEFAULT 0, modality TEXT,
            sentence TEXT NOT NULL, sentence_index INTEGER, trigger TEXT, rule TEXT,
            confidence {real},
            dedup_key TEXT,
            duplicate_of TEXT
        )""",
        "CREATE INDEX events_article ON events(article_id)",
        "CREATE INDEX events_source ON events(source_code)",
        "CREATE INDEX events_target ON events(target_code)",
        "CREATE INDEX events_day ON events(day)",
        "CREATE INDEX events_cameo ON events(cameo)",
        "CREATE INDEX events_plover ON events(plover_type)",
        "CREATE INDEX events_dedup ON events(dedup_key)",
        "CREATE INDEX events_duplicate ON events(duplicate_of)",
        "CREATE INDEX actors_article ON actors(article_id)",
        "CREATE INDEX actors_code ON actors(code)",
        "CREATE INDEX mentions_actor ON mentions(actor_id)",
        "CREATE INDEX mentions_article ON mentions(article_id)",
    )


# External-content FTS5 tables kept in step by triggers, so every write path (including a
# future one) updates the index inside the same transaction as the row.
_SQLITE_FTS = (
    "CREATE VIRTUAL TABLE articles_fts USING fts5("
    "title, text, content='articles', content_rowid='seq')",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
    END""",
    """CREATE TRIGGER articles_fts_update AFTER UPDATE ON articles BEGIN
        INSERT INTO articles_fts(articles_fts, rowid, title, text)
        VALUES ('delete', old.seq, old.title, old.text);
        INSERT INTO articles_fts(rowid, title, text) VALUES (new.seq, new.title, new.text);
    END""",
    "CREATE VIRTUAL TABLE events_fts USING fts5("
    "sentence, content='events', content_rowid='seq')",
    """CREATE TRIGGER events_fts_insert AFTER INSERT ON events BEGIN
        INSERT INTO events_fts(rowid, sentence) VALUES (new.seq, new.sentence);
    END""",
    """CREATE TRIGGER events_fts_delete AFTER DELETE ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, sentence)
        VALUES ('delete', old.seq, old.sentence);
    END""",
    """CREATE TRIGGER events_fts_update AFTER UPDATE OF sentence ON events BEGIN
        INSERT INTO events_fts(events_fts, rowid, sentence)
        VALUES ('delete', old.seq, old.sentence);
        INSERT INTO events_fts(rowid, sentence) VALUES (new.seq, new.sentence);
    END""",
)

SQLITE_MIGRATIONS = [
    Migration(1, "tables", _tables("INTEGER PRIMARY KEY AUTOINCREMENT", "REAL")),
    Migration(2, "full-text search", _SQLITE_FTS),
]

_POSTGRES_FTS = (
    "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', coalesce(title, '') || ' ' || text)) STORED",
    "CREATE INDEX articles_search ON articles USING GIN (search)",
    "ALTER TABLE events ADD COLUMN search tsvector GENERATED ALWAYS AS "
    "(to_tsvector('simple', sentence)) STORED",
    "CREATE INDEX events_search ON events USING GIN (search)",
)

POSTGRES_MIGRATIONS = [
    Migration(1, "tables", _tables("BIGSERIAL PRIMARY KEY", "DOUBLE PRECISION")),
    Migration(2, "full-text search", _POSTGRES_FTS),
]
