"""PETRARCH discard lists: phrases that stop a sentence (or, with `+`, a whole story) from coding.

Sports and weather stories mention countries and verbs of conflict ("Brazil beat Argentina")
without being political events; a discard list names such phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.resources import DataFileError


@dataclass(slots=True)
class DiscardList:
    sentence: list[str] = field(default_factory=list)
    story: list[str] = field(default_factory=list)
    _sentence_re: re.Pattern[str] | None = None
    _story_re: re.Pattern[str] | None = None

    def extend(self, other: DiscardList) -> None:
        self.sentence.extend(other.sentence)
        self.story.extend(other.story)
        self._sentence_re = _compile(self.sentence)
        self._story_re = _compile(self.story)

    def discards_sentence(self, text: str) -> bool:
        return bool(self._sentence_re and self._sentence_re.search(text))

    def discards_story(self, text: str) -> bool:
        return bool(self._story_re and self._story_re.search(text))


def _compile(phrases: list[str]) -> re.Pattern[str] | None:
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)


def looks_like_petrarch_discards(path: Path) -> bool:
    """A PETRARCH discards file: named so, and phrase lines without `[CODE]` blocks."""
    if "discard" not in path.name.lower():
        return False
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    content = [line.split("#", 1)[0].strip() for line in lines]
    return not any("[" in line for line in content if line)


def read_petrarch_discards(path: Path) -> DiscardList:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read discard list ({exc})") from exc
    found = DiscardList()
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if not line or line.startswith("<!--"):
            continue
        phrase = line.lstrip("+").strip().replace("_", " ").lower()
        if phrase:
            (found.story if line.startswith("+") else found.sentence).append(phrase)
    result = DiscardList()
    result.extend(found)
    return result
