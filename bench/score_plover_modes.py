"""Score PLOVER modes per event type on gold sets that label them.

    python bench/score_plover_modes.py ../shared/data/plover/dev.jsonl [--show N]
    python bench/score_plover_modes.py ../shared/data/events-labelled/case2021-task2/dev.jsonl

Same event choice as `score_plover.py` (the coder's most confident asserted event). A record
counts when its gold has a mode; it is right only when the type and the mode are both right.
Per gold type: records, mode right, type right (so the mode errors with the right type show).
PLOVER records carry `event_type`/`mode`; CASE 2021 records `labels.plover`/`plover_mode`
(`plover_alt` types count as right, as in `score_case2021.py`).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import TextCoder, best_event, read_jsonl, score_cli  # noqa: E402


def _gold(record: dict[str, Any]) -> tuple[str | None, set[str], str | None]:
    """(gold type, types also accepted, gold mode) of a PLOVER or a CASE record."""
    if "labels" in record:
        labels = record["labels"]
        return labels.get("plover"), set(labels.get("plover_alt") or []), labels.get("plover_mode")
    return record.get("event_type"), set(), record.get("mode")


def score(path: Path, coder: TextCoder | None = None, show: int = 0) -> dict[str, Any]:
    coder = coder or TextCoder()
    records: Counter[str] = Counter()
    typed: Counter[str] = Counter()
    right: Counter[str] = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    shown = 0
    for record in read_jsonl(path):
        gold_type, alternatives, gold_mode = _gold(record)
        if not gold_type or not gold_mode:
            continue
        _, events = coder.code(record["id"], record["text"], record.get("date"))
        event = best_event(events)
        type_right = event is not None and (
            event.plover.type == gold_type or event.plover.type in alternatives
        )
        ours = event.plover.mode if event else None
        records[gold_type] += 1
        typed[gold_type] += type_right
        right[gold_type] += type_right and ours == gold_mode
        if type_right and ours != gold_mode:
            confusion[(f"{gold_type}:{gold_mode}", str(ours))] += 1
            if shown < show:
                shown += 1
                print(f"# {record['id']} gold {gold_type}:{gold_mode} ours {ours}"
                      f" ({event.rule if event else 'no event'})\n  {record['text'][:400]}",
                      file=sys.stderr)
    total = sum(records.values())
    return {
        "set": f"modes {path.name}",
        "records_with_gold_mode": total,
        "mode_accuracy": sum(right.values()) / max(1, total),
        "mode_accuracy_when_type_right": sum(right.values()) / max(1, sum(typed.values())),
        "per_type (records, mode right, type right)": {
            name: [records[name], right[name], typed[name]]
            for name in sorted(records, key=lambda n: -records[n])
        },
        "mode errors with the type right (gold -> ours)": {
            f"{gold} -> {ours}": count for (gold, ours), count in confusion.most_common(25)
        },
    }


def main(argv: list[str] | None = None) -> int:
    return score_cli(__doc__, score, "print N records whose type is right and mode wrong", argv)


if __name__ == "__main__":
    sys.exit(main())
