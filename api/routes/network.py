"""``/graph`` and ``/api/network``: the interactive network page and the data it draws.

The page is our own Jinja template (``api/templates/network.html``) with vis-network from npm's
``node_modules`` and our script and styles from ``api/static/network``, all served by this server:
the page makes no request anywhere else. ``render_page(inline=True)`` makes the same page as one
self-contained file, data and assets inlined (``allegiance viz``).
"""

from __future__ import annotations

import json
import re
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Annotated, Any, Literal

import jinja2
from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse
from starlette.concurrency import run_in_threadpool

from api.deps import SettingsDep, StoreDep
from api.schemas import IsoDate, error_responses
from api.service import GraphService
from graph.drawing import draw
from graph.errors import StoreError
from graph.network import (
    DEFAULT_LIMIT,
    ENTITY_TYPES,
    NetworkQuery,
    Whole,
    claim_filters,
    whole,
)

__all__ = [
    "ASSETS_PATH",
    "STATIC",
    "VIS_BUILD",
    "VIS_PATH",
    "network_query",
    "render_page",
    "router",
]

router = APIRouter(tags=["network"], responses=error_responses(400, 429, 503, 504, 507))

HERE = Path(__file__).resolve().parent.parent
STATIC = HERE / "static/network"
TEMPLATES = HERE / "templates"
VIS_BUILD = HERE.parent / "node_modules/vis-network"
VIS_PATH = "/assets/vis-network"
ASSETS_PATH = "/assets/network"
VIS_FILES = {"js": "standalone/umd/vis-network.min.js", "css": "styles/vis-network.min.css"}

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


@router.get("/api/network", response_class=JSONResponse)
async def network_data(request: Request, store: StoreDep, query: QueryDep) -> JSONResponse:
    """The nodes and edges ``/graph`` draws for these filters, with layout and evidence."""
    cache: WholeCache = getattr(request.app.state, "network_cache", None) or WholeCache()
    request.app.state.network_cache = cache
    data = await run_in_threadpool(lambda: draw(cache.get(store, query), query))
    return JSONResponse(data)  # plain dicts: FastAPI's encoder would take seconds on 20,000 edges


class WholeCache:
    """The last few filtered networks, until the next write: focusing, expanding and changing
    the limit redraw one of them instead of reading every claim again."""

    def __init__(self, size: int = 8) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, NetworkQuery], Whole] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: GraphService, query: NetworkQuery) -> Whole:
        key = (store.pool.generation, claim_filters(query))
        with self._lock:
            if key in self._items:
                self._items.move_to_end(key)
                return self._items[key]
        found = whole(store, query)
        with self._lock:
            self._items[key] = found
            for old in [k for k in self._items if k[0] != key[0]]:
                del self._items[old]  # written since: stale
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return found


@router.get("/graph", response_class=HTMLResponse)
def graph_page(query: QueryDep, settings: SettingsDep) -> HTMLResponse:
    """The interactive network page; the filters are the same query parameters."""
    del query  # validated here, so that a bad link fails now; the page reads them itself
    return HTMLResponse(render_page(api_url="/api/network", base_iri=settings.base_iri))


def render_page(
    *,
    api_url: str | None = None,
    data: dict[str, Any] | None = None,
    inline: bool = False,
    base_iri: str = "",
) -> str:
    """The page: fetching its data from ``api_url``, or with ``data`` and assets inlined."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, keep_trailing_newline=True
    )
    assets: dict[str, str] = {}
    if inline:
        if not VIS_BUILD.is_dir():
            raise StoreError(f"vis-network is not installed in {VIS_BUILD.parent}: run `npm ci`")
        assets = {
            "vis_js": _code_safe((VIS_BUILD / VIS_FILES["js"]).read_text(encoding="utf-8")),
            "vis_css": (VIS_BUILD / VIS_FILES["css"]).read_text(encoding="utf-8"),
            "js": _code_safe((STATIC / "network.js").read_text(encoding="utf-8")),
            "css": (STATIC / "network.css").read_text(encoding="utf-8"),
        }
    return env.get_template("network.html").render(
        inline=inline,
        assets=assets,
        vis_js=f"{VIS_PATH}/{VIS_FILES['js']}",
        vis_css=f"{VIS_PATH}/{VIS_FILES['css']}",
        own_js=f"{ASSETS_PATH}/network.js",
        own_css=f"{ASSETS_PATH}/network.css",
        config={"api": api_url or "", "inline": inline, "base": base_iri},
        data=_script_safe(json.dumps(data, ensure_ascii=False)) if data is not None else None,
    )


def _script_safe(text: str) -> str:
    """JSON that cannot end the <script> element it is put into."""
    return text.replace("</", "<\\/")


def _code_safe(code: str) -> str:
    """JavaScript that cannot end its <script> element; other ``</`` may be regular expressions."""
    return re.sub(r"</(script)", r"<\\/\1", code, flags=re.IGNORECASE)
