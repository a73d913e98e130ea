"""`eventwire ingest PATH... [--db PATH]`: code a corpus and store it, resumably."""

from __future__ import annotations

import argparse
import logging
import sys
import time
from pathlib import Path

from eventwire.commands.common import (
    add_coding_arguments,
    add_input_arguments,
    settings_from_args,
)
from eventwire.store.ingesting import IngestTally

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "ingest",
        help="code articles and store them in the event database",
        description=(
            "Run the whole pipeline over the inputs and store articles, actors and events. "
            "Articles already stored with the same content are skipped, so a rerun (also after "
            "a crash) adds only what is missing. Also reads the Parquet output of "
            "`eventwire batch` (a folder of .parquet files) without recoding it."
        ),
    )
    add_input_arguments(parser)
    add_coding_arguments(parser)
    parser.add_argument("--db", help="store: SQLite file or postgresql:// URL (default: "
                        "$EVENTWIRE_DB or eventwire.db)")
    parser.add_argument("--no-progress", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.extract import iter_articles
    from eventwire.ingest import IngestError, SkipLog
    from eventwire.store import StoreError, open_store
    from eventwire.store.ingesting import ArticleIngester
    from eventwire.store.parquet_input import is_parquet_input, read_coded_articles

    settings = settings_from_args(args)
    try:
        store = open_store(settings.db_path)
    except StoreError as exc:
        print(f"eventwire ingest: {exc}", file=sys.stderr)
        return 2
    parquet = [p for p in args.paths if p != "-" and is_parquet_input(Path(p))]
    raw = [p for p in args.paths if p not in parquet]
    skips = SkipLog()
    tally = IngestTally()
    ingester = ArticleIngester(store, settings)
    run_id = store.start_run(list(args.paths))
    started = time.monotonic()
    status = "interrupted"
    with store, _Progress(enabled=not args.no_progress) as progress:
        try:
            for path in parquet:
                for coded, digest in read_coded_articles(Path(path)):
                    ingester.ingest_coded(coded, digest, run_id, tally)
                    progress.update(tally, skips.count)
            skipped = 0
            if raw:
                for article in iter_articles(raw, settings, skips):
                    ingester.ingest_article(article, run_id, tally)
                    if skips.count + tally.failed > skipped:
                        store.count_skip(run_id, skips.count + tally.failed - skipped)
                        skipped = skips.count + tally.failed
                    progress.update(tally, skips.count + tally.failed)
                if skips.count + tally.failed > skipped:
                    store.count_skip(run_id, skips.count + tally.failed - skipped)
            status = "finished"
        except (IngestError, StoreError) as exc:
            status = "failed"
            print(f"eventwire ingest: {exc}", file=sys.stderr)
        finally:
            store.finish_run(run_id, status)
    elapsed = max(time.monotonic() - started, 1e-9)
    print(
        f"{tally.articles} articles ({tally.added} added, {tally.replaced} replaced, "
        f"{tally.unchanged} unchanged), {tally.events} events stored, "
        f"{skips.count + tally.failed} skipped, {tally.articles / elapsed:.1f} articles/s "
        f"-> {settings.db_path}",
        file=sys.stderr,
    )
    if skips.count:
        print(skips.summary(tally.articles), file=sys.stderr)
    return 0 if status == "finished" else 1


class _Progress:
    """A live line on stderr: articles, articles/s, events found, skipped."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled and sys.stderr.isatty()
        self._progress = None
        self._task = None
        self._started = time.monotonic()

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self._progress = Progress(
                SpinnerColumn(),
                TextColumn("[bold]{task.completed}[/] articles"),
                TextColumn("{task.fields[rate]:.1f}/s"),
                TextColumn("[green]{task.fields[events]}[/] events"),
                TextColumn("[yellow]{task.fields[skipped]}[/] skipped"),
                TimeElapsedColumn(),
                transient=False,
            )
            self._progress.start()
            self._task = self._progress.add_task("ingest", total=None, rate=0.0, events=0,
                                                 skipped=0)
        return self

    def update(self, tally: IngestTally, skipped: int) -> None:
        if self._progress is None:
            return
        done = tally.articles
        rate = done / max(time.monotonic() - self._started, 1e-9)
        self._progress.update(self._task, completed=done, rate=rate,
                              events=tally.events, skipped=skipped)

    def __exit__(self, *exc: object) -> None:
        if self._progress is not None:
            self._progress.stop()
