"""`eventwire kb lookup NAME` and `eventwire kb import-wikidata DUMP`: the actor knowledge base."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eventwire.commands.common import add_coding_arguments, settings_from_args, write_records
from eventwire.resources import DataFileError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("kb", help="inspect and extend the actor knowledge base")
    actions = parser.add_subparsers(dest="kb_command", required=True, metavar="ACTION")

    lookup = actions.add_parser("lookup", help="show what a name resolves to, and why")
    lookup.add_argument("name", nargs="+", help="a name or phrase, e.g. 'Gen Bajwa'")
    lookup.add_argument("--date", help="resolve dated roles on this day (YYYY-MM-DD)")
    lookup.add_argument("--source", help="the outlet, for the weak country prior")
    lookup.add_argument("--format", choices=("text", "jsonl", "table"), default="text")
    add_coding_arguments(lookup)
    lookup.set_defaults(func=run_lookup)

    importer = actions.add_parser(
        "import-wikidata", help="build dated person entries from Wikidata JSON dump lines"
    )
    importer.add_argument("dump", type=Path, help="Wikidata JSON dump (.json/.jsonl, or .gz)")
    importer.add_argument("--out", type=Path, required=True, help="persons YAML to write")
    importer.add_argument(
        "--positions", type=Path, default=None,
        help="YAML mapping position QIDs to title/sector/country (default: the shipped one)",
    )
    importer.set_defaults(func=run_import)


def run_lookup(args: argparse.Namespace) -> int:
    from datetime import date

    from eventwire.actors import ActorCoder
    from eventwire.actors.lookup import lookup_phrase
    from eventwire.nlp import load_pipeline

    if args.date:
        try:
            date.fromisoformat(args.date)
        except ValueError:
            print(f"eventwire kb lookup: error: bad --date {args.date!r}", file=sys.stderr)
            return 2
    try:
        settings = settings_from_args(args)
        coder = ActorCoder(settings)
    except (DataFileError, FileNotFoundError) as error:
        print(f"eventwire kb lookup: error: {error}", file=sys.stderr)
        return 2
    nlp = load_pipeline(settings.spacy_model)
    results = lookup_phrase(coder, nlp, " ".join(args.name), args.date, args.source)
    if args.format != "text":
        write_records(results, args.format)
        return 0 if results else 1
    if not results:
        print("no actor found")
        return 1
    for result in results:
        print(f"{result['text']}: {result['code'] or '-'}  ({result['name']})")
        print(f"  country {result['country'] or '-'}, sector {result['sector'] or '-'}"
              + (f", kb id {result['kb_id']}" if result["kb_id"] else ""))
        for reason in result["why"]:
            print(f"  why: {reason}")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from eventwire.actors.wikidata import WikidataImportError, import_dump

    try:
        summary = import_dump(args.dump, args.out, args.positions)
    except (WikidataImportError, DataFileError, OSError) as error:
        print(f"eventwire kb import-wikidata: error: {error}", file=sys.stderr)
        return 2
    print(summary, file=sys.stderr)
    return 0
