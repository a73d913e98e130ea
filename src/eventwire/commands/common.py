"""Options and output writers shared by the sub-commands."""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, TextIO

from eventwire.settings import DEFAULT_MAX_INPUT_BYTES, Settings


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="file, directory (recursive), glob, or - for standard input",
    )
    parser.add_argument(
        "--strict", action="store_true", help="stop with an error on the first skipped input"
    )
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_INPUT_BYTES,
        help="skip inputs larger than this (default: 20 MB)",
    )


def add_coding_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dictionary",
        action="append",
        default=[],
        type=Path,
        metavar="PATH",
        help="extra actor/agent dictionary (YAML, CSV, or PETRARCH/TABARI format); repeatable",
    )
    parser.add_argument(
        "--spacy-model", default=None, help="spaCy model package name (default: en_core_web_sm)"
    )


def settings_from_args(args: argparse.Namespace) -> Settings:
    return Settings.from_env(
        strict=getattr(args, "strict", None),
        max_input_bytes=getattr(args, "max_bytes", None),
        dictionaries=list(getattr(args, "dictionary", []) or []) or None,
        spacy_model=getattr(args, "spacy_model", None),
        db_path=Path(args.db) if getattr(args, "db", None) else None,
    )


def _flatten(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{name}_"))
        elif isinstance(value, list):
            flat[name] = json.dumps(value, ensure_ascii=False) if value else ""
        else:
            flat[name] = "" if value is None else value
    return flat


def write_records(
    records: Iterable[dict[str, Any]],
    fmt: str,
    columns: Sequence[str] | None = None,
    out: TextIO | None = None,
) -> int:
    """Write records as jsonl, json, csv, text or table; return how many were written.

    `columns` picks (flattened) fields for table and csv output.
    """
    out = out or sys.stdout
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
        return count
    rows = list(records)
    count = len(rows)
    if fmt == "json":
        json.dump(rows, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        flat = [_flatten(r) for r in rows]
        fields = list(columns) if columns else _union_keys(flat)
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(flat)
    elif fmt == "table":
        _write_table([_flatten(r) for r in rows], columns, out)
    else:
        raise ValueError(f"unknown output format {fmt!r}")
    return count


def _union_keys(rows: list[dict[str, Any]]) -> list[str]:
    keys: dict[str, None] = {}
    for row in rows:
        keys.update(dict.fromkeys(row))
    return list(keys)


def _write_table(rows: list[dict[str, Any]], columns: Sequence[str] | None, out: TextIO) -> None:
    from rich.console import Console
    from rich.table import Table

    fields = list(columns) if columns else _union_keys(rows)
    table = Table(show_lines=False)
    for name in fields:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(str(row.get(name, "")) for name in fields))
    Console(file=out, width=200 if not out.isatty() else None).print(table)
