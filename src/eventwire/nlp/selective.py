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
from collections.abc import Callable, Iterable

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
) -> list[Doc]:
    """One Doc per text, in order. `sentence_filter()` gives a fresh predicate for each text,
    called on its sentences in reading order; only the sentences it accepts are parsed, all
    texts' sentences together in one `nlp.pipe` stream so that batches stay full."""
    plans: list[tuple[list[str], list[int]]] = []
    for text in texts:
        keep = sentence_filter()
        pieces = [text[start:end] for start, end in split_sentences(text)]
        chosen = [i for i, piece in enumerate(pieces) if piece.strip() and keep(piece)]
        plans.append((pieces, chosen))
    parsed = iter(
        nlp.pipe(
            (pieces[i] for pieces, chosen in plans for i in chosen), batch_size=batch_size
        )
    )
    docs: list[Doc] = []
    for pieces, chosen in plans:
        kept = set(chosen)
        parts = [next(parsed) if i in kept else _placeholder(nlp, p) for i, p in enumerate(pieces)]
        if not parts:
            docs.append(nlp.make_doc(""))
        elif len(parts) == 1:
            docs.append(parts[0])
        else:
            docs.append(
                Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])
            )
    return docs
