"""Date each event from the text: its clause's expression, then the sentence, the paragraph,
the lead, and finally the publication date."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from datetime import date, datetime

from spacy.tokens import Doc, Span, Token

from eventwire.model import Article, Event
from eventwire.time.finder import find_expressions
from eventwire.time.values import TimexValue

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
CLAUSE_DEPS = {"ccomp", "advcl", "relcl", "conj", "xcomp", "parataxis", "csubj", "acl"}


@dataclass(slots=True)
class DatedSentence:
    sentence: Span
    paragraph: int
    expressions: list[tuple[TimexValue, Span | None]]


def publication_date(article: Article) -> date | None:
    if not article.published:
        return None
    text = article.published.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            log.warning("article %s: unreadable publication date %r", article.id, text)
            return None


def clause_head(token: Token) -> Token:
    """The verb heading the clause `token` sits in (the sentence root at the top)."""
    while token.head.i != token.i:
        if token.pos_ in ("VERB", "AUX") and token.dep_ in CLAUSE_DEPS:
            return token
        token = token.head
    return token


class EventDater:
    """Fill each event's date, precision and date_text from the article's own words."""

    def date_events(self, doc: Doc, article: Article, events: list[Event]) -> None:
        if not events:
            return
        dct = publication_date(article)
        if dct is None:
            log.info("article %s: no publication date; relative dates left unresolved", article.id)
            return
        sentences = self.date_sentences(doc, dct)
        lead = next(
            (value for ds in sentences for value, _ in ds.expressions if value.can_anchor), None
        )
        for event in events:
            if not 0 <= event.sentence_index < len(sentences):
                log.warning(
                    "event %s: sentence %s out of range", event.event_id, event.sentence_index
                )
                continue
            chosen = self._choose(doc, sentences, event, lead, dct)
            if chosen is None:
                event.date, event.date_precision = dct.isoformat(), "publication"
                event.date_text = None
            else:
                event.date = event_date_value(chosen.value)
                event.date_precision = chosen.precision  # type: ignore[assignment]
                event.date_text = chosen.text

    def date_sentences(self, doc: Doc, dct: date) -> list[DatedSentence]:
        """Every sentence with its resolved expressions, each anchored on the dates before it."""
        breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(doc.text)]
        anchor: TimexValue | None = None
        dated: list[DatedSentence] = []
        for sentence in doc.sents:
            paragraph = sum(1 for offset in breaks if offset <= sentence.start_char)
            expressions: list[tuple[TimexValue, Span | None]] = []
            for value in find_expressions(sentence.text, dct, anchor):
                span = sentence.char_span(value.start, value.end, alignment_mode="expand")
                expressions.append((value, span))
                if value.can_anchor:
                    anchor = value
            dated.append(DatedSentence(sentence, paragraph, expressions))
        return dated

    def _choose(
        self,
        doc: Doc,
        sentences: list[DatedSentence],
        event: Event,
        lead: TimexValue | None,
        dct: date,
    ) -> TimexValue | None:
        here = sentences[event.sentence_index]
        calendar = [
            (value, span)
            for value, span in here.expressions
            if value.is_calendar and not _after_publication(value, event, dct)
        ]
        if calendar:
            return self._closest_in_sentence(doc, calendar, event)
        for previous in reversed(sentences[: event.sentence_index]):
            if previous.paragraph != here.paragraph:
                break
            # A comparison ("a year earlier") dates its own clause, not the sentences after it.
            carried = [
                value
                for value, _ in previous.expressions
                if value.can_anchor and not _after_publication(value, event, dct)
            ]
            if carried:
                return carried[-1]
        if lead is not None and _after_publication(lead, event, dct):
            return None
        return lead

    def _closest_in_sentence(
        self, doc: Doc, calendar: list[tuple[TimexValue, Span | None]], event: Event
    ) -> TimexValue:
        if event.trigger_token is None or not 0 <= event.trigger_token < len(doc):
            return calendar[0][0]
        trigger = doc[event.trigger_token]
        trigger_clause = clause_head(trigger)

        def rank(item: tuple[TimexValue, Span | None]) -> tuple[int, int]:
            _, span = item
            if span is None:
                return (3, 0)
            root = span.root
            distance = min(abs(token.i - trigger.i) for token in span)
            if trigger in root.ancestors or any(t in trigger.subtree for t in span):
                return (0, distance)
            if clause_head(root) == trigger_clause:
                return (1, distance)
            return (2, distance)

        return min(calendar, key=rank)[0]


def event_date_value(value: str) -> str:
    """An event's date as a calendar value: a fiscal year ("FY1988") counts as its year, since
    a fiscal calendar's offset is not known from the text; a clock time ("2000-04-04T09:00")
    counts as its day, the finest precision an event date carries."""
    if value.startswith("FY"):
        return value[2:]
    return value[:10] if value[10:11] == "T" else value


def _after_publication(value: TimexValue, event: Event, dct: date) -> bool:
    """A reported act cannot have happened after its story was published: "suspended talks
    until 2028" dates the suspension by the story, not by 2028. Intended and hypothetical acts
    may lie ahead."""
    if event.modality in ("intended", "hypothetical"):
        return False
    first = value.first_day()
    return first is not None and first > dct
