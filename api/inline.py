"""The SPARQL endpoint's short way for a look-up of one triple pattern.

A look-up such as ``SELECT ?label WHERE { <x> rdfs:label ?label }`` costs the engine about
30 microseconds. Through the whole app it cost far more: the router, FastAPI's exception and
exit-stack layers, the ``Request`` and the protocol reader, on a machine where every request
after a pause finds that code out of the CPU's caches. This middleware, the innermost of ours
(the limits on URL, methods, client and body have been applied when it runs), answers the
plainest form of such a request itself: ``GET /sparql?query=...`` with no other parameter, or
``POST /sparql`` of ``application/sparql-query`` with no parameter, whose query is one triple
pattern (``graph.sparql_shape``), answered from the store's inline view within its budget
(``GraphService.answer_inline``). Anything else, and any such request it cannot answer whole
(another shape, an answer over the budget, an Accept it cannot meet, an error of any kind),
goes on to the endpoint unchanged, which reads it by the full protocol and answers it as it
answers every query: the same bytes, headers and errors either way
(``tests/api/test_inline.py`` compares them).
"""

from __future__ import annotations

from urllib.parse import parse_qsl

from starlette.datastructures import URL
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.negotiation import preferences
from api.protocol import QUERY, query_form
from api.routes.sparql import OFFERED, PATH
from graph.errors import AllegianceError
from graph.sparql_text import check_outbound

__all__ = ["InlineLookupMiddleware"]


class InlineLookupMiddleware:
    """Answer a one-pattern look-up on ``/sparql`` here, or pass the request on untouched."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != PATH:
            await self.app(scope, receive, send)
            return
        method = scope["method"]
        accept = content_type = None
        for name, value in scope["headers"]:
            if name == b"accept" and accept is None:  # the first, as Starlette's headers
                accept = value.decode("latin-1")
            elif name == b"content-type" and content_type is None:
                content_type = value.decode("latin-1")
        text: str | None = None
        body: list[Message] = []
        if method == "GET":
            params = parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True)
            if len(params) == 1 and params[0][0] == "query":
                text = params[0][1]
        elif method == "POST" and not scope["query_string"] and _is_query(content_type):
            message = await receive()
            body.append(message)
            if message["type"] == "http.request" and not message.get("more_body"):
                try:
                    text = message.get("body", b"").decode("utf-8")
                except UnicodeDecodeError:
                    text = None
        if text is not None:
            response = await _answer(scope, text, accept)
            if response is not None:
                await response(scope, receive, send)
                return

        async def replay() -> Message:
            return body.pop(0) if body else await receive()

        await self.app(scope, replay, send)


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


async def _answer(scope: Scope, text: str, accept: str | None) -> Response | None:
    """The endpoint's answer to ``text``, or None when only the endpoint itself can give it."""
    app = scope.get("app")
    store = getattr(getattr(app, "state", None), "store", None)
    if store is None or not text.strip():
        return None
    offered = OFFERED.get(query_form(text) or "")
    if offered is None:
        return None
    wanted = preferences(accept, offered)
    if not wanted:
        return None
    try:
        check_outbound(text, app.state.settings.service_allow)  # type: ignore[union-attr]
        endpoint = str(URL(scope=scope).replace(query="", fragment=""))
        answer = await store.answer_inline(text, wanted, endpoint)
    except AllegianceError:
        return None  # the endpoint runs it again and answers the error as it always does
    if answer is None:
        return None
    return Response(answer.body, media_type=answer.media_type, headers={"Vary": "Accept"})
