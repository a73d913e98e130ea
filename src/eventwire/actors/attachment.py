"""Where a phrase's country is written outside the phrase: post-modifiers, the clause, the sentence.

"Rebels in the Ivory Coast", "refugees fleeing the civil war in Liberia", "Doctors from two
American aid groups", "Thousands of Iraqi Kurds demonstrated in Kirkuk": the head noun has no
nationality of its own and takes the one its prepositional or participial modifiers name.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

# prepositions whose object can give the head noun its country
ATTACHING_PREPOSITIONS = frozenset(
    {"in", "of", "from", "throughout", "across", "inside", "within", "to", "at", "near"}
)
# participles and adjectives that pass a country on: "based in", "operating in", "loyal to"
_PASSING_DEPS = frozenset({"acl", "amod", "dobj", "pobj", "prep", "compound", "poss", "appos"})
_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "conj", "cc", "punct"})
_MAX_DEPTH = 4


def postmodifier_country(
    head: Token, country_at: Callable[[Token], str | None]
) -> tuple[str, Token] | None:
    """The first country named in `head`'s right-hand modifiers, breadth first."""
    # a modifier after a conjunct belongs to the coordination, not to this head ("groups and
    # developments in Afghanistan")
    conjunct = min((c.i for c in head.rights if c.dep_ == "conj"), default=len(head.doc))
    frontier = [c for c in head.rights if c.i < conjunct and (
        c.dep_ == "prep" and c.lower_ in ATTACHING_PREPOSITIONS or c.dep_ in {"acl", "amod"})]
    for _ in range(_MAX_DEPTH):
        following: list[Token] = []
        for token in frontier:
            country = country_at(token)
            if country:
                return country, token
            following.extend(c for c in token.children
                             if c.dep_ in _PASSING_DEPS and c.dep_ not in _CLAUSE_DEPS)
        frontier = following
        if not frontier:
            break
    return None


def clause_location_country(
    head: Token, country_at: Callable[[Token], str | None]
) -> tuple[str, Token] | None:
    """"Ethnic Albanians demonstrated on Tuesday in Serbia": the subject's verb's locative."""
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head  # "Hundreds of ethnic Albanians demonstrated"
    if head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    for prep in head.head.children:
        if prep.dep_ != "prep" or prep.lower_ not in {"in", "throughout", "across", "inside"}:
            continue
        for obj in prep.children:
            country = country_at(obj)
            if country:
                return country, obj
            for child in obj.children:
                if child.dep_ in {"compound", "amod", "poss", "prep"}:
                    country = country_at(child) or next(
                        (country_at(g) for g in child.children if country_at(g)), None)
                    if country:
                        return country, child
    return None
