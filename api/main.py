"""The HTTP service: ``create_app(settings)`` wires routers, lifespan, limits and error handlers.

Errors map to status codes in one table (``api.errors.STATUS``): malformed SPARQL, a broken protocol
request, a bad document or too many result rows 400; a write without the token 403; an unknown
entity or document 404; no acceptable result format 406; a request body over the limit 413; a body
of a media type we do not take 415; a client with too many queries running 429 and every user
worker busy while the reserve could not finish the query 503, both with Retry-After; a query
whose worker outgrew the memory cap 507 (Insufficient Storage: the server could not hold what
the query needs); a query cut at the time limit 504 (the server, acting as a
gateway to its query worker, got no answer in time; retrying the same query will not help, so not
503); the store unavailable 503. Anything else is a bug: 500, logged with its traceback.

Too many result rows is 400 rather than 413, because 413 speaks of the request's own body and
clients read it so; the fix is in the query (add a LIMIT), which is what 400 says.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from api.errors import error_response
from api.middleware import (
    BodyLimitMiddleware,
    ClientLimitMiddleware,
    MethodsMiddleware,
    UrlLimitMiddleware,
)
from api.routes import alignments, documents, entities, network, sparql
from api.schemas import ERROR_DESCRIPTIONS, ErrorOut
from api.service import GraphService
from graph.errors import AllegianceError, InputError
from graph.settings import Settings
from graph.store import EmbeddedStore

__all__ = ["create_app", "run"]

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
    """The FastAPI application serving the store the settings name."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        store = await run_in_threadpool(GraphService, settings)
        if settings.write_token:
            await run_in_threadpool(_enable_ingestion, store, settings)
        # the query workers started meanwhile; take requests once every lane is full
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
    for module in (sparql, alignments, entities, documents, network):
        app.include_router(module.router)
    _add_docs(app)
    if YASGUI_BUILD.is_dir():
        app.mount(sparql.ASSETS_PATH, StaticFiles(directory=YASGUI_BUILD), name="yasgui")
    if network.VIS_BUILD.is_dir():
        app.mount(network.VIS_PATH, StaticFiles(directory=network.VIS_BUILD), name="vis-network")
    app.mount(network.ASSETS_PATH, StaticFiles(directory=network.STATIC), name="network")
    app.add_exception_handler(AllegianceError, _answer_error)  # type: ignore[arg-type]
    app.add_exception_handler(RequestValidationError, _answer_invalid)  # type: ignore[arg-type]
    app.add_exception_handler(Exception, _answer_bug)
    app.openapi = lambda: _openapi(app)  # type: ignore[method-assign]
    # innermost first: each add_middleware wraps everything added before it
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(ClientLimitMiddleware, max_running=settings.client_queries)
    app.add_middleware(MethodsMiddleware, routes=app.router.routes)
    app.add_middleware(UrlLimitMiddleware, max_bytes=settings.max_url_bytes)
    # pages and results compress well (vis-network alone is ~1 MB uncompressed); level 1 keeps
    # most of the saving at a fraction of level 9's CPU, which cost large JSON answers 10x
    app.add_middleware(GZipMiddleware, minimum_size=1024, compresslevel=1)
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
    uvicorn.run(
        create_app(settings),
        host=host,
        port=port,
        log_level="info",
        http="h11",
        # read request lines well past the URL limit, so that a long URL gets its 414 rather
        # than a connection reset; beyond this bound the parser still gives up
        h11_max_incomplete_event_size=16 * settings.max_url_bytes,
    )


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
    """A parameter or body that fails its declared type: 400 in our error shape (not 422)."""
    problems = []
    for e in error.errors():
        where = ".".join(str(part) for part in e.get("loc", ()) if part not in ("query", "body"))
        problems.append(f"{where or 'the request'}: {e.get('msg', 'invalid')}")
    return error_response(InputError("bad request: " + "; ".join(problems)))


def _openapi(app: FastAPI) -> dict[str, Any]:
    """The OpenAPI document, with our 400 error body where FastAPI would list 422."""
    if app.openapi_schema:
        return app.openapi_schema
    schema = get_openapi(
        title=app.title, version=app.version, summary=app.summary, routes=app.routes
    )
    schema.setdefault("components", {}).setdefault("schemas", {})["ErrorOut"] = (
        ErrorOut.model_json_schema()
    )
    error_body = {"application/json": {"schema": {"$ref": "#/components/schemas/ErrorOut"}}}
    for path in schema.get("paths", {}).values():
        for operation in path.values():
            responses = operation.get("responses", {})
            if responses.pop("422", None) is not None:
                responses.setdefault(
                    "400", {"description": ERROR_DESCRIPTIONS[400], "content": error_body}
                )
    for name in ("HTTPValidationError", "ValidationError"):
        schema["components"]["schemas"].pop(name, None)
    app.openapi_schema = schema
    return schema


async def _answer_bug(request: Request, error: Exception) -> JSONResponse:
    log.error("bug on %s %s", request.method, request.url.path, exc_info=error)
    detail = f"internal error ({type(error).__name__}); the server log has the details"
    return JSONResponse({"detail": detail, "error": "InternalError"}, status_code=500)
