"""Article-extraction benchmark: eventwire vs trafilatura on the shared dev pages.

Usage: .venv/bin/python bench/extraction.py [--data DIR] [--limit N] [--source aeb|moz|wcxb|hdmc]

Scores (see ../shared/data/article-extraction/dev/README.md):
- body: token F1 on bags of whitespace tokens, mean over pages with gold text, overall and
  per source;
- date: exact-day accuracy over pages with a gold date;
- title: token F1 over pages with a gold title;
- time: median seconds per page, and its ratio to trafilatura (default settings, metadata on,
  timed the same way on the same decoded string);
- plain-text mode: each page rendered to its whole visible text (chrome included) and run
  through eventwire's plain-text path; the whole-page text itself is scored for reference.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import trafilatura
from htmldate import find_date

from eventwire.extract import ExtractionError, extract_article
from eventwire.ingest import visible_text
from eventwire.ingest.decode import decode_bytes
from eventwire.model import RawDocument

REPO = Path(__file__).resolve().parents[1]
DEFAULT_DATA = REPO.parent / "shared" / "data" / "article-extraction" / "dev"
TEXT_SOURCES = ("aeb", "moz", "wcxb")


@dataclass
class Output:
    text: str | None = None
    title: str | None = None
    date: str | None = None


@dataclass
class Scores:
    body: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    title: list[float] = field(default_factory=list)
    date: list[bool] = field(default_factory=list)
    seconds: list[float] = field(default_factory=list)


def token_f1(predicted: str | None, gold: str) -> float:
    pred, ref = Counter((predicted or "").split()), Counter(gold.split())
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * precision * recall / (precision + recall)


def run_trafilatura(html: str, url: str | None, favor_recall: bool) -> Output:
    doc = trafilatura.bare_extraction(
        html, url=url, favor_recall=favor_recall, with_metadata=True, include_comments=False
    )
    if doc is None:
        return Output()
    return Output(doc.text, doc.title, doc.date)


def run_htmldate(html: str, url: str | None) -> Output:
    return Output(date=find_date(html, url=url, original_date=True))


def run_eventwire(html: str, url: str | None) -> Output:
    try:
        article = extract_article(RawDocument(origin="bench", html=html, url=url))
    except ExtractionError:
        return Output()
    return Output(article.text, article.title, article.published)


def run_whole_page_text(html: str, url: str | None) -> Output:
    return Output(text=visible_text(html))


def run_eventwire_plain(html: str, url: str | None) -> Output:
    try:
        article = extract_article(RawDocument(origin="bench", text=visible_text(html)))
    except ExtractionError:
        return Output()
    return Output(article.text, article.title, article.published)


SYSTEMS: dict[str, Callable[[str, str | None], Output]] = {
    "trafilatura (default)": lambda h, u: run_trafilatura(h, u, favor_recall=False),
    "trafilatura (favor_recall)": lambda h, u: run_trafilatura(h, u, favor_recall=True),
    "htmldate (original date)": run_htmldate,
    "eventwire": run_eventwire,
    "whole-page text (reference)": run_whole_page_text,
    "eventwire plain-text mode": run_eventwire_plain,
}
TIME_BASELINE = "trafilatura (default)"


def load_pages(data: Path, source: str | None, limit: int | None) -> list[tuple[dict, str]]:
    pages = []
    for gold_path in sorted(data.glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if source and gold["source"] != source:
            continue
        html = decode_bytes(gold_path.with_suffix(".html").read_bytes())
        pages.append((gold, html))
    return pages[:limit] if limit else pages


def score(
    pages: list[tuple[dict, str]], systems: list[str], dump: Path | None
) -> dict[str, Scores]:
    results = {name: Scores() for name in systems}
    dumped = []
    progress = sys.stderr.isatty()
    for number, (gold, html) in enumerate(pages, start=1):
        if progress:
            print(f"\r{number}/{len(pages)} {gold['id']:<50}", end="", file=sys.stderr)
        row = {"id": gold["id"]}
        for name in systems:
            system = SYSTEMS[name]
            started = time.perf_counter()
            output = system(html, gold.get("url"))
            results[name].seconds.append(time.perf_counter() - started)
            scores = results[name]
            if gold.get("text"):
                f1 = token_f1(output.text, gold["text"])
                scores.body["all"].append(f1)
                scores.body[gold["source"]].append(f1)
                row[name] = round(f1, 3)
            if gold.get("title"):
                scores.title.append(token_f1(output.title, gold["title"]))
            if gold.get("date"):
                scores.date.append((output.date or "")[:10] == gold["date"])
        dumped.append(row)
    if progress:
        print(file=sys.stderr)
    if dump:
        dump.write_text("\n".join(json.dumps(r) for r in dumped) + "\n", encoding="utf-8")
    return results


def mean(values: list[float] | list[bool]) -> str:
    return f"{statistics.fmean(values):.4f}" if values else "-"


def print_table(results: dict[str, Scores], n_pages: int) -> None:
    base = statistics.median(results[TIME_BASELINE].seconds)
    header = ["system", "body F1", *(f"F1 {s}" for s in TEXT_SOURCES), "date acc", "title F1",
              "median s/page", "time ratio"]  # fmt: skip
    print(f"Article extraction, {n_pages} pages\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for name, scores in results.items():
        median = statistics.median(scores.seconds)
        no_text = name == "htmldate (original date)"
        cells = [
            name,
            "-" if no_text else mean(scores.body["all"]),
            *("-" if no_text else mean(scores.body[s]) for s in TEXT_SOURCES),
            mean(scores.date) if name != "whole-page text (reference)" else "-",
            mean(scores.title) if scores.title and any(scores.title) else "-",
            f"{median:.4f}",
            f"{median / base:.2f}x",
        ]
        print("| " + " | ".join(cells) + " |")
    any_scores = next(iter(results.values()))
    print(
        f"\npages with gold: text {len(any_scores.body['all'])}, date {len(any_scores.date)}, "
        f"title {len(any_scores.title)}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--source", choices=(*TEXT_SOURCES, "hdmc"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--dump", type=Path, help="write per-page body F1 as JSON lines")
    parser.add_argument(
        "--systems", help="comma-separated subset of systems (the timing baseline always runs)"
    )
    args = parser.parse_args()
    if not args.data.is_dir():
        print(f"benchmark data not found: {args.data}", file=sys.stderr)
        return 2
    pages = load_pages(args.data, args.source, args.limit)
    systems = list(SYSTEMS)
    if args.systems:
        wanted = {name.strip() for name in args.systems.split(",")}
        unknown = wanted - set(SYSTEMS)
        if unknown:
            print(f"unknown systems: {sorted(unknown)}; known: {list(SYSTEMS)}", file=sys.stderr)
            return 2
        systems = [n for n in SYSTEMS if n in wanted or n == TIME_BASELINE]
    print_table(score(pages, systems, args.dump), len(pages))
    return 0


if __name__ == "__main__":
    sys.exit(main())
