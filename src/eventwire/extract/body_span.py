"""Find the article body among the lines of a scraped page (site chrome still in it).

Lines are first joined into blocks where a paragraph was hard-wrapped. Each block is then
classed, in the spirit of jusText: running prose is good and counts for its length; chrome
(menus, dates, share buttons, legal lines, lines seen before) counts against; anything else
(list items, table cells, captions, sub-headings) is neutral and costs little, so it stays
when it sits between good blocks and falls away at the edges. The body is the contiguous
run of blocks with the highest total (Finn et al.'s Body Text Extraction), with a discount
for runs that start late in the page, where site footers and disclaimers live; no run
crosses a footer line or a long stretch of chrome.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

_SENTENCE_END = re.compile(r"[.!?:;\"'\u201d\u2019)\]\u2026\u3002\uff01\uff1f]$")
_OPEN_END = re.compile(
    r"[,\-\u2013\u2014(]$|\b(?:a|an|the|of|to|and|or|but|in|on|at|for|with|by|from|as|that"
    r"|which|who|than|its|their|his|her|is|are|was|were|has|have|had|will|would)$",
    re.I,
)
CHROME_LINE = re.compile(
    r"^(?:advertisement|advert|sponsored(?: content)?|share(?: this)?(?: article| story)?"
    r"|read (?:more|next|also)|related(?: articles| stories| news| posts)?|more from\b.*"
    r"|most (?:read|popular|viewed)|trending|comments?(?: \(\d+\))?|leave a (?:comment|reply)"
    r"|sign (?:in|up)|log ?in|subscribe\b.*|newsletter|follow us\b.*|cookie.*|accept(?: all)?"
    r"|skip to (?:main )?content|menu|search|home|back to top|print|email|facebook|twitter|x"
    r"|whatsapp|linkedin|opinion|editorial|also read\b.*|recommended(?: for you)?"
    r"|you (?:may|might) also like.*|photo:.*|image:.*|file photo.*|watch:.*|listen.*"
    r"|(?:photo |image )?credits?:.*|table of contents(?: show)?|recent posts|see more"
    r"|learn more|skip advertisement|explore (?:further|more)|back to (?:blog|top|news)"
    r"|you are here:?|pinterest image|share this (?:entry|post|page)|\d+ min(?:ute)? read"
    r"|(?:image |photo )?\d+ (?:of|/) ?\d+|https?://\S+)$",
    re.I,
)
LEGAL_LINE = re.compile(
    r"(?:\u00a9|copyright\b|all rights reserved|privacy policy|terms of (?:use|service))", re.I
)
_UPDATED = re.compile(r"^(?:updated|last updated|modified|posted|published)\b[:\s]", re.I)
_AGO = re.compile(r"\b\d+\s+(?:minutes?|hours?|days?|weeks?)\s+ago\b", re.I)
_WORD = re.compile(r"[^\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:1[89]\d{2}|20\d{2})(?!\d)")
_DATE_WORD = re.compile(
    r"(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
    r"|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?"
    r"|sat(?:urday)?|sun(?:day)?|st|nd|rd|th|am|pm|at|on|of|the|and"
    r"|updated|published|posted|modified|last|date)"
    r"|[A-Z]{2,4}"  # time zones: ET, GMT, PKT
    r"|\w"  # a.m., 16h15, 2019-11-20T08:57
)
MENU_SEPARATORS = re.compile(r"\s[|\u2022\u00b7\u203a\u00bb/]\s")
_WIDE_CHARS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_PROSE_WORDS = 10
_LONG_WORDS = 25
_WRAPPED_LINE_WORDS = 4
# Weights chosen on the shared dev pages as a whole; see bench/extraction.py.
_CHROME_PENALTY = 12.0
_NEUTRAL_PENALTIES = (0.5, 1.5, 4.0)  # by how many neighbours are chrome: 0, 1, 2
_REPEAT_PENALTY = 8.0
_WIDE_GAP = 96.0  # chrome penalties in a row (eight chrome lines) that no story spans
_LATE_START = 0.5  # a run starting after this share of the page's blocks is discounted ...
_LATE_WEIGHT = 0.5  # ... down to this weight for a run starting at the very end


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # index of the first body line
    end: int  # index one past the last body line


@dataclass(frozen=True, slots=True)
class Block:
    start: int  # index of its first line
    end: int  # one past its last line
    text: str  # its lines joined by spaces


def word_count(text: str) -> int:
    """Whitespace words; Chinese, Japanese and Korean text counts two characters a word."""
    return max(len(text.split()), len(_WIDE_CHARS.findall(text)) // 2)


@lru_cache(maxsize=8192)
def is_date_line(line: str) -> bool:
    """A line that is only a date or a time stamp ("03 May, 2024", "Updated 2 hours ago")."""
    words = line.split()
    if not words or len(words) > 8:
        return False
    stripped = _UPDATED.sub("", line).strip()
    if _AGO.search(stripped):
        return True
    # Only date words and numbers, one of them a year: asking the (slow) date parser about
    # every such line on a page would decide the same.
    if not all(_DATE_WORD.fullmatch(word) for word in _WORD.findall(stripped)):
        return False
    return bool(_YEAR.search(stripped))


@lru_cache(maxsize=8192)
def is_chrome(line: str) -> bool:
    """Menus, share buttons, legal lines and time stamps: never part of a story."""
    legal = LEGAL_LINE.search(line) and word_count(line) < _LONG_WORDS
    return bool(
        CHROME_LINE.match(line)
        or legal
        or len(MENU_SEPARATORS.findall(line)) >= 2
        or is_date_line(line)
    )


def wrapped_blocks(lines: Sequence[str]) -> list[Block]:
    """Consecutive lines of one hard-wrapped paragraph become one block.

    A line continues the one before when that one stops mid-sentence (no closing
    punctuation) and either it starts in lower case or the one before ends on a comma,
    dash or function word: "... client-side applications," / "running inside a browser".
    """
    blocks: list[Block] = []
    for index, line in enumerate(lines):
        if blocks and _continues(lines[index - 1], line):
            last = blocks[-1]
            blocks[-1] = Block(last.start, index + 1, f"{last.text} {line}")
        else:
            blocks.append(Block(index, index + 1, line))
    return blocks


def _continues(previous: str, line: str) -> bool:
    if len(previous.split()) < _WRAPPED_LINE_WORDS or _SENTENCE_END.search(previous):
        return False
    if is_chrome(previous) or is_chrome(line):
        return False
    return line[:1].islower() or bool(_OPEN_END.search(previous))


def block_score(block: Block, seen_before: bool) -> float | None:
    """Prose scores its length, chrome a fixed penalty; None for neutral blocks."""
    words = word_count(block.text)
    if seen_before and words < _LONG_WORDS and _is_wordy(block.text):
        return -_REPEAT_PENALTY
    if is_chrome(block.text):
        return -_CHROME_PENALTY
    if words >= _LONG_WORDS or (words >= _PROSE_WORDS and _SENTENCE_END.search(block.text)):
        return float(words)
    return None


def _is_wordy(text: str) -> bool:
    """Mostly letters: a repeated "});" or "---" in a code listing is not a repeated menu."""
    letters = sum(c.isalpha() for c in text)
    return letters >= 2 and letters >= 0.5 * len(text.replace(" ", ""))


def _neutral_penalties(scores: list[float | None]) -> list[float]:
    """Neutral blocks cost what their neighbours suggest: little between prose, more near
    chrome (jusText's context-sensitive pass)."""
    before = _nearest_kind(scores)
    after = _nearest_kind(scores[::-1])[::-1]
    resolved = []
    for score, left, right in zip(scores, before, after, strict=True):
        if score is not None:
            resolved.append(score)
        else:
            chrome_sides = (left is False) + (right is False)
            resolved.append(-_NEUTRAL_PENALTIES[chrome_sides])
    return resolved


def _nearest_kind(scores: list[float | None]) -> list[bool | None]:
    """For each block, whether the nearest classed block before it is prose (True),
    chrome (False), or there is none (None)."""
    kinds: list[bool | None] = []
    last: bool | None = None
    for score in scores:
        kinds.append(last)
        if score is not None:
            last = score > 0
    return kinds


def best_span(lines: Sequence[str], boundaries: frozenset[int] = frozenset()) -> Span | None:
    """The run of lines with the highest score (None when no block scores above zero).

    No run crosses a line whose index is in `boundaries` (a footer that ends the story).
    """
    blocks = wrapped_blocks(lines)
    scores = _scores(blocks, boundaries)
    starts = _start_weights(blocks)
    prefix = [0.0]
    for score in scores:
        prefix.append(prefix[-1] + (score or 0.0))
    # Scanning from the right keeps, for every start, the end where the running total
    # peaks before the next boundary; each start is then weighed by where it sits.
    best_weighted, best = 0.0, None
    peak: tuple[float, int] | None = None
    for start in range(len(blocks) - 1, -1, -1):
        score = scores[start]
        if score is None:
            peak = None
            continue
        if peak is None or prefix[start + 1] >= peak[0]:
            peak = (prefix[start + 1], start)
        if score <= 0:
            continue
        weighted = (peak[0] - prefix[start]) * starts[start]
        if weighted >= best_weighted:
            best_weighted, best = weighted, Span(blocks[start].start, blocks[peak[1]].end)
    return best


def _scores(blocks: Sequence[Block], boundaries: frozenset[int]) -> list[float | None]:
    """Each block's score, or None where no run may pass (a boundary or a wide chrome gap)."""
    seen: set[str] = set()
    scores: list[float | None] = []
    for block in blocks:
        key = block.text.casefold()
        scores.append(block_score(block, key in seen))
        seen.add(key)
    resolved: list[float | None] = list(_neutral_penalties(scores))
    for index, block in enumerate(blocks):
        if any(line in boundaries for line in range(block.start, block.end)):
            resolved[index] = None
    _close_wide_gaps(resolved)
    return resolved


def _close_wide_gaps(scores: list[float | None]) -> None:
    """Many chrome lines in a row without prose (a site footer, a teaser grid) end a story:
    no run may bridge them, however much prose follows."""
    gap_start, chrome = 0, 0.0
    for index, score in enumerate(scores):
        if score is None or score > 0:
            if chrome >= _WIDE_GAP:
                scores[gap_start] = None
            gap_start, chrome = index + 1, 0.0
        elif score <= -_REPEAT_PENALTY:
            chrome -= score


def _start_weights(blocks: Sequence[Block]) -> list[float]:
    weights = []
    for index in range(len(blocks)):
        late = max(0.0, (index / len(blocks) - _LATE_START) / (1.0 - _LATE_START))
        weights.append(1.0 - (1.0 - _LATE_WEIGHT) * late)
    return weights
