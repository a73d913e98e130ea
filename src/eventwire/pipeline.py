"""The whole pipeline for one article: nlp -> actors -> events -> time -> place.

Stages are built once (models and lexicons load at construction) and reused for every article.
"""

from __future__ import annotations

from eventwire.actors import ActorCoder
from eventwire.events import EventCoder
from eventwire.geo import EventLocator
from eventwire.model import Article, CodedArticle
from eventwire.nlp import load_pipeline
from eventwire.settings import Settings
from eventwire.time import EventDater


class Pipeline:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings.from_env()
        self.nlp = load_pipeline(self.settings.spacy_model)
        self.actor_coder = ActorCoder(self.settings)
        self.event_coder = EventCoder(self.settings)
        self.dater = EventDater()
        self.locator = EventLocator()

    def code_article(self, article: Article) -> CodedArticle:
        doc = self.nlp(article.text)
        actors = self.actor_coder.code(doc, article)
        events = self.event_coder.code(doc, article, actors)
        self.dater.date_events(doc, article, events)
        self.locator.locate_events(doc, article, events)
        return CodedArticle(article=article, actors=actors.actors, events=events)
