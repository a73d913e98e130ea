"""Bag-of-words agreement between two texts (the measure bench/extraction.py reports)."""

from __future__ import annotations

from collections import Counter


def token_f1(predicted: str, reference: str) -> float:
    """F1 of the multisets of whitespace tokens of `predicted` and `reference`."""
    pred, ref = Counter(predicted.split()), Counter(reference.split())
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)
