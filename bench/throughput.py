"""Throughput benchmark (issue 7): articles/s, sentences/s, events/s and peak RSS for
(a) the naive parse-bound pipeline: read + extract + spaCy parsing every sentence;
(b) eventwire end to end in one process; (c) `eventwire batch` with 2 workers; and, as the
machine's own ceiling for (c), (d) two plain one-process runs side by side, each on half the
inputs (no Dask): on a machine whose cores slow each other down, (b)/(d) is the best (c)/(b)
any 2-worker scheme can reach there. Same inputs for all: N Reuters-21578 stories and the HTML
pages of the article-extraction dev set. Each mode runs in its own process so its peak RSS is
its own, and each is timed from before its models load to its last article, so start-up costs
count everywhere.

    python bench/throughput.py [--articles 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
REUTERS = SHARED / "news-corpus" / "reuters21578.jsonl.gz"
HTML_DIR = SHARED / "article-extraction" / "dev"


def prepare_inputs(
    folder: Path, n_articles: int, n_pages: int | None
) -> tuple[list[str], list[list[str]]]:
    """One JSONL.gz of wire stories plus a folder with the HTML pages; and the same documents
    split in two halves (alternate stories, alternate pages) for the side-by-side runs."""
    wire = folder / "reuters.jsonl.gz"
    halves = [folder / f"half{k}" for k in (0, 1)]
    for half in halves:
        (half / "pages").mkdir(parents=True)
    with gzip.open(REUTERS, "rt", encoding="utf-8") as src, gzip.open(wire, "wt") as dst, \
            gzip.open(halves[0] / "reuters.jsonl.gz", "wt") as dst0, \
            gzip.open(halves[1] / "reuters.jsonl.gz", "wt") as dst1:
        for i, line in enumerate(itertools.islice(src, n_articles)):
            dst.write(line)
            (dst0, dst1)[i % 2].write(line)
    pages = folder / "pages"
    pages.mkdir()
    for i, page in enumerate(sorted(HTML_DIR.glob("*.html"))[:n_pages]):
        shutil.copy(page, pages / page.name)
        shutil.copy(page, halves[i % 2] / "pages" / page.name)
    split = [[str(half / "reuters.jsonl.gz"), str(half / "pages")] for half in halves]
    return [str(wire), str(pages)], split


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_naive(inputs: list[str]) -> dict:
    from eventwire.extract import iter_articles
    from eventwire.ingest import SkipLog
    from eventwire.nlp import load_pipeline
    from eventwire.settings import Settings

    started = time.perf_counter()
    settings = Settings()
    nlp = load_pipeline(settings.spacy_model)
    texts = [a.text for a in iter_articles(inputs, settings, SkipLog())]
    sentences = sum(len(list(doc.sents)) for doc in nlp.pipe(texts, batch_size=64))
    seconds = time.perf_counter() - started
    return {"articles": len(texts), "sentences": sentences, "events": 0, "seconds": seconds,
            "peak_rss_mb": _peak_rss_mb()}


def run_single(inputs: list[str]) -> dict:
    from eventwire.extract import iter_articles
    from eventwire.ingest import SkipLog
    from eventwire.pipeline import Pipeline
    from eventwire.settings import Settings

    started = time.perf_counter()
    settings = Settings()
    pipeline = Pipeline(settings)
    articles = events = 0
    for coded in pipeline.code_articles(iter_articles(inputs, settings, SkipLog())):
        articles += 1
        events += len(coded.events)
    seconds = time.perf_counter() - started
    return {"articles": articles, "events": events, "seconds": seconds,
            "peak_rss_mb": _peak_rss_mb()}


def run_batch_mode(inputs: list[str], workers: int) -> dict:
    from eventwire.batch import run_batch
    from eventwire.settings import Settings

    results = []
    with tempfile.TemporaryDirectory() as out:
        started = time.perf_counter()
        report = run_batch(inputs, Path(out), Settings(), workers=workers, shard_size=100,
                           on_result=results.append)
        seconds = time.perf_counter() - started
    return {"articles": report.articles, "events": report.events, "seconds": seconds,
            "peak_rss_mb": max((r.peak_rss_mb for r in results), default=0.0),
            "failed": len(report.failed)}


def _command(mode: str, inputs: list[str], workers: int) -> list[str]:
    return [sys.executable, __file__, "--mode", mode, "--workers", str(workers), "--", *inputs]


def _result(mode: str, done: subprocess.CompletedProcess | subprocess.Popen, out: str,
            err: str) -> dict:
    if done.returncode != 0:
        raise RuntimeError(f"mode {mode} failed:\n{err[-3000:]}")
    return json.loads(out.strip().splitlines()[-1])


def _in_subprocess(mode: str, inputs: list[str], workers: int) -> dict:
    done = subprocess.run(_command(mode, inputs, workers), capture_output=True, text=True,
                          check=False)
    return _result(mode, done, done.stdout, done.stderr)


def run_side_by_side(halves: list[list[str]]) -> dict:
    """Two one-process runs at once, each on its half; timed from both starts to the last end."""
    started = time.perf_counter()
    procs = [subprocess.Popen(_command("single", half, 1), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for half in halves]
    results = []
    for proc in procs:
        out, err = proc.communicate()
        results.append(_result("single (half)", proc, out, err))
    seconds = time.perf_counter() - started
    return {"articles": sum(r["articles"] for r in results),
            "events": sum(r["events"] for r in results), "seconds": seconds,
            "peak_rss_mb": max(r["peak_rss_mb"] for r in results),
            "half_seconds": [round(r["seconds"], 1) for r in results]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--pages", type=int, default=None, help="HTML pages (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--mode", choices=["naive", "single", "batch"])
    parser.add_argument("inputs", nargs="*")
    args = parser.parse_args()
    if args.mode:
        runner = {"naive": run_naive, "single": run_single}.get(args.mode)
        result = runner(args.inputs) if runner else run_batch_mode(args.inputs, args.workers)
        print(json.dumps(result))
        return 0

    with tempfile.TemporaryDirectory() as folder:
        inputs, halves = prepare_inputs(Path(folder), args.articles, args.pages)
        naive = _in_subprocess("naive", inputs, args.workers)
        single = _in_subprocess("single", inputs, args.workers)
        batch = _in_subprocess("batch", inputs, args.workers)
        pair = run_side_by_side(halves) if args.workers == 2 else None
    sentences = naive["sentences"]
    pages = len(list(HTML_DIR.glob("*.html"))[: args.pages])
    print(f"inputs: {args.articles} Reuters-21578 stories + {pages} HTML pages; "
          f"{naive['articles']} articles, {sentences} sentences")
    print(f"{'mode':<38} {'articles/s':>10} {'sentences/s':>12} {'events/s':>9} "
          f"{'seconds':>8} {'peak RSS MB':>12}")
    rows = [("(a) naive: parse every sentence", naive), ("(b) eventwire, one process", single),
            (f"(c) eventwire batch, {args.workers} workers", batch)]
    if pair:
        rows.append(("(d) two one-process runs side by side", pair))
    for name, r in rows:
        per = name.startswith(("(c)", "(d)"))
        rss_label = f"{r['peak_rss_mb']:.0f}" + (" /process" if per else "")
        print(f"{name:<38} {r['articles'] / r['seconds']:>10.1f} "
              f"{sentences / r['seconds']:>12.1f} {r['events'] / r['seconds']:>9.1f} "
              f"{r['seconds']:>8.1f} {rss_label:>12}")
    print(f"(b)/(a) = {naive['seconds'] / single['seconds']:.2f}  (target >= 1.0)")
    print(f"(c)/(b) = {single['seconds'] / batch['seconds']:.2f}  (target >= 1.7)")
    print(f"peak RSS per worker = {batch['peak_rss_mb']:.0f} MB  (target <= 1536 MB)")
    if pair:
        print(f"(b)/(d) = {single['seconds'] / pair['seconds']:.2f}  (this machine's ceiling for "
              f"(c)/(b); halves took {pair['half_seconds']} s side by side)")
        print(f"(c)/(d) = {pair['seconds'] / batch['seconds']:.2f}  (Dask batch against that "
              "ceiling)")
    if batch.get("failed"):
        print(f"batch: {batch['failed']} shards failed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
