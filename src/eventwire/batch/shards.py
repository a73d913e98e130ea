"""Split inputs into shards of about `shard_size` documents.

A file that holds many documents (JSON Lines, WARC, feeds, anything gzipped) is counted once
and cut into runs of consecutive documents; single-page files (HTML, text) are grouped, up to
`shard_size` files or PAGE_SHARD_BYTES to a shard, without being read. A shard is named by a
hash of its files' identities (path, size, mtime) and its document range, so a rerun over
unchanged inputs finds the shards it already wrote.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from eventwire.ingest import SkipLog, read_inputs
from eventwire.ingest.formats import InputFormat, detect_format
from eventwire.ingest.sources import expand_paths
from eventwire.model import RawDocument
from eventwire.settings import Settings

DEFAULT_SHARD_SIZE = 200
# A web page costs far more than a wire story (boilerplate removal, longer text), so page
# shards are also capped by bytes to keep shards of similar cost for the scheduler.
PAGE_SHARD_BYTES = 2 * 1024 * 1024
_SNIFF_BYTES = 8192
_SINGLE_PAGE = (InputFormat.HTML, InputFormat.TEXT)


@dataclass(frozen=True, slots=True)
class Shard:
    paths: tuple[str, ...]
    first: int  # for a one-file shard: index of its first document in the file's stream
    count: int | None  # None: every document of every file in `paths`
    shard_id: str
    cost: int = 0  # bytes of input: how long the shard will take, roughly

    def documents(self, settings: Settings) -> Iterator[RawDocument]:
        """The shard's documents; skips met on the way were reported when it was planned,
        except for single-page files, whose skips are reported by the worker's log."""
        stream = read_inputs(list(self.paths), settings, SkipLog())
        if self.count is None:
            return stream
        return itertools.islice(stream, self.first, self.first + self.count)


def _identity(path: str) -> str:
    stat = Path(path).stat()
    return f"{Path(path).resolve()}|{stat.st_size}|{stat.st_mtime_ns}"


def _shard_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def _single_page(path: Path) -> bool:
    if path.suffix == ".gz":
        return False
    with path.open("rb") as handle:
        head = handle.read(_SNIFF_BYTES)
    return detect_format(path.name, head) in _SINGLE_PAGE


def plan_shards(
    paths: Sequence[str], settings: Settings, skips: SkipLog, shard_size: int = DEFAULT_SHARD_SIZE
) -> list[Shard]:
    if shard_size < 1:
        raise ValueError("shard size must be at least 1")
    shards: list[Shard] = []
    pages: list[str] = []
    for source in expand_paths(paths):
        if source.path is None:
            raise ValueError("batch mode reads files, not standard input")
        path = str(source.path)
        if _single_page(source.path):
            pages.append(path)
            continue
        sizes = [_document_bytes(raw) for raw in read_inputs([path], settings, skips)]
        identity = _identity(path)
        for first in range(0, len(sizes), shard_size):
            count = min(shard_size, len(sizes) - first)
            cost = sum(sizes[first : first + count])
            shards.append(Shard((path,), first, count, _shard_id(identity, first, count), cost))
    for group in _page_groups(pages, shard_size):
        cost = sum(Path(page).stat().st_size for page in group)
        shards.append(Shard(group, 0, None, _shard_id(*map(_identity, group)), cost))
    return shards


def _document_bytes(raw: RawDocument) -> int:
    return len(raw.html or raw.text or "")


def _page_groups(pages: list[str], shard_size: int) -> Iterator[tuple[str, ...]]:
    group: list[str] = []
    size = 0
    for page in pages:
        page_bytes = Path(page).stat().st_size
        if group and (len(group) >= shard_size or size + page_bytes > PAGE_SHARD_BYTES):
            yield tuple(group)
            group, size = [], 0
        group.append(page)
        size += page_bytes
    if group:
        yield tuple(group)
