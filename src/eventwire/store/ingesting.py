"""Code articles with the pipeline and store them, skipping what the store already holds.

The check comes before coding, so a rerun after a crash resumes at NLP speed only for the
articles the crashed run had not committed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from eventwire.model import Article, CodedArticle
from eventwire.settings import Settings
from eventwire.store.store import Store
from eventwire.store.writer import SaveResult, article_content_hash

log = logging.getLogger(__name__)


@dataclass(slots=True)
class IngestTally:
    added: int = 0
    replaced: int = 0
    unchanged: int = 0
    events: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    @property
    def articles(self) -> int:
        return self.added + self.replaced + self.unchanged

    def count(self, result: SaveResult) -> None:
        setattr(self, result.status, getattr(self, result.status) + 1)
        self.events += result.events

    def as_dict(self) -> dict[str, int]:
        return {"articles": self.articles, "added": self.added, "replaced": self.replaced,
                "unchanged": self.unchanged, "events": self.events, "failed": self.failed}


class ArticleIngester:
    """Stores articles through one pipeline, built on first use (spaCy loads only if needed)."""

    def __init__(self, store: Store, settings: Settings) -> None:
        self.store = store
        self.settings = settings
        self._pipeline = None

    @property
    def pipeline(self):  # noqa: ANN201 - the Pipeline type imports spaCy; keep it lazy
        if self._pipeline is None:
            from eventwire.pipeline import Pipeline

            self._pipeline = Pipeline(self.settings)
        return self._pipeline

    def ingest_article(self, article: Article, run_id: int | None, tally: IngestTally) -> None:
        digest = article_content_hash(article)
        if self.store.is_stored(article.id, digest):
            tally.count(self.store.save_unchanged(article.id, run_id))
            return
        try:
            coded = self.pipeline.code_article(article)
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            # A coder bug on one odd article must not stop a corpus run; it is logged and
            # counted, and the article is retried by the next run (nothing was stored).
            log.error("article %s (%s): coding failed: %s: %s", article.id, article.origin,
                      type(exc).__name__, exc)
            tally.failed += 1
            tally.failures.append((article.id, f"{type(exc).__name__}: {exc}"))
            return
        tally.count(self.store.save(coded, digest, run_id))

    def ingest_coded(
        self, coded: CodedArticle, digest: str, run_id: int | None, tally: IngestTally
    ) -> None:
        tally.count(self.store.save(coded, digest, run_id))
