"""HTML pages: body with trafilatura, original publication date with htmldate, on-page metadata."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import trafilatura
from htmldate import find_date
from lxml import html as lxml_html

log = logging.getLogger(__name__)


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
        markup,
        url=url,
        favor_recall=True,
        include_comments=False,
        with_metadata=True,
    )
    if document is None or not (document.text or "").strip():
        return None
    return PageFields(
        text=document.text.strip(),
        title=document.title or None,
        author=document.author or None,
        published=publication_date(markup, url),
        source=document.sitename or None,
        language=page_language(markup),
        url=url or document.url or None,
    )


def publication_date(markup: str, url: str | None) -> str | None:
    try:
        return find_date(markup, url=url, original_date=True, extensive_search=True)
    except (ValueError, TypeError) as error:
        log.debug("htmldate failed: %s", error)
        return None


def page_language(markup: str) -> str | None:
    head = markup[:20000]
    try:
        root = lxml_html.fromstring(head)
    except Exception:  # noqa: BLE001 - lxml raises several types on fragments; a guess is optional
        return None
    lang = root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang")
    if not lang:
        meta = root.xpath("//meta[@http-equiv][translate(@http-equiv,'CONTENTLANGUG','contentlangug')"
                          "='content-language']/@content")
        lang = meta[0] if meta else None
    return lang.strip().split(",")[0].lower() if lang and lang.strip() else None
