"""HTML pages: body with trafilatura, original publication date with htmldate, on-page metadata.

Body: trafilatura in recall mode first. The plain-text path run over the page's whole visible
text gives an independent estimate of the body. When recall mode's output agrees with it
poorly (token F1 below 0.85), precision mode runs too, and default mode as well when the
lengths differ more than threefold (recall mode sometimes keeps only a teaser, sometimes a
whole comment thread); the candidate that agrees best with the estimate wins.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml import etree

from eventwire.extract.cleanup import clean_body
from eventwire.extract.header_date import date_near_headline
from eventwire.extract.headline import on_page_headline
from eventwire.extract.plaintext import extract_plain_text
from eventwire.extract.tokens import token_f1
from eventwire.ingest.html_text import element_text, parse_html

log = logging.getLogger(__name__)
_AGREEMENT = 0.85  # token F1 with the plain-text estimate above which recall mode is kept
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
    page_lines = element_text(root).splitlines() if root is not None else []
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
        return parse_html(markup)
    except (etree.ParserError, ValueError):
        return None


def _choose_body(page_lines: list[str], markup: str, url: str | None, recall_text: str) -> str:
    fields = extract_plain_text("\n".join(page_lines))
    if fields is None:
        return recall_text
    estimate = fields.text
    if token_f1(recall_text, estimate) >= _AGREEMENT:
        return recall_text
    candidates = [recall_text, _trafilatura_text(markup, url, favor_precision=True)]
    if not _within(len(recall_text.split()), len(estimate.split())):
        candidates.append(_trafilatura_text(markup, url))
    return max(candidates, key=lambda text: token_f1(text, estimate))


def _trafilatura_text(markup: str, url: str | None, **options: bool) -> str:
    return trafilatura.extract(markup, url=url, include_comments=False, **options) or ""


def _within(words: int, estimate: int) -> bool:
    return estimate / _LENGTH_DISAGREEMENT <= words <= estimate * _LENGTH_DISAGREEMENT


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
