"""`eventwire ingest | events | export` end to end on real stores and files."""

from __future__ import annotations

import csv
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from store_corpus import corpus

from eventwire.cli import main
from eventwire.store import open_store
from eventwire.store.export import GDELT_COLUMNS, POLECAT_COLUMNS

REPO = Path(__file__).resolve().parents[1]
EXAMPLES = REPO / "examples"
EVENTWIRE = Path(sys.executable).parent / "eventwire"  # the installed console script


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "eventwire.db"
    with open_store(path) as store:
        for coded in corpus():
            store.save(coded)
    return path


def test_events_as_jsonl_with_filters(db, capsys):
    assert main(["events", "--db", str(db), "--dyad", "PAK,IRN", "--type", "CONSULT",
                 "--format", "jsonl"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["event_id"] for e in lines] == [
        "dawn-bajwa-iran-e1", "dawn-bajwa-iran-e2", "irna-rouhani-bajwa-e1"]
    assert lines[2]["duplicate_of"] == "dawn-bajwa-iran-e2"


def test_events_as_csv_and_table(db, capsys):
    assert main(["events", "--db", str(db), "--cameo", "19", "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr().out.splitlines()))
    assert len(rows) == 1
    assert rows[0]["location_name"] == "Zahedan" and rows[0]["plover_type"] == "ASSAULT"
    assert main(["events", "--db", str(db), "--from", "2019-11", "--unique"]) == 0
    out = capsys.readouterr()
    assert "PAKMIL" in out.out and "3 events" in out.err


@pytest.mark.parametrize("option", [["--dyad", "PAK"], ["--from", "Nov 2019"], ["--type", "X"]])
def test_events_bad_filter_is_a_clear_error(db, capsys, option):
    assert main(["events", "--db", str(db), *option]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"eventwire events: {option[0]}:")
    assert "Traceback" not in err


def test_events_without_a_store_says_so(tmp_path, capsys):
    assert main(["events", "--db", str(tmp_path / "none.db")]) == 2
    assert "run `eventwire ingest` first" in capsys.readouterr().err


def test_export_gdelt_collapses_duplicates_into_mention_counts(db, tmp_path):
    out = tmp_path / "gdelt.csv"
    assert main(["export", "--db", str(db), "--schema", "gdelt", "--format", "csv", str(out)]) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert list(rows[0]) == list(GDELT_COLUMNS) and len(GDELT_COLUMNS) == 61
    assert len(rows) == 8
    meeting = next(r for r in rows if r["Actor1Code"] == "PAKMIL" and r["SQLDATE"] == "20191119"
                   and r["EventCode"] == "042")
    counts = (meeting["NumMentions"], meeting["NumArticles"], meeting["NumSources"])
    assert counts == ("2", "2", "2")
    assert meeting["ActionGeo_CountryCode"] == "IR"  # FIPS, as GDELT uses
    assert meeting["Actor2CountryCode"] == "IRN" and meeting["Actor1Type1Code"] == "MIL"
    assert meeting["EventRootCode"] == "04" and meeting["QuadClass"] == "1"
    assert meeting["SOURCEURL"] == "https://www.dawn.com/news/1517536"


def test_export_polecat_jsonl_and_parquet(db, tmp_path):
    out = tmp_path / "polecat.jsonl"
    assert main(["export", "--db", str(db), "--schema", "polecat", "--format", "jsonl",
                 str(out)]) == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 9 and list(rows[0]) == list(POLECAT_COLUMNS)
    attack = next(r for r in rows if r["Event Type"] == "ASSAULT")
    assert attack["Actor Name"] == "militants" and attack["Recipient Country"] == "IRN"
    assert attack["Placename"] == "Zahedan" and attack["City"] == "Zahedan"
    parquet = tmp_path / "polecat.parquet"
    assert main(["export", "--db", str(db), "--schema", "polecat", "--format", "parquet",
                 str(parquet)]) == 0
    assert pq.read_table(parquet).num_rows == 9


def test_native_parquet_export_ingests_back_identically(db, tmp_path, capsys):
    folder = tmp_path / "native"
    assert main(["export", "--db", str(db), "--schema", "native", "--format", "parquet",
                 str(folder)]) == 0
    assert {p.name for p in folder.iterdir()} == {"events.parquet", "articles.parquet"}
    copy = tmp_path / "copy.db"
    assert main(["ingest", "--db", str(copy), "--no-progress", str(folder)]) == 0
    assert "4 added" in capsys.readouterr().err
    with open_store(db) as original, open_store(copy) as restored:
        assert restored.events() == original.events()
        assert restored.article("dawn-bajwa-iran")["text"] == (
            original.article("dawn-bajwa-iran")["text"])
    assert main(["ingest", "--db", str(copy), "--no-progress", str(folder)]) == 0
    assert "0 added, 0 replaced, 4 unchanged" in capsys.readouterr().err


def test_sigkill_during_cli_ingest_then_resume(tmp_path):
    source = tmp_path / "source.db"
    with open_store(source) as store:
        for n in range(200):
            for coded in corpus():
                store.save(_renamed(coded, n))
    folder = tmp_path / "batch"
    assert main(["export", "--db", str(source), "--schema", "native", "--format", "parquet",
                 str(folder)]) == 0
    db = tmp_path / "target.db"
    command = [str(EVENTWIRE), "ingest", "--no-progress", "--db", str(db), str(folder)]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while _count(db) < 50:
        assert process.poll() is None, process.stderr.read()
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = dict(conn.execute(
            "SELECT a.id, COUNT(e.seq) FROM articles a LEFT JOIN events e "
            "ON e.article_id = a.id GROUP BY a.id").fetchall())
    with sqlite3.connect(source) as conn:
        expected = dict(conn.execute(
            "SELECT article_id, COUNT(*) FROM events GROUP BY article_id").fetchall())
    assert 50 <= len(stored) < 800
    assert {aid: expected[aid] for aid in stored} == stored  # no article half-written
    subprocess.run(command, check=True, timeout=300, capture_output=True)
    with open_store(source) as original, open_store(db) as resumed:
        assert resumed.count_events() == original.count_events() == 1800
        assert [e["event_id"] for e in resumed.events()] == [
            e["event_id"] for e in original.events()]
        statuses = [r["status"] for r in resumed.backend.fetchall(
            "SELECT status FROM ingest_runs ORDER BY id")]
    assert statuses == ["interrupted", "finished"]


def _renamed(coded, n):
    import dataclasses

    from eventwire.model import CodedArticle

    aid = f"{coded.article.id}-{n}"
    return CodedArticle(
        dataclasses.replace(coded.article, id=aid),
        [dataclasses.replace(a, article_id=aid) for a in coded.actors],
        [dataclasses.replace(e, event_id=f"{e.event_id}-{n}", article_id=aid)
         for e in coded.events],
    )


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
