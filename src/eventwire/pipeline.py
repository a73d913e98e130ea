"""The whole pipeline for one article: nlp -> actors -> events -> time -> place.

Stages are built once (models and lexicons load at construction) and reused for every article.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from itertools import islice

from spacy.tokens import Doc

from eventwire.actors import ActorCoder
from eventwire.events import EventCoder, is_event_dictionary
from eventwire.geo import EventLocator
from eventwire.model import Article, CodedArticle, Event
from eventwire.nlp import load_pipeline
from eventwire.nlp.selective import parse_selectively
from eventwire.prefilter import SentencePrefilter, trigger_surface_forms
from eventwire.settings import Settings
from eventwire.time import EventDater

_BATCH = 32


class Pipeline:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = load_pipeline(self.settings.spacy_model)
        # --dictionary files are sorted by content: PETRARCH verb and discard files go to the
        # event coder (which reads them from the settings), the others to the actor coder.
        for path in self.settings.dictionaries:
            if not path.is_file():
                raise FileNotFoundError(f"dictionary not found: {path}")
        actor_settings = replace(
            self.settings,
            dictionaries=[p for p in self.settings.dictionaries if not is_event_dictionary(p)],
        )
        self.actor_coder = ActorCoder(actor_settings)
        self.event_coder = EventCoder(self.settings)
        self.dater = EventDater()
        self.locator = EventLocator()
        self.prefilter = SentencePrefilter(
            trigger_surface_forms(self.event_coder.lexicon, self.nlp),
            self.actor_coder.matcher,
            self.actor_coder.kb.persons_by_surname(),
        )

    def parse(self, texts: Iterable[str]) -> Iterator[Doc]:
        if self.settings.prefilter:
            return parse_selectively(
                self.nlp, texts, self.prefilter.for_article, batch_size=_BATCH
            )
        return self.nlp.pipe(texts, batch_size=_BATCH)

    def code_article(self, article: Article) -> CodedArticle:
        return next(self.code_articles([article]))

    def code_articles(self, articles: Iterable[Article]) -> Iterator[CodedArticle]:
        """Code articles in order, parsing them in batches."""
        iterator = iter(articles)
        while batch := list(islice(iterator, _BATCH)):
            for article, doc in zip(batch, self.parse(a.text for a in batch), strict=True):
                yield self._code_parsed(article, doc)

    def _code_parsed(self, article: Article, doc: Doc) -> CodedArticle:
        actors = self.actor_coder.code(doc, article)
        events = _one_per_id(self.event_coder.code(doc, article, actors))
        self.dater.date_events(doc, article, events)
        self.locator.locate_events(doc, article, events)
        return CodedArticle(article=article, actors=actors.actors, events=events)


def _one_per_id(events: list[Event]) -> list[Event]:
    """Keep one event per id (same sentence, trigger, code and actor codes: the same event read
    twice, e.g. through two mentions of one actor), the most confident, in text order."""
    best: dict[str, Event] = {}
    for event in events:
        kept = best.get(event.event_id)
        if kept is None or event.confidence > kept.confidence:
            best[event.event_id] = event
    return [e for e in events if best[e.event_id] is e]
