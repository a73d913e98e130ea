"""Score the coder on IndiaPoliceEvents: sentence-level police ASSAULT / COERCE(arrest) F1.

    python bench/score_indiapolice.py ../shared/data/events-labelled/indiapoliceevents/dev.jsonl

Whole articles are coded (so coreference works); an event counts for the gold sentence that
holds its trigger. Police-as-actor means the event's source sector is COP. ASSAULT = gold
KILL/FORCE, COERCE = gold ARREST (our side: PLOVER COERCE with mode `arrest` or CAMEO 173).
The false-positive rate is over sentences with no gold label at all.
"""

from __future__ import annotations

import argparse
import bisect
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_scoring import PRF, TextCoder, emit, read_jsonl  # noqa: E402

POLICE = "COP"


def _police_class(event: Any) -> str | None:
    if event.negated or event.modality in ("hypothetical", "intended"):
        return None
    if (event.source.sector or "") != POLICE:
        return None
    if event.plover.type == "ASSAULT":
        return "ASSAULT"
    if event.plover.type == "COERCE" and (event.plover.mode == "arrest" or event.cameo == "173"):
        return "COERCE"
    return None


def _sentence_starts(text: str, sentences: list[dict[str, Any]]) -> list[int]:
    starts, cursor = [], 0
    for sentence in sentences:
        probe = sentence["text"].strip()[:40]
        found = text.find(probe, cursor) if probe else -1
        starts.append(found if found >= 0 else cursor)
        cursor = max(cursor, starts[-1] + 1)
    return starts


def score(
    path: Path, coder: TextCoder | None = None, show: int = 0, limit: int | None = None
) -> dict[str, Any]:
    coder = coder or TextCoder()
    classes = {"ASSAULT": PRF(), "COERCE": PRF()}
    unlabelled = 0
    unlabelled_flagged = 0
    sentences_total = 0
    shown = 0
    for n, record in enumerate(read_jsonl(path)):
        if limit is not None and n >= limit:
            break
        text = record["text"]
        sentences = record["labels"]["sentences"]
        starts = _sentence_starts(text, sentences)
        doc, events = coder.code(record["id"], text, record.get("date"))
        predicted: list[set[str]] = [set() for _ in sentences]
        for event in events:
            label = _police_class(event)
            if label is None or event.trigger_token is None:
                continue
            char = doc[event.trigger_token].idx
            slot = max(0, bisect.bisect_right(starts, char) - 1)
            predicted[slot].add(label)
        for sentence, ours in zip(sentences, predicted, strict=True):
            sentences_total += 1
            gold = set(sentence.get("plover") or []) & set(classes)
            for label, prf in classes.items():
                if label in gold and label in ours:
                    prf.tp += 1
                elif label in ours:
                    prf.fp += 1
                elif label in gold:
                    prf.fn += 1
            if not sentence.get("labels"):
                unlabelled += 1
                unlabelled_flagged += bool(ours)
            if gold != ours and shown < show:
                shown += 1
                print(f"# {record['id']} gold {sorted(gold)} ours {sorted(ours)}: "
                      f"{sentence['text'][:200]}", file=sys.stderr)
    micro = PRF(
        tp=sum(p.tp for p in classes.values()),
        fp=sum(p.fp for p in classes.values()),
        fn=sum(p.fn for p in classes.values()),
    )
    return {
        "set": "indiapoliceevents",
        "sentences": sentences_total,
        "f1_micro": micro.f1,
        "assault_precision": classes["ASSAULT"].precision,
        "assault_recall": classes["ASSAULT"].recall,
        "assault_f1": classes["ASSAULT"].f1,
        "arrest_precision": classes["COERCE"].precision,
        "arrest_recall": classes["COERCE"].recall,
        "arrest_f1": classes["COERCE"].f1,
        "false_positive_rate": unlabelled_flagged / max(1, unlabelled),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--show", type=int, default=0, help="print N disagreeing sentences")
    parser.add_argument("--limit", type=int, default=None, help="score only the first N articles")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    emit(score(args.data, show=args.show, limit=args.limit), args.json)
    return 0


if __name__ == "__main__":
    sys.exit(main())
