"""``/api/entities``: find entities by any of their names, and everything said of one."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query

from api.deps import SettingsDep, StoreDep
from api.schemas import EntitiesOut, EntityDetail, error_responses
from graph.analysis.lookups import entity_detail, search_entities

__all__ = ["router"]

router = APIRouter(
    prefix="/api/entities", tags=["entities"], responses=error_responses(400, 429, 503, 504, 507)
)


@router.get("", response_model=EntitiesOut)
def search(
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str, Query(description="part of any name, case-insensitive")] = "",
    limit: Annotated[int, Query(ge=1, le=1000)] = 50,
) -> dict[str, Any]:
    """Entities whose label or altLabel holds ``q`` (case-insensitive)."""
    return {"entities": search_entities(store, settings.base_iri, q, limit)}


@router.get("/{entity_id:path}", response_model=EntityDetail, responses=error_responses(404))
def detail(entity_id: str, store: StoreDep, settings: SettingsDep) -> dict[str, Any]:
    """One entity (id like ``state/RUS``): type, names, affiliations, Wikidata link, claims."""
    return entity_detail(store, settings.base_iri, entity_id)
