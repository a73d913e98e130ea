"""Shared pieces of the event benchmarks: reading records, coding texts, F1 arithmetic.

Every record is coded as an article whose body is the record's `text` as given and whose
publication date is the record's `date`; nothing is tuned per record.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
if str(REPO / "src") not in sys.path:
    sys.path.insert(0, str(REPO / "src"))

from eventwire.model import Article, Event  # noqa: E402


def read_jsonl(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield json.loads(line)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc})") from exc


class TextCoder:
    """The production pipeline's parse (with its sentence pre-filter unless EVENTWIRE_PREFILTER=0)
    -> actors -> events on plain texts; the time/place stages do not change these scores."""

    def __init__(self, dictionaries: Sequence[Path] = ()) -> None:
        from eventwire.pipeline import Pipeline
        from eventwire.settings import Settings

        self.settings = Settings.from_env(dictionaries=list(dictionaries) or None)
        self.pipeline = Pipeline(self.settings)

    def code(self, record_id: str, text: str, date: str | None = None) -> tuple[Any, list[Event]]:
        article = Article(id=record_id, text=text, published=date)
        doc = next(iter(self.pipeline.parse([text])))
        analysis = self.pipeline.actor_coder.code(doc, article)
        return doc, self.pipeline.event_coder.code(doc, article, analysis)


@dataclass(slots=True)
class PRF:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add_multisets(self, gold: Iterable[Any], predicted: Iterable[Any]) -> None:
        g, p = Counter(gold), Counter(predicted)
        hit = sum((g & p).values())
        self.tp += hit
        self.fp += sum(p.values()) - hit
        self.fn += sum(g.values()) - hit


def per_class_f1(gold: Sequence[str], predicted: Sequence[str]) -> dict[str, PRF]:
    classes = sorted(set(gold) | set(predicted))
    table = {c: PRF() for c in classes}
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            table[g].tp += 1
        else:
            table[p].fp += 1
            table[g].fn += 1
    return table


def macro_f1(gold: Sequence[str], predicted: Sequence[str], labels: Iterable[str]) -> float:
    table = per_class_f1(gold, predicted)
    scores = [table[c].f1 if c in table else 0.0 for c in labels]
    return sum(scores) / len(scores) if scores else 0.0


def weighted_f1(gold: Sequence[str], predicted: Sequence[str]) -> float:
    table = per_class_f1(gold, predicted)
    support = Counter(gold)
    total = sum(support.values())
    return sum(table[c].f1 * n for c, n in support.items()) / total if total else 0.0


def best_event(events: Sequence[Event], skip_types: Iterable[str] = ("dropped",)) -> Event | None:
    """The event a single-label set is compared with: most confident, asserted first."""
    skip = set(skip_types)
    usable = [e for e in events if e.plover.type not in skip and not e.negated]
    if not usable:
        return None
    return max(usable, key=lambda e: (e.confidence, e.modality == "asserted"))


def emit(result: dict[str, Any], as_json: bool) -> None:
    if as_json:
        print(json.dumps(result, indent=2, default=str))
        return
    for key, value in result.items():
        if isinstance(value, float):
            print(f"{key:32s} {value:.3f}")
        elif isinstance(value, dict | list):
            print(f"{key}:")
            print("  " + json.dumps(value, default=str)[:2000])
        else:
            print(f"{key:32s} {value}")


def score_cli(
    doc: str | None,
    score: Callable[..., dict[str, Any]],
    show_help: str,
    argv: list[str] | None = None,
) -> int:
    """The shared command line of the single-set scorers: DATA [--show N] [--json]."""
    parser = argparse.ArgumentParser(description=(doc or "").splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", type=int, default=0, help=show_help)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(score(args.data, show=args.show), args.json)
    return 0
