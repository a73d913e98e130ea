"""Tidy trafilatura's text output: markdown-ish list and table marks, a repeated headline,
and chrome lines left at the edges of the body."""

from __future__ import annotations

import re

from eventwire.extract.body_span import CHROME_LINE, LEGAL_LINE, is_date_line
from eventwire.extract.byline import parse_byline

_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*-*$")
_LIST_MARK = re.compile(r"^[-*\u2022]\s+")
_NON_WORD = re.compile(r"\W+")
_MAX_EDGE_WORDS = 25
_HEADLINE_LINES = 3  # the headline is looked for among this many first lines


def clean_body(text: str, title: str | None) -> str:
    lines = _unmark(text.splitlines())
    if title:
        # The headline is kept in `title`, not repeated in the body; pages often print a
        # kicker or a section label above it.
        headline = _comparable(title)
        lines = [
            line for index, line in enumerate(lines)
            if index >= _HEADLINE_LINES or _comparable(line) != headline
        ]  # fmt: skip
    while lines and _is_edge_chrome(lines[0]):
        lines.pop(0)
    while lines and _is_edge_chrome(lines[-1]):
        lines.pop()
    return "\n".join(lines).strip()


def _unmark(lines: list[str]) -> list[str]:
    """Table rows become one line per cell; list bullets and table rules go."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if not stripped or _TABLE_RULE.match(stripped):
            continue
        if stripped.startswith("|"):
            out.extend(cell.strip() for cell in stripped.strip("|").split("|") if cell.strip())
            continue
        out.append(_LIST_MARK.sub("", stripped))
    return out


def _comparable(text: str) -> str:
    return _NON_WORD.sub(" ", text).strip().casefold()


def _is_edge_chrome(line: str) -> bool:
    if len(line.split()) > _MAX_EDGE_WORDS:
        return False
    return bool(
        CHROME_LINE.match(line) or LEGAL_LINE.search(line) or is_date_line(line)
        or parse_byline(line)
    )
