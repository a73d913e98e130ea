"""`eventwire batch INPUT... --out DIR [--scheduler ADDRESS | --workers N]`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.commands.common import add_coding_arguments, settings_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch",
        help="code many inputs on Dask into partitioned Parquet (articles, events, actors)",
        description="Shard the inputs and run the pipeline on a Dask cluster (a LocalCluster "
        "by default). Output: OUT/articles, OUT/events, OUT/actors as Parquet parts. "
        "Rerunning skips shards already written.",
    )
    parser.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories or globs")
    parser.add_argument("--out", required=True, type=Path, metavar="DIR")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--scheduler", metavar="ADDRESS", help="an existing Dask scheduler")
    where.add_argument("--workers", type=int, default=2, help="LocalCluster workers (default 2)")
    parser.add_argument(
        "--shard-size", type=int, default=None, help="documents per shard (default 200)"
    )
    parser.add_argument("--max-bytes", type=int, default=None, help="skip larger inputs")
    add_coding_arguments(parser)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.batch import run_batch
    from eventwire.ingest import InputSkipped, MissingPathError

    settings = settings_from_args(args)
    if args.workers is not None and args.workers < 1:
        print("eventwire batch: --workers must be at least 1", file=sys.stderr)
        return 2
    try:
        report = run_batch(
            args.inputs,
            args.out,
            settings,
            scheduler=args.scheduler,
            workers=args.workers,
            **({"shard_size": args.shard_size} if args.shard_size else {}),
            on_result=lambda r: print(
                f"shard {r.shard_id}: {'FAILED' if r.error else 'ok'} "
                f"{r.articles} articles, {r.events} events, {r.seconds:.1f}s",
                file=sys.stderr,
            ),
        )
    except MissingPathError as error:
        print(f"eventwire batch: {error}", file=sys.stderr)
        return 2
    except InputSkipped as error:
        print(f"eventwire batch: {error}", file=sys.stderr)
        return 1
    print(report.summary(), file=sys.stderr)
    return 1 if report.failed else 0
