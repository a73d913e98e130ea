"""The `eventwire` command: one sub-command module per job under `eventwire.commands`."""

from __future__ import annotations

import argparse
import importlib
import importlib.util
import logging
import sys

# Each module exposes `register(subparsers)`, which adds its parser and sets `func`.
COMMAND_MODULES = (
    "extract",
    "actors",
    "kb",
    "code",
    "when",
    "where",
    "ingest",
    "events",
    "export",
    "serve",
    "batch",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eventwire",
        description="Turn raw news into coded political event data (CAMEO and PLOVER).",
    )
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging")
    subparsers = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMAND_MODULES:
        if importlib.util.find_spec(f"eventwire.commands.{name}") is None:
            continue
        importlib.import_module(f"eventwire.commands.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.WARNING - 10 * min(args.verbose, 2),
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    try:
        return int(args.func(args) or 0)
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
