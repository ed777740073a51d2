"""Errors only the HTTP layer raises; they extend the tree in ``graph.errors``::

QueryError (graph.errors)
└── ProtocolError               a request that breaks the SPARQL 1.1 Protocol (400)
    └── UnsupportedMediaTypeError  a POST body of a media type we do not take (415)
NotAcceptableError (graph.store)
└── NoAcceptableTypeError       an Accept header that allows nothing we offer (406)
AllegianceError (graph.errors)
├── InvalidParameterError       a query or path parameter of the wrong form (400)
├── RequestTooLargeError        a request body over Settings.max_body_bytes (413)
├── UrlTooLongError             a URL over Settings.max_url_bytes (414)
├── MethodNotAllowedError       a method the path does not take (405, with Allow)
├── QueryMemoryError            a query over Settings.query_memory_mb in its worker (507)
└── RetryLaterError             the server's fair share says not now; carries Retry-After
    ├── TooManyRequestsError    a client over Settings.client_queries at once (429)
    └── ServerBusyError         every user worker busy and the query too long for the reserve (503)

``STATUS`` is the one table from errors to HTTP statuses (api/main.py says why each), and
``error_response`` the one JSON shape, used by the exception handlers and the middleware alike.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from graph.errors import (
    AllegianceError,
    DocumentTooLargeError,
    ForbiddenError,
    InputError,
    NotFoundError,
    QueryError,
    QueryTimeoutError,
    RemoteServiceError,
    ResultTooLargeError,
    StoreError,
)
from graph.store import NotAcceptableError

if TYPE_CHECKING:  # the query workers import this module: keep starlette out of them
    from starlette.responses import JSONResponse

__all__ = [
    "STATUS",
    "InvalidParameterError",
    "MethodNotAllowedError",
    "NoAcceptableTypeError",
    "ProtocolError",
    "QueryMemoryError",
    "RequestTooLargeError",
    "RetryLaterError",
    "ServerBusyError",
    "TooManyRequestsError",
    "UnsupportedMediaTypeError",
    "UrlTooLongError",
    "error_response",
    "status_for",
]


class ProtocolError(QueryError):
    """A request that breaks the SPARQL 1.1 Protocol (two queries, an update by GET ...)."""


class UnsupportedMediaTypeError(ProtocolError):
    """A POST body whose media type the endpoint does not take."""


class InvalidParameterError(AllegianceError):
    """A parameter that does not parse (``since=notadate``) or breaks its bounds."""

    def __init__(self, message: str, problems: list[dict[str, object]]) -> None:
        super().__init__(message)
        self.problems = problems


class RequestTooLargeError(AllegianceError):
    """A request body larger than the server takes."""


class UrlTooLongError(AllegianceError):
    """A URL longer than the server takes."""


class MethodNotAllowedError(AllegianceError):
    """A method the path does not take."""


class QueryMemoryError(AllegianceError):
    """A query whose worker grew past the memory cap; the worker was replaced."""


class RetryLaterError(AllegianceError):
    """A request refused for now; ``retry_after`` seconds is a fair wait."""

    def __init__(self, message: str, *, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class TooManyRequestsError(RetryLaterError):
    """A client with more queries running at once than the server allows one client."""


class ServerBusyError(RetryLaterError):
    """Every user worker is busy and the query did not finish in the reserve's short time."""


class NoAcceptableTypeError(NotAcceptableError):
    """An Accept header that allows none of the media types offered."""

    def __init__(self, accept: str, offered: Sequence[str], what: str = "") -> None:
        """``what`` names the answer refused (``a SELECT query``); ``offered`` is all there is
        for it, so that the message never lists a type it refuses."""
        start = f"cannot answer {what} as" if what else "nothing offered here fits"
        Exception.__init__(self, f"{start} Accept: {accept}; available: {', '.join(offered)}")
        self.kind = "any"


STATUS: dict[type[AllegianceError], int] = {
    QueryError: 400,
    InputError: 400,
    InvalidParameterError: 400,
    ResultTooLargeError: 400,
    ForbiddenError: 403,
    NotFoundError: 404,
    MethodNotAllowedError: 405,
    NotAcceptableError: 406,
    RequestTooLargeError: 413,
    DocumentTooLargeError: 413,
    UrlTooLongError: 414,
    UnsupportedMediaTypeError: 415,
    TooManyRequestsError: 429,
    RemoteServiceError: 502,
    StoreError: 503,
    ServerBusyError: 503,
    QueryTimeoutError: 504,
    QueryMemoryError: 507,
}
_POSITION = re.compile(r"\bline (\d+), column (\d+)\b")


def status_for(error: AllegianceError) -> int:
    """The HTTP status of one of our errors: its nearest class in ``STATUS``, else 500."""
    for cls in type(error).__mro__:
        if cls in STATUS:
            return STATUS[cls]
    return 500


def error_response(error: AllegianceError) -> JSONResponse:
    """The JSON answer for an error: ``detail``, ``error`` (its class), and where they apply
    ``parameters`` (bad parameters), ``line``/``column`` (malformed SPARQL), ``Retry-After``."""
    from starlette.responses import JSONResponse

    body: dict[str, object] = {"detail": str(error), "error": type(error).__name__}
    if isinstance(error, InvalidParameterError):
        body["parameters"] = error.problems
    if isinstance(error, QueryError) and (m := _POSITION.search(str(error))):
        body["line"], body["column"] = int(m.group(1)), int(m.group(2))
    headers = {}
    if isinstance(error, RetryLaterError):
        headers["Retry-After"] = str(error.retry_after)
    return JSONResponse(body, status_code=status_for(error), headers=headers)
