"""``/sparql``: the SPARQL 1.1 Protocol endpoint, its service description and query editor."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, check_write_token
from api.errors import NoAcceptableTypeError
from api.negotiation import preferences
from api.protocol import read_operation
from api.schemas import error_responses
from graph.settings import Settings
from graph.sparql_text import check_outbound
from graph.store import GRAPH_RESULT_TYPES, SOLUTION_RESULT_TYPES

__all__ = ["ASSETS_PATH", "router"]

router = APIRouter(tags=["SPARQL"])

ASSETS_PATH = "/assets/yasgui"
STATIC = Path(__file__).resolve().parent.parent / "static"
RESULT_TYPES = [*SOLUTION_RESULT_TYPES, *GRAPH_RESULT_TYPES]
DESCRIPTION_TYPES = ["text/turtle", "text/html", *list(GRAPH_RESULT_TYPES)[1:]]

SD = "http://www.w3.org/ns/sparql-service-description#"
FORMATS = "http://www.w3.org/ns/formats/"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMAT_NAMES = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV"]
FORMAT_NAMES += ["SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


_READ: dict[int | str, dict[str, Any]] = {
    200: {"description": "query results, negotiated by Accept; or the service description"},
    **error_responses(400, 406, 414, 429, 502, 503, 504, 507),
}
_WRITE = {
    **_READ,
    204: {"description": "the update was applied"},
    **error_responses(403, 413, 415),
}


@router.get("/sparql", operation_id="sparql_get", response_class=Response, responses=_READ)
@router.post("/sparql", operation_id="sparql_post", response_class=Response, responses=_WRITE)
async def sparql(request: Request, store: StoreDep, settings: SettingsDep) -> Response:
    """Run a SPARQL query (GET or POST) or update (POST, write token); without one, describe."""
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
    wanted = preferences(accept, RESULT_TYPES)
    if not wanted:
        raise NoAcceptableTypeError(accept or "", RESULT_TYPES)
    answer = await run_in_threadpool(
        lambda: store.query(
            operation.text,
            wanted,
            default_graphs=operation.default_graphs,
            named_graphs=operation.named_graphs,
            base_iri=endpoint,
        )
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
