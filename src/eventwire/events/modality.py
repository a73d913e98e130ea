"""Negation, modality (asserted / intended / reported / hypothetical) and attribution of a trigger.

Word lists here are grammatical (auxiliaries, speech and control verbs), not event vocabulary:
they decide *how* an event is asserted, while the lexicon decides *which* event it is.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from eventwire.events.syntax import event_phrase_head

SPEECH_VERBS = frozenset({
    "say", "tell", "claim", "report", "announce", "state", "allege", "add", "confirm",
    "insist", "note", "quote", "believe", "assert", "declare", "write", "tweet", "disclose",
    "reveal", "argue", "suggest", "maintain", "contend", "acknowledge", "admit",
})
NEGATING_GOVERNORS = frozenset({"refuse", "fail", "decline", "deny", "reject", "neglect"})
INTENT_GOVERNORS = frozenset({
    "plan", "intend", "vow", "pledge", "promise", "want", "seek", "hope", "agree", "decide",
    "threaten", "expect", "aim", "prepare", "offer", "propose", "schedule", "wish", "try",
    "attempt", "resolve", "undertake", "set", "mean", "go", "about",
})
# governors that turn the event they control into an intent (03x) or threat (13x) when the
# lexicon has no entry of their own: "wants to attack" is a threat, "plans to visit" an intent
DESIRE_GOVERNORS = frozenset({
    "want", "intend", "plan", "wish", "aim", "hope", "seek", "willing", "ready", "prepared",
    "determined", "eager", "committed",
})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
_HYPOTHETICAL_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
# modals that announce an act rather than weigh its possibility or duty: "would meet",
# "may halt mediation" state what the actor means to do; "could", "should", "must" do not
_PROSPECTIVE_AUX = _FUTURE_AUX | frozenset({"would", "might", "may", "'d"})
_CONDITIONAL_MARKS = frozenset({"if", "unless", "whether"})
_NEGATING_DETS = frozenset({"no", "neither"})
# a subject that denies the act happened to anyone: "nobody was arrested"
_NEGATING_SUBJECTS = frozenset({"nobody", "none", "noone", "nothing"})
_CLIMB = frozenset({"xcomp", "conj", "ccomp", "advcl", "acomp", "pcomp", "relcl"})


@dataclass(frozen=True, slots=True)
class Assertion:
    negated: bool
    modality: str  # asserted | intended | reported | hypothetical
    speaker: Token | None = None  # head of the reporting clause's subject, when reported
    # the actor announces the act: an intent verb ("plans to visit", "agreed to share") or a
    # reported modal ("said it will give", "may halt mediation, the minister said"); a bare
    # "X will supply arms" reports a scheduled act, and "if war starts" or "could" no intent
    prospective: bool = False


def _is_negated_here(token: Token) -> bool:
    for child in token.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "det" and child.lower_ in _NEGATING_DETS:
            return True
        if child.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in child.children):
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and (
            child.lower_ in _NEGATING_SUBJECTS
            or (child.lower_ == "one" and any(g.lower_ == "no" for g in child.children))
        ):
            return True
    return False


def _is_infinitive(token: Token) -> bool:
    return token.tag_ == "VB" and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in token.children
    )


def _aux_lemmas(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in ("aux", "auxpass")}


def assess(trigger: Token) -> Assertion:
    """Walk from the trigger up its governing clauses and collect negation and modality."""
    if trigger.pos_ == "NOUN":
        trigger = event_phrase_head(trigger)  # "launched a mediation effort"
    negated = _is_negated_here(trigger)
    modality = "asserted"
    speaker: Token | None = None
    node = trigger
    # a nominal trigger's assertion is its governing verb's ("held no talks", "planned visit",
    # "if war starts")
    if trigger.pos_ in ("NOUN", "PROPN") and trigger.dep_ in ("dobj", "nsubjpass", "pobj", "nsubj"):
        governor = trigger.head if trigger.dep_ != "pobj" else trigger.head.head
        if governor.pos_ in ("VERB", "AUX"):
            negated = negated or _is_negated_here(governor)
            node = governor
    auxes = _aux_lemmas(node)
    modal = bool(auxes & _PROSPECTIVE_AUX)
    intent_verb = reported = False
    if auxes & _FUTURE_AUX:
        modality = "intended"
    if auxes & _HYPOTHETICAL_AUX:
        modality = "hypothetical"
    if any(c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in node.children):
        modality = "hypothetical"
    for _ in range(6):
        if node.dep_ not in _CLIMB or node.head.i == node.i:
            break
        relation, governor = node.dep_, node.head
        if relation == "xcomp":
            governor_negated = _is_negated_here(governor)
            if governor.lemma_ in NEGATING_GOVERNORS:
                # "refused to meet" negates; "did not refuse to meet" does not
                negated = not governor_negated
            elif governor_negated:
                negated = True
            if governor.lemma_ in INTENT_GOVERNORS:
                intent_verb = True
                if modality == "asserted":
                    modality = "intended"
        elif relation == "ccomp" and governor.lemma_ in SPEECH_VERBS:
            reported = True
            if modality == "asserted":
                modality = "reported"
            speaker = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        elif relation == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _CONDITIONAL_MARKS for c in node.children
        ):
            modality = "hypothetical"
        elif relation in ("advcl", "acl") and _is_infinitive(node) and modality == "asserted":
            # a purpose clause ("sent teams to apprehend him") states an aim, not an act
            modality = "intended"
        if relation in ("ccomp", "advcl"):
            break
        node = governor
        if _aux_lemmas(node) & _PROSPECTIVE_AUX:
            modal = True
        if _aux_lemmas(node) & _FUTURE_AUX and modality == "asserted":
            modality = "intended"
    # "X will provide aid, the agency said": the speech verb hangs off the reported clause
    # (spaCy often attaches it as `conj`)
    reported = reported or any(
        c.dep_ in ("parataxis", "ccomp", "conj") and c.lemma_ in SPEECH_VERBS and c.i > trigger.i
        for c in node.children
    )
    return Assertion(
        negated=negated,
        modality=modality,
        speaker=speaker,
        prospective=intent_verb or (modal and reported),
    )
