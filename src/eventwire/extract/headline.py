"""The on-page headline, not the `<title>` with its " | Site" suffix."""

from __future__ import annotations

import re

from lxml import etree

_SEPARATORS = re.compile(r"\s+(?:\||-|\u2013|\u2014|::|\u00b7|\u2022|\u00bb)\s+")
_NON_WORD = re.compile(r"\W+")
_MAX_SITE_WORDS = 5


def _comparable(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def on_page_headline(
    root: etree._Element | None, title: str | None, site: str | None
) -> str | None:
    """An <h1> that the metadata title contains, else the title without a site-name segment."""
    if not title:
        return None
    if root is not None:
        wanted = _comparable(title)
        for h1 in root.iter("h1"):
            text = " ".join(h1.text_content().split())
            if len(text.split()) >= 2 and _comparable(text) in wanted:
                return text
    parts = _SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    site_key = _comparable(site) if site else None
    kept = [p for p in parts if site_key is None or _comparable(p) != site_key]
    if len(kept) == len(parts) and len(parts[-1].split()) <= _MAX_SITE_WORDS:
        kept = parts[:-1]
    headline = " - ".join(kept) if len(kept) > 1 else (kept[0] if kept else title)
    return headline if len(headline.split()) >= 2 else title
