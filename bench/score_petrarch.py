"""Score the coder on PETRARCH validation records: (source, target, CAMEO) triple F1.

    python bench/score_petrarch.py ../shared/data/petrarch-validation/dev.jsonl --corpus petr2-gsr
    python bench/score_petrarch.py DATA.jsonl --corpus petr2-unittest \
        --dictionary ../shared/data/petrarch-validation/dictionaries/PETR.Validate.actors.txt ...

Codes are compared as PETRARCH's own validation compares them: exact strings, no wildcards and
no prefix matches. Our actors are written in PETRARCH's notation first: a missing target is
`---`, and an actor with a sector but no country (police, lawmakers) is `---` + its code
(`---LEG`), which is how PETRARCH writes an agent it found no country for. Root level compares
the first two digits of the event code. A code joining several actors with `/` (`FRO/BIL/SAM`
in the validation dictionary) counts as one triple per actor, as PETRARCH writes it. Failures
are counted per record `category`.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import PRF, TextCoder, emit, read_jsonl  # noqa: E402

from eventwire.actors.codes import SECTOR_CODES  # noqa: E402

NO_ACTOR = "---"


def petrarch_code(actor: Any | None) -> str:
    """An actor's code in PETRARCH notation: `---` when absent, `---SEC` without a country."""
    if actor is None or not actor.code:
        return NO_ACTOR
    # an agent with no country: a CAMEO sector, or a user dictionary's own agent code (~BAH)
    agent = actor.code[:3] in SECTOR_CODES or getattr(actor, "sector", None) is not None
    if actor.country is None and agent:
        return NO_ACTOR + actor.code
    return actor.code


def compound_codes(code: str) -> list[str]:
    """A dictionary code naming several actors at once (`FRO/BIL/SAM`) stands for each of
    them: PETRARCH writes one event per actor."""
    return [part for part in code.split("/") if part] or [code]


def _triples(events: list, root: bool) -> list[tuple[str, str, str]]:
    out = []
    for event in events:
        if event.negated:
            continue
        cameo = event.cameo[:2] if root else event.cameo
        for source in compound_codes(petrarch_code(event.source)):
            for target in compound_codes(petrarch_code(event.target)):
                out.append((source, target, cameo))
    return out


def score(
    path: Path,
    corpus: str,
    dictionaries: list[Path] | None = None,
    coder: TextCoder | None = None,
    show: int = 0,
) -> dict[str, Any]:
    coder = coder or TextCoder(dictionaries or [])
    full, root = PRF(), PRF()
    failing: Counter[str] = Counter()
    total: Counter[str] = Counter()
    records = 0
    shown = 0
    for record in read_jsonl(path):
        if record.get("corpus") != corpus or record.get("lang", "en") != "en":
            continue
        if not record.get("active", True):
            continue
        records += 1
        _, events = coder.code(record["id"], record["text"], record.get("date"))
        gold = [(e["source"], e["target"], e["code"]) for e in record.get("expected", [])]
        predicted = _triples(events, root=False)
        full.add_multisets(gold, predicted)
        root.add_multisets([(s, t, c[:2]) for s, t, c in gold], _triples(events, root=True))
        category = record.get("category", "?")
        total[category] += 1
        if sorted(gold) != sorted(predicted):
            failing[category] += 1
            if shown < show:
                shown += 1
                print(f"# {record['id']}: {record['text'][:160]}", file=sys.stderr)
                print(f"    gold {gold}\n    ours {predicted}", file=sys.stderr)
    return {
        "set": f"petrarch {corpus}",
        "records": records,
        "triple_precision": full.precision,
        "triple_recall": full.recall,
        "triple_f1": full.f1,
        "root_f1": root.f1,
        "records_failing_by_category": {
            c: f"{failing[c]}/{total[c]}" for c in sorted(total, key=lambda c: -failing[c])
        },
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--corpus", default="petr2-gsr")
    parser.add_argument("--dictionary", action="append", type=Path, default=[])
    parser.add_argument("--show", type=int, default=0, help="print N failing records")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(score(args.data, args.corpus, args.dictionary, show=args.show), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
