"""Text normalisation for dictionary matching, keeping a map back to the original offsets.

Case, hyphens, underscores, dots and runs of whitespace are folded so that "Lt. Gen.",
"Lt Gen" and "LT_GEN" compare equal; typographic apostrophes become "'".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

_SEPARATORS = frozenset("-_.\u2010\u2011\u2012\u2013\u2014/")
_APOSTROPHES = frozenset("\u2019\u2018`\u00b4")


@lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    if char in _SEPARATORS or char.isspace():
        return " "
    if char in _APOSTROPHES:
        return "'"
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c))
    return base.lower() if base else char.lower()


def normalize_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return the folded text and, for each folded character, its index in `text`."""
    out: list[str] = []
    offsets: list[int] = []
    for index, char in enumerate(text):
        folded = _fold_char(char)
        for piece in folded:
            if piece == " " and (not out or out[-1] == " "):
                continue
            out.append(piece)
            offsets.append(index)
    return "".join(out), offsets


def normalize_name(text: str) -> str:
    """The folded form of a dictionary name (no offsets), stripped."""
    return normalize_with_offsets(text)[0].strip()


def is_acronym(name: str) -> bool:
    """Short all-capital names ("US", "ISI", "IRNA") must match case-sensitively."""
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(letters) <= 6 and all(c.isupper() for c in letters)


# Romanisations of the same given name: "Mohammed Hussein Roble" is the KB's "Mohamed Hussein
# Roble". Only given names: surnames are matched as written.
_GIVEN_NAME_VARIANTS = {
    "muhammad": ("mohammed", "mohamed", "mohammad", "muhammed", "mohamad", "mohamud",
                 "muhamad", "mohammod", "mehmet", "mehmed"),
    "ahmad": ("ahmed", "ahmet"),
    "abdul": ("abdel", "abdal", "abd al", "abdoul", "abdoulaye"),
    "abdullah": ("abdallah", "abdulla", "abdellah"),
    "husayn": ("hussein", "husain", "hussain", "husein", "hossein", "hüseyin"),
    "hasan": ("hassan",),
    "yusuf": ("yousef", "youssef", "yousif", "yusef", "youssouf", "yousuf"),
    "umar": ("omar", "omer"),
    "uthman": ("osman", "othman", "usman", "ousmane"),
    "mustafa": ("mostafa", "moustafa", "mustapha"),
    "mahmud": ("mahmoud", "mahmood"),
    "ibrahim": ("ebrahim", "ibrahima"),
    "khalid": ("khaled",),
    "salih": ("saleh", "salah"),
    "alexander": ("aleksandr", "alexandr", "aleksander", "alyaksandr", "aliaksandr",
                  "oleksandr"),
    "sergei": ("sergey", "serhiy", "sergiy"),
    "dmitry": ("dmitri", "dmitriy"),
    "yuri": ("yury", "yuriy", "iurii"),
    "mikhail": ("mikhael",),
    "vladimir": ("volodymyr",),
}
_GIVEN_NAME_KEY = {variant: key for key, variants in _GIVEN_NAME_VARIANTS.items()
                   for variant in (key, *variants)}


def person_name_key(name: str) -> str:
    """A folded person name with every word but the last (the surname) romanised one way."""
    words = normalize_name(name).split()
    return " ".join([*(_GIVEN_NAME_KEY.get(w, w) for w in words[:-1]), *words[-1:]])
