"""Time and place benchmark: TIMEX3 value accuracy, expression recall, toponym resolution.

Usage: .venv/bin/python bench/time_place.py [--only time|geo] [--failures N]

Reads the dev halves under ../shared/data/{timex,geo}/dev.jsonl and prints one table.
Timex: each gold expression is resolved with its DCT and, as in the pipeline, its own sentence
(for tense and cue words) and the date resolved just before it in the same document (our own
output, never a gold value; comparisons such as "a year earlier" do not move it) as anchor.
Decades compare modulo the trailing X (TIMEX3 writes the 1990s "199", the team's contract
"199X"), and ISO weeks modulo zero padding (one gold value writes week 7 as "2000-W7"; no other
difference is forgiven). Geo: gold spans are resolved together per article; a hit is within
161 km of the gold point. A name the gazetteer does not know is placed at the
article's focus (its most-mentioned town or division); those are counted apart as well.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

from eventwire.geo import Gazetteer, distance_km, resolve_toponyms
from eventwire.geo.build import index_path
from eventwire.time import find_expressions, resolve_in_sentence

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"


ISO_WEEK = re.compile(r"^(\d{4}-W)0?(\d)(?!\d)")


def same_value(got: str | None, gold: str) -> bool:
    if got is None:
        return False
    if len(got) == 4 and got.endswith("X"):
        got = got[:3]
    return ISO_WEEK.sub(r"\1\2", got) == ISO_WEEK.sub(r"\1\2", gold)


def bench_timex(failures: int) -> list[tuple[str, str]]:
    rows = [json.loads(line) for line in (SHARED / "timex" / "dev.jsonl").open()]
    rows.sort(key=lambda r: (r["doc"], r["sent_idx"], r["start"]))
    correct, by_corpus, totals = 0, Counter(), Counter()
    missed = []
    anchor, document = None, None
    started = time.perf_counter()
    for row in rows:
        if row["doc"] != document:
            anchor, document = None, row["doc"]
        dct = date.fromisoformat(row["dct"])
        value = resolve_in_sentence(row["sentence"], row["start"], row["end"], dct, anchor)
        if value is not None and value.can_anchor:
            anchor = value
        ok = same_value(value.value if value else None, row["value"])
        correct += ok
        by_corpus[row["corpus"]] += ok
        totals[row["corpus"]] += 1
        if not ok:
            missed.append((row["expression"], row["value"], value.value if value else None))
    resolve_seconds = time.perf_counter() - started

    # Recall when the expressions must be found in the sentences themselves; a found expression
    # that overlaps no gold TIMEX3 of any type (DATE, TIME, DURATION, SET) counts as spurious.
    sentences: dict[tuple[str, int], list[dict]] = defaultdict(list)
    for row in rows:
        sentences[(row["doc"], row["sent_idx"])].append(row)
    gold_spans: dict[tuple[str, int], list[tuple[int, int]]] = defaultdict(list)
    other_path = SHARED / "timex" / "dev_other_types.jsonl"
    other_rows = [json.loads(line) for line in other_path.open()] if other_path.exists() else []
    for row in rows + other_rows:
        gold_spans[(row["doc"], row["sent_idx"])].append((row["start"], row["end"]))
    exact = overlap = value_ok = found_total = spurious = 0
    started = time.perf_counter()
    for key, group in sentences.items():
        sentence, dct = group[0]["sentence"], date.fromisoformat(group[0]["dct"])
        found = find_expressions(sentence, dct)
        found_total += len(found)
        spurious += sum(
            not any(f.start < end and start < f.end for start, end in gold_spans[key])
            for f in found
        )
        for row in group:
            spans = [f for f in found if f.start < row["end"] and row["start"] < f.end]
            overlap += bool(spans)
            exact += any((f.start, f.end) == (row["start"], row["end"]) for f in spans)
            value_ok += any(same_value(f.value, row["value"]) for f in spans)
    find_seconds = time.perf_counter() - started

    n = len(rows)
    lines = [
        ("timex value accuracy, gold expression + DCT (target >= 0.92)",
         f"{correct / n:.3f} ({correct}/{n})"),
        *[(f"  {corpus}", f"{by_corpus[corpus] / totals[corpus]:.3f} ({totals[corpus]})")
          for corpus in sorted(totals)],
        ("timex expression recall in sentence, exact span", f"{exact / n:.3f}"),
        ("timex expression recall in sentence, overlapping span", f"{overlap / n:.3f}"),
        ("timex found and correctly valued (end to end)", f"{value_ok / n:.3f}"),
        ("timex expressions found / gold", f"{found_total} / {n}"),
        ("timex found matching no gold TIMEX3 of any type", f"{spurious} / {found_total}"),
        ("resolution speed (expressions/s)", f"{n / resolve_seconds:,.0f}"),
        ("finding speed (sentences/s)", f"{len(sentences) / find_seconds:,.0f}"),
    ]  # fmt: skip
    if failures:
        for (expression, gold, got), count in Counter(missed).most_common(failures):
            print(f"timex miss: {count} x {expression!r} gold={gold} got={got}", file=sys.stderr)
    return lines


def bench_geo(failures: int) -> list[tuple[str, str]]:
    started = time.perf_counter()
    gazetteer = Gazetteer()
    load_seconds = time.perf_counter() - started
    rows = [json.loads(line) for line in (SHARED / "geo" / "dev.jsonl").open()]
    hits, totals, country_ok, country_total = Counter(), Counter(), Counter(), Counter()
    focus_total, focus_hits = Counter(), Counter()
    missed: Counter = Counter()
    started = time.perf_counter()
    for row in rows:
        spans = [{"start": t["start"], "end": t["end"], "name": t["name"]} for t in row["toponyms"]]
        for gold, got in zip(row["toponyms"], resolve_toponyms(row["text"], spans, gazetteer),
                             strict=True):  # fmt: skip
            corpus = row["corpus"]
            totals[corpus] += 1
            near = got["lat"] is not None and distance_km(
                gold["lat"], gold["lon"], got["lat"], got["lon"]) <= 161  # fmt: skip
            hits[corpus] += near
            if got.get("basis") == "document focus":
                focus_total[corpus] += 1
                focus_hits[corpus] += near
            if not near:
                missed[(corpus, gold["name"], got["country"])] += 1
            if gold.get("country"):
                country_total[corpus] += 1
                country_ok[corpus] += got["country"] == gold["country"]
    seconds = time.perf_counter() - started
    size = os.path.getsize(index_path()) / 1e6
    lines = [
        (f"geo within 161 km, {corpus} (target >= 0.85)",
         f"{hits[corpus] / totals[corpus]:.3f} ({totals[corpus]})") for corpus in sorted(totals)
    ]  # fmt: skip
    lines += [
        (f"geo country accuracy, {corpus}", f"{country_ok[corpus] / country_total[corpus]:.3f}")
        for corpus in sorted(country_total)
    ]
    lines += [
        (f"geo placed at the document focus (unknown name), {corpus}: hits / placed",
         f"{focus_hits[corpus]} / {focus_total[corpus]}") for corpus in sorted(totals)
    ]  # fmt: skip
    total = sum(totals.values())
    lines += [
        ("resolution speed (toponyms/s)", f"{total / seconds:,.0f}"),
        ("gazetteer entries / names",
         f"{len(gazetteer.index.geonameid):,} / {len(gazetteer.index.names):,}"),
        ("gazetteer index size on disk (MB)", f"{size:.1f}"),
        ("gazetteer load time (s)", f"{load_seconds:.2f}"),
    ]  # fmt: skip
    if failures:
        for (corpus, name, country), count in missed.most_common(failures):
            print(f"geo miss: {count} x {corpus} {name!r} -> {country}", file=sys.stderr)
    return lines


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--failures", type=int, default=0, help="print the N commonest misses")
    parser.add_argument("--only", choices=["time", "geo"], help="run one part of the benchmark")
    args = parser.parse_args()
    parts = {"time": ("timex", bench_timex), "geo": ("geo", bench_geo)}
    chosen = [parts[args.only]] if args.only else list(parts.values())
    for name, _ in chosen:
        if not (SHARED / name / "dev.jsonl").exists():
            print(f"missing {SHARED / name / 'dev.jsonl'}", file=sys.stderr)
            return 2
    lines = [line for _, bench in chosen for line in bench(args.failures)]
    width = max(len(label) for label, _ in lines)
    print(f"{'measure':<{width}}  value")
    for label, value in lines:
        print(f"{label:<{width}}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
