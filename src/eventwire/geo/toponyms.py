"""Find and resolve the place names of a text, each in the light of the others."""

from __future__ import annotations

import logging
import re
from collections import Counter
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


# "the Atlantic", "the eastern Pacific": a name after "the" (and at most one lower-case
# adjective) that is not itself the modifier of a following noun ("the Washington Post",
# "the Boston area"): what follows is punctuation, the end, or a function word.
ARTICLE_BEFORE = re.compile(r"\bthe\s+(?:[a-z][a-z-]+\s+)?$", re.IGNORECASE)
FUNCTION_AFTER = re.compile(
    r"(?:\s*(?:[,.;:!?)\"\u201d]|$)|\s+(?:is|was|are|were|and|or|but|in|on|at|to|of|from|"
    r"with|where|which|that|has|have|had|will|would|for|by|as|since|after|before|until|this|"
    r"last|during|because|while|when)\b)"
)  # fmt: skip


# What follows a dateline's place: the agency, a dash, a colon or a comma and the state.
DATELINE_AFTER = re.compile(r"\s*(?:\(|,|:|\u2014|\u2013|-)")


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


def articled_mentions(text: str, spans: list[dict[str, Any]]) -> set[int]:
    """Indices of spans written after "the" and heading no noun ("in the Atlantic,")."""
    found = set()
    for n, span in enumerate(spans):
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if ARTICLE_BEFORE.search(text[max(0, start - 40) : start]) and (
            FUNCTION_AFTER.match(text, end)
        ):
            found.add(n)
    return found


def dateline_mentions(text: str, spans: list[dict[str, Any]]) -> set[int]:
    """Indices of spans that open the text or a line as a dateline ("NEW YORK (AP) —",
    "ISLAMABAD:"): a dateline names the city the story was filed from."""
    found = set()
    for n, span in enumerate(spans):
        start, end = span.get("start"), span.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        opens_line = not text[:start].strip() or text[:start].rstrip(" \t").endswith("\n")
        name = text[start:end]
        if opens_line and name.isupper() and DATELINE_AFTER.match(text, end):
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


def document_focus(entries: list[GazetteerEntry | None]) -> GazetteerEntry | None:
    """The place a text is about: its most-mentioned town or division (the first on a tie).

    Countries and continents are no focus: a street or a hall lies in a town, and news names
    that town when it names a building or street the gazetteer cannot know.
    """
    counts = Counter(
        entry.geonameid for entry in entries
        if entry is not None and entry.feature.startswith(("P.", "A.ADM"))
    )  # fmt: skip
    if not counts:
        return None
    focus_id = counts.most_common(1)[0][0]
    return next(e for e in entries if e is not None and e.geonameid == focus_id)


def resolve_toponyms(
    text: str,
    toponyms: list[dict[str, Any]] | None = None,
    gazetteer: Gazetteer | None = None,
    nlp: Language | None = None,
    infer_unknown: bool = True,
) -> list[dict[str, Any]]:
    """Resolve each toponym of `text` (found with spaCy when `toponyms` is None).

    Returns the toponyms with geonameid, lat, lon, country (ISO alpha-2), feature and basis
    added. `basis` is "gazetteer" for a name found in the gazetteer. A name it does not know
    (a street, a hall, a farm) is placed at the text's focus when `infer_unknown` holds:
    lat, lon and country are the focus's, geonameid and feature stay None, `basis` is
    "document focus" and `near` names the focus. Otherwise all those fields are None.
    """
    gazetteer = gazetteer or Gazetteer.shared()
    spans = find_toponyms(text, nlp) if toponyms is None else toponyms
    names = [str(t.get("name") or text[t["start"] : t["end"]]) for t in spans]
    entries = resolve_names(names, gazetteer, adjacent_pairs(text, spans),
                            townish_mentions(text, spans), articled_mentions(text, spans),
                             dateline_mentions(text, spans))  # fmt: skip
    focus = document_focus(entries) if infer_unknown else None
    resolved = []
    for span, name, entry in zip(spans, names, entries, strict=True):
        record = {"start": span.get("start"), "end": span.get("end"), "name": name}
        if entry is not None:
            record.update(
                geonameid=entry.geonames_id, lat=entry.lat, lon=entry.lon,
                country=entry.country or None, feature=entry.feature, basis="gazetteer",
            )  # fmt: skip
        elif focus is not None:
            record.update(
                geonameid=None, lat=focus.lat, lon=focus.lon, country=focus.country or None,
                feature=None, basis="document focus", near=focus.name,
            )  # fmt: skip
        else:
            record.update(geonameid=None, lat=None, lon=None, country=None, feature=None,
                          basis=None)  # fmt: skip
        resolved.append(record)
    return resolved
