"""``/api/disputes``: actor-level triples that some claims assert and others deny."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from api.deps import KnownParameters, SettingsDep, StoreDep
from api.routes.alignments import BAD_PARAMETER, FilterDep, PageDep, actor_json, item_json
from api.schemas import DisputesOut
from graph.analysis.pairs import dispute_page

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])


@router.get(
    "/disputes",
    response_model=DisputesOut,
    summary="Claims that one source asserts and another denies",
    description="Each disputed actor-level triple with its assertions, its denials and who"
    " denies it; the same filters as `/api/supports`.",
    responses=BAD_PARAMETER,
)
def disputes(
    store: StoreDep, settings: SettingsDep, filters: FilterDep, page: PageDep
) -> dict[str, Any]:
    """Disputed: who is said to do what to whom, and who denies it, with both sides' sentences."""
    found, total, nxt = dispute_page(store, settings, filters, limit=page.limit, cursor=page.cursor)
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
