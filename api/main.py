"""The HTTP service: ``create_app(settings)`` wires routers, lifespan, limits and error handlers.

Errors map to status codes in one table (``api.errors.STATUS``): malformed SPARQL, a broken protocol
request, a bad document or too many result rows 400; a write without the token 403; an unknown
entity or document 404; no acceptable result format 406; a request body over the limit 413; a body
of a media type we do not take 415; a URL over the limit 414; a client with too many queries
running 429 and every user worker busy while the reserve could not finish the query 503, both
with Retry-After; a query whose worker outgrew the memory cap 507 (Insufficient Storage: the
server could not hold what the query needs); a query cut at the time limit 504 (the server,
acting as a gateway to its query worker, got no answer in time; retrying the same query will not
help, so not 503); the store unavailable 503. Anything else is a bug: 500, logged with its
traceback.

Too many result rows is 400 rather than 413, because 413 speaks of the request's own body and
clients read it so; the fix is in the query (add a LIMIT), which is what 400 says.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from api.errors import STATUS, InvalidParameterError, error_response
from api.httpserver import protocol as url_limited_protocol
from api.inline import InlineLookup
from api.middleware import (
    GZIP_LEVEL,
    GZIP_MINIMUM_SIZE,
    BodyLimitMiddleware,
    ClientLimitMiddleware,
    MethodsMiddleware,
    RunningQueries,
    UrlLimitMiddleware,
)
from api.openapi import install as install_openapi
from api.routes import (
    alignments,
    disputes,
    documents,
    entities,
    events,
    graph_store,
    home,
    network,
    sparql,
    timeline,
)
from api.service import GraphService
from graph.errors import AllegianceError
from graph.settings import Settings
from graph.store import EmbeddedStore

__all__ = ["STATUS", "create_app", "run"]

log = logging.getLogger(__name__)

YASGUI_BUILD = Path(__file__).resolve().parent.parent / "node_modules/@zazuko/yasgui/build"
# FastAPI's own /docs and /redoc load Swagger UI and ReDoc from CDNs; ours come from npm
SWAGGER_UI = Path(__file__).resolve().parent.parent / "node_modules/swagger-ui-dist"
SWAGGER_PATH = "/assets/swagger-ui"


def _add_docs(app: FastAPI) -> None:
    """The OpenAPI page at /docs, with Swagger UI served from node_modules (no CDN)."""
    if not SWAGGER_UI.is_dir():
        return
    app.mount(SWAGGER_PATH, StaticFiles(directory=SWAGGER_UI), name="swagger-ui")

    @app.get("/docs", include_in_schema=False)
    async def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json",
            title=f"{app.title}: API",
            swagger_js_url=f"{SWAGGER_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{SWAGGER_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{SWAGGER_PATH}/favicon-32x32.png",
            swagger_ui_parameters={
                "validatorUrl": None
            },  # the default badge calls a remote validator
        )


def create_app(settings: Settings) -> FastAPI:
    """The FastAPI application serving the store the settings name (``run`` serves it behind
    ``api.inline.InlineLookup``, the short way for one-pattern look-ups)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = await run_in_threadpool(GraphService, settings)
        if settings.write_token:
            await run_in_threadpool(_enable_ingestion, store, settings)
        # the query workers started meanwhile; take requests once every lane is full
        if store.pool is not None:
            await run_in_threadpool(store.pool.wait_ready)
        app.state.store = store
        try:
            yield
        finally:
            await run_in_threadpool(store.close)

    app = FastAPI(
        title="Allegiance",
        summary="Who does what to whom in international politics and war, with the evidence",
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.running_queries = running = RunningQueries(settings.client_queries)
    install_openapi(app, described=sparql.router.routes)
    # first, so that a query finds it before any router (see api.routes.sparql)
    app.add_route(sparql.PATH, sparql.sparql, methods=sparql.METHODS, include_in_schema=False)
    routers = (
        home,
        graph_store,
        alignments,
        disputes,
        timeline,
        events,
        entities,
        documents,
        network,
    )
    for module in routers:
        app.include_router(module.router)
    _add_docs(app)
    if YASGUI_BUILD.is_dir():
        app.mount(sparql.ASSETS_PATH, StaticFiles(directory=YASGUI_BUILD), name="yasgui")
    if network.VIS_BUILD.is_dir():
        app.mount(network.VIS_PATH, StaticFiles(directory=network.VIS_BUILD), name="vis-network")
    app.mount(network.ASSETS_PATH, StaticFiles(directory=network.STATIC), name="network")
    app.mount(home.ASSETS_PATH, StaticFiles(directory=home.STATIC), name="home")
    app.add_exception_handler(AllegianceError, _answer_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _answer_invalid)  # type: ignore[arg-type]
    app.add_exception_handler(StarletteHTTPException, _answer_http)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _answer_bug)
    # innermost first: each add_middleware wraps everything added before it
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(ClientLimitMiddleware, running=running)
    app.add_middleware(MethodsMiddleware, routes=app.router.routes)
    app.add_middleware(UrlLimitMiddleware, max_bytes=settings.max_url_bytes)
    app.add_middleware(GZipMiddleware, minimum_size=GZIP_MINIMUM_SIZE, compresslevel=GZIP_LEVEL)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "HEAD", "POST", "PUT", "DELETE"],
            allow_headers=["Accept", "Authorization", "Content-Type"],
        )
    return app


def run(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the app until interrupted (what ``allegiance serve`` calls).

    The store is opened once before uvicorn starts, so that a store locked by another process
    (or missing, or unreadable) is a ``StoreError`` the command line prints as one line, rather
    than a traceback from inside the server's startup."""
    EmbeddedStore(settings.store_path).close()
    # no WebSocket routes here: ws="none" serves a request asking to upgrade as plain HTTP
    config = uvicorn.Config(
        InlineLookup(create_app(settings)),
        host=host,
        port=port,
        log_level="info",
        ws="none",
        # a line per request, made and written once the answer is (api.accesslog); behind a
        # proxy that keeps this log, ALLEGIANCE_ACCESS_LOG=0 turns it off
        access_log=settings.access_log,
        # httptools, reading URLs well past the limit, so that a long one gets its 414 rather
        # than a connection reset (beyond that bound the server still gives up; api.httpserver)
        http=url_limited_protocol(settings.max_url_bytes),
    )  # Config sets up uvicorn's logging; the filter goes on after it
    logging.getLogger("uvicorn.error").addFilter(_ignore_upgrades)
    uvicorn.Server(config).run()


def _ignore_upgrades(record: logging.LogRecord) -> bool:
    """Drop uvicorn's two warnings for each request with an ``Upgrade`` header we do not take
    (Java's HTTP client, Apache Jena's, asks for ``h2c`` on every request). HTTP/1.1 lets a
    server ignore Upgrade and answer plainly, which is what happens; nothing is wrong."""
    message = str(record.msg)
    return not message.startswith(("Unsupported upgrade request", "No supported WebSocket"))


def _enable_ingestion(store: GraphService, settings: Settings) -> None:
    """Load the spaCy pipeline once, now, so that the first POST does not wait for it."""
    if importlib.util.find_spec("graph.store.build") is None:
        log.warning("graph.store.build is missing: POST /api/documents will answer 503")
        return
    from graph.knowledge import load_knowledge
    from graph.text.nlp import load_pipeline

    knowledge = load_knowledge(settings)
    store.enable_ingestion(nlp=load_pipeline(settings, knowledge), knowledge=knowledge)


async def _answer_error(request: Request, error: AllegianceError) -> JSONResponse:
    response = error_response(error)
    if response.status_code == 500:
        log.error("unmapped error on %s %s", request.method, request.url.path, exc_info=error)
    return response


async def _answer_invalid(request: Request, error: RequestValidationError) -> JSONResponse:
    """FastAPI's validation errors in our shape: one line naming each bad parameter, and 400
    like every other bad input (FastAPI says 422 with a list of its own)."""
    problems: list[dict[str, object]] = []
    for e in error.errors():
        where, *names = (str(part) for part in e["loc"])
        name = ".".join(names) or where
        problem = e["msg"][0].lower() + e["msg"][1:]
        if str(e["type"]).startswith(("date", "datetime")):
            problem = "not a date; use YYYY-MM-DD, e.g. 2024-03-01"
        entry: dict[str, object] = {"name": name, "in": where, "problem": problem}
        if e["type"] != "missing":
            entry["value"] = e.get("input")
        problems.append(entry)
    parts = [
        f"{p['name']}={p['value']!r}: {p['problem']}"
        if "value" in p
        else f"{p['name']}: {p['problem']}"
        for p in problems
    ]
    return await _answer_error(request, InvalidParameterError("; ".join(parts), problems))


async def _answer_http(request: Request, error: StarletteHTTPException) -> JSONResponse:
    """Starlette's own 404 (no such route) and 405 in our shape, with where to look instead."""
    headers = dict(error.headers or {})
    if error.status_code == 404 and error.detail == "Not Found":
        detail, name = f"no route {request.url.path}; GET / lists every route", "NotFoundError"
    elif error.status_code == 405:
        allowed = headers.get("allow", headers.get("Allow", ""))
        detail = f"{request.method} is not allowed on {request.url.path}; allowed: {allowed}"
        name = "MethodNotAllowedError"
    else:
        detail, name = str(error.detail), "HTTPError"
    body = {"detail": detail, "error": name}
    return JSONResponse(body, status_code=error.status_code, headers=headers)


async def _answer_bug(request: Request, error: Exception) -> JSONResponse:
    log.error("bug on %s %s", request.method, request.url.path, exc_info=error)
    detail = f"internal error ({type(error).__name__}); the server log has the details"
    return JSONResponse({"detail": detail, "error": "InternalError"}, status_code=500)
