"""Actor-coding benchmark: PLOVER gold actors, NGEC actor cases, unknown-actor rates.

Usage: .venv/bin/python bench/actors.py [--dictionary PATH]... [--news N]
Uses the shipped knowledge base (data/kb) plus any --dictionary; prints one table.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from datetime import date
from pathlib import Path

import dateparser

from eventwire.actors import ActorCoder
from eventwire.actors.lookup import lookup_phrase
from eventwire.model import Article
from eventwire.nlp import load_pipeline
from eventwire.settings import Settings

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PLOVER_DEV = SHARED / "data" / "plover" / "dev.jsonl"
NGEC_DEV = SHARED / "data" / "plover" / "ngec_actor_dev.jsonl"
DAWN = SHARED / "examples" / "dawn-2019-11-20-bajwa-iran.txt"
NEWS = SHARED / "data" / "news-corpus" / "reuters21578.jsonl.gz"
NGEC_KINDS = {"agent_to_code", "short_text_to_agent", "search_nat"}


def read_jsonl(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def overlaps(gold: str, mention: str) -> bool:
    gold, mention = gold.lower().strip(), mention.lower().strip()
    return bool(gold) and (gold in mention or mention in gold)


def plover_scores(coder, nlp) -> dict[str, float]:
    found = total = 0
    country_ok = country_n = sector_ok = sector_n = 0
    for record in read_jsonl(PLOVER_DEV):
        text = record["text"]
        doc = nlp(text)
        analysis = coder.code(doc, Article(id=record["id"], text=text))
        for gold in record.get("actor", []) + record.get("recipient", []):
            total += 1
            match = next((a for a in analysis.actors
                          if any(overlaps(gold["text"], m.text) for m in a.mentions)), None)
            found += match is not None
            if gold.get("country"):
                country_n += 1
                country_ok += match is not None and match.country == gold["country"]
            if gold.get("sector"):
                sector_n += 1
                sector_ok += match is not None and match.sector == gold["sector"]
    return {"gold actors": total, "found": found / total,
            "country acc": country_ok / country_n, "sector acc": sector_ok / sector_n}


def query_day(raw: str | None) -> str | None:
    if not raw or raw.lower() == "today":
        return date.today().isoformat()
    parsed = dateparser.parse(raw, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date().isoformat() if parsed else None


def ngec_case_ok(expected: dict, result: dict | None) -> bool:
    if "result" in expected and expected["result"] is None:
        return result is None or result["code"] is None
    if result is None:
        return not any(expected.get(k) for k in ("country", "code_1", "code_1 in"))
    if "country" in expected and (expected["country"] or None) != result["country"]:
        return False
    if "code_1" in expected and (expected["code_1"] or None) != result["sector"]:
        return False
    return not ("code_1 in" in expected and result["sector"] not in expected["code_1 in"])


def ngec_scores(coder, nlp) -> dict[str, float]:
    cases = [c for c in read_jsonl(NGEC_DEV)
             if c["kind"] in NGEC_KINDS and c["status"] == "active"]
    ok = 0
    failures = []
    for case in cases:
        text = case["input"]["text"].strip()
        results = lookup_phrase(coder, nlp, text, query_day(case["input"].get("query_date")))
        # the actor that covers most of the phrase is what the phrase names
        result = max(results, key=lambda r: len(r["text"]), default=None)
        good = ngec_case_ok(case["expected"], result)
        ok += good
        if not good:
            got = result and (result["country"], result["sector"])
            failures.append((text, case["expected"], got))
    return {"cases": len(cases), "accuracy": ok / len(cases), "failures": failures}


def unknown_rate(coder, nlp, articles: list[Article]) -> dict[str, float]:
    actors = unknown = 0
    started = time.perf_counter()
    for article in articles:
        for actor in coder.code(nlp(article.text), article).actors:
            actors += 1
            unknown += actor.code is None
    elapsed = time.perf_counter() - started
    return {"articles": len(articles), "actors": actors,
            "unknown rate": unknown / actors if actors else 0.0,
            "articles/s": len(articles) / elapsed if elapsed else 0.0}


def news_articles(limit: int) -> list[Article]:
    articles = []
    with gzip.open(NEWS, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            articles.append(Article(id=record["id"], text=record["text"],
                                    published=record.get("date"), source=record.get("source")))
            if len(articles) == limit:
                break
    return articles


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--dictionary", action="append", default=[], type=Path)
    parser.add_argument("--news", type=int, default=200, help="news-corpus articles (first N)")
    parser.add_argument("--failures", action="store_true", help="list failed NGEC cases")
    args = parser.parse_args(argv)
    nlp = load_pipeline(None)
    coder = ActorCoder(Settings(dictionaries=args.dictionary))
    plover = plover_scores(coder, nlp)
    ngec = ngec_scores(coder, nlp)
    dawn_text = DAWN.read_text(encoding="utf-8").split("\nOpinion")[0]
    dawn = unknown_rate(coder, nlp, [Article(id="dawn", text=dawn_text, source="Dawn",
                                             published="2019-11-20")])
    news = unknown_rate(coder, nlp, news_articles(args.news))
    rows = [
        ("plover dev: gold actors found", f"{plover['found']:.3f}", "-",
         f"n={plover['gold actors']}"),
        ("plover dev: country accuracy", f"{plover['country acc']:.3f}", ">= 0.92",
         "not found = wrong"),
        ("plover dev: sector accuracy", f"{plover['sector acc']:.3f}", ">= 0.85",
         "not found = wrong"),
        ("ngec_actor_dev: accuracy", f"{ngec['accuracy']:.3f}", ">= 0.90",
         f"n={ngec['cases']} active cases"),
        ("dawn page: unknown-actor rate", f"{dawn['unknown rate']:.3f}", "-",
         f"{dawn['actors']} actors"),
        (f"news corpus ({news['articles']}): unknown-actor rate", f"{news['unknown rate']:.3f}",
         "-", f"{news['actors']} actors, {news['articles/s']:.1f} articles/s"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>6}  {'target':>7}  note")
    for name, value, target, note in rows:
        print(f"{name:<{width}}  {value:>6}  {target:>7}  {note}")
    if args.failures:
        for text, expected, got in ngec["failures"]:
            print(f"NGEC miss: {text!r}: expected {expected}, got {got}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
