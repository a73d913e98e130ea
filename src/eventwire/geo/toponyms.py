"""Find and resolve the place names of a text, each in the light of the others."""

from __future__ import annotations

import logging
import re
from typing import Any

from spacy.language import Language

from eventwire.geo.disambiguation import resolve_names
from eventwire.geo.gazetteer import Gazetteer, GazetteerEntry, ResolutionContext

log = logging.getLogger(__name__)

TOPONYM_LABELS = ("GPE", "LOC", "FAC")
# "Paris, Tenn." / "Paris (Texas)": what joins a place to the division or country it is in.
CONTAINER_JOINER = re.compile(r"\s*(?:,|\()\s*")
# "a Lebanon woman", "Palestine police": a place written as the modifier of a person noun.
# News writes a country's demonym there ("a Lebanese woman"), a town's name as it is.
TOWNSFOLK = re.compile(
    r"\s+(?:man|woman|men|women|resident|residents|native|couple|teen|teenager|girl|boy|"
    r"police|officer|officers)\b", re.IGNORECASE,
)  # fmt: skip


def find_toponyms(text: str, nlp: Language | None = None) -> list[dict[str, Any]]:
    """Place-name spans from spaCy's GPE/LOC/FAC entities: [{"start", "end", "name"}]."""
    if nlp is None:
        from eventwire.nlp import load_pipeline
        from eventwire.settings import Settings

        nlp = load_pipeline(Settings.from_env().spacy_model)
    doc = nlp(text)
    return [
        {"start": ent.start_char, "end": ent.end_char, "name": ent.text}
        for ent in doc.ents
        if ent.label_ in TOPONYM_LABELS
    ]


def adjacent_pairs(text: str, spans: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """(i, j) for spans written "X, Y" or "X (Y)": Y probably contains X."""
    order = sorted(
        (n for n, s in enumerate(spans) if isinstance(s.get("start"), int) and
         isinstance(s.get("end"), int)),
        key=lambda n: spans[n]["start"],
    )  # fmt: skip
    pairs = []
    for i, j in zip(order, order[1:], strict=False):
        between = text[spans[i]["end"] : spans[j]["start"]]
        if spans[i]["end"] <= spans[j]["start"] and CONTAINER_JOINER.fullmatch(between):
            pairs.append((i, j))
    return pairs


def townish_mentions(text: str, spans: list[dict[str, Any]]) -> set[int]:
    """Indices of spans followed by a person noun they modify ("Lebanon woman")."""
    found = set()
    for n, span in enumerate(spans):
        end = span.get("end")
        if isinstance(end, int) and TOWNSFOLK.match(text, end):
            found.add(n)
    return found


def build_context(
    names: list[str], gazetteer: Gazetteer, adjacent: list[tuple[int, int]] | None = None
) -> tuple[ResolutionContext, list[GazetteerEntry | None]]:
    """Resolve the names together; the readings also become a context for other look-ups."""
    entries = resolve_names(names, gazetteer, adjacent)
    context = ResolutionContext()
    for entry in entries:
        if entry is not None:
            context.add(entry)
    return context, entries


def resolve_toponyms(
    text: str,
    toponyms: list[dict[str, Any]] | None = None,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
) -> list[dict[str, Any]]:
    """Resolve each toponym of `text` (found with spaCy when `toponyms` is None).

    Returns the toponyms with geonameid, lat, lon, country (ISO alpha-2) and feature added;
    those fields are None for names the gazetteer does not know.
    """
    gazetteer = gazetteer or Gazetteer.shared()
    spans = find_toponyms(text, nlp) if toponyms is None else toponyms
    names = [str(t.get("name") or text[t["start"] : t["end"]]) for t in spans]
    entries = resolve_names(names, gazetteer, adjacent_pairs(text, spans),
                            townish_mentions(text, spans))  # fmt: skip
    resolved = []
    for span, name, entry in zip(spans, names, entries, strict=True):
        record = {"start": span.get("start"), "end": span.get("end"), "name": name}
        if entry is None:
            record.update(geonameid=None, lat=None, lon=None, country=None, feature=None)
        else:
            record.update(
                geonameid=entry.geonameid, lat=entry.lat, lon=entry.lon,
                country=entry.country or None, feature=entry.feature,
            )  # fmt: skip
        resolved.append(record)
    return resolved
