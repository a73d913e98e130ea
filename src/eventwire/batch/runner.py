"""Drive a batch run on Dask: a LocalCluster by default, or any scheduler address."""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.batch.shards import DEFAULT_SHARD_SIZE, Shard, plan_shards
from eventwire.batch.worker import ShardResult, done_marker, process_shard, worker_pipeline
from eventwire.ingest import SkipLog
from eventwire.model import Article
from eventwire.settings import Settings

log = logging.getLogger(__name__)

_WARM_UP_ARTICLE = Article(
    id="warm-up",
    text="ISLAMABAD: Pakistan's foreign minister met Iranian officials in Tehran on Tuesday.",
    published="2019-11-20",
)

# One BLAS/OpenMP thread per worker process: parallelism comes from the workers.
_SINGLE_THREAD_ENV = {
    "OMP_NUM_THREADS": "1",
    "OPENBLAS_NUM_THREADS": "1",
    "MKL_NUM_THREADS": "1",
}


@dataclass(slots=True)
class BatchReport:
    shards: int = 0
    already_done: int = 0
    articles: int = 0
    events: int = 0
    skipped: int = 0
    failed: list[ShardResult] = field(default_factory=list)

    def summary(self) -> str:
        line = (
            f"{self.shards} shards ({self.already_done} already done), {self.articles} articles, "
            f"{self.events} events, {self.skipped} skipped, {len(self.failed)} failed"
        )
        for failure in self.failed:
            first_line = (failure.error or "").splitlines()[0] if failure.error else ""
            where = ", ".join(failure.paths[:3]) + (" ..." if len(failure.paths) > 3 else "")
            line += f"\n  shard {failure.shard_id} ({where}): {first_line}"
        return line


def _warm_up(settings: Settings) -> None:
    """Build the worker's pipeline and touch every lazily loaded table (gazetteer, places)."""
    worker_pipeline(settings).code_article(_WARM_UP_ARTICLE)


def run_batch(
    inputs: Sequence[str],
    out_dir: Path,
    settings: Settings,
    *,
    scheduler: str | None = None,
    workers: int = 2,
    shard_size: int = DEFAULT_SHARD_SIZE,
    on_result: Callable[[ShardResult], None] | None = None,
) -> BatchReport:
    """Code every shard not yet written under `out_dir`; return what was done."""
    import dask
    from dask.distributed import Client, LocalCluster, as_completed

    out_dir.mkdir(parents=True, exist_ok=True)
    skips = SkipLog()
    shards = plan_shards(inputs, settings, skips, shard_size)
    report = BatchReport(shards=len(shards), skipped=skips.count)
    todo: list[Shard] = []
    for shard in shards:
        marker = done_marker(out_dir, shard.shard_id)
        if marker.exists():
            report.already_done += 1
            done = json.loads(marker.read_text())
            report.articles += done["articles"]
            report.events += done["events"]
        else:
            todo.append(shard)
    if not todo:
        return report
    # Costliest first, so that no big shard starts last while the other workers sit idle.
    todo.sort(key=lambda shard: shard.cost, reverse=True)

    os.environ.update(_SINGLE_THREAD_ENV)  # inherited by LocalCluster's worker processes
    if scheduler:
        cluster = None
        client = Client(scheduler)
    else:
        # Each worker's statistical profiler samples the coding thread's deep stacks every
        # 10 ms and costs it about a quarter of its speed; its only reader is the dashboard,
        # which a local run does not start. The nannies hand this config to their workers.
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
                memory_limit="auto",
            )
        client = Client(cluster)
    try:
        # Load the models once per worker before any shard arrives.
        client.run(_warm_up, settings)
        futures = client.map(
            process_shard, todo, out_dir=str(out_dir), settings=settings, pure=False
        )
        for future in as_completed(futures):
            result: ShardResult = future.result()
            if result.error:
                log.error("shard %s (%s) failed: %s", result.shard_id, result.paths, result.error)
                report.failed.append(result)
            else:
                report.articles += result.articles
                report.events += result.events
                report.skipped += result.skipped
            if on_result:
                on_result(result)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    return report
