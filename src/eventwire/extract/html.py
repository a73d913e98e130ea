"""HTML pages: body with trafilatura, original publication date with htmldate, on-page metadata.

Body: trafilatura in recall mode first. The plain-text path run over the page's whole visible
text gives an independent estimate of the body's length; when recall mode's output is off by
more than a factor of three, trafilatura's default mode runs too and the candidate whose
length is nearer the estimate wins (recall mode sometimes keeps only a teaser, default mode
sometimes a whole comment thread).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml import etree
from lxml import html as lxml_html

from eventwire.extract.cleanup import clean_body
from eventwire.extract.header_date import date_near_headline
from eventwire.extract.headline import on_page_headline
from eventwire.extract.plaintext import extract_plain_text
from eventwire.ingest.html_text import visible_text

log = logging.getLogger(__name__)
_LENGTH_DISAGREEMENT = 3.0


@dataclass(slots=True)
class PageFields:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    source: str | None = None
    language: str | None = None
    url: str | None = None


def extract_html(markup: str, url: str | None = None) -> PageFields | None:
    """The article in an HTML page, or None when the page has no usable body."""
    document = trafilatura.bare_extraction(
        markup, url=url, favor_recall=True, include_comments=False, with_metadata=True
    )
    if document is None:
        return None
    root = _parse(markup)
    page_lines = visible_text(markup).splitlines()
    title = on_page_headline(root, document.title, document.sitename)
    text = clean_body(_choose_body(page_lines, markup, url, document.text or ""), title)
    if not text:
        return None
    return PageFields(
        text=text,
        title=title,
        author=document.author or None,
        published=date_near_headline(root, page_lines) or publication_date(markup, url),
        source=document.sitename or None,
        language=page_language(root),
        url=url or document.url or None,
    )


def _parse(markup: str) -> etree._Element | None:
    try:
        return lxml_html.fromstring(markup.encode("utf-8", "replace"))
    except (etree.ParserError, ValueError):
        return None


def _choose_body(page_lines: list[str], markup: str, url: str | None, recall_text: str) -> str:
    estimate = _estimated_body_words(page_lines)
    if estimate is None or _within(len(recall_text.split()), estimate):
        return recall_text
    default_text = trafilatura.extract(markup, url=url, include_comments=False) or ""
    return min(
        (recall_text, default_text), key=lambda text: _log_distance(len(text.split()), estimate)
    )


def _estimated_body_words(page_lines: list[str]) -> int | None:
    fields = extract_plain_text("\n".join(page_lines))
    return len(fields.text.split()) if fields else None


def _within(words: int, estimate: int) -> bool:
    return estimate / _LENGTH_DISAGREEMENT <= words <= estimate * _LENGTH_DISAGREEMENT


def _log_distance(words: int, estimate: int) -> float:
    return abs(math.log(max(words, 1) / max(estimate, 1)))


def publication_date(markup: str, url: str | None) -> str | None:
    try:
        return find_date(markup, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError) as error:
        log.debug("htmldate failed: %s", error)
        return None


def page_language(root: etree._Element | None) -> str | None:
    """The page's declared language (`<html lang>` or a Content-Language meta tag)."""
    if root is None:
        return None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        found = root.xpath("//meta[@http-equiv and @content]")
        lang = next(
            (m.get("content") for m in found if m.get("http-equiv").lower() == "content-language"),
            None,
        )
    return lang.strip().split(",")[0].lower() if lang and lang.strip() else None
