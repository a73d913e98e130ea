"""Which reader an input needs, from its name and, failing that, its first bytes."""

from __future__ import annotations

import gzip
import io
import zlib
from enum import Enum


class InputFormat(Enum):
    HTML = "html"
    TEXT = "text"
    JSON = "json"
    JSONL = "jsonl"
    WARC = "warc"
    FEED = "feed"


_SUFFIXES = {
    ".html": InputFormat.HTML,
    ".htm": InputFormat.HTML,
    ".xhtml": InputFormat.HTML,
    ".shtml": InputFormat.HTML,
    ".txt": InputFormat.TEXT,
    ".text": InputFormat.TEXT,
    ".json": InputFormat.JSON,
    ".jsonl": InputFormat.JSONL,
    ".ndjson": InputFormat.JSONL,
    ".warc": InputFormat.WARC,
    ".rss": InputFormat.FEED,
    ".atom": InputFormat.FEED,
}
_GZIP_MAGIC = b"\x1f\x8b"


def is_gzip(head: bytes) -> bool:
    return head.startswith(_GZIP_MAGIC)


def format_from_name(name: str) -> InputFormat | None:
    lowered = name.lower()
    if lowered.endswith(".gz"):
        lowered = lowered[:-3]
    for suffix, fmt in _SUFFIXES.items():
        if lowered.endswith(suffix):
            return fmt
    return None


def format_from_content(head: bytes) -> InputFormat:
    """Sniff the format from the first few kilobytes (already decompressed unless WARC)."""
    if is_gzip(head):
        head = _gunzip_prefix(head)
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if stripped.startswith(b"warc/"):
        return InputFormat.WARC
    if stripped.startswith((b"{", b"[")):
        first_line = stripped.split(b"\n", 1)[0].rstrip()
        if stripped.startswith(b"{") and first_line.endswith(b"}") and b"\n{" in stripped:
            return InputFormat.JSONL
        return InputFormat.JSON
    if stripped.startswith(b"<?xml") or stripped.startswith(b"<rss") or b"<feed" in stripped[:512]:
        window = stripped[:2048]
        if b"<rss" in window or b"<feed" in window or b"<rdf:rdf" in window:
            return InputFormat.FEED
    if stripped.startswith((b"<!doctype html", b"<html", b"<?xml")) or b"<html" in stripped[:1024]:
        return InputFormat.HTML
    if b"<body" in stripped or b"<div" in stripped or b"<p>" in stripped:
        return InputFormat.HTML
    return InputFormat.TEXT


def detect_format(name: str, head: bytes) -> InputFormat:
    by_name = format_from_name(name)
    if by_name is InputFormat.FEED or by_name is None:
        return format_from_content(head)
    if by_name is InputFormat.JSON and format_from_content(head) is InputFormat.JSONL:
        return InputFormat.JSONL
    return by_name


def _gunzip_prefix(data: bytes) -> bytes:
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, 8192)
    except zlib.error:
        return b""


def gunzip_limited(data: bytes, limit: int) -> bytes | None:
    """Decompress gzip `data`; None when the result would exceed `limit` bytes."""
    with gzip.GzipFile(fileobj=io.BytesIO(data)) as stream:
        out = stream.read(limit + 1)
    return None if len(out) > limit else out
