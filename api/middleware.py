"""ASGI middleware that guards the routes: URL and body size, how many queries one client runs,
and which methods a path takes (OPTIONS, and a 405 that names them all)."""

from __future__ import annotations

from collections import Counter, OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager

from starlette.responses import Response
from starlette.routing import BaseRoute, Match, Mount
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import (
    MethodNotAllowedError,
    RequestTooLargeError,
    TooManyRequestsError,
    UrlTooLongError,
    error_response,
)

__all__ = [
    "GZIP_LEVEL",
    "GZIP_MINIMUM_SIZE",
    "BodyLimitMiddleware",
    "ClientLimitMiddleware",
    "MethodsMiddleware",
    "RunningQueries",
    "UrlLimitMiddleware",
    "client_address",
    "url_size",
]

# the paths whose requests run queries; static assets and /docs do not count
QUERY_PATHS = ("/sparql", "/api/", "/graph", "/rdf-graphs")
METHODS = ("GET", "POST", "PUT", "DELETE", "PATCH")
# answers compress well (vis-network alone is ~1 MB uncompressed); level 1 keeps most of the
# saving at a fraction of level 9's CPU, which cost large JSON answers 10x
GZIP_MINIMUM_SIZE, GZIP_LEVEL = 1024, 1


class BodyLimitMiddleware:
    """Answer 413 to a request body over ``max_bytes``, declared or streamed, before any route."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        chunks, size = [], 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                break
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_bytes:
                await self._refuse(scope, receive, send)
                return
            if not message.get("more_body", False):
                break
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": b"".join(chunks), "more_body": False}

        await self.app(scope, replay, send)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        error = RequestTooLargeError(
            f"the request body is larger than {self.max_bytes} bytes, the limit of this server "
            "(ALLEGIANCE_MAX_BODY_BYTES)"
        )
        await error_response(error)(scope, receive, send)


class RunningQueries:
    """How many requests to a query path each client address has running, against the most one
    client may have (``Settings.client_queries``; below 1, no limit). One event loop serves
    them all: no lock needed. Shared by ``ClientLimitMiddleware`` and the look-ups that
    ``api.inline`` answers before it."""

    def __init__(self, most: int) -> None:
        self.most = most
        self._running: Counter[str] = Counter()

    def full(self, client: str) -> bool:
        """Whether ``client`` may start no more queries now."""
        return self.most >= 1 and self._running[client] >= self.most

    def refusal(self, client: str) -> TooManyRequestsError:
        return TooManyRequestsError(
            f"{client} already has {self._running[client]} queries running, the most one "
            f"client may (ALLEGIANCE_CLIENT_QUERIES); wait for one to finish",
            retry_after=1,
        )

    @contextmanager
    def held(self, client: str) -> Iterator[None]:
        """Counts one more query of ``client`` while the block runs."""
        self._running[client] += 1
        try:
            yield
        finally:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]


def client_address(scope: Scope) -> str:
    """The address a request came from (behind a reverse proxy, the proxy's)."""
    return str((scope.get("client") or ("unknown", 0))[0])


class ClientLimitMiddleware:
    """Answer 429 (with Retry-After) to a client address with ``RunningQueries.most`` queries
    running.

    Fair share between clients: the pool's workers are few, and one client sending many
    runaways at once would otherwise queue everyone else behind them. A client is its address
    (behind a reverse proxy, every client is the proxy: give the proxy the limit instead).
    Counted per request to a query path, from arrival to the end of the answer.
    """

    def __init__(self, app: ASGIApp, *, running: RunningQueries) -> None:
        self.app, self.running = app, running

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or self.running.most < 1
            or not scope["path"].startswith(QUERY_PATHS)
        ):
            await self.app(scope, receive, send)
            return
        client = client_address(scope)
        if self.running.full(client):
            await error_response(self.running.refusal(client))(scope, receive, send)
            return
        with self.running.held(client):
            await self.app(scope, receive, send)


class UrlLimitMiddleware:
    """Answer 414 to a URL (path and query string) over ``max_bytes``.

    The HTTP parser reads request lines up to a larger bound (``api.main.run`` sets it), so that a
    long URL reaches this check and gets an answer instead of a reset connection."""

    def __init__(self, app: ASGIApp, *, max_bytes: int) -> None:
        self.app, self.max_bytes = app, max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            size = url_size(scope)
            if size > self.max_bytes:
                error = UrlTooLongError(
                    f"the URL is {size} bytes, over the {self.max_bytes} this server takes "
                    "(ALLEGIANCE_MAX_URL_BYTES); send a long SPARQL query by POST"
                )
                await error_response(error)(scope, receive, send)
                return
        await self.app(scope, receive, send)


def url_size(scope: Scope) -> int:
    """The bytes of the request's URL as it was sent: its path, and "?" and query if any."""
    query = scope["query_string"]
    size = len(scope.get("raw_path") or scope["path"].encode())
    return size + len(query) + 1 if query else size


class MethodsMiddleware:
    """OPTIONS answers 204 with ``Allow`` naming every method of the path; a method the path does
    not take is 405 with the same ``Allow``.

    Starlette answers OPTIONS with 405, and its 405 names only the methods of the first route
    that matches the path (``/sparql`` has one route for GET and one for POST). A CORS preflight
    never gets here when CORS is configured: ``CORSMiddleware`` sits outside and answers it."""

    CACHE, LONGEST = 4096, 512  # paths remembered (the routes never change), and how long

    def __init__(self, app: ASGIApp, *, routes: list[BaseRoute]) -> None:
        self.app, self.routes = app, routes
        self._allowed: OrderedDict[tuple[str, str], frozenset[str]] = OrderedDict()

    def allowed(self, scope: Scope) -> frozenset[str]:
        """``methods``, remembered per path: asking every route about every method cost a
        one-label SPARQL look-up about a third of its time in the server."""
        key = (scope.get("root_path", ""), scope["path"])
        if len(key[1]) > self.LONGEST:  # not kept: a client could fill the memory with them
            return frozenset(self.methods(scope))
        found = self._allowed.get(key)  # one event loop: no lock needed
        if found is None:
            found = self._allowed[key] = frozenset(self.methods(scope))
            if len(self._allowed) > self.CACHE:
                self._allowed.popitem(last=False)
        else:
            self._allowed.move_to_end(key)
        return found

    def methods(self, scope: Scope) -> set[str]:
        """The methods some route takes at this path (HEAD with GET, and OPTIONS): each method
        asked of every route, since included routers hide their routes' methods; a mount here
        serves static files, GET only."""
        methods: set[str] = set()
        for route in self.routes:
            if isinstance(route, Mount):
                if route.matches({**scope, "method": "GET"})[0] == Match.FULL:
                    methods.add("GET")
                continue
            for method in METHODS:
                if route.matches({**scope, "method": method})[0] == Match.FULL:
                    methods.add(method)
        if "GET" in methods:
            methods.add("HEAD")
        return methods | {"OPTIONS"} if methods else set()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        allowed = self.allowed(scope)
        if not allowed or scope["method"] in allowed - {"OPTIONS"}:
            await self.app(scope, receive, send)
            return
        allow = ", ".join(sorted(allowed))
        if scope["method"] == "OPTIONS":
            await Response(status_code=204, headers={"Allow": allow})(scope, receive, send)
            return
        error = MethodNotAllowedError(f"{scope['path']} takes {allow}, not {scope['method']}")
        response = error_response(error)
        response.headers["Allow"] = allow
        await response(scope, receive, send)
