"""Score the coder on CASE 2021 task 2 snippets: weighted F1 over PLOVER types incl. no event.

    python bench/score_case2021.py ../shared/data/events-labelled/case2021-task2/dev.jsonl

A snippet's prediction is the type of the coder's most confident asserted event, `none` when
there is none. `plover_alt` types count as right (the README's lenient match); the strict
number is reported too.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import TextCoder, best_event, per_class_f1, read_jsonl, score_cli, weighted_f1  # noqa: E402

NONE = "none"


def score(path: Path, coder: TextCoder | None = None, show: int = 0) -> dict[str, Any]:
    coder = coder or TextCoder()
    gold: list[str] = []
    strict: list[str] = []
    lenient: list[str] = []
    shown = 0
    for record in read_jsonl(path):
        labels = record["labels"]
        _, events = coder.code(record["id"], record["text"], record.get("date"))
        event = best_event(events)
        guess = event.plover.type if event else NONE
        truth = labels.get("plover") or NONE
        gold.append(truth)
        strict.append(guess)
        lenient.append(truth if guess in (labels.get("plover_alt") or []) else guess)
        if lenient[-1] != truth and shown < show:
            shown += 1
            print(f"# {record['id']} {labels['case_label']} gold {truth} ours {guess} "
                  f"{[(e.plover.type, e.rule) for e in events]}\n  {record['text'][:300]}",
                  file=sys.stderr)
    table = per_class_f1(gold, lenient)
    return {
        "set": "case2021 task2",
        "records": len(gold),
        "weighted_f1": weighted_f1(gold, lenient),
        "weighted_f1_strict": weighted_f1(gold, strict),
        "accuracy": sum(g == p for g, p in zip(gold, lenient, strict=True)) / max(1, len(gold)),
        "per_type_f1": {c: round(table[c].f1, 2) for c in sorted(table)},
    }


def main(argv: list[str] | None = None) -> int:
    return score_cli(__doc__, score, "print N misclassified records", argv)


if __name__ == "__main__":
    sys.exit(main())
