"""Request bodies of POST /api/ingest -> RawDocuments: HTML, plain text, or JSON records."""

from __future__ import annotations

from eventwire.ingest.records import read_json
from eventwire.ingest.skip_marker import Skip
from eventwire.model import RawDocument

JSON_TYPES = ("application/json", "application/x-ndjson", "application/jsonl")


class UnsupportedBodyError(ValueError):
    pass


def documents_from_body(
    body: bytes,
    content_type: str,
    *,
    doc_id: str | None = None,
    url: str | None = None,
    title: str | None = None,
    published: str | None = None,
    source: str | None = None,
) -> list[RawDocument | Skip]:
    media = content_type.split(";")[0].strip().lower()
    origin = "<api>"
    if media in JSON_TYPES:
        return list(read_json(body, origin))
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise UnsupportedBodyError(f"body is not UTF-8: {exc}") from exc
    if not text.strip():
        raise UnsupportedBodyError("empty body")
    fields = {"id": doc_id, "url": url, "title": title, "published": published, "source": source}
    if media in ("text/html", "application/xhtml+xml"):
        return [RawDocument(origin=origin, html=text, **fields)]
    if media == "text/plain":
        return [RawDocument(origin=origin, text=text, **fields)]
    raise UnsupportedBodyError(
        f"unsupported content type {media!r}: send text/html, text/plain or application/json"
    )
