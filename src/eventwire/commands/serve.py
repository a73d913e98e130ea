"""`eventwire serve [--db PATH] [--host 127.0.0.1] [--port 8000] [--token TOKEN]`."""

from __future__ import annotations

import argparse
import os
import sys

from eventwire.commands.common import settings_from_args

LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="serve the REST API and the dashboard",
        description=(
            "Serve the JSON API (/api/..., OpenAPI at /docs and /openapi.json) and the "
            "dashboard (/) over the store. POST /api/ingest is enabled only with --token "
            "(or $EVENTWIRE_TOKEN)."
        ),
    )
    parser.add_argument("--db", help="store: SQLite file or postgresql:// URL")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--token", default=None,
                        help="token that POST /api/ingest requires (default: $EVENTWIRE_TOKEN)")
    parser.add_argument("--spacy-model", default=None, help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import uvicorn

    from eventwire.api.app import create_app
    from eventwire.store import StoreError

    settings = settings_from_args(args)
    token = args.token or os.environ.get("EVENTWIRE_TOKEN") or None
    if not 0 < args.port < 65536:
        print(f"eventwire serve: --port {args.port} is not a TCP port", file=sys.stderr)
        return 2
    if args.host not in LOCAL_HOSTS:
        print(f"eventwire serve: listening on {args.host}: the API is reachable from other "
              "machines" + ("" if token else " (read-only: no --token)"), file=sys.stderr)
    try:
        app = create_app(settings.db_path, token=token, settings=settings)
    except StoreError as exc:
        print(f"eventwire serve: {exc}", file=sys.stderr)
        return 2
    print(f"eventwire: dashboard at http://{args.host}:{args.port}/ (store {settings.db_path})",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0
