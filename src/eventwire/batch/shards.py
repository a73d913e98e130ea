"""Split inputs into shards: a shard is a run of consecutive documents of one input file.

A shard is named by a hash of the file's identity (path, size, mtime) and its document range,
so a rerun over unchanged inputs finds the shards it already wrote.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest import SkipLog, read_inputs
from eventwire.ingest.sources import expand_paths
from eventwire.model import RawDocument
from eventwire.settings import Settings

DEFAULT_SHARD_SIZE = 200


@dataclass(frozen=True, slots=True)
class Shard:
    path: str
    first: int  # index of the shard's first document in the file's document stream
    count: int
    shard_id: str

    def documents(self, settings: Settings) -> Iterator[RawDocument]:
        """The shard's documents; skips met on the way were reported when the shard was planned."""
        stream = read_inputs([self.path], settings, SkipLog())
        return itertools.islice(stream, self.first, self.first + self.count)


def _file_identity(path: str) -> str:
    stat = Path(path).stat()
    return f"{Path(path).resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def plan_shards(
    paths: Sequence[str], settings: Settings, skips: SkipLog, shard_size: int = DEFAULT_SHARD_SIZE
) -> list[Shard]:
    """Count each input file's documents once and cut them into shards of `shard_size`."""
    if shard_size < 1:
        raise ValueError("shard size must be at least 1")
    shards: list[Shard] = []
    for source in expand_paths(paths):
        if source.path is None:
            raise ValueError("batch mode reads files, not standard input")
        path = str(source.path)
        total = sum(1 for _ in read_inputs([path], settings, skips))
        identity = _file_identity(path)
        for first in range(0, total, shard_size):
            count = min(shard_size, total - first)
            digest = hashlib.sha1(f"{identity}|{first}|{count}".encode()).hexdigest()[:16]
            shards.append(Shard(path=path, first=first, count=count, shard_id=digest))
    return shards
