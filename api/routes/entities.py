"""``/api/entities``: find entities by any of their names, and everything said of one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request

from api.deps import KnownParameters, NamesDep, SettingsDep, StoreDep
from api.openapi import errors
from api.schemas import EntitiesOut, EntityDetail
from api.tables import Format, FormatQ, chosen_format, csv_response, entity_rows
from graph.analysis.lookups import entity_detail, search_entities

__all__ = ["router"]

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get(
    "",
    response_model=EntitiesOut,
    summary="Find entities by any of their names",
    dependencies=[KnownParameters],
    responses={
        200: {"content": {"text/csv": {"example": "label,type,path,id\r\n"}}},
        **errors(400, 406),
    },
)
def search(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    names: NamesDep,
    q: Annotated[
        str,
        Query(
            description="any name (label, altLabel, IRI, Wikidata ID such as Q159, a person's "
            "surname), or part of a name, case-insensitive; empty: all",
            examples=["kreml"],
        ),
    ] = "",
    limit: Annotated[int, Query(ge=1, le=1000, description="at most this many")] = 50,
    format: Annotated[Format | None, FormatQ] = None,
) -> Any:
    """The entities `q` names exactly (`Q159`, an IRI, `Putin`), then those whose label or any
    altLabel holds `q` (case-insensitive), by label: `?q=kreml` finds Russia. Each lists its
    altLabels and Wikidata link, and its `path`, the id for `/api/entities/{id}`. JSON, or CSV
    with `?format=csv` or `Accept: text/csv`."""
    fmt = chosen_format(request, format)
    found = search_entities(store, settings.base_iri, q, limit, names)
    if fmt == "csv":
        return csv_response(entity_rows(found), "entities")
    return {"entities": found}


@router.get(
    "/{entity_id:path}",
    response_model=EntityDetail,
    summary="One entity: names, affiliations, Wikidata link, every claim",
    responses=errors(404, e404="no entity with this id; find ids with `/api/entities?q=`"),
)
def detail(
    entity_id: Annotated[
        str, Path(description="the entity's path, from a search", examples=["state/RUS"])
    ],
    store: StoreDep,
    settings: SettingsDep,
) -> dict[str, Any]:
    """Everything the graph says of one entity (`state/RUS`, `official/vladimir-putin`): its
    type, label and other names, what it is affiliated with, its Wikidata link, and each claim
    with it as subject (`claims_out`) or object (`claims_in`), negated ones included."""
    return entity_detail(store, settings.base_iri, entity_id)
