"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from api.deps import StoreDep
from api.schemas import OpposesOut, SupportsOut
from graph.analysis.alignment import Alignment, Summary, alignments

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"])
SIDES = {"supports": ("supporter", "supported"), "opposes": ("opposer", "opposed")}
MODELS: dict[str, type[BaseModel]] = {"supports": SupportsOut, "opposes": OpposesOut}

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


def _answer(store: StoreDep, summary: Summary, filters: dict[str, Any], hedged: bool) -> Response:
    """The JSON answer, serialised once and remembered until the next write."""

    def compute() -> bytes:
        found = alignments(store, summary, include_hedged=hedged, **filters)
        out = MODELS[summary].model_validate({"pairs": _pairs(found, *SIDES[summary])})
        return out.model_dump_json().encode()

    key = (summary, hedged, *sorted((k, str(v)) for k, v in filters.items()))
    return Response(store.memo(key, compute), media_type="application/json")


def _route(summary: Summary, model: type[BaseModel], description: str) -> None:
    """``GET /api/<summary>``: the rolled-up pairs of one stance, filtered as asked."""

    def answer(
        store: StoreDep,
        actor: ActorQ = None,
        relation: RelationQ = None,
        since: SinceQ = None,
        until: UntilQ = None,
        include_hedged: HedgedQ = True,
    ) -> Response:
        filters = {"actor": actor, "relation": relation, "since": since, "until": until}
        return _answer(store, summary, filters, include_hedged)

    answer.__name__ = summary
    answer.__doc__ = description
    router.get(f"/{summary}", response_model=model)(answer)


_route(
    "supports",
    SupportsOut,
    "Who supports whom (supplies, deploys, pays, trains), rolled up to states and groups.",
)
_route(
    "opposes",
    OpposesOut,
    "Who opposes whom (condemns, attacks, sanctions, warns), rolled up to states and groups.",
)
