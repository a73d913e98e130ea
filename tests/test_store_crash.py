"""Crash safety: a writer killed with SIGKILL mid-run leaves a consistent store, and a rerun
resumes to exactly the result of an uninterrupted run."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import open_store

TESTS = Path(__file__).resolve().parent
COPIES = 150  # x 4 articles: long enough to be killed mid-run on a slow machine

# Writes COPIES renamed copies of the test corpus, one article per transaction.
WRITER = f"""
import dataclasses, sys
sys.path.insert(0, {str(TESTS)!r})
from store_corpus import corpus
from eventwire.model import CodedArticle
from eventwire.store import open_store

def renamed(coded, n):
    aid = f"{{coded.article.id}}-{{n}}"
    article = dataclasses.replace(coded.article, id=aid)
    actors = [dataclasses.replace(a, article_id=aid) for a in coded.actors]
    events = [dataclasses.replace(e, event_id=f"{{e.event_id}}-{{n}}", article_id=aid)
              for e in coded.events]
    return CodedArticle(article, actors, events)

with open_store(sys.argv[1]) as store:
    run = store.start_run(["crash-test"])
    for n in range({COPIES}):
        for coded in corpus():
            store.save(renamed(coded, n), run_id=run)
    store.finish_run(run)
"""


def _expected() -> tuple[dict[str, int], dict[str, int]]:
    sys.path.insert(0, str(TESTS))
    from store_corpus import corpus

    events = {c.article.id: len(c.events) for c in corpus()}
    actors = {c.article.id: len(c.actors) for c in corpus()}
    return events, actors


def _stored_articles(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def _kill_mid_run(command: list[str], db: Path, after_articles: int) -> None:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _stored_articles(db) < after_articles:
        if process.poll() is not None:
            pytest.fail(f"writer ended before it could be killed: {process.stderr.read()!r}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("writer too slow")
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def assert_consistent(db: Path) -> int:
    """Integrity, full-text index and whole-article checks; return the stored article count."""
    events_per_article, actors_per_article = _expected()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO events_fts(events_fts) VALUES ('integrity-check')")
        rows = conn.execute(
            "SELECT a.id, (SELECT COUNT(*) FROM events e WHERE e.article_id = a.id), "
            "(SELECT COUNT(*) FROM actors c WHERE c.article_id = a.id) FROM articles a"
        ).fetchall()
        for article_id, n_events, n_actors in rows:
            base = article_id.rsplit("-", 1)[0]
            assert n_events == events_per_article[base], article_id
            assert n_actors == actors_per_article[base], article_id
        fts_rows = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
        assert fts_rows == len(rows)
    return len(rows)


def _summary(db: Path) -> dict[str, int]:
    with open_store(db) as store:
        return store.summary()["counts"]


@pytest.mark.slow
def test_sigkill_mid_run_leaves_a_consistent_store_and_rerun_resumes(tmp_path):
    db = tmp_path / "crash.db"
    command = [sys.executable, "-c", WRITER, str(db)]
    _kill_mid_run(command, db, after_articles=40)
    survived = assert_consistent(db)
    assert 40 <= survived < COPIES * 4
    with open_store(db) as store:
        runs = store.backend.fetchall("SELECT status FROM ingest_runs")
    assert [r["status"] for r in runs] == ["running"]

    subprocess.run(command, check=True, timeout=300)
    assert assert_consistent(db) == COPIES * 4

    clean = tmp_path / "clean.db"
    subprocess.run([sys.executable, "-c", WRITER, str(clean)], check=True, timeout=300)
    assert _summary(db) == _summary(clean)
    with open_store(db) as store:
        statuses = [r["status"] for r in store.backend.fetchall(
            "SELECT status FROM ingest_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]
