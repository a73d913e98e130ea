"""`eventwire events [filters] [--format table|csv|jsonl]`: query the event store."""

from __future__ import annotations

import argparse
import sys

from eventwire.commands.common import settings_from_args, write_records

TABLE_COLUMNS = (
    "date", "source_code", "source_name", "cameo", "plover_type", "target_code",
    "target_name", "location_name", "trigger", "event_id",
)
CSV_COLUMNS = (
    "event_id", "article_id", "date", "date_precision", "source_text", "source_name",
    "source_code", "source_country", "source_sector", "target_text", "target_name", "target_code",
    "target_country", "target_sector", "cameo", "cameo_name", "cameo_root", "goldstein",
    "quad_class", "plover_type", "plover_mode", "plover_context", "location_name",
    "location_country", "location_lat", "location_lon", "negated", "modality", "trigger", "rule",
    "confidence", "duplicate_of", "sentence", "article_title", "article_url",
)


def add_filter_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--actor", help="source or target code starts with CODE (PAK, PAKMIL)")
    parser.add_argument("--source", help="source code starts with CODE")
    parser.add_argument("--target", help="target code starts with CODE")
    parser.add_argument("--dyad", metavar="A,B", help="events between A and B, either direction")
    parser.add_argument("--type", help="PLOVER type(s), comma-separated (ASSAULT,COERCE)")
    parser.add_argument("--cameo", metavar="PREFIX", help="CAMEO code prefix (04, 042)")
    parser.add_argument("--from", dest="date_from", metavar="DATE",
                        help="on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)")
    parser.add_argument("--to", dest="date_to", metavar="DATE", help="on or before DATE")
    parser.add_argument("--text", metavar="QUERY", help="words in the evidence sentence")
    parser.add_argument("--unique", action="store_true",
                        help="leave out reports that duplicate an event from another article")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "events",
        help="query stored events",
        description="List stored events matching every given filter, oldest first.",
    )
    add_filter_arguments(parser)
    parser.add_argument("--format", choices=("table", "csv", "jsonl"), default="table")
    parser.add_argument("--limit", type=int, default=None, help="at most N events")
    parser.add_argument("--db", help="store: SQLite file or postgresql:// URL")
    parser.set_defaults(func=run)


def filter_from_args(args: argparse.Namespace):  # noqa: ANN201 - EventFilter, imported lazily
    from eventwire.store import EventFilter

    return EventFilter.parse(
        actor=args.actor, source=args.source, target=args.target, dyad=args.dyad,
        type=args.type, cameo=args.cameo, date_from=args.date_from, date_to=args.date_to,
        text=args.text, unique=args.unique,
    )


def run(args: argparse.Namespace) -> int:
    from eventwire.store import InvalidQueryError, StoreError, open_store
    from eventwire.store.export.native import native_row

    settings = settings_from_args(args)
    if not settings.db_path.exists() and "://" not in str(settings.db_path):
        print(f"eventwire events: no store at {settings.db_path}; run `eventwire ingest` first",
              file=sys.stderr)
        return 2
    if args.limit is not None and args.limit < 0:
        print("eventwire events: --limit must be 0 or more", file=sys.stderr)
        return 2
    try:
        flt = filter_from_args(args)
        with open_store(settings.db_path) as store:
            events = store.events(flt, limit=args.limit)
    except InvalidQueryError as exc:
        print(f"eventwire events: --{exc}", file=sys.stderr)
        return 2
    except StoreError as exc:
        print(f"eventwire events: {exc}", file=sys.stderr)
        return 2
    if args.format == "jsonl":
        write_records(events, "jsonl")
    else:
        columns = TABLE_COLUMNS if args.format == "table" else CSV_COLUMNS
        write_records((native_row(e) for e in events), args.format, columns)
    if args.format == "table":
        print(f"{len(events)} events", file=sys.stderr)
    return 0
