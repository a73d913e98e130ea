"""Batch mode: shard the inputs and run the pipeline on Dask, writing partitioned Parquet."""

from eventwire.batch.runner import BatchReport, run_batch
from eventwire.batch.shards import Shard, plan_shards

__all__ = ["BatchReport", "Shard", "plan_shards", "run_batch"]
