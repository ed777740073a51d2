"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request, Response
from pydantic import BaseModel

from api.deps import KnownParameters, NamesDep, StoreDep
from api.openapi import errors
from api.schemas import OpposesOut, SupportsOut
from api.tables import Format, FormatQ, chosen_format, csv_response, pair_rows
from graph.analysis.alignment import Alignment, Side, Summary, alignments

__all__ = ["router"]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])
SIDES = {"supports": ("supporter", "supported"), "opposes": ("opposer", "opposed")}
MODELS: dict[str, type[BaseModel]] = {"supports": SupportsOut, "opposes": OpposesOut}

ActorQ = Annotated[
    str | None,
    Query(
        description="only pairs with a side of this name: any of its names (label or altLabel), "
        "whole and case-insensitive ('Russia', 'the Kremlin', 'moscow'; not 'Russ')",
        examples=["Russia"],
    ),
]
RelationQ = Annotated[
    str | None,
    Query(
        description="only this relation (its local name); an unknown one is a 400 listing "
        "the allowed ones",
        examples=["supplies"],
    ),
]
SinceQ = Annotated[
    dt.date | None,
    Query(
        description="only claims from documents dated on or after this day (YYYY-MM-DD); "
        "undated documents then drop out",
        examples=["2024-01-01"],
    ),
]
UntilQ = Annotated[
    dt.date | None,
    Query(description="only claims from documents dated on or before this day (YYYY-MM-DD)"),
]
HedgedQ = Annotated[
    bool,
    Query(
        description="count claims the text reports with reserve (allegedly, reportedly); "
        "false keeps only firm ones"
    ),
]
_ANY_NAME = "any name: label, altLabel, IRI, Wikidata ID (Q159), a person's surname"


def _one_side(which: str) -> Any:
    return Query(description=f"only pairs with this {which} ({_ANY_NAME})")


SupportRoleQ = Annotated[
    Literal["supporter", "supported"] | None,
    Query(
        description="which side `actor` must be: `supported` answers 'who supports Russia?', "
        "`supporter` 'whom does Russia support?'; both sides when left out"
    ),
]
OpposeRoleQ = Annotated[
    Literal["opposer", "opposed"] | None,
    Query(
        description="which side `actor` must be: `opposed` answers 'who opposes Ukraine?', "
        "`opposer` 'whom does Ukraine oppose?'; both sides when left out"
    ),
]


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


def _side(summary: Summary, role: str | None) -> Side | None:
    """The side of a pair a role names: the first of ``SIDES[summary]`` is the source."""
    if role is None:
        return None
    return "source" if role == SIDES[summary][0] else "target"


def _answer(
    store: StoreDep,
    names: NamesDep,
    summary: Summary,
    filters: dict[str, Any],
    hedged: bool,
    fmt: Format,
) -> Response:
    """The JSON or CSV answer, serialised once and remembered until the next write."""

    def compute() -> bytes:
        found = alignments(store, summary, include_hedged=hedged, names=names, **filters)
        pairs = _pairs(found, *SIDES[summary])
        if fmt == "csv":
            return pair_rows(pairs, *SIDES[summary])
        if summary == "supports":
            out: BaseModel = SupportsOut.model_validate({"pairs": pairs})
        else:
            out = OpposesOut.model_validate({"pairs": pairs})
        return out.model_dump_json().encode()

    key = (summary, hedged, fmt, *sorted((k, str(v)) for k, v in filters.items()))
    body = store.memo(key, compute)
    if fmt == "csv":
        return csv_response(body, summary)
    return Response(body, media_type="application/json", headers={"Vary": "Accept"})


_FORMATS = {
    200: {
        "description": "the pairs, most claims first: JSON, or CSV (one row per pair)",
        "content": {
            "text/csv": {
                "example": "supporter,supported,relations,claims,documents,first_date,last_date,"
                "supporter_id,supported_id\r\nNorth Korea,Russia,deploys; supplies,3,1,"
                "2024-10-18,2024-10-18,https://w3id.org/allegiance/id/state/PRK,"
                "https://w3id.org/allegiance/id/state/RUS\r\n"
            }
        },
    },
    **errors(
        400,
        406,
        e400="a bad parameter (named in `detail`: `since='notadate'`) or an unknown relation",
    ),
}


@router.get(
    "/supports",
    response_model=SupportsOut,
    summary="Who supports whom (supplies, deploys, pays, trains)",
    responses=_FORMATS,
)
def supports(
    request: Request,
    store: StoreDep,
    names: NamesDep,
    actor: ActorQ = None,
    supporter: Annotated[str | None, _one_side("supporter")] = None,
    supported: Annotated[str | None, _one_side("supported actor")] = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
    role: SupportRoleQ = None,
    format: Annotated[Format | None, FormatQ] = None,
) -> Response:
    """Who supports whom, rolled up to states and organisations: an official's claims count
    for the state they serve. Each pair lists its relations, claim and document counts and the
    evidence sentences. Negated claims never count.

    - who supports Russia? `?actor=Russia&role=supported`
    - whom does Iran support, since 2024? `?actor=Iran&role=supporter&since=2024-01-01`
    - every supply, as a spreadsheet: `?relation=supplies&format=csv`
    """
    filters = {"actor": actor, "relation": relation, "since": since, "until": until}
    filters["side"] = _side("supports", role) if actor else None
    filters |= {"source": supporter, "target": supported}
    return _answer(
        store, names, "supports", filters, include_hedged, chosen_format(request, format)
    )


@router.get(
    "/opposes",
    response_model=OpposesOut,
    summary="Who opposes whom (condemns, attacks, sanctions, warns)",
    responses=_FORMATS,
)
def opposes(
    request: Request,
    store: StoreDep,
    names: NamesDep,
    actor: ActorQ = None,
    opposer: Annotated[str | None, _one_side("opposer")] = None,
    opposed: Annotated[str | None, _one_side("opposed actor")] = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
    role: OpposeRoleQ = None,
    format: Annotated[Format | None, FormatQ] = None,
) -> Response:
    """Who opposes whom, rolled up to states and organisations, with the same filters and
    shape as `/api/supports` (the sides are `opposer` and `opposed`).

    - who opposes Ukraine? `?actor=Ukraine&role=opposed`
    - who sanctions whom: `?relation=sanctions`
    """
    filters = {"actor": actor, "relation": relation, "since": since, "until": until}
    filters["side"] = _side("opposes", role) if actor else None
    filters |= {"source": opposer, "target": opposed}
    return _answer(store, names, "opposes", filters, include_hedged, chosen_format(request, format))
