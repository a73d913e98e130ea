"""WARC / WARC.gz archives: each HTML response (or resource) record is one page."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.skip_marker import Skip
from eventwire.model import RawDocument

log = logging.getLogger(__name__)
_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, origin: str, limit: int) -> Iterator[RawDocument | Skip]:
    iterator = ArchiveIterator(stream)
    try:
        for record in iterator:
            document = _record_to_document(record, iterator, origin, limit)
            if document is not None:
                yield document
    except (ArchiveLoadFailed, OSError, EOFError, ValueError) as error:
        yield Skip(origin, "unreadable WARC", str(error))


def _record_to_document(
    record: object, iterator: ArchiveIterator, origin: str, limit: int
) -> RawDocument | Skip | None:
    rec_type = record.rec_type  # type: ignore[attr-defined]
    if rec_type not in ("response", "resource"):
        return None
    if rec_type == "response":
        http = record.http_headers  # type: ignore[attr-defined]
        if http is None:
            return None
        status = http.get_statuscode() or ""
        if not status.startswith("2"):
            return None
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""  # type: ignore[attr-defined]
    url = record.rec_headers.get_header("WARC-Target-URI")  # type: ignore[attr-defined]
    if not content_type.lower().startswith(_HTML_TYPES):
        log.debug("ignoring non-HTML WARC record %s (%s)", url, content_type)
        return None
    # get_record_offset() finishes the record, so the payload must be read first.
    payload = record.content_stream().read(limit + 1)  # type: ignore[attr-defined]
    record_origin = f"{origin}#warc-{iterator.get_record_offset()}"
    if len(payload) > limit:
        return Skip(record_origin, "too large", f"record over {limit} bytes")
    if not payload.strip():
        return Skip(record_origin, "empty input")
    return RawDocument(
        origin=record_origin, html=decode_bytes(payload, _charset(content_type)), url=url
    )


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.partition("=")
        if key.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None
