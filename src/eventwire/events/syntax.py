"""Dependency-parse helpers: who is the subject, where an argument slot points, clause shape.

All functions read spaCy's English (ClearNLP-style) labels: nsubj, nsubjpass, dobj, dative,
agent, prep/pobj, poss, conj, xcomp, ccomp, relcl, acl, advcl.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj"})
# clauses that share their governor's subject when they have none of their own
_SUBJECT_SHARING = frozenset({"xcomp", "conj", "acomp", "advcl", "pcomp", "ccomp"})
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
# noun-phrase parts that belong to the actor mention ("government of Gondor", "police in X")
_NP_PREPS = frozenset({"of", "in", "from"})
_NP_EXCLUDED = frozenset({"conj", "cc", "punct", "relcl", "acl", "appos", "advcl", "prep"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_TERMINAL = frozenset({".", "!", "?", '"', "”", "'", "’", ")"})


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)


def expand_conjuncts(token: Token) -> list[Token]:
    """The token and every token coordinated with it ("A, B and C").

    Lists of titled names often parse as appositions ("met President X, Foreign Minister Y,
    ... and Z"), so a proper-noun apposition counts as a list member; callers drop members
    that name the same actor as the head.
    """
    found: list[Token] = []
    queue = [token]
    while queue:
        current = queue.pop(0)
        if current in found:
            continue
        found.append(current)
        queue.extend(c for c in current.conjuncts if c.i != current.i)
        if is_mistagged_name(current):
            queue.extend(
                c for c in current.children if c.dep_ == "pobj" and c.pos_ == "PROPN"
            )
        if current.pos_ == "PROPN":
            # a name followed by a name is a list; "the commander, General X" is one actor
            queue.extend(c for c in current.children if c.dep_ == "appos" and c.pos_ == "PROPN")
    return found


def is_mistagged_name(token: Token) -> bool:
    """A first name the tagger read as a preposition ("Barack" with "Obama" as its object):
    capitalised, not a function word, governing a proper noun."""
    return (
        token.pos_ == "ADP" and token.is_title and not token.is_stop
        and any(c.dep_ == "pobj" and c.pos_ == "PROPN" for c in token.children)
    )


def own_subjects(verb: Token) -> list[Token]:
    found = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not found:
        # "Barack Obama and Vladimir Putin met": the name may hang off the verb as a preposition
        found = [c for c in verb.children if c.i < verb.i and is_mistagged_name(c)]
    return found


# nouns that measure their `of`-complement: "dozens of mines", "part of a programme"
QUANTITY_NOUNS = frozenset({
    "dozen", "dozens", "score", "scores", "hundred", "hundreds", "thousand", "thousands",
    "million", "millions", "number", "lot", "lots", "part", "portion", "share", "half",
    "bulk", "majority", "rest", "some", "all", "most", "many", "several", "batch", "cache",
    "stash", "quantity", "amount", "consignment", "haul", "ton", "tonne", "kilogram",
    "kilo", "kg", "pair", "set", "series", "range", "couple", "worth", "load", "truckload",
    "shipment", "package", "crate", "box", "bag",
    # spans and rounds: "launched ten days of war games", "held a new round of talks"
    "day", "week", "month", "round", "wave", "spate",
})


def content_noun(noun: Token) -> Token:
    """The noun a quantity noun measures ("dozens of mines" -> mines), else the noun itself."""
    if noun.lemma_.lower() not in QUANTITY_NOUNS and noun.pos_ != "NUM":
        return noun
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            pobj = next((g for g in child.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return content_noun(pobj)
    return noun


# nouns for a body of people named by its members: "a mission of observers"
GROUP_NOUNS = frozenset({
    "team", "mission", "group", "contingent", "delegation", "unit", "detachment", "body",
    "panel", "convoy",
})


def member_noun(noun: Token) -> Token:
    """The members of a group noun ("a team of inspectors" -> inspectors), else the noun."""
    if noun.lemma_.lower() not in GROUP_NOUNS:
        return noun
    for pobj in prep_objects(noun, "of"):
        return pobj
    return noun


# nouns that carry an event named by their compound modifier: "a *mediation* effort", "an
# *assassination* attempt", "a *bombing* campaign"
LIGHT_EVENT_HEADS = frozenset({
    "effort", "campaign", "attempt", "bid", "operation", "drive", "mission", "initiative",
    "process", "plot",
})


def event_phrase_head(noun: Token) -> Token:
    """The light noun a compound event noun hangs on ("mediation effort" -> effort)."""
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in LIGHT_EVENT_HEADS:
        return noun.head
    return noun


def measuring_noun(noun: Token) -> Token:
    """The quantity noun that measures this one ("ten days of *war games*" -> days), else the
    noun itself: the inverse of `content_noun`, to find the clause role of a measured noun."""
    node = event_phrase_head(noun)
    for _ in range(4):
        prep = node.head
        if node.dep_ != "pobj" or prep.lower_ != "of" or prep.head.i == prep.i:
            break
        if prep.head.lemma_.lower() not in QUANTITY_NOUNS and prep.head.pos_ != "NUM":
            break
        node = prep.head
    return node


def object_of(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ == "dobj":
            return child
    return None


def subject_of(verb: Token, depth: int = 0) -> tuple[Token | None, bool]:
    """The verb's logical subject and whether it was inherited from a governing clause.

    Relative clauses take the noun they modify; controlled clauses ("urged Bree to help",
    "vowed to enhance") take the governor's object or subject; conjoined verbs share it.
    """
    subjects = own_subjects(verb)
    if subjects:
        subject = subjects[0]
        if subject.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return verb.head, True
        return subject, False
    if depth > 4 or verb.dep_ == "ROOT":
        return None, False
    head = verb.head
    if verb.dep_ in ("relcl", "acl") and head.pos_ in ("NOUN", "PROPN", "PRON"):
        return head, True
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        # "commenced his trip by meeting X": the gerund shares the clause's subject
        found, _ = subject_of(head.head, depth + 1) if head.head.pos_ in ("VERB", "AUX") else (
            None, False
        )
        return found, found is not None
    if verb.dep_ not in _SUBJECT_SHARING:
        return None, False
    if verb.dep_ == "xcomp":
        obj = object_of(head)
        if obj is not None and obj.pos_ in ("PROPN", "NOUN", "PRON") and obj.i < verb.i:
            return obj, True
    if verb.dep_ == "ccomp" and head.pos_ not in ("VERB", "AUX", "ADJ"):
        return None, False
    found, _ = subject_of(head, depth + 1)
    return found, found is not None


def prep_objects(token: Token, word: str) -> list[Token]:
    """Complements of `word` ("with", "to", ...) attached to the token."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in ("prep", "dative", "agent") and child.lower_ == word:
            found.extend(c for c in child.children if c.dep_ in ("pobj", "pcomp"))
    return found


def passive_agents(verb: Token) -> list[Token]:
    agents = []
    for child in verb.children:
        if child.dep_ == "agent":
            agents.extend(c for c in child.children if c.dep_ == "pobj")
    return agents


def slot_tokens(trigger: Token, slot: str) -> tuple[list[Token], bool]:
    """Head tokens filling `slot` for the trigger, and whether they were inherited.

    Passive verbs swap roles: `nsubj` is the by-agent and `dobj` the passive subject.
    """
    if trigger.pos_ == "NOUN":
        trigger = event_phrase_head(trigger)  # "a mediation effort between A and B"
    passive = trigger.pos_ in ("VERB", "AUX") and is_passive(trigger)
    # "officials accused of X", "a member jailed last year": the modified noun is the object
    reduced_passive = trigger.dep_ == "acl" and trigger.tag_ == "VBN"
    if reduced_passive and slot in ("nsubj", "dobj"):
        if slot == "nsubj":
            return passive_agents(trigger), False
        return [trigger.head], False
    if slot == "nsubj":
        if passive:
            return passive_agents(trigger), False
        subject, inherited = subject_of(trigger)
        return ([subject] if subject is not None else []), inherited
    if slot == "agent":
        return passive_agents(trigger), False
    if slot == "dobj":
        if passive:
            return [c for c in trigger.children if c.dep_ == "nsubjpass"], False
        return [c for c in trigger.children if c.dep_ == "dobj"] or infinitive_subject(
            trigger), False
    if slot == "attr":
        return [c for c in trigger.children if c.dep_ == "attr"], False
    if slot == "dative":
        out = []
        for child in trigger.children:
            if child.dep_ == "dative":
                out.extend([c for c in child.children if c.dep_ == "pobj"] or [child])
        return out, False
    if slot == "poss":
        owners = [c for c in trigger.children if c.dep_ == "poss"]
        if not owners and trigger.pos_ in ("VERB", "AUX"):
            # a verb's `poss` is its object's owner: "rejected India's allegations"
            for child in trigger.children:
                if child.dep_ in ("dobj", "nsubjpass"):
                    owners.extend(c for c in child.children if c.dep_ == "poss")
        return owners, False
    if slot == "between" or slot.startswith("prep:"):
        word = "between" if slot == "between" else slot[5:]
        direct = prep_objects(trigger, word)
        if direct:
            return direct, False
        # "restore ties with Gondor", "paid a visit to Tehran": the preposition hangs off the
        # verb's object noun
        for child in trigger.children:
            if child.dep_ in ("dobj", "nsubjpass", "attr"):
                nested = prep_objects(child, word)
                if nested:
                    return nested, False
        # "lobbied on behalf of Lebanon": one preposition deeper
        for child in trigger.children:
            if child.dep_ in ("prep", "prt"):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        nested = prep_objects(pobj, word)
                        if nested:
                            return nested, False
        return [], False
    if slot == "phrase":
        return verb_phrase_nouns(trigger), False
    if slot == "clause_subject":
        # "declared that China must drop barriers": the complement clause's own subject
        return [
            subject for child in trigger.children if child.dep_ == "ccomp"
            for subject in own_subjects(child)
        ], False
    raise ValueError(f"unknown slot {slot!r}")


# branches of a verb that are not its own complements: coordinated or adverbial clauses,
# the subject, punctuation
_OUTSIDE_VERB_PHRASE = frozenset({
    "conj", "cc", "punct", "advcl", "parataxis", "mark", "relcl", "nsubj", "nsubjpass",
    "csubj", "aux", "auxpass", "neg", "appos",
})


def verb_phrase_nouns(verb: Token) -> list[Token]:
    """Nouns after the verb inside its own complements, in text order (PETRARCH's reading of
    the target: the first actor of the verb phrase, "allowed that Mordor isn't ...")."""
    found: list[Token] = []
    passive = is_passive(verb)
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in _OUTSIDE_VERB_PHRASE
             and not (passive and c.dep_ == "agent")]
    while stack:
        token = stack.pop()
        if token.pos_ in ("NOUN", "PROPN", "PRON"):
            found.append(token)
        stack.extend(c for c in token.children if c.dep_ not in ("relcl", "advcl", "punct"))
    found.sort(key=lambda t: t.i)
    if passive:
        # "Eriador was opposed by Osgiliath": the passive subject is the target
        return [c for c in verb.children if c.dep_ == "nsubjpass"] + found
    return found


def obligation_clause(verb: Token) -> Token | None:
    """The verb's complement clause when it states a duty of a named other ("Y must X")."""
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        if not any(a.dep_ == "aux" and a.lower_ == "must" for a in child.children):
            continue
        subjects = own_subjects(child)
        if subjects and subjects[0].pos_ in ("PROPN", "NOUN"):
            return child
    return None


# what a non-actor argument is about: "sanctions on Iran", "a resolution on Sri Lanka"
_ABOUT_PREPS = ("on", "against", "to", "with", "over", "toward", "towards", "of")


def about_objects(token: Token) -> list[Token]:
    """Complements of the token's aboutness prepositions, in the order of `_ABOUT_PREPS`."""
    for word in _ABOUT_PREPS:
        found = prep_objects(token, word)
        if found:
            return found
    return []


def noun_phrase(token: Token) -> Span:
    """The actor mention headed by `token`: modifiers plus of/in/from attachments."""
    start, end = token.i, token.i
    for child in token.children:
        if child.i < token.i and child.dep_ not in _NP_EXCLUDED:
            start = min(start, child.left_edge.i)
        elif child.i > token.i and (
            child.dep_ not in _NP_EXCLUDED or (child.dep_ == "prep" and child.lower_ in _NP_PREPS)
        ):
            end = max(end, child.right_edge.i)
    return token.doc[start : end + 1]


def iter_clause_tokens(trigger: Token) -> Iterator[Token]:
    """Tokens of the trigger's own clause (embedded clauses excluded), in order."""
    for token in trigger.subtree:
        if token.i == trigger.i:
            yield token
            continue
        node = token
        embedded = False
        while node.i != trigger.i:
            if node.dep_ in ("ccomp", "advcl", "relcl") and node.head.i != trigger.i:
                embedded = True
                break
            node = node.head
        if not embedded:
            yield token


def has_finite_verb(sentence: Span) -> bool:
    for token in sentence:
        if token.tag_ in _FINITE_TAGS:
            return True
        if token.tag_ == "VB" and any(c.dep_ in ("aux", "auxpass") for c in token.children):
            return True
    return False


def looks_like_headline(sentence: Span) -> bool:
    """A fragment without terminal punctuation and without a finite verb ("X discussed at Y")."""
    words = [t for t in sentence if not t.is_space]
    if not words:
        return True
    if words[-1].text[-1:] in _TERMINAL:
        return False
    return not has_finite_verb(sentence)


_BACKGROUND_CLAUSES = frozenset({"advcl", "relcl", "acl", "ccomp", "pcomp", "csubj"})


def clause_depth(token: Token, reporting_verbs: frozenset[str]) -> int:
    """How many backgrounded clauses (adverbial, relative, complement) enclose the token.

    The complement of a reporting verb ("officials said X attacked Y") is the news itself and
    does not count.
    """
    depth = 0
    node = token
    for _ in range(12):
        if node.head.i == node.i:
            break
        if node.dep_ in _BACKGROUND_CLAUSES and not (
            node.dep_ == "ccomp" and node.head.lemma_ in reporting_verbs
        ):
            depth += 1
        node = node.head
    return depth


def is_attributive_participle(token: Token) -> bool:
    """A past participle that modifies a noun ("rebels *backed* by Turkey", "troops, *supported*
    by jets, ..."): a reduced relative clause describing that noun."""
    return token.pos_ == "VERB" and token.tag_ == "VBN" and token.dep_ == "acl"


# modifiers of a non-actor object that name whose it is: "an Australian ultimatum", "Serbia's
# suppression", "the U.N. presence"
_OWNER_DEPS = frozenset({"poss", "amod", "compound", "nmod"})
# clauses that say what an act is for: "opened fire to disperse", "calling for independence"
_PURPOSE_DEPS = frozenset({"advcl", "xcomp"})


def object_owners(verb: Token) -> list[Token]:
    """Owners and nationality modifiers of the verb's object, nearest first."""
    objects = [c for c in verb.children if c.dep_ == ("nsubjpass" if is_passive(verb) else "dobj")]
    found: list[Token] = []
    for obj in objects:
        found.extend(
            c for c in obj.children
            if c.dep_ in _OWNER_DEPS and c.i < obj.i and not _names_opposition(c)
        )
    return sorted(found, key=lambda t: -t.i)


def is_stance_word(word: str) -> bool:
    """"anti-government", "pro-Russia": a word naming whom something opposes or supports."""
    word = word.lower()
    return word.startswith(("anti-", "pro-")) or word in ("anti", "pro")


def _names_opposition(token: Token) -> bool:
    """"an anti-government protest": the modifier names whom the thing opposes."""
    if is_stance_word(token.text):
        return True
    first = token.left_edge.i
    doc = token.doc
    return first >= 2 and doc[first - 1].text == "-" and is_stance_word(doc[first - 2].text)


def purpose_objects(verb: Token) -> list[Token]:
    """Who a purpose clause names as the one acted on or addressed: the object of "to disperse
    X" or "calling for independence from X", and what "in protest of X" names. A nominal
    trigger ("continued their hunger strike to demand ...") reads its verb's clauses."""
    if verb.pos_ == "NOUN" and verb.dep_ == "dobj":
        verb = verb.head
    nouns: list[Token] = []
    for child in verb.children:
        if child.dep_ in _PURPOSE_DEPS and child.i > verb.i and _states_purpose(child):
            nouns.extend(c for c in child.children if c.dep_ == "dobj")
            nouns.extend(about_objects(child) + prep_objects(child, "for"))
        elif child.dep_ == "prep" and child.lower_ == "in":
            for noun in (c for c in child.children if c.dep_ == "pobj" and c.lemma_ == "protest"):
                nouns.extend(about_objects(noun) + prep_objects(noun, "against"))
    found: list[Token] = []
    for noun in nouns:
        found.append(noun)
        found.extend(about_objects(noun) + prep_objects(noun, "from") + prep_objects(noun, "by"))
        found.extend(c for c in noun.children if c.dep_ in _OWNER_DEPS)
    return [t for t in found if not (t.is_punct or _names_opposition(t))]


# verbs whose purpose clause addresses someone: demands, and acts against someone
_ADDRESSING_LEMMAS = frozenset({
    "demand", "call", "urge", "press", "protest", "seek", "insist", "disperse", "oppose",
    "denounce", "condemn", "pressure", "force", "punish", "repel", "challenge", "defy",
})


def _states_purpose(clause: Token) -> bool:
    """"to disperse the crowd", "demanding reforms": a demand or an act against someone."""
    return clause.pos_ == "VERB" and clause.lemma_.lower() in _ADDRESSING_LEMMAS


_HARM_VERBS = frozenset({
    "kill", "wound", "injure", "hurt", "maim", "hit", "destroy", "damage", "target", "claim",
})


def harmed_objects(noun: Token) -> list[Token]:
    """"A roadside bombing killed one soldier": the victims of the verb the act is subject of."""
    verb = noun.head
    if noun.dep_ != "nsubj" or verb.lemma_.lower() not in _HARM_VERBS:
        return []
    return [c for c in verb.children if c.dep_ == "dobj"]


def controlled_clauses(verb: Token) -> list[Token]:
    """The verb's controlled infinitive clauses: its xcomp, or an infinitive parsed as an
    adverbial after the verb's object ("implored world leaders to end the war")."""
    found = [c for c in verb.children if c.dep_ == "xcomp"]
    if found:
        return found
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return [
        c for c in verb.children
        if _is_infinitive(c) and (
            c.dep_ == "advcl" and objects and c.i > max(objects)
            or c.dep_ == "ccomp" and own_subjects(c)  # "implored leaders to end": subject
        )
    ]


def infinitive_subject(verb: Token) -> list[Token]:
    """"implored world leaders to end the war" parsed with "leaders" as the subject of "to
    end": the one asked is that subject."""
    return [
        subject for c in verb.children if c.dep_ == "ccomp" and _is_infinitive(c)
        for subject in own_subjects(c)
    ]


def _is_infinitive(clause: Token) -> bool:
    return any(a.dep_ == "aux" and a.lower_ == "to" for a in clause.children)


def agents_behind(instrument: Token) -> list[Token]:
    """"by a missile believed to be fired by rebels": who used the instrument named as agent."""
    found: list[Token] = []
    frontier = [c for c in instrument.children if c.dep_ == "acl"]
    for _ in range(2):
        following: list[Token] = []
        for verb in frontier:
            found.extend(passive_agents(verb))
            following.extend(c for c in verb.children if c.dep_ == "xcomp")
        frontier = following
    return found
