"""``/api/entities``: find entities by any of their names, and everything said of one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import KnownParameters, NamesDep, SettingsDep, StoreDep
from api.schemas import EntitiesOut, EntityDetail
from graph.analysis.lookups import entity_detail, search_entities

__all__ = ["router"]

router = APIRouter(prefix="/api/entities", tags=["entities"])


@router.get("", response_model=EntitiesOut, dependencies=[KnownParameters])
def search(
    store: StoreDep,
    settings: SettingsDep,
    names: NamesDep,
    q: Annotated[
        str,
        Query(
            description="any name (label, altLabel, IRI, Wikidata ID such as Q159, a person's "
            "surname), or part of a name, case-insensitive"
        ),
    ] = "",
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    """The entities ``q`` names exactly, then those with a name that holds it."""
    return {"entities": search_entities(store, settings.base_iri, q, limit, names)}


@router.get("/{entity_id:path}", response_model=EntityDetail)
def detail(entity_id: str, store: StoreDep, settings: SettingsDep) -> dict[str, Any]:
    """One entity (id like ``state/RUS``): type, names, affiliations, Wikidata link, claims."""
    return entity_detail(store, settings.base_iri, entity_id)
