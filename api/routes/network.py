"""``/graph`` and ``/api/network``: the interactive network page and the data it draws.

The page itself is ``graph.network.page`` (template, script and styles in ``graph/network``),
with vis-network from npm's ``node_modules``, all served by this server: the page makes no request
anywhere else.
"""

from __future__ import annotations

import json
import threading
from collections import OrderedDict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import KnownParameters, NamesDep, SettingsDep, StoreDep
from api.openapi import errors
from api.schemas import IsoDate
from api.service import GraphService
from graph.analysis.names import NameIndex
from graph.network.build import claim_filters, whole
from graph.network.draw import draw
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
    )


QueryDep = Annotated[NetworkQuery, Depends(network_query)]


@router.get(
    "/api/network",
    response_class=JSONResponse,
    summary="The nodes and edges /graph draws, with their evidence",
    responses=errors(400),
    dependencies=[KnownParameters],
)
async def network_data(
    request: Request, store: StoreDep, names: NamesDep, query: QueryDep
) -> Response:
    """The network for these filters, as the page draws it: nodes (entities, with type and
    position) and edges (one per relation, with claim and document counts and the evidence
    sentences), and `meta` (the filters, what was cut by `limit`). `?actor=Russia&depth=1`
    gives Russia's neighbourhood; `?view=full` every entity instead of states and
    organisations."""
    cache: WholeCache = getattr(request.app.state, "network_cache", None) or WholeCache()
    request.app.state.network_cache = cache

    def drawn() -> bytes:  # laid out once per view until the next write: layout is the cost
        data = draw(cache.get(store, query, names), query)
        return json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":")).encode()

    body = await run_in_threadpool(lambda: store.memo(("network", query), drawn))
    # serialised once: FastAPI's encoder would take seconds on 20,000 edges
    return Response(body, media_type="application/json")


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
