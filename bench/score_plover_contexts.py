"""Score PLOVER contexts per context name on the PLOVER gold-standard sentences.

    python bench/score_plover_contexts.py ../shared/data/plover/dev.jsonl [--show N]

Same event choice as `score_plover.py` (the coder's most confident asserted event), scored on
the sentences whose gold has contexts: overlap (any context shared), exact (same set), and
precision / recall / F1 of every context name, counting each record's context sets.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import PRF, TextCoder, best_event, read_jsonl, score_cli  # noqa: E402


def score(path: Path, coder: TextCoder | None = None, show: int = 0) -> dict[str, Any]:
    coder = coder or TextCoder()
    table: dict[str, PRF] = {}
    records = overlap = exact = predicted_total = 0
    shown = 0
    for record in read_jsonl(path):
        gold = set(record.get("context") or [])
        if not gold:
            continue
        _, events = coder.code(record["id"], record["text"], record.get("date"))
        event = best_event(events)
        ours = set(event.plover.context) if event else set()
        records += 1
        overlap += bool(ours & gold)
        exact += ours == gold
        predicted_total += len(ours)
        for name in gold | ours:
            counts = table.setdefault(name, PRF())
            counts.add_multisets([name] if name in gold else [], [name] if name in ours else [])
        if ours != gold and shown < show:
            shown += 1
            print(f"# {record['id']} gold {sorted(gold)} ours {sorted(ours)}"
                  f" ({event.rule if event else 'no event'})\n  {record['text']}", file=sys.stderr)
    return {
        "set": "plover gsr contexts",
        "records_with_gold_context": records,
        "context_overlap": overlap / max(1, records),
        "context_exact": exact / max(1, records),
        "contexts_per_event": predicted_total / max(1, records),
        "per_context (precision, recall, gold count)": {
            name: [round(c.precision, 2), round(c.recall, 2), int(c.tp + c.fn)]
            for name, c in sorted(table.items(), key=lambda kv: -(kv[1].tp + kv[1].fn))
        },
    }


def main(argv: list[str] | None = None) -> int:
    return score_cli(__doc__, score, "print N records whose set differs", argv)


if __name__ == "__main__":
    sys.exit(main())
