"""Query parameters shared by the event endpoints, named like the CLI options."""

from __future__ import annotations

from typing import Annotated

from fastapi import Query

from eventwire.store import EventFilter


def event_filter(
    actor: Annotated[str | None, Query(description="source or target code prefix")] = None,
    source: Annotated[str | None, Query(description="source code prefix")] = None,
    target: Annotated[str | None, Query(description="target code prefix")] = None,
    dyad: Annotated[str | None, Query(description="A,B: events between A and B")] = None,
    type: Annotated[  # noqa: A002 - named like the CLI option
        str | None, Query(description="PLOVER type(s), comma-separated")
    ] = None,
    cameo: Annotated[str | None, Query(description="CAMEO code prefix")] = None,
    date_from: Annotated[
        str | None, Query(alias="from", description="YYYY, YYYY-MM or YYYY-MM-DD")
    ] = None,
    date_to: Annotated[str | None, Query(alias="to", description="inclusive end date")] = None,
    text: Annotated[str | None, Query(description="words in the evidence sentence")] = None,
    unique: Annotated[bool, Query(description="leave out cross-article duplicates")] = False,
) -> EventFilter:
    return EventFilter.parse(
        actor=actor, source=source, target=target, dyad=dyad, type=type, cameo=cameo,
        date_from=date_from, date_to=date_to, text=text, unique=unique,
    )


Limit = Annotated[int, Query(ge=1, le=1000, description="page size")]
Offset = Annotated[int, Query(ge=0, description="rows to skip")]
