"""``/``: where a visitor starts. A page for browsers, an index of the routes for clients.

The same facts either way (negotiated by ``Accept``; ``*/*`` and no header get JSON): what the
store holds (documents, their dates, actors, claims), where to go next (the network, the SPARQL
editor, the API documentation) and example questions built from the data, each a URL that runs.
"""

from __future__ import annotations

import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any

import jinja2
from fastapi import APIRouter, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep
from api.errors import NoAcceptableTypeError
from api.negotiation import preferences
from api.openapi import errors
from api.service import GraphService
from graph.analysis.alignment import alignments
from graph.analysis.lookups import overview

__all__ = ["ASSETS_PATH", "STATIC", "router"]

router = APIRouter(tags=["start"])

HERE = Path(__file__).resolve().parent.parent
STATIC = HERE / "static/home"
TEMPLATES = HERE / "templates"
ASSETS_PATH = "/assets/home"
OFFERED = ["application/json", "text/html"]
LINKS = {
    "network": {"href": "/graph", "title": "The network", "text": "who supports and opposes whom"},
    "sparql": {"href": "/sparql", "title": "SPARQL editor", "text": "query the graph yourself"},
    "docs": {"href": "/docs", "title": "API documentation", "text": "every route, tried live"},
    "openapi": {"href": "/openapi.json", "title": "OpenAPI", "text": "the machine-readable API"},
}
HEDGED_CLAIMS = """PREFIX al: <https://w3id.org/allegiance/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?who ?relation ?whom ?sentence WHERE {
  ?c a al:Claim ; al:hedged true ; rdf:subject/rdfs:label ?who ;
     rdf:predicate ?p ; rdf:object/rdfs:label ?whom ; al:evidence ?sentence .
  BIND(STRAFTER(STR(?p), "#") AS ?relation)
} LIMIT 20"""


@router.get(
    "/",
    summary="Where to start: what is loaded, where to go, questions to try",
    response_class=JSONResponse,
    responses={
        200: {
            "description": "JSON for clients (the default), an HTML page for browsers",
            "content": {"text/html": {}},
        },
        **errors(406, e406="Accept allows neither application/json nor text/html"),
    },
)
async def home(request: Request, store: StoreDep) -> Response:
    """What the store holds (documents, their date range, actors, claims), links to the network,
    the SPARQL editor and the API documentation, every route, and example questions that run.
    Browsers get the same as a page; ask for `Accept: application/json` to script against it."""
    accept = request.headers.get("accept")
    wanted = preferences(accept, OFFERED)
    if not wanted:
        raise NoAcceptableTypeError(accept or "", OFFERED)
    facts = await run_in_threadpool(store.memo, ("home",), lambda: _facts(store))
    headers = {"Vary": "Accept"}
    if wanted[0] == "text/html":
        return HTMLResponse(_page(facts), headers=headers)
    index = {
        "name": request.app.title,
        "summary": request.app.summary,
        "loaded": facts["loaded"],
        "links": {name: link["href"] for name, link in LINKS.items()},
        "routes": routes(request),
        "examples": facts["examples"],
    }
    return JSONResponse(index, headers=headers)


def routes(request: Request) -> list[dict[str, Any]]:
    """Every documented route: path, methods and the summary /docs shows (from the OpenAPI)."""
    found = []
    for path, operations in request.app.openapi()["paths"].items():
        summaries = {o.get("summary", "") for o in operations.values()}
        methods = [m.upper() for m in operations]
        found.append({"path": path, "methods": methods, "summary": " / ".join(sorted(summaries))})
    return found


def _facts(store: GraphService) -> dict[str, Any]:
    return {"loaded": overview(store), "examples": examples(store)}


def examples(store: GraphService) -> list[dict[str, str]]:
    """Questions this graph can answer, about the actors it says most of."""
    found: list[dict[str, str]] = []
    supports, opposes = alignments(store, "supports"), alignments(store, "opposes")
    supported = Counter({p.target.label: 0 for p in supports})
    supporting = Counter({p.source.label: 0 for p in supports})
    opposed = Counter({p.target.label: 0 for p in opposes})
    for p in supports:
        supported[p.target.label] += p.claims
        supporting[p.source.label] += p.claims
    for p in opposes:
        opposed[p.target.label] += p.claims
    if supported:
        name = supported.most_common(1)[0][0]
        found.append(_question(f"Who supports {name}?", "supports", name, "supported"))
    if opposed:
        name = opposed.most_common(1)[0][0]
        found.append(_question(f"Who opposes {name}?", "opposes", name, "opposed"))
    if supporting:
        name = supporting.most_common(1)[0][0]
        found.append(_question(f"Whom does {name} support?", "supports", name, "supporter"))
    query = urllib.parse.urlencode({"query": HEDGED_CLAIMS})
    found.append(
        {
            "question": "Which claims are reported with reserve (allegedly, reportedly)?",
            "kind": "sparql",
            "url": f"/sparql?{query}",
            "graph": "",
        }
    )
    return found


def _question(question: str, summary: str, actor: str, role: str) -> dict[str, str]:
    params = urllib.parse.urlencode({"actor": actor, "role": role})
    graph = urllib.parse.urlencode({"actor": actor})
    return {
        "question": question,
        "kind": summary,
        "url": f"/api/{summary}?{params}",
        "graph": f"/graph?{graph}",
    }


def _page(facts: dict[str, Any]) -> str:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True
    )
    return env.get_template("home.html").render(
        loaded=facts["loaded"],
        examples=facts["examples"],
        links=LINKS,
        css=f"{ASSETS_PATH}/home.css",
        js=f"{ASSETS_PATH}/home.js",
    )
