"""Resolve a free-standing name or phrase, as `eventwire kb lookup` shows it."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from eventwire.actors.coder import ActorCoder
from eventwire.model import Article


def lookup_phrase(
    coder: ActorCoder, nlp: Language, text: str, day: str | None = None,
    source: str | None = None,
) -> list[dict[str, Any]]:
    """Every actor the phrase names, with its code on `day` and the reasons."""
    article = Article(id="lookup", text=text, published=day, source=source)
    analysis = coder.code(nlp(text), article)
    results = []
    for actor in analysis.actors:
        results.append({
            "text": actor.mentions[0].text if actor.mentions else text,
            "name": actor.name,
            "code": actor.code,
            "country": actor.country,
            "sector": actor.sector,
            "kb_id": actor.kb_id,
            "why": (actor.why or "").split("; ") if actor.why else [],
        })
    return results
