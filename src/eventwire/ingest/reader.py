"""`read_inputs`: every supported input a user has, as RawDocuments, skipping what is unusable."""

from __future__ import annotations

import gzip
import io
import logging
import zlib
from collections.abc import Iterator, Sequence

from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.feeds import read_feed
from eventwire.ingest.formats import InputFormat, detect_format, gunzip_limited, is_gzip
from eventwire.ingest.records import read_json, read_json_lines
from eventwire.ingest.skip_marker import Skip
from eventwire.ingest.skips import SkipLog, skip
from eventwire.ingest.sources import InputSource, expand_paths, open_source, read_limited
from eventwire.ingest.warc import read_warc
from eventwire.model import RawDocument
from eventwire.settings import Settings

log = logging.getLogger(__name__)
_SNIFF_BYTES = 8192
_STREAMED = (InputFormat.WARC, InputFormat.JSONL)


def read_inputs(
    paths: Sequence[str], settings: Settings, skips: SkipLog
) -> Iterator[RawDocument]:
    """Yield one RawDocument per page or record found under `paths`.

    Missing paths raise MissingPathError before anything is read. Empty, oversized and
    unreadable inputs are recorded in `skips` (or raise InputSkipped when `settings.strict`).
    Archives and JSON Lines are streamed, so the size limit applies to each of their records.
    """
    sources = expand_paths(paths)
    for source in sources:
        for item in _read_source(source, settings.max_input_bytes):
            if isinstance(item, Skip):
                skip(skips, settings.strict, item.origin, item.reason, item.detail)
            else:
                yield item


def _read_source(source: InputSource, limit: int) -> Iterator[RawDocument | Skip]:
    try:
        with _opened(source) as stream:
            head = stream.peek(_SNIFF_BYTES)[:_SNIFF_BYTES]
            if not head.strip():
                yield Skip(source.origin, "empty input")
                return
            fmt = detect_format(source.name, head)
            log.debug("reading %s as %s", source.origin, fmt.value)
            if fmt in _STREAMED:
                yield from _read_streamed(stream, source, fmt, head, limit)
                return
            data = read_limited(stream, limit)
    except OSError as error:
        yield Skip(source.origin, "unreadable", str(error))
        return
    if data is None:
        yield Skip(source.origin, "too large", f"over {limit} bytes")
        return
    yield from _read_whole(data, source, fmt, limit)


def _opened(source: InputSource) -> io.BufferedReader:
    stream = open_source(source)
    if isinstance(stream, io.BufferedReader):
        return stream
    return io.BufferedReader(stream)  # type: ignore[arg-type]


def _read_streamed(
    stream: io.BufferedReader, source: InputSource, fmt: InputFormat, head: bytes, limit: int
) -> Iterator[RawDocument | Skip]:
    if fmt is InputFormat.WARC:
        yield from read_warc(stream, source.origin, limit)
        return
    lines = gzip.GzipFile(fileobj=stream) if is_gzip(head) else stream
    try:
        yield from read_json_lines(lines, source.origin, limit)
    except (OSError, EOFError, zlib.error) as error:
        yield Skip(source.origin, "unreadable", str(error))


def _read_whole(
    data: bytes, source: InputSource, fmt: InputFormat, limit: int
) -> Iterator[RawDocument | Skip]:
    if is_gzip(data):
        try:
            unpacked = gunzip_limited(data, limit)
        except (OSError, EOFError, zlib.error) as error:
            yield Skip(source.origin, "unreadable", f"broken gzip: {error}")
            return
        if unpacked is None:
            yield Skip(source.origin, "too large", f"over {limit} bytes uncompressed")
            return
        data = unpacked
    if not data.strip():
        yield Skip(source.origin, "empty input")
        return
    if fmt is InputFormat.JSON:
        yield from read_json(data, source.origin)
    elif fmt is InputFormat.FEED:
        yield from read_feed(data, source.origin)
    elif fmt is InputFormat.HTML:
        yield RawDocument(origin=source.origin, html=decode_bytes(data))
    else:
        yield RawDocument(origin=source.origin, text=decode_bytes(data))
