"""Turn a user's search words into a full-text query that can never be a syntax error.

Words are matched as whole terms and all must occur; a trailing `*` makes a word a prefix.
FTS5 operators typed by the user are treated as words, so odd input narrows a search
instead of raising an error.
"""

from __future__ import annotations

import re

from eventwire.store.errors import InvalidQueryError

_WORD = re.compile(r"[\w][\w'\-]*\*?", re.UNICODE)
MAX_TERMS = 32


def search_terms(query: str, parameter: str = "text") -> list[str]:
    """The words of `query` (a trailing `*` kept on prefix words); an error if there are none."""
    terms = _WORD.findall(query or "")
    if not terms:
        raise InvalidQueryError(parameter, f"no searchable words in {query!r}")
    if len(terms) > MAX_TERMS:
        raise InvalidQueryError(parameter, f"at most {MAX_TERMS} words, got {len(terms)}")
    return terms


def fts5_query(terms: list[str]) -> str:
    parts = []
    for term in terms:
        prefix = term.endswith("*")
        word = term.rstrip("*").replace('"', '""')
        parts.append(f'"{word}"' + ("*" if prefix else ""))
    return " ".join(parts)


def tsquery(terms: list[str]) -> str:
    """A PostgreSQL `to_tsquery('simple', ...)` string: every word required, `word:*` prefixes."""
    parts = []
    for term in terms:
        prefix = term.endswith("*")
        word = re.sub(r"[^\w]", "", term.rstrip("*"))
        if word:
            parts.append(f"{word}:*" if prefix else word)
    return " & ".join(parts)
