"""JSON and JSON Lines records: `{"id", "url"?, "html"? | "text"?, "published"?, ...}`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from eventwire.ingest.decode import decode_bytes
from eventwire.ingest.skip_marker import Skip
from eventwire.model import RawDocument

# "date" is accepted as an alias of "published": common in corpora (Reuters-21578 uses it).
_PUBLISHED_KEYS = ("published", "date")


def record_to_document(record: Any, origin: str) -> RawDocument | Skip:
    if not isinstance(record, dict):
        kind = type(record).__name__
        return Skip(origin, "invalid record", f"expected a JSON object, got {kind}")
    text = _string(record.get("text"))
    html = _string(record.get("html"))
    if not (text and text.strip()) and not (html and html.strip()):
        return Skip(origin, "record without html or text")
    record_id = record.get("id")
    published = next((_string(record.get(k)) for k in _PUBLISHED_KEYS if record.get(k)), None)
    has_text = bool(text and text.strip())
    return RawDocument(
        origin=origin,
        html=None if has_text else html,
        text=text if has_text else None,
        body_as_given=has_text,
        id=str(record_id) if record_id not in (None, "") and not isinstance(record_id, bool)
        else None,
        url=_string(record.get("url")),
        published=published,
        source=_string(record.get("source")),
        title=_string(record.get("title")),
    )


def _string(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def read_json(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    """A JSON file: one record or an array of records (falls back to JSON Lines)."""
    text = decode_bytes(data)
    try:
        parsed = json.loads(text)
    except json.JSONDecodeError as error:
        if text.lstrip().startswith("{") and "\n" in text.strip():
            yield from read_json_lines(text.encode("utf-8").splitlines(), origin, len(data))
            return
        yield Skip(origin, "invalid JSON", str(error))
        return
    if isinstance(parsed, list):
        for index, record in enumerate(parsed, start=1):
            yield record_to_document(record, f"{origin}#record-{index}")
    else:
        yield record_to_document(parsed, origin)


def read_json_lines(
    lines: Iterable[bytes], origin: str, limit: int
) -> Iterator[RawDocument | Skip]:
    """JSON Lines, streamed: `limit` applies to each record, not the whole file."""
    for number, line in enumerate(lines, start=1):
        record_origin = f"{origin}#record-{number}"
        if len(line) > limit:
            yield Skip(record_origin, "too large", f"{len(line)} bytes > {limit}")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(decode_bytes(line))
        except json.JSONDecodeError as error:
            yield Skip(record_origin, "invalid JSON", str(error))
            continue
        yield record_to_document(record, record_origin)
