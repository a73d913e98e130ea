"""Visible text of an HTML page or fragment, one block per line."""

from __future__ import annotations

import re

from lxml import etree
from lxml import html as lxml_html

_INVISIBLE = {"script", "style", "noscript", "template", "head", "title", "svg", "iframe"}
_BLOCKS = {
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption",
    "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
    "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul", "option",
    "button", "label", "summary", "details", "caption",
}  # fmt: skip
# Inside these, line breaks in the markup are line breaks on screen; elsewhere a browser
# folds them into spaces, so a paragraph wrapped in the source is still one line.
_PREFORMATTED = {"pre", "textarea", "listing", "plaintext", "xmp"}
_SPACES = re.compile(r"[ \t\u00a0\u200b\r\f\v]+")
_SOURCE_BREAKS = re.compile(r"[\r\n]+")


def visible_text(markup: str) -> str:
    """All text a reader would see, chrome included: blocks on their own lines."""
    if not markup.strip():
        return ""
    return element_text(parse_html(markup))


def parse_html(markup: str) -> etree._Element:
    """The page's element tree; raises lxml's ParserError for markup with no elements."""
    try:
        return lxml_html.fromstring(markup)
    except (etree.ParserError, ValueError):
        # lxml rejects str input carrying an XML encoding declaration.
        return lxml_html.fromstring(markup.encode("utf-8", "replace"))


def element_text(root: etree._Element) -> str:
    """The visible text of an already parsed page or fragment."""
    parts: list[str] = []
    _walk(root, parts, preformatted=False)
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _walk(node: etree._Element, parts: list[str], preformatted: bool) -> None:
    tag = node.tag.lower() if isinstance(node.tag, str) else ""
    if tag in _INVISIBLE or not isinstance(node.tag, str):
        # Comments and processing instructions have non-str tags; their tails still show.
        if node.tail:
            parts.append(_rendered(node.tail, preformatted))
        return
    inner = preformatted or tag in _PREFORMATTED
    block = tag in _BLOCKS
    if block:
        parts.append("\n")
    if node.text:
        parts.append(_rendered(node.text, inner))
    for child in node:
        _walk(child, parts, inner)
    if block:
        parts.append("\n")
    if node.tail:
        parts.append(_rendered(node.tail, preformatted))


def _rendered(text: str, preformatted: bool) -> str:
    return text if preformatted else _SOURCE_BREAKS.sub(" ", text)
