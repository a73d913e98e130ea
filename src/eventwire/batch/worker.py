"""What runs on a Dask worker: one pipeline per worker process, one Parquet part per shard."""

from __future__ import annotations

import json
import logging
import os
import resource
import time
import traceback
from dataclasses import asdict, dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from eventwire.batch.shards import Shard
from eventwire.extract import ExtractionError, extract_article
from eventwire.pipeline import Pipeline
from eventwire.settings import Settings
from eventwire.store.export.native import (
    ACTOR_SCHEMA,
    ARTICLE_SCHEMA,
    NATIVE_SCHEMA,
    coded_article_rows,
)

log = logging.getLogger(__name__)

TABLES = {"articles": ARTICLE_SCHEMA, "events": NATIVE_SCHEMA, "actors": ACTOR_SCHEMA}
_pipelines: dict[str, Pipeline] = {}


def worker_pipeline(settings: Settings) -> Pipeline:
    """The process's pipeline for these settings, built on first use and kept for later shards."""
    key = json.dumps(asdict(settings), default=str, sort_keys=True)
    if key not in _pipelines:
        _pipelines[key] = Pipeline(settings)
    return _pipelines[key]


@dataclass(slots=True)
class ShardResult:
    shard_id: str
    paths: tuple[str, ...]
    articles: int = 0
    events: int = 0
    skipped: int = 0
    seconds: float = 0.0
    peak_rss_mb: float = 0.0  # the worker process's peak so far
    error: str | None = None


def done_marker(out_dir: Path, shard_id: str) -> Path:
    return out_dir / "_shards" / f"{shard_id}.done.json"


def _write_table(out_dir: Path, table: str, shard_id: str, rows: list[dict]) -> None:
    folder = out_dir / table
    folder.mkdir(parents=True, exist_ok=True)
    final = folder / f"part-{shard_id}.parquet"
    partial = folder / f".part-{shard_id}.parquet.tmp"
    pq.write_table(pa.Table.from_pylist(rows, schema=TABLES[table]), partial)
    os.replace(partial, final)


def process_shard(shard: Shard, out_dir: str, settings: Settings) -> ShardResult:
    """Code one shard and write its three Parquet parts; the done marker is written last, so a
    shard killed half-way is simply redone by the next run."""
    started = time.perf_counter()
    result = ShardResult(shard_id=shard.shard_id, paths=shard.paths)
    out = Path(out_dir)
    try:
        pipeline = worker_pipeline(settings)
        extracted = []
        for raw in shard.documents(settings):
            try:
                extracted.append(extract_article(raw))
            except ExtractionError as error:
                log.warning("skipped %s: no article body (%s)", raw.origin, error.reason)
                result.skipped += 1
        articles: list[dict] = []
        events: list[dict] = []
        actors: list[dict] = []
        for coded in pipeline.code_articles(extracted):
            article_row, event_rows, actor_rows = coded_article_rows(coded)
            articles.append(article_row)
            events.extend(event_rows)
            actors.extend(actor_rows)
        for table, rows in (("articles", articles), ("events", events), ("actors", actors)):
            _write_table(out, table, shard.shard_id, rows)
        result.articles, result.events = len(articles), len(events)
        result.seconds = time.perf_counter() - started
        result.peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marker = done_marker(out, shard.shard_id)
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps(asdict(result)))
    except Exception as error:  # a failed shard is reported, the others go on
        result.error = f"{type(error).__name__}: {error}\n{traceback.format_exc(limit=5)}"
        result.seconds = time.perf_counter() - started
    return result
