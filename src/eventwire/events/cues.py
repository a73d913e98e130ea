"""Cue-word lexicons shared by the PLOVER context tagger and mode refiner: how cue words and
phrases are read from their YAML files and matched against a sentence's tokens."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from spacy.tokens import Token

from eventwire.resources import DataFileError, load_yaml

# words inside the name of a person or place say nothing about the event ("Bill Clinton",
# "the West Bank"); organisations keep theirs ("Human Rights Watch")
NAME_ENTITIES = frozenset({"PERSON", "GPE", "LOC", "FAC"})
POS_TAGS = frozenset({"NOUN", "VERB", "ADJ", "ADV", "PROPN"})

# word -> [(part of speech or None, labels)]; first word -> [(phrase words, labels)]
WordIndex = dict[str, list[tuple[str | None, tuple[str, ...]]]]
PhraseIndex = dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]]


def read_cue_file(path: Path, section: str) -> dict[str, Any]:
    """The file's top-level mapping, checked to hold a `section` mapping."""
    try:
        raw = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise DataFileError(f"{path}: not valid YAML ({exc})") from exc
    if not isinstance(raw, dict) or not isinstance(raw.get(section), dict):
        raise DataFileError(f"{path}: expected a mapping with a `{section}` mapping")
    return raw


def token_forms(token: Token) -> tuple[str, ...]:
    lower, lemma = token.lower_, token.lemma_.lower()
    return (lower,) if lower == lemma else (lower, lemma)


def phrase_at(tokens: Sequence[Token], position: int, words: tuple[str, ...]) -> bool:
    if position + len(words) > len(tokens):
        return False
    return all(
        word in token_forms(token) for word, token in zip(words, tokens[position:], strict=False)
    )


def cue_list(path: Path, where: str, cues: Any) -> list[str]:
    if not isinstance(cues, list) or not all(isinstance(c, str) and c.strip() for c in cues):
        raise DataFileError(f"{path}: {where}: expected a list of non-empty words or phrases")
    return [_normal_cue(c) for c in cues]


def _normal_cue(cue: str) -> str:
    words, slash, pos = " ".join(cue.split()).partition("/")
    return words.lower() + slash + pos


def add_cue(
    path: Path,
    where: str,
    words: WordIndex,
    phrases: PhraseIndex,
    cue: str,
    contexts: tuple[str, ...],
) -> None:
    """Index one cue (a word, "word/POS" or a phrase) under its labels."""
    if "-" in cue.strip("-") and "/" not in cue:
        # the tokenizer splits "cease-fire" into three tokens; the joined form stays a word
        # for the few tokens it keeps whole
        split = " - ".join(part.strip() for part in cue.split("-"))
        _add_phrase(phrases, tuple(split.split()), contexts)
    parts = tuple(cue.split())
    if len(parts) > 1:
        _add_phrase(phrases, parts, contexts)
        return
    word, _, pos = cue.partition("/")
    if pos and pos.upper() not in POS_TAGS:
        raise DataFileError(
            f"{path}: {where}: {cue!r}: the part of speech after '/' must be one of "
            f"{', '.join(sorted(POS_TAGS))}"
        )
    words.setdefault(word, []).append((pos.upper() or None, contexts))


def _add_phrase(
    phrases: PhraseIndex,
    words: tuple[str, ...],
    contexts: tuple[str, ...],
) -> None:
    """A phrase listed under several contexts ("martial law") cues all of them."""
    candidates = phrases.setdefault(words[0], [])
    for number, (known, known_contexts) in enumerate(candidates):
        if known == words:
            candidates[number] = (known, tuple(dict.fromkeys(known_contexts + contexts)))
            return
    candidates.append((words, contexts))
