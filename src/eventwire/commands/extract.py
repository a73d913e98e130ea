"""`eventwire extract PATH...`: clean articles and their metadata, one object per article."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from typing import Any

from eventwire.commands.common import add_input_arguments, settings_from_args, write_records
from eventwire.extract import iter_articles
from eventwire.ingest import InputSkipped, MissingPathError, SkipLog

FORMATS = ("jsonl", "json", "text")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="extract clean articles (text and metadata) from pages, feeds and archives",
        description="Read HTML, plain text, JSON/JSONL records, WARC archives and RSS/Atom "
        "feeds; print one object per article with id, url, source, title, author, published, "
        "published_precision, updated, language, dateline and text.",
    )
    add_input_arguments(parser)
    parser.add_argument("--format", choices=FORMATS, default="jsonl", help="default: jsonl")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = settings_from_args(args)
    skips = SkipLog()
    counted = _Counter()
    try:
        records = counted.wrap(a.to_dict() for a in iter_articles(args.paths, settings, skips))
        if args.format == "text":
            _write_text(records)
        else:
            write_records(records, args.format)
    except MissingPathError as error:
        print(f"eventwire extract: {error}", file=sys.stderr)
        return 2
    except InputSkipped as error:
        print(f"eventwire extract: {error} (--strict)", file=sys.stderr)
        return 1
    sys.stdout.flush()
    print(skips.summary(counted.count), file=sys.stderr)
    return 0


class _Counter:
    def __init__(self) -> None:
        self.count = 0

    def wrap(self, records: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
        for record in records:
            self.count += 1
            yield record


def _write_text(records: Iterator[dict[str, Any]]) -> None:
    out = sys.stdout
    for number, record in enumerate(records):
        if number:
            out.write("\n" + "=" * 72 + "\n\n")
        for key, value in record.items():
            if key != "text":
                out.write(f"{key}: {'' if value is None else value}\n")
        out.write("\n" + record["text"] + "\n")
