"""Plain-text pages: keep the story, drop the site chrome around it, read dateline and footer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from eventwire.extract.body_span import (
    CHROME_LINE,
    MENU_SEPARATORS,
    Span,
    best_span,
    is_date_line,
)
from eventwire.extract.byline import parse_byline
from eventwire.extract.dateline import Dateline, parse_dateline, wire_credit
from eventwire.extract.dates import ParsedDate, parse_date
from eventwire.extract.footer import Footer, parse_footer

_TITLE_WORDS = (3, 25)
_TITLE_LOOKBACK = 8
_FOOTER_LOOKAHEAD = 5  # lines after the body where its footer may sit
_PUBLISHED_LINE = re.compile(r"^(?:first\s+)?(?:published|posted|date)\b[:\s]*(?:on\s+)?", re.I)
_UPDATED_LINE = re.compile(r"^(?:last\s+)?(?:updated|modified)\b[:\s]*(?:on\s+)?", re.I)


@dataclass(slots=True)
class TextFields:
    text: str
    title: str | None = None
    author: str | None = None
    published: ParsedDate | None = None
    updated: ParsedDate | None = None
    source: str | None = None
    dateline: Dateline | None = None


def extract_plain_text(text: str, as_given: bool = False) -> TextFields | None:
    """The article in `text`; with `as_given` the text is the body already and is kept whole."""
    if not text.strip():
        return None
    if as_given:
        body = text.strip()
        return _with_wire_metadata(TextFields(text=body), body)
    lines = [line.strip() for line in text.splitlines()]
    kept = [(index, line) for index, line in enumerate(lines) if line]
    footers = {position: footer for position, (_, line) in enumerate(kept)
               if position > 0 and (footer := parse_footer(line)) is not None}  # fmt: skip
    # Text with no prose line at all (a headline, a one-line note) is kept whole.
    span = best_span([line for _, line in kept], frozenset(footers)) or Span(0, len(kept))
    fields = TextFields(text="")
    _read_footer(footers, span, fields)
    first, last = kept[span.start][0], kept[span.end - 1][0]
    fields.text = "\n".join(lines[first : last + 1]).strip()
    _read_preamble([line for _, line in kept[: span.start]], fields)
    if fields.published is None:
        fields.published = _nearest_footer_date(footers, span)
    return _with_wire_metadata(fields, fields.text)


def _read_footer(footers: dict[int, Footer], span: Span, fields: TextFields) -> None:
    """Source and date from a footer line closely following the body."""
    following = [p for p in footers if span.end <= p < span.end + _FOOTER_LOOKAHEAD]
    if following:
        footer = footers[min(following)]
        fields.source = footer.source
        fields.published = footer.published


def _nearest_footer_date(footers: dict[int, Footer], span: Span) -> ParsedDate | None:
    """The date of the "Published on ..." line nearest the body, above or below it."""
    distances = {
        position: span.start - position if position < span.start else position - span.end
        for position, footer in footers.items()
        if footer.published and not span.start <= position < span.end
    }
    return footers[min(distances, key=distances.__getitem__)].published if distances else None


def _read_preamble(preamble: list[str], fields: TextFields) -> None:
    """Title, byline and dates from the lines above the body."""
    for line in reversed(preamble[-_TITLE_LOOKBACK:]):
        author = parse_byline(line)
        if author and fields.author is None:
            fields.author = author
            continue
        if _UPDATED_LINE.match(line) and fields.updated is None:
            fields.updated = parse_date(_UPDATED_LINE.sub("", line), ("en",))
            continue
        if is_date_line(line) or _PUBLISHED_LINE.match(line):
            if fields.published is None:
                fields.published = parse_date(_PUBLISHED_LINE.sub("", line), ("en",))
            continue
        if fields.title is None and _is_title_like(line):
            fields.title = line


def _is_title_like(line: str) -> bool:
    words = len(line.split())
    return (
        _TITLE_WORDS[0] <= words <= _TITLE_WORDS[1]
        and not CHROME_LINE.match(line)
        and not MENU_SEPARATORS.search(line)
        and not line.endswith((".", ":", ","))
    )


def _with_wire_metadata(fields: TextFields, body: str) -> TextFields:
    paragraphs = [p for p in body.split("\n") if p.strip()]
    fields.dateline = parse_dateline(paragraphs[0].strip()) if paragraphs else None
    if fields.source is None:
        agency = fields.dateline.agency if fields.dateline else None
        fields.source = agency or (wire_credit(paragraphs[-1]) if paragraphs else None)
    return fields
