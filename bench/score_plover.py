"""Score the coder on PLOVER gold-standard sentences: event type macro-F1, mode, context, actors.

    python bench/score_plover.py ../shared/data/plover/dev.jsonl

Each sentence carries one gold event; the coder's most confident asserted event (PLOVER type
not `dropped`) is compared with it, `none` when the coder finds nothing. Mode and context are
scored on the sentences whose gold has them; actor/recipient on the sentences where the type
is right: country+sector of the coder's source/target against any gold actor/recipient.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import TextCoder, best_event, macro_f1, per_class_f1, read_jsonl, score_cli  # noqa: E402

NONE = "none"


def _actor_hit(ref: Any, gold: list[dict[str, Any]]) -> tuple[bool, bool]:
    """(country matches any gold entity, country and sector match the same gold entity)."""
    if ref is None or not gold:
        return False, False
    country = any(g.get("country") == ref.country for g in gold)
    both = any(
        g.get("country") == ref.country and (g.get("sector") or None) == (ref.sector or None)
        for g in gold
    )
    return country, both


def score(path: Path, coder: TextCoder | None = None, show: int = 0) -> dict[str, Any]:
    coder = coder or TextCoder()
    gold_types: list[str] = []
    predicted_types: list[str] = []
    mode = Counter()
    context = Counter()
    actor = Counter()
    shown = 0
    for record in read_jsonl(path):
        _, events = coder.code(record["id"], record["text"], record.get("date"))
        event = best_event(events)
        gold = record["event_type"]
        guess = event.plover.type if event else NONE
        gold_types.append(gold)
        predicted_types.append(guess)
        if guess != gold and shown < show:
            shown += 1
            found = [(e.plover.type, e.cameo, e.rule) for e in events]
            print(f"# {record['id']} gold {gold} ours {guess} {found}\n  {record['text']}",
                  file=sys.stderr)
        if record.get("mode"):
            mode["gold"] += 1
            mode["right"] += bool(event and guess == gold and event.plover.mode == record["mode"])
        if record.get("context"):
            context["gold"] += 1
            ours = set(event.plover.context) if event else set()
            context["overlap"] += bool(ours & set(record["context"]))
            context["exact"] += ours == set(record["context"])
        if event and guess == gold:
            actor["typed_right"] += 1
            for role, ref in (("actor", event.source), ("recipient", event.target)):
                gold_entities = record.get(role) or []
                if not gold_entities:
                    continue
                actor[f"{role}_gold"] += 1
                country, both = _actor_hit(ref, gold_entities)
                actor[f"{role}_country"] += country
                actor[f"{role}_country_sector"] += both
    labels = sorted(set(gold_types))
    table = per_class_f1(gold_types, predicted_types)
    return {
        "set": "plover gsr",
        "records": len(gold_types),
        "type_macro_f1": macro_f1(gold_types, predicted_types, labels),
        "type_accuracy": sum(g == p for g, p in zip(gold_types, predicted_types, strict=True))
        / max(1, len(gold_types)),
        "no_event_predicted": predicted_types.count(NONE),
        "mode_accuracy": mode["right"] / max(1, mode["gold"]),
        "context_overlap": context["overlap"] / max(1, context["gold"]),
        "context_exact": context["exact"] / max(1, context["gold"]),
        "actor_country_accuracy": actor["actor_country"] / max(1, actor["actor_gold"]),
        "actor_country_sector_accuracy": actor["actor_country_sector"]
        / max(1, actor["actor_gold"]),
        "recipient_country_accuracy": actor["recipient_country"] / max(1, actor["recipient_gold"]),
        "recipient_country_sector_accuracy": actor["recipient_country_sector"]
        / max(1, actor["recipient_gold"]),
        "per_type_f1": {c: round(table[c].f1, 2) for c in labels},
    }


def main(argv: list[str] | None = None) -> int:
    return score_cli(__doc__, score, "print N misclassified records", argv)


if __name__ == "__main__":
    sys.exit(main())
