"""``/graph`` and ``/api/network``: the interactive network page and the data it draws.

The page itself is ``graph.network.page`` (template, script and styles in ``graph/network``),
with vis-network from npm's ``node_modules``, all served by this server: the page makes no request
anywhere else.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import KnownParameters, NamesDep, SettingsDep, StoreDep
from api.openapi import errors
from api.routes.alignments import ConfidenceQ
from api.schemas import IsoDate
from api.service import GraphService
from api.tables import Format, FormatQ, chosen_format, csv_body, csv_response
from graph.analysis.names import NameIndex
from graph.analysis.pairs import Summary
from graph.errors import NotFoundError
from graph.network.build import claim_filters, whole
from graph.network.draw import COMPACT_EDGES, draw, edge_record
from graph.network.draw import compact as compact_form
from graph.network.model import DEFAULT_LIMIT, ENTITY_TYPES, NetworkQuery, Whole
from graph.network.page import ASSETS_PATH, STATIC, VIS_BUILD, VIS_PATH, render_page

__all__ = [
    "ASSETS_PATH",
    "STATIC",
    "VIS_BUILD",
    "VIS_PATH",
    "network_query",
    "render_page",
    "router",
]

router = APIRouter(tags=["network"])


CompactQ = Annotated[
    bool | None,
    Query(
        description="edges as rows of `meta.edge_columns`, without evidence; by default, above"
        " 2,000 edges"
    ),
]
ViewQ = Annotated[Literal["actors", "full"], Query(description="actors (rolled up) or full")]
ActorQ = Annotated[str | None, Query(description="focus on this actor (any name, or its IRI)")]
DepthQ = Annotated[int, Query(ge=0, le=6, description="neighbourhood depth around the actor")]
RelationQ = Annotated[
    list[str], Query(description="only these relations (repeat or comma-separate)")
]
TypeQ = Annotated[
    list[str], Query(description=f"only these entity types: {', '.join(ENTITY_TYPES)}")
]
DocumentQ = Annotated[list[str], Query(description="only claims from these document identifiers")]
SinceQ = Annotated[IsoDate | None, Query(description="only documents dated on or after")]
UntilQ = Annotated[IsoDate | None, Query(description="only documents dated on or before")]
LimitQ = Annotated[
    int, Query(ge=0, description="at most this many nodes, best connected first; 0: all")
]
StanceQ = Annotated[
    Literal["supports", "opposes"] | None,
    Query(
        description="only the edges of this stance (`?actor=Russia&stance=supports&direction=in`:"
        " who supports Russia)"
    ),
]
DirectionQ = Annotated[
    Literal["both", "in", "out"],
    Query(
        description="with `actor`: `in`, the edges into it (who acts on it), `out`, the edges"
        " from it (on whom it acts), each followed to `depth`; `both`, its whole neighbourhood"
    ),
]
UnaffiliatedQ = Annotated[
    bool,
    Query(
        description="actor view: also draw entities that roll up to no state, organisation or"
        " armed group (an unaffiliated official, a ship); otherwise they are left out and listed in"
        " `meta.apart`"
    ),
]


def _split(values: list[str]) -> tuple[str, ...]:
    return tuple(v.strip() for value in values for v in value.split(",") if v.strip())


def network_query(
    view: ViewQ = "actors",
    actor: ActorQ = None,
    depth: DepthQ = 1,
    relation: RelationQ = [],  # noqa: B006 (FastAPI copies defaults)
    type: TypeQ = [],  # noqa: B006
    document: DocumentQ = [],  # noqa: B006
    since: SinceQ = None,
    until: UntilQ = None,
    limit: LimitQ = DEFAULT_LIMIT,
    stance: StanceQ = None,
    direction: DirectionQ = "both",
    unaffiliated: UnaffiliatedQ = False,
    min_confidence: ConfidenceQ = None,
) -> NetworkQuery:
    """The filters shared by ``/graph`` and ``/api/network``, as query parameters."""
    return NetworkQuery(
        view=view,
        actor=actor or None,
        depth=depth,
        relations=_split(relation),
        types=_split(type),
        documents=_split(document),
        since=since,
        until=until,
        limit=limit,
        stance=stance,
        direction=direction,
        unaffiliated=unaffiliated,
        min_confidence=min_confidence,
    )


QueryDep = Annotated[NetworkQuery, Depends(network_query)]


EDGE_COLUMNS = [
    "source",
    "target",
    "stance",
    "relations",
    "claims",
    "documents",
    "disputed",
    "denied_by",
    "first_date",
    "last_date",
    "source_id",
    "target_id",
]
_NETWORK_FORMATS = {
    200: {
        "description": "the network as JSON (nodes, edges, meta), or its edges as CSV",
        "content": {
            "text/csv": {
                "example": ",".join(EDGE_COLUMNS) + "\r\nNorth Korea,Russia,supports,deploys; "
                "supplies,3,1,false,,2024-10-18,2024-10-18,https://w3id.org/allegiance/id/state/"
                "PRK,https://w3id.org/allegiance/id/state/RUS\r\n"
            }
        },
    },
    **errors(400, 406, e400="a bad parameter, named in `detail` (`min_confidence=2`)"),
}


@router.get(
    "/api/network",
    response_class=JSONResponse,
    summary="The nodes and edges /graph draws, with their evidence (JSON or a CSV edge list)",
    responses=_NETWORK_FORMATS,
    dependencies=[KnownParameters],
)
async def network_data(
    request: Request,
    store: StoreDep,
    names: NamesDep,
    query: QueryDep,
    format: Annotated[Format | None, FormatQ] = None,
    compact: CompactQ = None,
) -> Response:
    """The network for these filters, as the page draws it: nodes (entities, with type and
    position) and edges (one per direction and stance, with their relations, claim and document
    counts and the evidence sentences), and `meta` (the filters, the documents and dates in
    view, what was cut by `limit`). `?actor=Russia&depth=1` gives Russia's neighbourhood;
    `?actor=Russia&stance=supports&direction=in` who supports Russia; `?view=full` every
    entity instead of states and organisations; `?min_confidence=0.7` only the surer claims.
    With `Accept: text/csv` or `?format=csv`: the edge list, one row per edge, with its claim
    and document counts.

    Above 2,000 edges (or with `compact=true`) the edges come as `edge_rows`, rows of
    `meta.edge_columns` with `from` and `to` as indexes into `nodes` and no evidence: one edge's
    evidence is `/api/network/edge`."""
    fmt = chosen_format(request, format)
    cache: WholeCache = getattr(request.app.state, "network_cache", None) or WholeCache()
    request.app.state.network_cache = cache

    def drawn() -> dict[str, Any]:  # laid out once per view until the next write
        return draw(cache.get(store, query, names), query)

    def as_json() -> bytes:
        data = store.memo(("network", query), drawn)
        if compact is True or (compact is None and len(data["edges"]) > COMPACT_EDGES):
            data = compact_form(data)
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()

    if fmt == "csv":
        data = await run_in_threadpool(lambda: store.memo(("network", query), drawn))
        return csv_response(edge_rows(data), "network")
    body = await run_in_threadpool(lambda: store.memo(("network-json", query, compact), as_json))
    # serialised once: FastAPI's encoder would take seconds on 20,000 edges
    return Response(body, media_type="application/json", headers={"Vary": "Accept"})


@router.get(
    "/api/network/edge",
    summary="One edge of /api/network with its evidence (for a view sent compact)",
    responses=errors(400, 404, e404="no such edge in the network of these filters"),
    dependencies=[KnownParameters],
)
async def network_edge(
    request: Request,
    store: StoreDep,
    names: NamesDep,
    query: QueryDep,
    source: Annotated[str, Query(description="the edge's `from` (an IRI)")],
    target: Annotated[str, Query(description="the edge's `to` (an IRI)")],
    edge_stance: Annotated[Summary, Query(description="the edge's stance: supports or opposes")],
) -> Response:
    """The edge from `source` to `target` with `edge_stance`, as `/api/network` describes it
    (relations, counts, evidence grouped by document, disputes), in the network of the same
    filters (`view`, `relation`, `since`, `min_confidence` ...)."""
    cache: WholeCache = getattr(request.app.state, "network_cache", None) or WholeCache()
    request.app.state.network_cache = cache
    net = await run_in_threadpool(lambda: cache.get(store, query, names))
    edge = edge_record(net, source, target, edge_stance)
    if edge is None:
        raise NotFoundError(f"no edge {source} {edge_stance} {target} in this network")
    return JSONResponse(edge)


def edge_rows(data: dict[str, Any]) -> bytes:
    """The drawn edges as CSV rows (``EDGE_COLUMNS``), strongest first."""
    label = {n["id"]: n["label"] for n in data["nodes"]}
    edges = sorted(data["edges"], key=lambda e: (-e["claims"], label[e["from"]], label[e["to"]]))
    return csv_body(
        EDGE_COLUMNS,
        (
            [
                label[e["from"]],
                label[e["to"]],
                e["stance"],
                "; ".join(e["relations"]),
                e["claims"],
                e["documents"],
                str(e.get("disputed", False)).lower(),
                "; ".join(e.get("denied_by", [])),
                e.get("first_date") or "",
                e.get("last_date") or "",
                e["from"],
                e["to"],
            ]
            for e in edges
        ),
    )


class WholeCache:
    """The last few filtered networks, until the next write: focusing, expanding and changing
    the limit redraw one of them instead of reading every claim again."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, NetworkQuery], Whole] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: GraphService, query: NetworkQuery, names: NameIndex) -> Whole:
        key = (store.generation, claim_filters(query))
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        found = whole(store, query, store.registry, names)
        with self._lock:
            self._items[key] = found
            for old in [k for k in self._items if k[0] != key[0]]:
                del self._items[old]  # written since: stale
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return found


@router.get(
    "/graph",
    response_class=HTMLResponse,
    summary="The interactive network page",
    responses=errors(400),
)
def graph_page(query: QueryDep, settings: SettingsDep) -> HTMLResponse:
    """Who supports and opposes whom, drawn: click an edge for its evidence, a node for its
    card. Takes the filters of `/api/network`, so a view can be shared as a link
    (`/graph?actor=Russia&relation=supplies`)."""
    del query  # validated here, so that a bad link fails now; the page reads them itself
    return HTMLResponse(render_page(api_url="/api/network", base_iri=settings.base_iri))
