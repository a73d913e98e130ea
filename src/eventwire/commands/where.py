"""`eventwire where`: resolve place names to GeoNames entries with coordinates."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from typing import Any

from eventwire.commands.common import write_records
from eventwire.commands.when import InputLineError, read_json_lines

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "where",
        help="resolve place names to coordinates and countries",
        description=(
            "Read JSON lines {id, text, toponyms: [{start, end, name}]} (without toponyms, "
            "find them) and write them back with each toponym resolved: geonameid, lat, lon, "
            "country (ISO alpha-2), feature."
        ),
    )
    parser.add_argument("inputs", nargs="*", metavar="FILE", help="JSON-lines file(s) or -")
    parser.add_argument(
        "--build-index", action="store_true",
        help="(re)build the gazetteer index from the installed packages",
    )  # fmt: skip
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "json"])
    parser.add_argument("--strict", action="store_true", help="stop on the first bad line")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.build_index:
        from eventwire.geo.build import build_index

        path = build_index()
        print(f"gazetteer index written to {path} ({path.stat().st_size / 1e6:.1f} MB)",
              file=sys.stderr)  # fmt: skip
        if not args.inputs:
            return 0
    if not args.inputs:
        print("eventwire where: give a JSON-lines file, - for standard input, or --build-index",
              file=sys.stderr)  # fmt: skip
        return 2
    try:
        write_records(_resolve_lines(args.inputs, args.strict), args.format)
    except InputLineError as error:
        print(f"eventwire where: {error}", file=sys.stderr)
        return 2
    return 0


def _resolve_lines(paths: list[str], strict: bool) -> Iterator[dict[str, Any]]:
    from eventwire.geo import resolve_toponyms

    for where, record in read_json_lines(paths, strict):
        text = record.get("text")
        toponyms = record.get("toponyms")
        valid = isinstance(text, str) and (toponyms is None or _valid_toponyms(toponyms, text))
        if not valid:
            message = f"{where}: needs text and toponyms [{{start, end, name}}] inside it"
            if strict:
                raise InputLineError(message)
            log.warning("skipped %s", message)
            continue
        yield {**record, "toponyms": resolve_toponyms(text, toponyms)}


def _valid_toponyms(toponyms: object, text: str) -> bool:
    if not isinstance(toponyms, list):
        return False
    for toponym in toponyms:
        if not isinstance(toponym, dict):
            return False
        start, end = toponym.get("start"), toponym.get("end")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            return False
    return True
