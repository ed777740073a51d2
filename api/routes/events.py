"""``/api/events``: the claims as PLOVER events (the fields of ``allegiance export --format
plover``), a page at a time."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import KnownParameters, SettingsDep, StoreDep
from api.routes.alignments import BAD_PARAMETER, FilterDep, PageDep
from graph.analysis.plover import events

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["events"], dependencies=[KnownParameters])


@router.get(
    "/events",
    summary="Every claim as a PLOVER event, for POLECAT users",
    description="Events in PLOVER's fields (event type and mode, actor, recipient, date, source"
    " text) with our attribution, hedging and negation beside; the JSON Schema is"
    " graph/data/plover.schema.json.",
    responses=BAD_PARAMETER,
)
def plover_events(
    store: StoreDep, settings: SettingsDep, filters: FilterDep, page: PageDep
) -> dict[str, Any]:
    """Every claim as a PLOVER event (event type and mode, actor, recipient, date, text), with
    our attribution, hedging and negation beside; the schema is graph/data/plover.schema.json."""
    found, total, nxt = events(store, settings, filters, limit=page.limit, cursor=page.cursor)
    return {"events": found, "total": total, "next": nxt}
