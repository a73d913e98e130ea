"""Within-article coreference: pronouns, "the two sides" and bare role phrases."""

from __future__ import annotations

from spacy.tokens import Doc, Token

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
GROUP_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PAIR_NOUNS = frozenset({"sides", "countries", "nations", "leaders", "parties", "governments",
                        "states", "neighbours", "neighbors", "men", "officials"})
# pair nouns that name two people, who may share a country ("the two men" after two Iranians)
PERSON_PAIR_NOUNS = frozenset({"men", "leaders", "officials"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def pair_phrase_at(doc: Doc, token: Token) -> tuple[int, int, bool] | None:
    """Token span of "the two sides"/"both countries"/"the two", and whether it names countries."""
    if token.lower_ in {"two", "both"}:
        number = token
        noun = token.head if token.dep_ == "nummod" or token.dep_ == "det" else None
        if noun is None and token.i + 1 < len(doc) and doc[token.i + 1].lower_ in PAIR_NOUNS:
            noun = doc[token.i + 1]
    elif token.lower_ in PAIR_NOUNS:
        noun = token
        number = next((c for c in token.children if c.lower_ in {"two", "both"}), None)
        if number is None:
            return None
    else:
        return None
    if noun is not None and (noun.lower_ not in PAIR_NOUNS or noun.i < number.i):
        noun = None
    if noun is None:
        # "The two also exchanged views": the numeral itself is the subject
        if number.lower_ != "two" or number.dep_ not in SUBJECT_DEPS:
            return None
        start = number.i - 1 if number.i > 0 and doc[number.i - 1].lower_ == "the" else number.i
        return start, number.i + 1, False
    start = number.i - 1 if number.i > 0 and doc[number.i - 1].lower_ == "the" else number.i
    countries = noun.lower_ in {"countries", "nations", "states", "governments", "neighbours",
                                "neighbors"}
    return start, noun.i + 1, countries


def is_subject(token: Token) -> bool:
    while token.dep_ in {"compound", "amod", "nmod", "appos", "conj"} and token.head is not token:
        token = token.head
    return token.dep_ in SUBJECT_DEPS
