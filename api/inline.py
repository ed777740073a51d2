"""The SPARQL endpoint's short way for a look-up of one triple pattern.

A look-up such as ``SELECT ?label WHERE { <x> rdfs:label ?label }`` costs the engine about
50 microseconds. Through the whole app it cost far more: FastAPI's and Starlette's layers
(server errors, telemetry, compression, exceptions, routing), our limits, the ``Request`` and
the protocol reader, on a machine where every request after a pause finds that code out of the
CPU's caches. ``InlineLookup`` is the app ``allegiance serve`` runs, in front of the FastAPI
app: it answers the plainest form of such a request itself, ``GET /sparql?query=...`` with no
other parameter, or ``POST /sparql`` of ``application/sparql-query`` with no parameter, whose
query is one triple pattern (``graph.sparql_shape``), from the store's inline view within its
budget (``GraphService.answer_inline``), compressed as the app compresses every answer.

It answers only where the app's guards would let the request through unchanged: a URL and a
body within the limits (``UrlLimitMiddleware``, ``BodyLimitMiddleware``; a GET with no body at
all, a POST whose body came whole in one message), a client with room
for one more query (``ClientLimitMiddleware``, whose count it shares and adds to while it
answers), and no ``Origin`` when CORS is configured (``CORSMiddleware`` answers those). Anything
else, and any such request it cannot answer whole (another shape, an answer over the budget, an
Accept it cannot meet, an error of any kind), goes on to the app unchanged, which reads it by
the full protocol and answers it as it answers every query: the same bytes, headers and errors
either way (``tests/api/test_inline.py`` compares them). What the short way skips is FastAPI's
own OpenTelemetry instrumentation, which sees the requests the app serves.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import parse_qsl

from fastapi import FastAPI
from starlette.datastructures import URL
from starlette.middleware.gzip import GZipMiddleware
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.middleware import (
    GZIP_LEVEL,
    GZIP_MINIMUM_SIZE,
    RunningQueries,
    client_address,
    url_size,
)
from api.negotiation import preferences
from api.protocol import QUERY
from api.routes.sparql import OFFERED, PATH
from graph.errors import AllegianceError
from graph.settings import Settings
from graph.sparql_shape import single_pattern_form
from graph.sparql_text import check_outbound

__all__ = ["InlineLookup"]

log = logging.getLogger(__name__)

# an IRI reference that does not start with a scheme: only such a reference is resolved against
# the base IRI (the endpoint's URL), so a query with none needs no base (a "<" elsewhere, in a
# string or a comparison, only costs the base's making)
_RELATIVE_IRI = re.compile(r"<(?![A-Za-z][A-Za-z0-9+.\-]*:)")


class InlineLookup:
    """Answer a one-pattern look-up on ``/sparql`` here, or pass the request on to ``app``
    untouched. ``app`` is ``api.main.create_app``'s: its state holds the settings, the running
    queries per client and, once started, the store."""

    def __init__(self, app: FastAPI) -> None:
        self.app = app
        settings: Settings = app.state.settings
        self.running: RunningQueries = app.state.running_queries
        self.max_url_bytes, self.max_body_bytes = settings.max_url_bytes, settings.max_body_bytes
        self.service_allow = settings.service_allow
        self.cors = bool(settings.cors_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH:
            await self.app(scope, receive, send)
            return
        accept = content_type = length = None
        chunked = False
        for name, value in scope["headers"]:  # the first of each, as Starlette's headers
            if name == b"accept" and accept is None:
                accept = value.decode("latin-1")
            elif name == b"content-type" and content_type is None:
                content_type = value.decode("latin-1")
            elif name == b"content-length" and length is None:
                length = value
            elif name == b"transfer-encoding":
                chunked = True
            elif name == b"origin" and self.cors:
                await self.app(scope, receive, send)  # CORSMiddleware's to answer
                return
        client = client_address(scope)
        if url_size(scope) > self.max_url_bytes or self.running.full(client):
            await self.app(scope, receive, send)  # the app's 414 or 429
            return
        text: str | None = None
        body: list[Message] = []
        method = scope["method"]
        if method == "GET" and length in (None, b"0") and not chunked:  # no body to check
            params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            if len(params) == 1 and params[0][0] == "query":
                text = params[0][1]
        elif (
            method == "POST"
            and not scope["query_string"]
            and _is_query(content_type)
            and not (length and length.isdigit() and int(length) > self.max_body_bytes)
        ):
            message = await receive()
            body.append(message)
            if (
                message["type"] == "http.request"
                and not message.get("more_body")
                and len(message.get("body", b"")) <= self.max_body_bytes
            ):
                try:
                    text = message.get("body", b"").decode("utf-8")
                except UnicodeDecodeError:
                    text = None
        if text is not None:
            with self.running.held(client):
                response = await self._answer(scope, text, accept)
                if response is not None:
                    answer: ASGIApp = response
                    if len(response.body) >= GZIP_MINIMUM_SIZE:  # below it, GZip changes nothing
                        answer = GZipMiddleware(
                            response, minimum_size=GZIP_MINIMUM_SIZE, compresslevel=GZIP_LEVEL
                        )
                    await answer(scope, receive, send)
                    return

        async def replay() -> Message:
            return body.pop(0) if body else await receive()

        await self.app(scope, replay, send)

    async def _answer(self, scope: Scope, text: str, accept: str | None) -> Response | None:
        """The endpoint's answer to ``text``, or None when only the endpoint itself can give it."""
        store = getattr(self.app.state, "store", None)
        form = single_pattern_form(text)  # read once: the form and the shape
        if store is None or form is None:
            return None
        offered = OFFERED[form]
        wanted = preferences(accept, offered)
        if not wanted:
            return None
        try:
            check_outbound(text, self.service_allow)
            endpoint = None
            if _RELATIVE_IRI.search(text):
                endpoint = str(URL(scope=scope).replace(query="", fragment=""))
            answer = await store.answer_inline(text, wanted, endpoint, shape_checked=True)
        except AllegianceError:
            return None  # the endpoint runs it again and answers the error as it always does
        except Exception:  # a bug: the endpoint answers it (500, logged there too if it recurs)
            log.exception("an inline look-up failed; the endpoint answers it")
            return None
        if answer is None:
            return None
        return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})


def _is_query(content_type: str | None) -> bool:
    """Whether the body is ``application/sparql-query`` in UTF-8."""
    if not content_type:
        return False
    media, *params = (p.strip() for p in content_type.split(";"))
    if media.lower() != QUERY:
        return False
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip().strip('"').lower() not in (
            "utf-8",
            "utf8",
        ):
            return False
    return True
