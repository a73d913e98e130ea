"""RSS and Atom feed files: each item with its content, link and date is one article."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from eventwire.ingest.html_text import visible_text
from eventwire.ingest.skip_marker import Skip
from eventwire.model import RawDocument


def read_feed(data: bytes, origin: str) -> Iterator[RawDocument | Skip]:
    # A stream, never a str: feedparser treats a str that looks like a URL as one to fetch.
    parsed = feedparser.parse(io.BytesIO(data))
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception", "")) or "no items"
        yield Skip(origin, "unreadable feed", detail)
        return
    feed_title = parsed.feed.get("title") or None
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_to_document(entry, f"{origin}#item-{index}", feed_title)


def _entry_to_document(entry: Any, origin: str, feed_title: str | None) -> RawDocument | Skip:
    contents = entry.get("content") or []
    markup = contents[0].get("value") if contents else entry.get("summary")
    text = visible_text(markup) if markup else ""
    if not text.strip():
        return Skip(origin, "feed item without content")
    return RawDocument(
        origin=origin,
        text=text,
        body_as_given=True,
        url=entry.get("link") or None,
        published=_entry_date(entry),
        source=feed_title,
        title=entry.get("title") or None,
    )


def _entry_date(entry: Any) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return datetime(*parsed[:6], tzinfo=UTC).isoformat()
    return entry.get("published") or entry.get("updated") or None
