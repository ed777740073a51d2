"""The dependencies routes declare, as ``Annotated`` aliases so that signatures read plainly."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials

from api.openapi import BEARER
from api.service import GraphService
from graph.errors import ForbiddenError
from graph.settings import Settings

__all__ = ["SettingsDep", "StoreDep", "WriterDep", "get_settings", "get_store", "require_writer"]


def get_settings(request: Request) -> Settings:
    """The settings the app was made with."""
    settings: Settings = request.app.state.settings
    return settings


def get_store(request: Request) -> GraphService:
    """The served store: reads in time-limited workers, writes in this process."""
    store: GraphService = request.app.state.store
    return store


def require_writer(
    request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Depends(BEARER)]
) -> None:
    """Refuse a write unless the server has a write token and the request carries it.

    ``BEARER`` only documents the scheme (Swagger UI's Authorize); the header is checked here.
    """
    check_write_token(get_settings(request), request.headers.get("authorization"))


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
