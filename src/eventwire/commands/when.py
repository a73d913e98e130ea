"""`eventwire when`: resolve temporal expressions against a document creation time."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from eventwire.commands.common import write_records

log = logging.getLogger(__name__)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "when",
        help="resolve dates like 'on Tuesday' or 'in April this year'",
        description=(
            "Read JSON lines {id, dct, expression} (or {id, dct, sentence} to find every "
            "expression; a line with both an expression and its sentence, optionally its "
            "start offset, reads the expression's tense from the sentence) and write "
            "{id, value, precision, text}; with --dct, resolve the expression given on the "
            "command line."
        ),
    )
    parser.add_argument(
        "inputs", nargs="+", metavar="FILE|EXPRESSION",
        help="JSON-lines file(s), - for standard input, or the expression with --dct",
    )  # fmt: skip
    parser.add_argument("--dct", type=_iso_date, help="document creation time, YYYY-MM-DD")
    parser.add_argument("--future", action="store_true", help="the expression's clause is future")
    parser.add_argument("--format", default="jsonl", choices=["jsonl", "json", "csv", "table"])
    parser.add_argument("--strict", action="store_true", help="stop on the first bad line")
    parser.set_defaults(func=run)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(f"not a YYYY-MM-DD date: {text!r}") from error


def run(args: argparse.Namespace) -> int:
    from eventwire.time import resolve_expression

    if args.dct is not None:
        text = " ".join(args.inputs)
        value = resolve_expression(text, args.dct, future=args.future)
        record = {"id": None, "value": None, "precision": None, "text": text}
        if value is not None:
            record.update(value=value.value, precision=value.precision)
        write_records([record], args.format)
        return 0 if value is not None else 1
    try:
        records = list(_resolve_lines(args.inputs, args.strict))
    except InputLineError as error:
        print(f"eventwire when: {error}", file=sys.stderr)
        return 2
    write_records(records, args.format)
    return 0


class InputLineError(ValueError):
    """A JSON line that cannot be resolved; the message names the file and line."""


def _resolve_lines(paths: list[str], strict: bool) -> Iterator[dict[str, Any]]:
    from eventwire.time import find_expressions

    for where, record in read_json_lines(paths, strict):
        try:
            dct = date.fromisoformat(str(record["dct"])[:10])
            if "expression" in record:
                text = str(record["expression"])
                value = _resolve_record_expression(record, text, dct)
                yield {
                    "id": record.get("id"),
                    "value": value.value if value else None,
                    "precision": value.precision if value else None,
                    "text": text,
                }
            elif "sentence" in record:
                for value in find_expressions(str(record["sentence"]), dct):
                    yield {"id": record.get("id"), **value.to_dict(),
                           "start": value.start, "end": value.end}  # fmt: skip
            else:
                raise KeyError("expression or sentence")
        except (KeyError, ValueError, TypeError) as error:
            message = f"{where}: needs dct and expression or sentence ({error})"
            if strict:
                raise InputLineError(message) from error
            log.warning("skipped %s", message)


def _resolve_record_expression(record: dict[str, Any], text: str, dct: date) -> Any:
    """The expression alone, or read in its sentence when the line gives one (tense and cue
    words such as "as soon as" then decide unnamed years and weekdays)."""
    from eventwire.time import resolve_expression, resolve_in_sentence

    sentence = record.get("sentence")
    if isinstance(sentence, str):
        start = record.get("start")
        if not isinstance(start, int) or sentence[start : start + len(text)] != text:
            start = sentence.find(text)
        if start >= 0:
            return resolve_in_sentence(sentence, start, start + len(text), dct)
        log.warning("expression %r not in its sentence; resolved alone", text)
    return resolve_expression(text, dct, future=bool(record.get("future", False)))


def read_json_lines(paths: list[str], strict: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    """(file:line, record) for every JSON object line; bad lines are skipped with a warning."""
    for path in paths:
        if path == "-":
            yield from _lines("<stdin>", sys.stdin, strict)
            continue
        try:
            with Path(path).open(encoding="utf-8") as handle:
                yield from _lines(path, handle, strict)
        except OSError as error:
            if strict:
                raise InputLineError(f"{path}: {error.strerror}") from error
            log.warning("skipped %s: %s", path, error.strerror)


def _lines(name: str, handle: TextIO, strict: bool) -> Iterator[tuple[str, dict[str, Any]]]:
    for number, line in enumerate(handle, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("not a JSON object")
        except ValueError as error:
            if strict:
                raise InputLineError(f"{name}:{number}: {error}") from error
            log.warning("skipped %s:%d: %s", name, number, error)
            continue
        yield f"{name}:{number}", record
