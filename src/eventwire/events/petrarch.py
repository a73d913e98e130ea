"""Read PETRARCH/TABARI verb dictionaries (`PETR.*verbs*.txt`) into lexicon entries.

The format: `&SYNSET` blocks of `+member` lines; `--- VERB [code] ---` blocks whose first line
lists the verb (with optional `{forms}`), further `+PHRASAL_VERB` lines, and `- pattern [code]`
lines where `*` is the verb, `$` the source, `+` the target, `%` a compound (paired) actor,
`^` skips a word, `_` joins words and `&NAME` stands for any synset member.

Patterns become entries with `before`/`after` word constraints, so the coder treats them like
any other lexicon entry (a more specific pattern beats the verb's default code).
"""

from __future__ import annotations

import itertools
import logging
import re
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.resources import DataFileError

from .lexicon import DEFAULT_VERB_SOURCE, LexiconEntry

log = logging.getLogger(__name__)

_VERB_HEADER = re.compile(r"^---\s+(?P<verb>[^\[]+?)\s*\[(?P<code>[^\]]*)\]\s*---")
_PATTERN_CODE = re.compile(r"\[(?P<code>[^\]]*)\]")
_PREPOSITIONS = frozenset({
    "with", "to", "against", "at", "in", "on", "for", "from", "of", "by", "into", "toward",
    "towards", "upon", "over", "about", "near",
})
# PETRARCH takes the target from the verb's object phrase, prepositional phrases and
# complement clauses included: the first actor after the verb that is not the source
_DEFAULT_TARGET = ("phrase",)
_MAX_EXPANSIONS = 16  # synset cartesian products are capped; larger patterns keep the first ones


def looks_like_petrarch_verbs(path: Path) -> bool:
    """True when the file holds `--- VERB [code] ---` blocks (detects the format by content)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as handle:
            head = [next(handle, "") for _ in range(400)]
    except OSError:
        return False
    return any(_VERB_HEADER.match(line.strip()) for line in head)


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("<!--"):
        return ""
    return line.split("#", 1)[0].rstrip()


def _parse_code(raw: str) -> tuple[str, str | None] | None:
    """`042` -> ("042", None); `032:033` -> ("032", "033"); `---`, `075A` -> None."""
    parts = raw.strip().split(":")
    if not all(p.isdigit() and 2 <= len(p) <= 4 for p in parts) or len(parts) > 2:
        return None
    return parts[0], (parts[1] if len(parts) == 2 else None)


@dataclass(slots=True)
class _Pattern:
    before: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    target_prep: str | None = None
    source_prep: str | None = None
    target_before: bool = False
    compound: bool = False


def _words(chunk: str) -> list[str]:
    return [w for w in chunk.replace("_", " ").split() if w]


def _parse_pattern(text: str) -> _Pattern | None:
    if "*" not in text:
        return None
    pattern = _Pattern()
    left, right = text.split("*", 1)
    for side, chunk in (("before", left), ("after", right)):
        previous: str | None = None
        for word in _words(chunk):
            if word == "%":
                pattern.compound = True
            elif word == "+":
                if side == "after" and previous in _PREPOSITIONS:
                    pattern.target_prep = previous
                elif side == "before":
                    pattern.target_before = True
            elif word == "$":
                if side == "after" and previous in _PREPOSITIONS:
                    pattern.source_prep = previous
            elif word == "^":
                pass
            else:
                token = word.lower().lstrip("+$%")
                if token:
                    getattr(pattern, side).append(token)
                    previous = token
                    continue
            previous = None if word in {"^"} else previous
    if pattern.target_prep is None and pattern.after and pattern.after[-1] in _PREPOSITIONS:
        # "* MEMOS FROM": a pattern ending in a preposition takes the target from its object
        pattern.target_prep = pattern.after[-1]
    return pattern


def _expand(words: list[str], synsets: dict[str, list[str]]) -> list[list[str]]:
    """Replace `&NAME` words by each member (members may be multi-word); capped product."""
    options: list[list[list[str]]] = []
    for word in words:
        if word.startswith("&"):
            members = synsets.get(word[1:].upper())
            if not members:
                return []
            options.append([_words(m.lower()) for m in members])
        else:
            options.append([[word]])
    expanded = []
    for combo in itertools.islice(itertools.product(*options), _MAX_EXPANSIONS):
        expanded.append([w for part in combo for w in part])
    return expanded


def _resolve_synsets(raw: dict[str, list[str]]) -> dict[str, list[str]]:
    resolved: dict[str, list[str]] = {}

    def members(name: str, depth: int = 0) -> list[str]:
        if name in resolved:
            return resolved[name]
        out: list[str] = []
        for member in raw.get(name, []):
            if member.startswith("&") and depth < 5:
                out.extend(members(member[1:].upper(), depth + 1))
            else:
                out.append(member)
        resolved[name] = out
        return out

    for name in raw:
        members(name)
    return resolved


def _verb_and_particle(raw: str) -> tuple[str, str | None]:
    words = [w.strip("+").lower() for w in raw.replace("_", " ").split() if w.strip("+")]
    if not words:
        return "", None
    marked = [w for w in raw.replace("_", " ").split() if w.startswith("+")]
    verb = marked[0].strip("+").lower() if marked else words[0]
    rest = [w for w in words if w != verb]
    return verb, (rest[0] if len(rest) == 1 else None)


def read_petrarch_verbs(path: Path) -> list[LexiconEntry]:
    """Entries for every verb default code and every pattern with a usable CAMEO code."""
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError as exc:
        raise DataFileError(f"{path}: cannot read PETRARCH verb dictionary ({exc})") from exc
    raw_synsets: dict[str, list[str]] = {}
    blocks: list[tuple[int, str, str, list[tuple[int, str]]]] = []  # line, header, code, body
    current_synset: str | None = None
    for number, original in enumerate(lines, 1):
        line = _strip_comment(original).strip()
        if not line:
            continue
        header = _VERB_HEADER.match(line)
        if header:
            blocks.append((number, header["verb"].strip(), header["code"], []))
            current_synset = None
        elif line.startswith("&") and not blocks or (line.startswith("&") and " " not in line):
            current_synset = line[1:].strip().upper()
            raw_synsets[current_synset] = []
        elif current_synset and line.startswith("+"):
            raw_synsets[current_synset].append(line[1:].strip())
        elif blocks:
            blocks[-1][3].append((number, line))
        else:
            log.debug("%s:%d: line outside any block ignored", path, number)
    synsets = _resolve_synsets(raw_synsets)
    entries: list[LexiconEntry] = []
    for number, verb_text, code_text, body in blocks:
        entries.extend(_block_entries(path, number, verb_text, code_text, body, synsets))
    return entries


def _block_entries(
    path: Path,
    number: int,
    verb_text: str,
    code_text: str,
    body: list[tuple[int, str]],
    synsets: dict[str, list[str]],
) -> list[LexiconEntry]:
    verbs: list[tuple[str, str | None]] = [_verb_and_particle(verb_text)]
    patterns: list[tuple[int, str]] = []
    for line_number, line in body:
        if line.startswith("-"):
            patterns.append((line_number, line[1:].strip()))
        else:
            form = line.split("{", 1)[0].strip()
            if form and ("_" in form or form.startswith("+")):
                verbs.append(_verb_and_particle(form))
    entries: list[LexiconEntry] = []
    default = _parse_code(code_text)
    for lemma, particle in dict.fromkeys(verbs):
        if not lemma:
            continue
        base_id = f"petr:{lemma}"
        suffix = f"_{particle}" if particle else ""
        if default:
            entries.append(
                LexiconEntry(
                    id=f"{base_id}{suffix}",
                    cameo=default[0],
                    reverse_cameo=default[1],
                    lemma=lemma,
                    pos="verb",
                    source=DEFAULT_VERB_SOURCE,
                    target=_DEFAULT_TARGET,
                    particle=particle,
                    origin=f"{path}:{number}",
                    verbatim=True,
                )
            )
        for line_number, text in patterns:
            code_match = _PATTERN_CODE.search(text)
            code = _parse_code(code_match["code"]) if code_match else None
            if code is None:
                log.debug("%s:%d: pattern without a usable CAMEO code skipped", path, line_number)
                continue
            pattern = _parse_pattern(text[: code_match.start()] if code_match else text)
            if pattern is None:
                continue
            befores = _expand(pattern.before, synsets)
            afters = _expand(pattern.after, synsets)
            target = (
                (f"prep:{pattern.target_prep}",) + _DEFAULT_TARGET
                if pattern.target_prep
                else _DEFAULT_TARGET
            )
            source = (
                (f"prep:{pattern.source_prep}",) if pattern.source_prep else DEFAULT_VERB_SOURCE
            )
            for k, (before, after) in enumerate(itertools.product(befores, afters)):
                if k >= _MAX_EXPANSIONS:
                    break
                entries.append(
                    LexiconEntry(
                        id=f"{base_id}{suffix}:L{line_number}" + (f".{k}" if k else ""),
                        cameo=code[0],
                        reverse_cameo=code[1],
                        lemma=lemma,
                        pos="verb",
                        source=source,
                        target=target,
                        particle=particle,
                        symmetric=pattern.compound,
                        before=tuple(before),
                        after=tuple(after),
                        origin=f"{path}:{line_number}",
                        verbatim=True,
                    )
                )
    return entries
