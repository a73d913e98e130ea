"""The FastAPI app: JSON endpoints over the store, plus the dashboard.

    app = create_app(Path("eventwire.db"), token="s3cret")
"""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from eventwire import __version__
from eventwire.api.params import Limit, Offset, event_filter
from eventwire.api.raw_input import UnsupportedBodyError, documents_from_body
from eventwire.settings import Settings
from eventwire.store import EventFilter, InvalidQueryError, Store, open_store
from eventwire.store.ingesting import ArticleIngester, IngestTally
from eventwire.store.queries import INTERVALS

TOKEN_HEADER = "X-Eventwire-Token"


def create_app(
    db: Path | str, token: str | None = None, settings: Settings | None = None
) -> FastAPI:
    settings = settings or Settings.from_env()
    store = open_store(db)
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        store.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        description="Coded political events (CAMEO and PLOVER) with their evidence.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token
    app.state.ingester = ArticleIngester(store, settings)
    app.state.max_body = settings.max_input_bytes
    _add_error_handlers(app)
    _add_routes(app)
    from eventwire.web import mount_dashboard

    mount_dashboard(app)
    return app


def _invalid(parameter: str, message: str) -> JSONResponse:
    return JSONResponse(
        status_code=422,
        content={
            "detail": [{"loc": ["query", parameter], "msg": message, "type": "value_error"}],
            "error": f"invalid parameter {parameter}: {message}",
        },
    )


def _add_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(InvalidQueryError)
    async def _invalid_query(request: Request, exc: InvalidQueryError) -> JSONResponse:
        return _invalid(exc.parameter, exc.message)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = jsonable_encoder(exc.errors())
        first = errors[0] if errors else {"loc": ["?"], "msg": "invalid request"}
        name = str(first["loc"][-1])
        return JSONResponse(
            status_code=422,
            content={"detail": errors, "error": f"invalid parameter {name}: {first['msg']}"},
        )


def _store(request: Request) -> Store:
    return request.app.state.store


StoreDep = Annotated[Store, Depends(_store)]
FilterDep = Annotated[EventFilter, Depends(event_filter)]


def _add_routes(app: FastAPI) -> None:
    @app.get("/api/events", tags=["events"])
    def list_events(
        store: StoreDep,
        flt: FilterDep,
        limit: Limit = 50,
        offset: Offset = 0,
        order: Annotated[str, Query(pattern="^(asc|desc)$")] = "asc",
    ) -> dict[str, Any]:
        """Events matching every filter, oldest first (`order=desc`: newest first)."""
        return {
            "total": store.count_events(flt),
            "limit": limit,
            "offset": offset,
            "events": store.events(flt, limit, offset, newest_first=order == "desc"),
        }

    @app.get("/api/events/{event_id}", tags=["events"])
    def one_event(store: StoreDep, event_id: str) -> dict[str, Any]:
        event = store.event(event_id)
        if event is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return event

    @app.get("/api/actors", tags=["actors"])
    def actors(
        store: StoreDep,
        actor: Annotated[str | None, Query(description="code prefix")] = None,
        limit: Limit = 100,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Actor codes by number of events, with their most frequent name."""
        prefix = EventFilter.parse(actor=actor).actor
        return {"actors": store.actors(prefix, limit, offset)}

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def article(store: StoreDep, article_id: str) -> dict[str, Any]:
        """Full text, actors with mention offsets, and events of one article."""
        record = store.article(article_id)
        if record is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return record

    @app.get("/api/timeline", tags=["aggregates"])
    def timeline(
        store: StoreDep,
        flt: FilterDep,
        interval: Annotated[str, Query(description=" | ".join(INTERVALS))] = "month",
    ) -> dict[str, Any]:
        """Per day/week/month: counts by PLOVER type and quad class, Goldstein sum."""
        return {"interval": interval, "periods": store.timeline(flt, interval)}

    @app.get("/api/network", tags=["aggregates"])
    def network(
        store: StoreDep, flt: FilterDep, limit: Annotated[int, Query(ge=1, le=2000)] = 200
    ) -> dict[str, Any]:
        """Who acts on whom: edges weighted by events, split into cooperation and conflict."""
        return store.network(flt, limit)

    @app.get("/api/locations", tags=["aggregates"])
    def locations(
        store: StoreDep, flt: FilterDep, limit: Annotated[int, Query(ge=1, le=10000)] = 1000
    ) -> dict[str, Any]:
        return {"locations": store.locations(flt, limit)}

    @app.get("/api/search", tags=["articles"])
    def search(
        store: StoreDep,
        text: Annotated[str, Query(min_length=1, description="all words required; word* prefix")],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Full-text search over article titles and texts."""
        return {"articles": store.search(text, limit, offset)}

    @app.get("/api/summary", tags=["store"])
    def summary(store: StoreDep) -> dict[str, Any]:
        result = store.summary()
        result["ingest_enabled"] = app.state.token is not None
        return result

    @app.post("/api/ingest", tags=["store"])
    async def ingest(
        request: Request,
        token: Annotated[str | None, Header(alias=TOKEN_HEADER)] = None,
        authorization: Annotated[str | None, Header()] = None,
        id: Annotated[str | None, Query(description="article id (HTML/text bodies)")] = None,  # noqa: A002
        url: str | None = None,
        title: str | None = None,
        published: str | None = None,
        source: str | None = None,
    ) -> dict[str, Any]:
        """Code and store raw pages: text/html, text/plain, or JSON records
        (`{"id", "text" | "html", "url", "title", "published", "source"}`, one or a list).
        Needs the token given to `eventwire serve --token`."""
        _check_token(app.state.token, token, authorization)
        body = await request.body()
        if len(body) > app.state.max_body:
            raise HTTPException(413, f"body of {len(body)} bytes exceeds {app.state.max_body}")
        try:
            documents = documents_from_body(
                body, request.headers.get("content-type", ""), doc_id=id, url=url, title=title,
                published=published, source=source,
            )
        except UnsupportedBodyError as exc:
            raise HTTPException(415 if "content type" in str(exc) else 400, str(exc)) from exc
        from starlette.concurrency import run_in_threadpool

        return await run_in_threadpool(_ingest_documents, app, documents)


def _check_token(expected: str | None, header: str | None, authorization: str | None) -> None:
    if expected is None:
        raise HTTPException(
            403, "ingest over the API is disabled: start `eventwire serve --token TOKEN`"
        )
    given = header
    if given is None and authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given or not secrets.compare_digest(given.encode(), expected.encode()):
        raise HTTPException(
            401, f"missing or wrong token (send {TOKEN_HEADER} or Authorization: Bearer)",
            headers={"WWW-Authenticate": "Bearer"},
        )


def _ingest_documents(app: FastAPI, documents: list) -> dict[str, Any]:
    from eventwire.extract import ExtractionError, extract_article
    from eventwire.ingest.skip_marker import Skip

    store: Store = app.state.store
    ingester: ArticleIngester = app.state.ingester
    tally = IngestTally()
    run_id = store.start_run(["<api>"])
    articles: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    try:
        for document in documents:
            if isinstance(document, Skip):
                skipped.append({"origin": document.origin, "reason": document.reason,
                                "detail": document.detail})
                continue
            try:
                article = extract_article(document)
            except ExtractionError as exc:
                skipped.append({"origin": document.origin, "reason": "no article body",
                                "detail": str(exc)})
                continue
            before = tally.as_dict()
            ingester.ingest_article(article, run_id, tally)
            after = tally.as_dict()
            status = next((k for k in ("added", "replaced", "unchanged", "failed")
                           if after[k] > before[k]), "failed")
            articles.append({"id": article.id, "status": status,
                             "events": after["events"] - before["events"]})
        if skipped or tally.failed:
            store.count_skip(run_id, len(skipped) + tally.failed)
    finally:
        store.finish_run(run_id)
    return {"articles": articles, "skipped": skipped, "totals": tally.as_dict()}
