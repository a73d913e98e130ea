"""`eventwire code PATH...`: print every coded political event (CAMEO + PLOVER) of the inputs."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Iterator
from typing import Any

from eventwire.commands.common import (
    add_coding_arguments,
    add_input_arguments,
    settings_from_args,
    write_records,
)
from eventwire.resources import DataFileError

log = logging.getLogger(__name__)

TABLE_COLUMNS = (
    "article_id",
    "sentence_index",
    "source_code",
    "target_code",
    "cameo",
    "plover_type",
    "trigger",
    "modality",
    "negated",
    "rule",
    "confidence",
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "code",
        help="code political events (who did what to whom) as CAMEO and PLOVER records",
        description=(
            "Code every political event of the inputs. `--dictionary` takes actor/agent "
            "dictionaries (for the actor coder) and PETRARCH verb dictionaries (extra event "
            "patterns); the kind is detected from the file's content."
        ),
    )
    add_input_arguments(parser)
    add_coding_arguments(parser)
    parser.add_argument(
        "--format", choices=("jsonl", "json", "table", "csv"), default="jsonl", help="output"
    )
    parser.set_defaults(func=run)


def iter_event_records(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    from eventwire.extract import iter_articles
    from eventwire.ingest import SkipLog
    from eventwire.pipeline import Pipeline

    settings = settings_from_args(args)
    pipeline = Pipeline(settings)
    skips = SkipLog()
    articles = 0
    for coded in pipeline.code_articles(iter_articles(args.paths, settings, skips)):
        articles += 1
        for event in coded.events:
            yield event.to_dict()
    log.info("%s", skips.summary(articles))


def run(args: argparse.Namespace) -> int:
    from eventwire.ingest import IngestError

    try:
        columns = TABLE_COLUMNS if args.format == "table" else None
        write_records(iter_event_records(args), args.format, columns=columns)
    except (IngestError, DataFileError, FileNotFoundError) as error:
        print(f"eventwire code: error: {error}", file=sys.stderr)
        return 2
    return 0
