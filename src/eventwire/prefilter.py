"""The sentence pre-filter: which sentences are worth a dependency parse.

A sentence can only yield an event if it holds a trigger word of the event lexicon and
something that can name an actor: a name or title the knowledge base knows, the surname of a
known person ("Mr Shamkhani") or of a full name met earlier in the same article ("James
Marape" ... "Marape said"), or a personal pronoun that coreference may resolve. Sentences naming
a known person or organisation are kept even without a trigger, since later sentences refer
back to them ("he", "the army chief").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.language import Language

from eventwire.actors.matcher import NameMatcher
from eventwire.events import Lexicon
from eventwire.events.lexicon import regular_inflections
from eventwire.events.modality import DESIRE_GOVERNORS

_WORD = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)+")
_PRONOUNS = frozenset({"he", "she", "they", "we"})


def trigger_surface_forms(lexicon: Lexicon, nlp: Language) -> frozenset[str]:
    """Every lower-case word form that the coder may read as one of the lexicon's triggers."""
    verbs = set(lexicon.verbs) | set(DESIRE_GOVERNORS)
    forms: set[str] = set(verbs) | set(lexicon.verb_forms)
    for verb in verbs:
        forms |= regular_inflections(verb)
    for noun in lexicon.nouns:
        forms |= {noun, noun + "s", noun + "es"}
        if noun.endswith("y"):
            forms.add(noun[:-1] + "ies")
    if "lemmatizer" in nlp.pipe_names:
        exceptions = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})
        for pos in ("verb", "noun"):
            for form, lemmas in exceptions.get(pos, {}).items():
                if any(lemma in verbs or lemma in lexicon.nouns for lemma in lemmas):
                    forms.add(form)
    # multi-word lemmas ("set_up") and hyphenated ones are matched word by word
    return frozenset(w for form in forms for w in _WORD.findall(form.lower()))


class SentencePrefilter:
    def __init__(
        self, trigger_forms: frozenset[str], names: NameMatcher, surnames: Iterable[str]
    ) -> None:
        self.trigger_forms = trigger_forms
        self.names = names
        self.actor_words = _PRONOUNS | {s.lower() for s in surnames}

    def for_article(self) -> ArticlePrefilter:
        return ArticlePrefilter(self)


class ArticlePrefilter:
    """The pre-filter for one article's sentences, called in reading order."""

    def __init__(self, shared: SentencePrefilter) -> None:
        self.shared = shared
        self.seen_surnames: set[str] = set()

    def __call__(self, sentence: str) -> bool:
        words = set(_WORD.findall(sentence.lower()))
        if self.shared.trigger_forms.isdisjoint(words):
            keep = any("actor" in found.kinds() for found in self.shared.names.find(sentence))
        else:
            keep = (
                not self.shared.actor_words.isdisjoint(words)
                or not self.seen_surnames.isdisjoint(_CAPITALISED.findall(sentence))
                or bool(self.shared.names.find(sentence))
            )
        if keep:
            self.seen_surnames.update(name.split()[-1] for name in _FULL_NAME.findall(sentence))
        return keep
