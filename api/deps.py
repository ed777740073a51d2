"""The dependencies routes declare, as ``Annotated`` aliases so that signatures read plainly."""

from __future__ import annotations

import functools
import secrets
from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, Request
from fastapi.dependencies.models import Dependant
from fastapi.security import HTTPAuthorizationCredentials

from api.openapi import BEARER
from api.service import GraphService
from graph.analysis.names import NameIndex, name_index
from graph.errors import ForbiddenError, InputError
from graph.knowledge.gazetteer import load_gazetteer
from graph.settings import Settings

__all__ = [
    "KnownParameters",
    "NameLookupDep",
    "NamesDep",
    "SettingsDep",
    "StoreDep",
    "WriterDep",
    "get_name_lookup",
    "get_names",
    "get_settings",
    "get_store",
    "reject_unknown_parameters",
    "require_writer",
    "settings_of",
    "store_of",
]


# The dependencies that only read the app's state are ``async def``: FastAPI runs a plain ``def``
# dependency in its thread pool, and each such hop costs a request about as much as a one-label
# query. ``get_names`` may read the store, so it stays a plain ``def`` (run in a thread).


def settings_of(request: Request) -> Settings:
    """The settings the app was made with."""
    settings: Settings = request.app.state.settings
    return settings


def store_of(request: Request) -> GraphService:
    """The served store: reads in time-limited workers, writes in this process."""
    store: GraphService = request.app.state.store
    return store


async def get_settings(request: Request) -> Settings:
    """The settings the app was made with (a dependency)."""
    return settings_of(request)


async def get_store(request: Request) -> GraphService:
    """The served store (a dependency)."""
    return store_of(request)


def get_names(request: Request) -> NameIndex:
    """Every entity under every name it answers to (label, altLabel, IRI, Wikidata ID, surname,
    gazetteer names), read once per write of the store."""
    store, settings = store_of(request), settings_of(request)
    gazetteer = getattr(request.app.state, "gazetteer", None)
    if gazetteer is None:  # read once per app, on the first look-up
        gazetteer = request.app.state.gazetteer = load_gazetteer(settings.data_dir / "gazetteer")
    return store.memo(("names",), lambda: name_index(store, settings.base_iri, gazetteer))


async def get_name_lookup(request: Request) -> Callable[[], NameIndex]:
    """``get_names`` for a route that needs the index only when a name is asked for: the first
    question after a start or a write without one (a page of every pair) does not build it."""
    return functools.partial(get_names, request)


async def reject_unknown_parameters(request: Request) -> None:
    """A query parameter the route does not declare is a 400 naming it: a misspelt filter
    (``?actr=Russia``) would otherwise answer everything as if no filter were given."""
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None:
        return
    allowed = sorted(_query_parameters(dependant))
    unknown = [k for k in dict.fromkeys(request.query_params) if k not in allowed]
    if unknown:
        raise InputError(
            f"unknown query parameter {unknown[0]!r} for {request.url.path}; "
            f"allowed: {', '.join(allowed) or 'none'}"
        )


def _query_parameters(dependant: Dependant) -> set[str]:
    """The query parameters a route declares, its dependencies' included."""
    found = {p.alias for p in dependant.query_params}
    for sub in dependant.dependencies:
        found |= _query_parameters(sub)
    return found


async def require_writer(
    request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]
) -> None:
    """Refuse a write unless the server has a write token and the request carries it.

    ``BEARER`` only documents the scheme (Swagger UI's Authorize); the header is checked here.
    """
    check_write_token(settings_of(request), request.headers.get("authorization"))


def check_write_token(settings: Settings, authorization: str | None) -> None:
    if not settings.write_token:
        raise ForbiddenError(
            "this server is read-only: start it with a write token (ALLEGIANCE_WRITE_TOKEN) "
            "to allow updates and document ingestion"
        )
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not secrets.compare_digest(
        token.strip().encode(), settings.write_token.encode()
    ):
        raise ForbiddenError("writing needs the header `Authorization: Bearer <write token>`")


SettingsDep = Annotated[Settings, Depends(get_settings)]
StoreDep = Annotated[GraphService, Depends(get_store)]
WriterDep = Depends(require_writer)
NamesDep = Annotated[NameIndex, Depends(get_names)]
NameLookupDep = Annotated[Callable[[], NameIndex], Depends(get_name_lookup)]
KnownParameters = Depends(reject_unknown_parameters)
