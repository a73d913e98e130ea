"""The sentence pre-filter: which sentences are worth a dependency parse.

A sentence can only yield an event if it holds a trigger word of the event lexicon and
either a trigger that codes with no actor named (violence, protest, arrests, weapons found:
"shops were looted", "35 people were arrested") or something that can name an actor: a name
or title the knowledge base knows, the surname of a known person ("Mr Shamkhani") or of a
full name met earlier in the same article ("James Marape" ... "Marape said"), or a personal
pronoun that coreference may resolve. Sentences naming a known person or organisation are
kept even without a trigger, since later sentences refer back to them ("he", "the army
chief").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from spacy.language import Language

from eventwire.actors.coref import GROUP_PRONOUNS, PERSON_PRONOUNS
from eventwire.actors.matcher import NameMatcher
from eventwire.events import Lexicon, codes_without_actor
from eventwire.events.lexicon import regular_inflections

_WORD = re.compile(r"[a-z]+")
_CAPITALISED = re.compile(r"\b[A-Z][\w'-]+")
_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z'-]+)+")
# every pronoun coreference resolves, objects and possessives included ("seized from him")
_PRONOUNS = PERSON_PRONOUNS | GROUP_PRONOUNS | {"we"}
# "March 3" is a date, "the march" may be a protest: capitalised month names are not triggers
_MONTHS = frozenset({"march", "may"})
_CAPITALISED_MONTH = re.compile(r"\b(?:March|May|MARCH|MAY)\b")


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


@dataclass(frozen=True, slots=True)
class TriggerForms:
    """Word forms that can fire a lexicon entry.

    `words`: a form that may fire on its own. `needs_object`: forms of a verb whose every entry
    requires a given object ("hold talks", "have a meeting"), mapped to those objects' forms;
    such a verb can only fire when one of them occurs too.
    """

    words: frozenset[str]
    needs_object: dict[str, frozenset[str]]
    # forms of triggers that code with no actor named ("shops were looted", "were arrested")
    standalone: frozenset[str] = frozenset()

    def found_in(self, words: set[str]) -> bool:
        if not self.words.isdisjoint(words):
            return True
        return any(
            not self.needs_object[word].isdisjoint(words)
            for word in words & self.needs_object.keys()
        )


def _noun_forms(noun: str) -> set[str]:
    forms = {noun, noun + "s", noun + "es"}
    if noun.endswith("y"):
        forms.add(noun[:-1] + "ies")
    return forms


def _words(forms: set[str]) -> frozenset[str]:
    # multi-word lemmas ("set_up") and hyphenated ones are matched word by word
    return frozenset(w for form in forms for w in _WORD.findall(form.lower()))


def trigger_surface_forms(lexicon: Lexicon, nlp: Language) -> TriggerForms:
    """Every lower-case word form that the coder may read as one of the lexicon's triggers.

    Desire words ("want", "plan") are left out: they only code through a governed trigger,
    which is itself in the set.
    """
    exceptions: dict[str, list[str]] = {}
    if "lemmatizer" in nlp.pipe_names:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_exc", {})
        for pos in ("verb", "noun"):
            for form, lemmas in table.get(pos, {}).items():
                for lemma in lemmas:
                    exceptions.setdefault(lemma, []).append(form)

    def verb_forms(lemma: str) -> set[str]:
        forms = {lemma, *regular_inflections(lemma), *exceptions.get(lemma, [])}
        return forms | {f for f, base in lexicon.verb_forms.items() if base == lemma}

    free: set[str] = set()
    standalone: set[str] = set()
    needs_object: dict[str, set[str]] = {}
    for lemma, entries in lexicon.verbs.items():
        if any(codes_without_actor(entry) for entry in entries):
            standalone |= verb_forms(lemma)
        if all(entry.objects for entry in entries):
            objects = _words({f for e in entries for o in e.objects for f in _noun_forms(o)})
            for word in _words(verb_forms(lemma)):
                needs_object.setdefault(word, set()).update(objects)
        else:
            free |= verb_forms(lemma)
    for noun, entries in lexicon.nouns.items():
        forms = _noun_forms(noun) | set(exceptions.get(noun, []))
        free |= forms
        if any(codes_without_actor(entry) for entry in entries):
            standalone |= forms
    free_words = _words(free)
    return TriggerForms(
        words=free_words,
        needs_object={
            word: frozenset(objects)
            for word, objects in needs_object.items()
            if word not in free_words
        },
        standalone=_words(standalone),
    )


class SentencePrefilter:
    def __init__(
        self, trigger_forms: TriggerForms, names: NameMatcher, surnames: Iterable[str]
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
        if not _MONTHS.isdisjoint(words):
            words -= _MONTHS
            words |= set(_WORD.findall(_CAPITALISED_MONTH.sub(" ", sentence)))
        if not self.shared.trigger_forms.found_in(words):
            keep = any("actor" in found.kinds() for found in self.shared.names.find(sentence))
        else:
            keep = (
                not self.shared.trigger_forms.standalone.isdisjoint(words)
                or not self.shared.actor_words.isdisjoint(words)
                or not self.seen_surnames.isdisjoint(_CAPITALISED.findall(sentence))
                or bool(self.shared.names.find(sentence))
            )
        if keep:
            self.seen_surnames.update(name.split()[-1] for name in _FULL_NAME.findall(sentence))
        return keep
