"""ASGI middleware that guards the routes: body size, and how many queries one client runs."""

from __future__ import annotations

from collections import Counter

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import RequestTooLargeError, TooManyRequestsError, error_response

__all__ = ["BodyLimitMiddleware", "ClientLimitMiddleware"]

# the paths whose requests run queries; static assets and /docs do not count
QUERY_PATHS = ("/sparql", "/api/", "/graph", "/rdf-graphs")


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


class ClientLimitMiddleware:
    """Answer 429 (with Retry-After) to a client address with ``max_running`` queries running.

    Fair share between clients: the pool's workers are few, and one client sending many
    runaways at once would otherwise queue everyone else behind them. A client is its address
    (behind a reverse proxy, every client is the proxy: give the proxy the limit instead).
    Counted per request to a query path, from arrival to the end of the answer.
    """

    def __init__(self, app: ASGIApp, *, max_running: int) -> None:
        self.app, self.max_running = app, max_running
        self._running: Counter[str] = Counter()  # one event loop: no lock needed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or self.max_running < 1
            or not scope["path"].startswith(QUERY_PATHS)
        ):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        if self._running[client] >= self.max_running:
            error = TooManyRequestsError(
                f"{client} already has {self._running[client]} queries running, the most one "
                f"client may (ALLEGIANCE_CLIENT_QUERIES); wait for one to finish",
                retry_after=1,
            )
            await error_response(error)(scope, receive, send)
            return
        self._running[client] += 1
        try:
            await self.app(scope, receive, send)
        finally:
            self._running[client] -= 1
            if not self._running[client]:
                del self._running[client]
