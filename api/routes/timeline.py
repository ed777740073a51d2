"""``/api/timeline``: the balance of support between two actors (or one and all), over time."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import KnownParameters, SettingsDep, StoreDep
from api.openapi import errors
from api.routes.alignments import FilterDep
from api.schemas import TimelineOut
from graph.analysis.pairs import PairFilters
from graph.analysis.timeline import Interval, timeline

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])


@router.get(
    "/timeline",
    response_model=TimelineOut,
    summary="The balance of support over time for a pair or one actor",
    description="Per week, month or year: what `a` did to `b` (or to everyone) by relation, the"
    " balance (supports minus opposes), documents and independent sources.",
    responses=errors(400, e400="a bad parameter, named in `detail`"),
)
def balance_over_time(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    a: Annotated[str, Query(description="the acting side (any label or altLabel)")],
    b: Annotated[str | None, Query(description="the other side; all others when left out")] = None,
    interval: Annotated[Interval, Query(description="month, week (ISO) or year")] = "month",
) -> dict[str, Any]:
    """What ``a`` did to ``b`` per period: claims by relation, balance (supports minus opposes),
    documents and independent sources. Claims of undated documents are counted in ``undated``."""
    only = PairFilters(
        None,
        filters.relation,
        filters.since,
        filters.until,
        filters.include_hedged,
        filters.min_confidence,
    )
    found = timeline(store, settings, a, b, interval, only)
    return {
        "a": a,
        "b": b,
        "interval": interval,
        "periods": [
            {
                "period": p.period,
                "relations": p.relations,
                "supports": p.supports,
                "opposes": p.opposes,
                "balance": p.balance,
                "documents": p.documents,
                "independent_sources": p.independent_sources,
            }
            for p in found.periods
        ],
        "undated": found.undated,
    }
