"""`eventwire actors PATH...`: every resolved actor of each article, with its mentions."""

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

TABLE_COLUMNS = ("article_id", "name", "code", "country", "sector", "kb_id", "mentions")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "actors",
        help="find and code every actor (country, sector, person) of the inputs",
        description=(
            "One record per resolved actor of each article: name, CAMEO code, country, "
            "sector, knowledge-base id and every mention (with coreference)."
        ),
    )
    add_input_arguments(parser)
    add_coding_arguments(parser)
    parser.add_argument("--format", choices=("jsonl", "json", "table", "csv"), default="jsonl")
    parser.add_argument("--why", action="store_true", help="add how each code was reached")
    parser.set_defaults(func=run)


def iter_actor_records(args: argparse.Namespace) -> Iterator[dict[str, Any]]:
    from eventwire.actors import ActorCoder
    from eventwire.extract import iter_articles
    from eventwire.ingest import SkipLog
    from eventwire.nlp import load_pipeline

    settings = settings_from_args(args)
    coder = ActorCoder(settings)
    nlp = load_pipeline(settings.spacy_model)
    skips = SkipLog()
    articles = 0
    for article in iter_articles(args.paths, settings, skips):
        articles += 1
        analysis = coder.code(nlp(article.text), article)
        for actor in analysis.actors:
            record = actor.to_dict()
            if args.why:
                record["why"] = actor.why
            if args.format == "table":
                record["mentions"] = "; ".join(m["text"] for m in record["mentions"])
            yield record
    log.info("%s", skips.summary(articles))


def run(args: argparse.Namespace) -> int:
    from eventwire.ingest import IngestError

    try:
        columns = (*TABLE_COLUMNS, "why") if args.why else TABLE_COLUMNS
        write_records(iter_actor_records(args), args.format,
                      columns=columns if args.format == "table" else None)
    except (IngestError, DataFileError, FileNotFoundError) as error:
        print(f"eventwire actors: error: {error}", file=sys.stderr)
        return 2
    return 0
