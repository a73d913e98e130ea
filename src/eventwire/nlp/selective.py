"""Parse only the sentences that can carry an event.

A cheap splitter cuts each text into sentences; those the caller's `keep` predicate accepts go
through the full spaCy pipeline (batched with `nlp.pipe`), the others are only tokenised and
given a flat placeholder parse (first token ROOT, the rest attached to it with label "dep", no
lemmas, tags or entities), so nothing downstream finds a subject, a trigger or an actor in them.
The pieces are joined back with `Doc.from_docs`: the Doc's text is the input text, character
for character, so offsets and sentence order stay those of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

# A sentence ends at . ! or ? (plus closing quotes/brackets) before whitespace and a capital,
# digit or opening quote; a line break always ends one.
_BOUNDARY = re.compile(r"""[.!?]['"’”)\]]*(?=\s+['"‘“(\[]?[A-Z0-9])|\n""")
_ABBREVIATIONS = frozenset(
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "brig", "capt", "cmdr", "adm",
        "sgt", "cpl", "pvt", "sen", "rep", "gov", "pres", "st", "mt", "ft", "jr", "sr", "co",
        "corp", "inc", "ltd", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "i.e", "e.g", "etc",
        "al", "rev", "hon",
    }
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Contiguous (start, end) spans covering `text`; each ends after its trailing whitespace."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group() != "\n":
            word = re.search(r"([\w.]+)[.!?]['\"’”)\]]*$", text[start:end])
            token = word.group(1).lower() if word else ""
            if token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
                continue
        while end < len(text) and text[end].isspace():
            end += 1
        if end > start:
            spans.append((start, end))
            start = end
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _placeholder(nlp: Language, text: str) -> Doc:
    tokens = nlp.make_doc(text)
    count = len(tokens)
    return Doc(
        nlp.vocab,
        words=[t.text for t in tokens],
        spaces=[bool(t.whitespace_) for t in tokens],
        heads=[0] * count,
        deps=["ROOT"] + ["dep"] * (count - 1),
    )


def parse_selectively(
    nlp: Language,
    texts: Iterable[str],
    sentence_filter: Callable[[], Callable[[str], bool]],
    batch_size: int = 64,
) -> Iterator[Doc]:
    """One Doc per text, in order. `sentence_filter()` gives a fresh predicate for each text,
    called on its sentences in reading order; only the sentences it accepts are parsed."""
    for text in texts:
        keep = sentence_filter()
        spans = split_sentences(text)
        pieces = [text[start:end] for start, end in spans]
        chosen = [i for i, piece in enumerate(pieces) if piece.strip() and keep(piece)]
        if len(chosen) == len(pieces):
            yield nlp(text)
            continue
        parsed = dict(zip(chosen, nlp.pipe((pieces[i] for i in chosen), batch_size=batch_size),
                          strict=True))
        docs = [parsed.get(i) or _placeholder(nlp, piece) for i, piece in enumerate(pieces)]
        if not docs:
            yield nlp(text)
            continue
        yield Doc.from_docs(docs, ensure_whitespace=False, exclude=["tensor", "user_data"])
