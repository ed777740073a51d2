"""``/rdf-graphs/service``: the W3C SPARQL 1.1 Graph Store HTTP Protocol.

One graph at a time, by HTTP verbs (https://www.w3.org/TR/sparql11-http-rdf-update/):

- ``GET`` / ``HEAD`` a graph in any RDF format the caller accepts (404 when it does not exist);
- ``PUT`` replaces it (201 when it was new, 204 when it replaced one), ``POST`` adds to it (201
  new, 200 added, 204 nothing to add), ``DELETE`` drops it (200, or 404 when it did not exist);
- ``POST`` to the service itself with no graph named makes a new graph and answers 201 with its
  IRI in ``Location``.

A graph is named indirectly, ``/rdf-graphs/service?graph=IRI`` (or ``?default``), or directly:
the IRI of ``/rdf-graphs/service/any/path`` is that URL itself. The default graph is the store's
own default graph, which the build leaves empty (every document has its named graph; the SPARQL
endpoint's default graph is the union of all of them, so that writing to it would mean writing
everywhere). Writes need the write token, like SPARQL Update; a body is Turtle, N-Triples,
RDF/XML or JSON-LD by its Content-Type, or ``multipart/form-data`` with one such part per file.
"""

from __future__ import annotations

import uuid
from email.parser import BytesParser
from email.policy import HTTP
from typing import Annotated

import pyoxigraph as ox
from fastapi import APIRouter, Query, Request, Response
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep, check_write_token
from api.errors import NoAcceptableTypeError, ProtocolError, UnsupportedMediaTypeError
from api.negotiation import preferences
from api.openapi import errors
from graph.errors import NotFoundError
from graph.sparql_text import iri_term
from graph.store import GRAPH_RESULT_TYPES

__all__ = ["SERVICE_PATH", "router"]

router = APIRouter(tags=["SPARQL"])

SERVICE_PATH = "/rdf-graphs/service"
OFFERED = list(GRAPH_RESULT_TYPES)  # Turtle first: the answer when Accept says nothing
METHODS = ["GET", "HEAD", "PUT", "POST", "DELETE"]
MULTIPART = "multipart/form-data"

GraphQ = Annotated[
    str | None,
    Query(
        description="the IRI of the graph (indirect identification); leave out with `default`",
        examples=["https://w3id.org/allegiance/id/graph/ontology"],
    ),
]
DefaultQ = Annotated[
    str | None,
    Query(description="present (`?default`): the store's own default graph, empty after a build"),
]
_BODY = {
    "requestBody": {
        "description": "the graph's triples (PUT, POST)",
        "content": {
            **{media: {"schema": {"type": "string"}} for media in OFFERED},
            MULTIPART: {"schema": {"type": "object"}},
        },
    },
    "security": [{"writeToken": []}],
}
_WRITE: dict[str, object] = {"security": [{"writeToken": []}]}
_RESPONSES: dict[int | str, dict[str, object]] = {
    200: {
        "description": "GET, HEAD: the graph; POST: triples added; DELETE: dropped",
        "content": {media: {"schema": {"type": "string"}} for media in OFFERED},
    },
    201: {"description": "PUT, POST: a new graph (POST to the service: its IRI in Location)"},
    204: {"description": "PUT: the graph replaced; POST: nothing to add"},
    **errors(
        400,
        403,
        404,
        406,
        413,
        415,
        e400="no graph named, both `graph` and `default`, a graph IRI that is no IRI, or a body "
        "that does not parse as its Content-Type (`detail` says where)",
        e403="a write (PUT, POST, DELETE) without the write token",
        e404="GET, HEAD or DELETE of a graph that does not exist",
    ),
}


def _target(request: Request, graph: str | None, default: str | None) -> str | None:
    """The graph a request names: an IRI, or None for the default graph."""
    direct = request.url.path != SERVICE_PATH
    if direct:
        if graph is not None or default is not None:
            raise ProtocolError("a graph named by its URL takes no `graph` or `default` parameter")
        return str(request.url.replace(query="", fragment=""))
    if graph is not None and default is not None:
        raise ProtocolError("name the graph by `graph=IRI` or by `default`, not both")
    if graph is None and default is None:
        raise ProtocolError(
            f"name a graph: {SERVICE_PATH}?graph=IRI, {SERVICE_PATH}?default, or "
            f"{SERVICE_PATH}/path (the graph whose IRI is that URL)"
        )
    if graph is not None:
        iri_term(graph)  # a BadTermError (400) for anything that is no absolute IRI
    return graph


def _media(header: str | None) -> tuple[str, dict[str, str]]:
    media, *params = (p.strip() for p in (header or "").split(";"))
    named = {}
    for param in params:
        name, _, value = param.partition("=")
        named[name.strip().lower()] = value.strip().strip('"')
    return media.lower(), named


def _parse(body: bytes, content_type: str | None, base: str) -> list[ox.Triple]:
    """The triples of a body in the RDF format its Content-Type names."""
    media, params = _media(content_type)
    if media == MULTIPART:
        return _parse_multipart(body, content_type or "", base)
    if media not in GRAPH_RESULT_TYPES:
        raise UnsupportedMediaTypeError(
            f"cannot read a {media or 'body without Content-Type'}; send one of "
            f"{', '.join(OFFERED)} or {MULTIPART}"
        )
    charset = params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise UnsupportedMediaTypeError(f"charset={charset}: the graph store takes UTF-8 only")
    try:
        return list(ox.parse(body, format=GRAPH_RESULT_TYPES[media], base_iri=base))
    except SyntaxError as e:
        raise ProtocolError(f"the body is not valid {media}: {e}") from None


def _parse_multipart(body: bytes, content_type: str, base: str) -> list[ox.Triple]:
    """Every part of a ``multipart/form-data`` body, each by its own Content-Type."""
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + body)
    if not message.is_multipart():
        raise ProtocolError(f"{MULTIPART} without parts (is the boundary right?)")
    triples: list[ox.Triple] = []
    for part in message.iter_parts():
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            raise ProtocolError(f"a part of the {MULTIPART} body holds no file")
        triples += _parse(payload, part.get("content-type"), base)
    return triples


def _ntriples(triples: list[ox.Triple]) -> str:
    return (ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b"").decode()


async def graph_store(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    graph: GraphQ = None,
    default: DefaultQ = None,
) -> Response:
    """The W3C SPARQL 1.1 Graph Store HTTP Protocol: `GET`/`HEAD` a graph in any RDF format
    (Accept), `PUT` to replace it, `POST` to add to it, `DELETE` to drop it; the writes with the
    write token. Name it by `?graph=IRI`, by `?default` (the store's own default graph), or by
    its URL (`/rdf-graphs/service/...`); a `POST` to the service itself makes a new graph."""
    method = request.method
    if method in ("GET", "HEAD"):
        target = _target(request, graph, default)
        accept = request.headers.get("accept")
        wanted = preferences(accept, OFFERED)
        if not wanted:
            raise NoAcceptableTypeError(accept or "", OFFERED, "a graph")
        answer = await run_in_threadpool(store.graph_triples, target, wanted)
        if answer is None:
            raise NotFoundError(f"no graph {target} in the store")
        body = b"" if method == "HEAD" else answer.body
        headers = {"Vary": "Accept", "Content-Length": str(len(answer.body))}
        return Response(body, media_type=answer.media_type, headers=headers)
    check_write_token(settings, request.headers.get("authorization"))
    created_here = None
    if method == "POST" and request.url.path == SERVICE_PATH and graph is None and default is None:
        created_here = f"{request.url.replace(query='', fragment='')!s}/{uuid.uuid4().hex}"
    target = created_here or _target(request, graph, default)
    if method == "DELETE":
        if not await run_in_threadpool(store.drop_graph, target):
            raise NotFoundError(f"no graph {target} in the store")
        return Response(status_code=200)
    base = target or str(request.url.replace(query="", fragment=""))
    triples = _parse(await request.body(), request.headers.get("content-type"), base)
    text = _ntriples(triples)
    existed = await run_in_threadpool(
        lambda: store.write_graph(target, text, replace=method == "PUT")
    )
    headers = {"Location": created_here} if created_here else {}
    if not existed:
        return Response(status_code=201, headers=headers)
    if method == "PUT" or not triples:
        return Response(status_code=204)
    return Response(status_code=200)


_SUMMARIES = {
    "GET": "Read a graph (SPARQL 1.1 Graph Store Protocol)",
    "HEAD": "Whether a graph exists, and its size in the format asked for",
    "PUT": "Replace a graph with the body's triples (write token)",
    "POST": "Add the body's triples to a graph, or make a new graph (write token)",
    "DELETE": "Drop a graph (write token)",
}
for _method in METHODS:
    for _path, _how in ((SERVICE_PATH, "indirect"), (SERVICE_PATH + "/{path:path}", "direct")):
        router.add_api_route(
            _path,
            graph_store,
            methods=[_method],
            operation_id=f"graph_store_{_how}_{_method.lower()}",
            summary=_SUMMARIES[_method] + (" named by its own URL" if _how == "direct" else ""),
            response_class=Response,
            responses=_RESPONSES,
            openapi_extra=_BODY
            if _method in ("PUT", "POST")
            else _WRITE
            if _method == "DELETE"
            else None,
        )
