"""RawDocument -> Article: pick the HTML or plain-text path, then merge and normalise metadata."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence

from lxml import etree

from eventwire.extract.dateline import parse_dateline
from eventwire.extract.dates import parse_date
from eventwire.extract.errors import ExtractionError
from eventwire.extract.html import extract_html
from eventwire.extract.ids import article_id
from eventwire.extract.plaintext import TextFields, extract_plain_text
from eventwire.ingest import SkipLog, read_inputs, visible_text
from eventwire.ingest.skips import skip
from eventwire.model import Article, RawDocument
from eventwire.settings import Settings

log = logging.getLogger(__name__)


def extract_article(raw: RawDocument) -> Article:
    """The clean article in `raw`; raises ExtractionError when there is no usable body."""
    if raw.html is not None:
        return _from_html(raw)
    if raw.text is not None:
        return _from_text(raw)
    raise ExtractionError(raw.origin, "input has neither html nor text")


def _from_html(raw: RawDocument) -> Article:
    assert raw.html is not None
    try:
        page = extract_html(raw.html, raw.url)
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as error:
        log.debug("%s: HTML extraction failed: %s", raw.origin, error)
        page = None
    if page is None:
        return _from_visible_text(raw)
    published = parse_date(raw.published) or parse_date(page.published)
    dateline = parse_dateline(page.text)
    text = page.text
    return Article(
        id=raw.id or article_id(raw.url or page.url, text),
        text=text,
        url=raw.url or page.url,
        source=raw.source or page.source,
        title=raw.title or page.title,
        author=page.author,
        published=published.iso if published else None,
        published_precision=published.precision if published else None,
        language=page.language,
        dateline=dateline.place if dateline else None,
        origin=raw.origin,
    )


def _from_visible_text(raw: RawDocument) -> Article:
    """Second chance for pages trafilatura finds nothing in: the plain-text path on all text."""
    assert raw.html is not None
    try:
        text = visible_text(raw.html)
    except (ValueError, etree.LxmlError) as error:
        raise ExtractionError(raw.origin, f"unparseable HTML: {error}") from error
    fields = extract_plain_text(text)
    if fields is None:
        raise ExtractionError(raw.origin, "no article body found")
    return _article_from_text_fields(raw, fields)


def _from_text(raw: RawDocument) -> Article:
    assert raw.text is not None
    fields = extract_plain_text(raw.text, as_given=raw.body_as_given)
    if fields is None:
        raise ExtractionError(raw.origin, "empty text")
    return _article_from_text_fields(raw, fields)


def _article_from_text_fields(raw: RawDocument, fields: TextFields) -> Article:
    published = parse_date(raw.published) or fields.published
    return Article(
        id=raw.id or article_id(raw.url, fields.text),
        text=fields.text,
        url=raw.url,
        source=raw.source or fields.source,
        title=raw.title or fields.title,
        author=fields.author,
        published=published.iso if published else None,
        published_precision=published.precision if published else None,
        updated=fields.updated.iso if fields.updated else None,
        dateline=fields.dateline.place if fields.dateline else None,
        origin=raw.origin,
    )


def iter_articles(paths: Sequence[str], settings: Settings, skips: SkipLog) -> Iterator[Article]:
    """Read `paths` and extract each article; pages without a body are skipped into `skips`."""
    for raw in read_inputs(paths, settings, skips):
        try:
            yield extract_article(raw)
        except ExtractionError as error:
            skip(skips, settings.strict, raw.origin, "no article body", error.reason)


__all__ = ["extract_article", "iter_articles"]
