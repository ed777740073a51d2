"""What /docs and /openapi.json say: the errors each route gives, the write token, the tags.

Routes list their errors with ``errors(400, 406, ...)`` (optionally saying what a code means for
that route); every error has the one shape ``ErrorOut``. FastAPI's own 422 entries are taken out of
the document, since the app answers a bad parameter with a 400 in that shape instead
(``api.main``). The write token is the ``writeToken`` Bearer scheme, so that Swagger UI's
Authorize button sends it with the routes that write.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from fastapi.security import HTTPBearer
from starlette.routing import BaseRoute

from api.schemas import ErrorOut

__all__ = ["BEARER", "TAGS", "errors", "install"]

BEARER = HTTPBearer(
    auto_error=False,
    scheme_name="writeToken",
    description="The server's write token (`allegiance serve --write-token T` or "
    "ALLEGIANCE_WRITE_TOKEN), for SPARQL Update and adding or removing documents. Reads need none.",
)

ERRORS: dict[int, str] = {
    400: "a bad parameter (named in `detail`, e.g. `since='notadate'`), malformed SPARQL (with "
    "`line` and `column`), or an answer over the row limit (add a LIMIT)",
    403: "a write without the write token: send `Authorization: Bearer <token>` (Authorize above)",
    404: "no such entity or document (the id is in `detail`)",
    406: "the Accept header allows none of the types offered; `detail` lists those on offer",
    413: "the request body is over the server's limit",
    415: "a body of a media type this route does not take; `detail` lists those it takes",
    502: "a SERVICE endpoint on the allow-list failed to answer",
    503: "the store cannot be opened or written, or the extraction pipeline is not installed",
    504: "the query ran past the server's time limit; narrow it (filters, LIMIT)",
}
READ_ERRORS = (503, 504)

TAGS = [
    {"name": "start", "description": "Where to begin: what is loaded and where to go."},
    {
        "name": "alignments",
        "description": "Who supports and who opposes whom, rolled up to states and "
        "organisations, each pair with its evidence sentences. JSON or CSV.",
    },
    {"name": "entities", "description": "Find an entity by any of its names; all said of it."},
    {
        "name": "documents",
        "description": "The articles read, and adding or removing one (write token).",
    },
    {
        "name": "network",
        "description": "The interactive network page and the nodes and edges it draws.",
    },
    {
        "name": "SPARQL",
        "description": "The W3C SPARQL 1.1 Protocol endpoint over the whole graph, its service "
        "description, and a query editor for browsers.",
    },
]


def errors(*codes: int, **meaning: str) -> dict[int | str, dict[str, Any]]:
    """The ``responses`` entries of a route's errors; ``meaning`` (``e404="..."``) overrides
    the general description for this route. The store errors every read can give are added."""
    out: dict[int | str, dict[str, Any]] = {}
    for code in sorted({*codes, *READ_ERRORS}):
        out[code] = {"model": ErrorOut, "description": meaning.get(f"e{code}", ERRORS[code])}
    return out


def install(app: FastAPI, described: Sequence[BaseRoute] = ()) -> None:
    """Make ``app.openapi()`` give our document (built once, like FastAPI's own); ``described``
    are FastAPI routes of paths the app serves by other routes (``/sparql``), for the document
    only."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is not None:
            return app.openapi_schema
        spec = get_openapi(
            title=app.title,
            version=app.version,
            summary=app.summary,
            description=app.description,
            routes=[*described, *app.routes],
            tags=TAGS,
        )
        for operations in spec.get("paths", {}).values():
            for operation in operations.values():
                _tidy(operation)
        schemas = spec.get("components", {}).get("schemas", {})
        for name in ("HTTPValidationError", "ValidationError"):
            schemas.pop(name, None)
        app.openapi_schema = spec
        return spec

    app.openapi = openapi  # type: ignore[method-assign]


def _tidy(operation: dict[str, Any]) -> None:
    """No 422; errors as JSON even on a page's route; a parameter's first example shown."""
    responses = operation.get("responses", {})
    responses.pop("422", None)
    for code, response in responses.items():
        content = response.get("content", {})
        if int(code) >= 400 and content and "application/json" not in content:
            response["content"] = {"application/json": next(iter(content.values()))}
    for parameter in operation.get("parameters", []):
        examples = parameter.get("schema", {}).get("examples")
        if examples and "example" not in parameter:
            parameter["example"] = examples[0]  # Swagger UI fills the field with it
