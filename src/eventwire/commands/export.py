"""`eventwire export --schema gdelt|polecat|native --format csv|jsonl|parquet OUT`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.commands.common import settings_from_args
from eventwire.commands.events import add_filter_arguments, filter_from_args


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export stored events as GDELT, POLECAT or native tables",
        description=(
            "Write stored events in the column layout of GDELT 2.0 events, POLECAT, or "
            "eventwire's own (native). GDELT rows are de-duplicated events with report "
            "counts. Native Parquet to a path without .parquet writes a folder with "
            "events.parquet and articles.parquet, which `eventwire ingest` reads back. "
            "See docs/export.md for which columns stay empty and why."
        ),
    )
    parser.add_argument("out", metavar="OUT", type=Path, help="output file (or folder)")
    parser.add_argument("--schema", choices=("gdelt", "polecat", "native"), default="native")
    parser.add_argument("--format", choices=("csv", "jsonl", "parquet"), default="csv")
    add_filter_arguments(parser)
    parser.add_argument("--db", help="store: SQLite file or postgresql:// URL")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from eventwire.store import InvalidQueryError, StoreError, open_store
    from eventwire.store.export import export_events

    settings = settings_from_args(args)
    if not settings.db_path.exists() and "://" not in str(settings.db_path):
        print(f"eventwire export: no store at {settings.db_path}", file=sys.stderr)
        return 2
    if not args.out.parent.exists():
        print(f"eventwire export: folder {args.out.parent} does not exist", file=sys.stderr)
        return 2
    try:
        flt = filter_from_args(args)
        with open_store(settings.db_path) as store:
            rows = export_events(store, args.schema, args.format, args.out, flt)
    except InvalidQueryError as exc:
        print(f"eventwire export: --{exc}", file=sys.stderr)
        return 2
    except (StoreError, OSError) as exc:
        print(f"eventwire export: {exc}", file=sys.stderr)
        return 2
    print(f"{rows} rows ({args.schema}, {args.format}) -> {args.out}", file=sys.stderr)
    return 0
