"""Errors only the HTTP layer raises; they extend the tree in ``graph.errors``::

QueryError (graph.errors)
└── ProtocolError               a request that breaks the SPARQL 1.1 Protocol (400)
    └── UnsupportedMediaTypeError  a POST body of a media type we do not take (415)
NotAcceptableError (graph.store)
└── NoAcceptableTypeError       an Accept header that allows nothing we offer (406)
AllegianceError (graph.errors)
├── InvalidParameterError       a query or path parameter of the wrong form (400)
└── RequestTooLargeError        a request body over Settings.max_body_bytes (413)
"""

from __future__ import annotations

from collections.abc import Sequence

from graph.errors import AllegianceError, QueryError
from graph.store import NotAcceptableError

__all__ = [
    "InvalidParameterError",
    "NoAcceptableTypeError",
    "ProtocolError",
    "RequestTooLargeError",
    "UnsupportedMediaTypeError",
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


class NoAcceptableTypeError(NotAcceptableError):
    """An Accept header that allows none of the media types offered."""

    def __init__(self, accept: str, offered: Sequence[str], what: str = "") -> None:
        """``what`` names the answer refused (``a SELECT query``); ``offered`` is all there is
        for it, so that the message never lists a type it refuses."""
        start = f"cannot answer {what} as" if what else "nothing offered here fits"
        Exception.__init__(self, f"{start} Accept: {accept}; available: {', '.join(offered)}")
        self.kind = "any"
