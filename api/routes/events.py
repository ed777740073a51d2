"""``/api/events``: the claims as PLOVER events (the fields of ``allegiance export --format
plover``), a page at a time."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import KnownParameters, SettingsDep, StoreDep
from api.openapi import errors
from api.routes.alignments import CursorQ, FilterDep, LimitQ
from graph.analysis.pairs import DEFAULT_PAGE
from graph.analysis.plover import events

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["events"], dependencies=[KnownParameters])


@router.get(
    "/events",
    summary="Every claim as a PLOVER event, for POLECAT users",
    description="Events in PLOVER's fields (event type and mode, actor, recipient, date, source"
    " text) with our attribution, hedging and negation beside; the JSON Schema is"
    " graph/data/plover.schema.json.",
    responses=errors(400, e400="a bad parameter, named in `detail`"),
)
def plover_events(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    limit: LimitQ = DEFAULT_PAGE,
    cursor: CursorQ = None,
) -> dict[str, Any]:
    """Every claim as a PLOVER event (event type and mode, actor, recipient, date, text), with
    our attribution, hedging and negation beside; the schema is graph/data/plover.schema.json."""
    found, total, nxt = events(store, settings, filters, limit=limit, cursor=cursor)
    return {"events": found, "total": total, "next": nxt}
