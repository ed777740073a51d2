"""``/api/disputes``: actor-level triples that some claims assert and others deny."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import KnownParameters, SettingsDep, StoreDep
from api.openapi import errors
from api.routes.alignments import CursorQ, FilterDep, LimitQ, actor_json, item_json
from api.schemas import DisputesOut
from graph.analysis.pairs import DEFAULT_PAGE, dispute_page

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])


@router.get(
    "/disputes",
    response_model=DisputesOut,
    summary="Claims that one source asserts and another denies",
    description="Each disputed actor-level triple with its assertions, its denials and who"
    " denies it; the same filters as `/api/supports`.",
    responses=errors(400, e400="a bad parameter, named in `detail`"),
)
def disputes(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    limit: LimitQ = DEFAULT_PAGE,
    cursor: CursorQ = None,
) -> dict[str, Any]:
    """Disputed: who is said to do what to whom, and who denies it, with both sides' sentences."""
    found, total, nxt = dispute_page(store, settings, filters, limit=limit, cursor=cursor)
    return {
        "disputes": [
            {
                "subject": actor_json(d.subject),
                "relation": d.relation,
                "object": actor_json(d.object),
                "stance": d.stance,
                "denied_by": [actor_json(a) for a in d.denied_by],
                "assertions": [item_json(e) for e in d.assertions],
                "denials": [item_json(e) for e in d.denials],
            }
            for d in found
        ],
        "total": total,
        "next": nxt,
    }
