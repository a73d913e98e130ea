"""The event store: SQLite by default (PostgreSQL by URL), written once per article.

    with open_store("eventwire.db") as store:
        store.save(coded_article)
        store.events(EventFilter.parse(dyad="PAK,IRN"))
"""

from __future__ import annotations

from eventwire.store.errors import InvalidQueryError, StoreError
from eventwire.store.filters import EventFilter
from eventwire.store.store import Store, open_store
from eventwire.store.writer import SaveResult, article_content_hash

__all__ = [
    "EventFilter",
    "InvalidQueryError",
    "SaveResult",
    "Store",
    "StoreError",
    "article_content_hash",
    "open_store",
]
