"""Bytes -> text with the encoding detected; broken bytes are replaced, never fatal."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]+encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.I)
# charset-normalizer is slow on big inputs and a sample decides the encoding just as well.
_DETECTION_SAMPLE = 256 * 1024


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a <meta> tag or XML prolog, if Python knows it."""
    head = data[:4096]
    match = _META_CHARSET.search(head) or _XML_ENCODING.search(head)
    if not match:
        return None
    return _known_codec(match.group(1).decode("ascii", "ignore"))


def _known_codec(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(name.strip().lower()).name
    except LookupError:
        return None


def decode_bytes(data: bytes, declared: str | None = None) -> str:
    """Decode `data`: BOM, then strict UTF-8, then the declared charset, then detection.

    `declared` is a charset from outside the bytes (an HTTP Content-Type header); a charset
    declared inside the page is looked up here as well.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    for candidate in (_known_codec(declared), declared_charset(data)):
        # A page that claims UTF-8 but failed strict decoding is detected instead.
        if candidate and candidate != "utf-8":
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                continue
    best = from_bytes(data[:_DETECTION_SAMPLE]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("utf-8", errors="replace")
