"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response

from api.deps import StoreDep
from api.schemas import OpposesOut, SupportsOut
from graph.alignment import Alignment, Summary, alignments

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"])

ActorQ = Annotated[
    str | None, Query(description="only pairs with a side of this name (any label or altLabel)")
]
RelationQ = Annotated[str | None, Query(description="only this relation, e.g. supplies")]
SinceQ = Annotated[dt.date | None, Query(description="only documents dated on or after")]
UntilQ = Annotated[dt.date | None, Query(description="only documents dated on or before")]
HedgedQ = Annotated[bool, Query(description="count hedged claims (allegedly, reportedly ...)")]


def _pairs(pairs: list[Alignment], source: str, target: str) -> list[dict[str, Any]]:
    # by hand: dataclasses.asdict deep-copies, and takes most of the request's time
    return [
        {
            source: {"id": p.source.id, "label": p.source.label},
            target: {"id": p.target.id, "label": p.target.label},
            "relations": p.relations,
            "claims": p.claims,
            "documents": p.documents,
            "evidence": [vars(e) for e in p.evidence],
        }
        for p in pairs
    ]


def _json(answer: SupportsOut | OpposesOut) -> Response:
    # serialised here, once: FastAPI would validate the large answer a second time
    return Response(answer.model_dump_json(), media_type="application/json")


def _find(store: StoreDep, summary: Summary, **filters: Any) -> list[Alignment]:
    return alignments(store, summary, **filters)


@router.get("/supports", response_model=SupportsOut)
def supports(
    store: StoreDep,
    actor: ActorQ = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
) -> Response:
    """Who supports whom (supplies, deploys, pays, trains), rolled up to states and groups."""
    found = _find(
        store,
        "supports",
        actor=actor,
        relation=relation,
        since=since,
        until=until,
        include_hedged=include_hedged,
    )
    return _json(SupportsOut.model_validate({"pairs": _pairs(found, "supporter", "supported")}))


@router.get("/opposes", response_model=OpposesOut)
def opposes(
    store: StoreDep,
    actor: ActorQ = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
) -> Response:
    """Who opposes whom (condemns, attacks, sanctions, warns), rolled up to states and groups."""
    found = _find(
        store,
        "opposes",
        actor=actor,
        relation=relation,
        since=since,
        until=until,
        include_hedged=include_hedged,
    )
    return _json(OpposesOut.model_validate({"pairs": _pairs(found, "opposer", "opposed")}))
