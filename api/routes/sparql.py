"""``/sparql``: the SPARQL 1.1 Protocol endpoint, its service description and query editor.

The endpoint is served as a plain Starlette route (``api.main`` adds it before every router):
FastAPI's request handling (its routing through included routers, dependency solving, the
telemetry and exit stacks) cost a one-label look-up more than the query itself. ``router`` holds
the same endpoint as FastAPI routes only to describe it in the OpenAPI document and ``/docs``;
it is not included in the app."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from api.deps import check_write_token, settings_of, store_of
from api.errors import NoAcceptableTypeError
from api.negotiation import preferences
from api.openapi import errors
from api.protocol import read_operation
from graph.settings import Settings
from graph.sparql_text import check_outbound
from graph.store import GRAPH_RESULT_TYPES, SOLUTION_RESULT_TYPES

__all__ = ["ASSETS_PATH", "METHODS", "PATH", "router", "sparql"]

PATH, METHODS = "/sparql", ["GET", "POST"]
router = APIRouter(tags=["SPARQL"])  # for the OpenAPI document only (see above)

ASSETS_PATH = "/assets/yasgui"
STATIC = Path(__file__).resolve().parent.parent / "static"
RESULT_TYPES = [*SOLUTION_RESULT_TYPES, *GRAPH_RESULT_TYPES]
OFFERED = {
    "SELECT": list(SOLUTION_RESULT_TYPES),
    "ASK": list(SOLUTION_RESULT_TYPES),  # CSV and TSV as a one-column result
    "CONSTRUCT": list(GRAPH_RESULT_TYPES),
    "DESCRIBE": list(GRAPH_RESULT_TYPES),
}
DESCRIPTION_TYPES = ["text/turtle", "text/html", *list(GRAPH_RESULT_TYPES)[1:]]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMAT_NAMES = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV"]
FORMAT_NAMES += ["SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


EXAMPLE = """PREFIX al: <https://w3id.org/allegiance/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?supporter ?supported WHERE {
  ?s al:supports ?o . ?s rdfs:label ?supporter . ?o rdfs:label ?supported .
} LIMIT 20"""
_RESULTS: dict[str, dict[str, Any]] = {
    "application/sparql-results+json": {},
    "application/sparql-results+xml": {},
    "text/csv": {},
    "text/tab-separated-values": {},
    "text/turtle": {},
    "application/n-triples": {},
    "application/ld+json": {},
    "application/rdf+xml": {},
    "text/html": {},
}
_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "the results, in the type Accept asks for: SELECT and ASK as SPARQL "
        "results JSON, XML, CSV or TSV (ASK as a one-column `_askResult`); CONSTRUCT and DESCRIBE "
        "as Turtle, N-Triples, JSON-LD or RDF/XML. With no query: the service description "
        "(Turtle), or the query editor for a browser (text/html)",
        "content": _RESULTS,
    },
    204: {"description": "the update was applied"},
}
_GET_DOC = {
    "parameters": [
        {
            "name": "query",
            "in": "query",
            "required": False,
            "schema": {"type": "string"},
            "description": "the SPARQL 1.1 query; left out, the endpoint describes itself",
            "example": EXAMPLE,
        },
        {
            "name": "default-graph-uri",
            "in": "query",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
            "description": "the default graph (repeatable); by default the union of every graph",
        },
        {
            "name": "named-graph-uri",
            "in": "query",
            "required": False,
            "schema": {"type": "array", "items": {"type": "string"}},
            "description": "a named graph for GRAPH patterns (repeatable)",
        },
    ]
}
_POST_DOC = {
    "requestBody": {
        "required": True,
        "content": {
            "application/sparql-query": {"schema": {"type": "string"}, "example": EXAMPLE},
            "application/x-www-form-urlencoded": {
                "schema": {
                    "type": "object",
                    "properties": {
                        "query": {"type": "string", "description": "a query"},
                        "update": {"type": "string", "description": "an update (write token)"},
                    },
                },
                "example": {"query": EXAMPLE},
            },
            "application/sparql-update": {
                "schema": {"type": "string"},
                "example": 'INSERT DATA { <https://example.org/a> <https://example.org/b> "c" }',
            },
        },
    },
    # a query needs no token, an update does
    "security": [{}, {"writeToken": []}],
}
_ERRORS = {
    "e400": "malformed SPARQL (`detail` names the line, column and token), a request that breaks "
    "the protocol, a SERVICE to an endpoint not allowed, or more rows than the limit",
}


@router.get(
    PATH,
    operation_id="sparql_get",
    response_class=Response,
    summary="Run a SPARQL query (or describe the endpoint)",
    responses={200: _RESPONSES[200], **errors(400, 406, 502, **_ERRORS)},
    openapi_extra=_GET_DOC,
)
@router.post(
    PATH,
    operation_id="sparql_post",
    response_class=Response,
    summary="Run a SPARQL query, or an update with the write token",
    responses={**_RESPONSES, **errors(400, 403, 406, 413, 415, 502, **_ERRORS)},
    openapi_extra=_POST_DOC,
)
async def sparql(request: Request) -> Response:
    """The W3C SPARQL 1.1 Protocol over the whole graph (the union of every document's graph,
    the ontology and the entity registry). Send a query by GET (`?query=`), by POST as a form
    (`query=`) or as `application/sparql-query`; an update by POST (`update=` or
    `application/sparql-update`) with the write token. Results follow Accept. Queries run
    under a time limit and a row limit; `SERVICE` reaches only endpoints the server allows."""
    store, settings = store_of(request), settings_of(request)
    operation = await read_operation(request)
    endpoint = str(request.url.replace(query="", fragment=""))
    accept = request.headers.get("accept")
    if operation.kind == "none":
        return _describe(request, settings, endpoint, accept)
    check_outbound(operation.text, settings.service_allow)
    if operation.kind == "update":
        check_write_token(settings, request.headers.get("authorization"))
        await run_in_threadpool(lambda: store.update(operation.text, base_iri=endpoint))
        return Response(status_code=204)
    offered = OFFERED.get(operation.form or "", RESULT_TYPES)
    wanted = preferences(accept, offered)
    if not wanted and operation.form:
        raise NoAcceptableTypeError(accept or "", offered, f"this {operation.form} query")
    # no form found: the query is malformed, and running it says where
    answer = await store.query_async(
        operation.text,
        wanted,
        default_graphs=operation.default_graphs,
        named_graphs=operation.named_graphs,
        base_iri=endpoint,
    )
    return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})


def _describe(request: Request, settings: Settings, endpoint: str, accept: str | None) -> Response:
    wanted = preferences(accept, DESCRIPTION_TYPES)
    if not wanted:
        raise NoAcceptableTypeError(accept or "", DESCRIPTION_TYPES)
    if wanted[0] == "text/html":
        return HTMLResponse(editor_page(request.url.path), headers={"Vary": "Accept"})
    body = service_description(endpoint, writable=bool(settings.write_token), media=wanted[0])
    return Response(body, media_type=wanted[0], headers={"Vary": "Accept"})


def service_description(endpoint: str, *, writable: bool, media: str) -> bytes:
    """A SPARQL 1.1 Service Description of this endpoint."""
    service = ox.NamedNode(endpoint)

    def sd(name: str) -> ox.NamedNode:
        return ox.NamedNode(SD + name)

    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), service),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
    ]
    if writable:
        triples.append(ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Update")))
    for name in FORMAT_NAMES:
        triples.append(ox.Triple(service, sd("resultFormat"), ox.NamedNode(FORMATS + name)))
    dataset, graph = ox.BlankNode(), ox.BlankNode()
    triples += [
        ox.Triple(service, sd("defaultDataset"), dataset),
        ox.Triple(dataset, RDF_TYPE, sd("Dataset")),
        ox.Triple(dataset, sd("defaultGraph"), graph),
        ox.Triple(graph, RDF_TYPE, sd("Graph")),
    ]
    prefixes = {"sd": SD, "formats": FORMATS}
    return ox.serialize(triples, format=GRAPH_RESULT_TYPES[media], prefixes=prefixes) or b""


def editor_page(endpoint_path: str) -> str:
    """The YASGUI page, with our example queries in its tabs."""
    examples = []
    for path in sorted((STATIC / "queries").glob("*.rq")):
        text = path.read_text(encoding="utf-8")
        first, _, rest = text.partition("\n")
        if first.startswith("# title:"):
            examples.append({"title": first.removeprefix("# title:").strip(), "query": rest})
        else:
            examples.append({"title": path.stem, "query": text})
    page = (STATIC / "editor.html").read_text(encoding="utf-8")
    # no "<" at all in the script element (see graph.network.page._script_safe for why)
    script_safe = json.dumps(examples).replace("<", "\\u003c").replace(">", "\\u003e")
    return (
        page.replace("{{assets}}", ASSETS_PATH)
        .replace("{{endpoint_path}}", endpoint_path)
        .replace("{{examples}}", script_safe)
    )
