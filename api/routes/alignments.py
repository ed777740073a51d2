"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Response
from pydantic import BaseModel

from api.deps import KnownParameters, NamesDep, StoreDep
from api.schemas import OpposesOut, SupportsOut
from graph.analysis.alignment import Alignment, Summary, alignments

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])
SIDES = {"supports": ("supporter", "supported"), "opposes": ("opposer", "opposed")}

_ANY_NAME = "any name: label, altLabel, IRI, Wikidata ID (Q159), a person's surname"
ActorQ = Annotated[
    str | None, Query(description=f"only pairs with this actor on a side ({_ANY_NAME})")
]


def _side(which: str) -> Any:
    return Query(description=f"only pairs with this {which} ({_ANY_NAME})")


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


def _answer(
    store: StoreDep, names: NamesDep, summary: Summary, filters: dict[str, Any], hedged: bool
) -> Response:
    """The JSON answer, serialised once and remembered until the next write."""

    def compute() -> bytes:
        found = alignments(store, summary, include_hedged=hedged, names=names, **filters)
        if summary == "supports":
            out: BaseModel = SupportsOut.model_validate({"pairs": _pairs(found, *SIDES[summary])})
        else:
            out = OpposesOut.model_validate({"pairs": _pairs(found, *SIDES[summary])})
        return out.model_dump_json().encode()

    key = (summary, hedged, *sorted((k, str(v)) for k, v in filters.items()))
    return Response(store.memo(key, compute), media_type="application/json")


@router.get("/supports", response_model=SupportsOut)
def supports(
    store: StoreDep,
    names: NamesDep,
    actor: ActorQ = None,
    supporter: Annotated[str | None, _side("supporter")] = None,
    supported: Annotated[str | None, _side("supported actor")] = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
) -> Response:
    """Who supports whom (supplies, deploys, pays, trains), rolled up to states and groups."""
    filters: dict[str, Any] = {"actor": actor, "source": supporter, "target": supported}
    filters |= {"relation": relation, "since": since, "until": until}
    return _answer(store, names, "supports", filters, include_hedged)


@router.get("/opposes", response_model=OpposesOut)
def opposes(
    store: StoreDep,
    names: NamesDep,
    actor: ActorQ = None,
    opposer: Annotated[str | None, _side("opposer")] = None,
    opposed: Annotated[str | None, _side("opposed actor")] = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
) -> Response:
    """Who opposes whom (condemns, attacks, sanctions, warns), rolled up to states and groups."""
    filters: dict[str, Any] = {"actor": actor, "source": opposer, "target": opposed}
    filters |= {"relation": relation, "since": since, "until": until}
    return _answer(store, names, "opposes", filters, include_hedged)
