"""Batch mode on a real 2-worker Dask LocalCluster: same output as one process, resumable."""

from __future__ import annotations

import gzip
import itertools
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from eventwire.batch import plan_shards, run_batch
from eventwire.batch.shards import Shard
from eventwire.batch.worker import process_shard
from eventwire.cli import main
from eventwire.extract import iter_articles
from eventwire.ingest import SkipLog
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store import open_store
from eventwire.store.export.native import coded_article_rows

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
REUTERS = SHARED / "data" / "news-corpus" / "reuters21578.jsonl.gz"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
POLITICAL = ("IRAN", "IRAQ", "MINISTER", "PRESIDENT", "TALKS", "ATTACK", "GULF")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Twenty-four real wire stories, most of them political, as one JSONL.gz file."""
    folder = tmp_path_factory.mktemp("corpus")
    with gzip.open(REUTERS, "rt", encoding="utf-8") as lines:
        records = (json.loads(line) for line in lines)
        picked = itertools.islice(
            (r for r in records if any(w in (r.get("title") or "") for w in POLITICAL)), 24
        )
        path = folder / "wire.jsonl.gz"
        with gzip.open(path, "wt", encoding="utf-8") as out:
            for record in picked:
                out.write(json.dumps(record) + "\n")
    return path


def _sorted(rows: list[dict], key: str) -> list[dict]:
    return sorted(rows, key=lambda r: (r[key], json.dumps(r, sort_keys=True, default=str)))


def test_two_worker_batch_equals_single_process(corpus: Path, tmp_path: Path) -> None:
    settings = Settings()
    out = tmp_path / "out"
    inputs = [str(corpus), str(EXAMPLES)]
    pages = sum(1 for p in EXAMPLES.iterdir() if p.is_file())
    page_shards = -(-pages // 5)
    report = run_batch(inputs, out, settings, workers=2, shard_size=5)
    assert report.shards == 5 + page_shards and not report.failed
    assert report.articles == 24 + pages

    pipeline = Pipeline(settings)
    articles, events, actors = [], [], []
    for article in iter_articles(inputs, settings, SkipLog()):
        article_row, event_rows, actor_rows = coded_article_rows(pipeline.code_article(article))
        articles.append(article_row)
        events.extend(event_rows)
        actors.extend(actor_rows)
    assert events, "the political stories must yield events"

    batch_articles = pq.read_table(out / "articles").to_pylist()
    batch_events = pq.read_table(out / "events").to_pylist()
    batch_actors = pq.read_table(out / "actors").to_pylist()
    assert _sorted(batch_articles, "id") == _sorted(articles, "id")
    assert _sorted(batch_events, "event_id") == _sorted(events, "event_id")
    assert _sorted(batch_actors, "article_id") == _sorted(actors, "article_id")

    again = run_batch(inputs, out, settings, workers=2, shard_size=5)
    assert again.already_done == 5 + page_shards and again.articles == 24 + pages
    assert len(list((out / "events").glob("*.parquet"))) == 5 + page_shards

    db = tmp_path / "events.db"
    assert main(["ingest", "--no-progress", "--db", str(db), str(out)]) == 0
    with open_store(db) as store:
        stored = {e["event_id"] for e in store.events(limit=100_000)}
        assert store.summary()["counts"]["articles"] == 24 + pages
    assert stored == {row["event_id"] for row in batch_events}


def test_shard_plan_is_stable(corpus: Path) -> None:
    first = plan_shards([str(corpus)], Settings(), SkipLog(), shard_size=10)
    second = plan_shards([str(corpus)], Settings(), SkipLog(), shard_size=10)
    assert [s.shard_id for s in first] == [s.shard_id for s in second]
    assert [(s.first, s.count) for s in first] == [(0, 10), (10, 10), (20, 4)]


def test_shards_carry_the_size_of_their_documents(corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body><p>" + "Words of a page. " * 50 + "</p></body></html>")
    shards = plan_shards([str(corpus), str(page)], Settings(), SkipLog(), shard_size=10)
    bodies = [len(raw.text or raw.html or "") for raw in
              itertools.islice(shards[0].documents(Settings()), 100)]
    assert shards[0].cost == sum(bodies) > 0
    assert shards[-1].paths == (str(page),) and shards[-1].cost == page.stat().st_size


def test_failed_shard_reports_its_error(tmp_path: Path) -> None:
    shard = Shard(paths=(str(tmp_path / "vanished.jsonl"),), first=0, count=3, shard_id="deadbeef")
    result = process_shard(shard, str(tmp_path / "out"), Settings())
    assert result.error and "vanished.jsonl" in result.error
    assert not (tmp_path / "out" / "_shards" / "deadbeef.done.json").exists()
