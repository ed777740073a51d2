"""Read a SPARQL 1.1 Protocol request: which operation, its text, and the dataset it names.

The three ways in (https://www.w3.org/TR/sparql11-protocol/): GET with ``query=``; POST of an
``application/x-www-form-urlencoded`` form with ``query=`` or ``update=``; POST of the bare text
as ``application/sparql-query`` or ``application/sparql-update``. ``default-graph-uri`` and
``named-graph-uri`` (``using-graph-uri`` / ``using-named-graph-uri`` for updates) may be repeated
and come from the URL, or from the form body too. Anything else is a ``ProtocolError`` that names
what was wrong and what is allowed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import parse_qsl

from starlette.datastructures import MultiDict
from starlette.requests import Request

from api.errors import ProtocolError, UnsupportedMediaTypeError
from api.update_dataset import DatasetConflictError, with_using

__all__ = ["Operation", "query_form", "read_operation"]

FORM = "application/x-www-form-urlencoded"
QUERY = "application/sparql-query"
UPDATE = "application/sparql-update"


# what may hide a keyword before the query form: IRIs and comments (the prologue has no strings)
_HIDING = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>|#[^\n\r]*")
_FORM = re.compile(r"(?<![\w:?$\-.])(SELECT|ASK|CONSTRUCT|DESCRIBE)(?![\w:\-])", re.IGNORECASE)


def query_form(text: str) -> str | None:
    """SELECT, ASK, CONSTRUCT or DESCRIBE: the first form keyword after the prologue, if any."""
    m = _FORM.search(_HIDING.sub(" ", text))
    return m.group(1).upper() if m else None


@dataclass(frozen=True)
class Operation:
    kind: Literal["query", "update", "none"]
    text: str = ""
    default_graphs: list[str] = field(default_factory=list)
    named_graphs: list[str] = field(default_factory=list)

    @property
    def form(self) -> str | None:
        """The query form (SELECT, ASK, CONSTRUCT, DESCRIBE) of a query, else None."""
        return query_form(self.text) if self.kind == "query" else None


async def read_operation(request: Request) -> Operation:
    """The operation a GET or POST to the SPARQL endpoint asks for."""
    url_params = MultiDict(request.query_params.multi_items())
    if request.method == "GET":
        if "update" in url_params:
            raise ProtocolError("an update must be sent by POST, never by GET")
        return _operation(url_params, url_params, "query")
    media, charset = _content_type(request.headers.get("content-type"))
    body = await request.body()
    if media == FORM:
        text = _decode(body, charset)
        form = MultiDict(parse_qsl(text, keep_blank_values=True))
        params = MultiDict([*url_params.multi_items(), *form.multi_items()])
        return _operation(form, params, None)
    if media in (QUERY, UPDATE):
        kind: Literal["query", "update"] = "query" if media == QUERY else "update"
        if kind in url_params:
            raise ProtocolError(f"a {media} body cannot also carry {kind}= in the URL")
        return _with_dataset(kind, _decode(body, charset), url_params)
    if media is None:
        raise ProtocolError(
            f"a POST to the SPARQL endpoint needs a Content-Type: {FORM}, {QUERY} or {UPDATE}"
        )
    raise UnsupportedMediaTypeError(f"cannot take a {media} body; send {FORM}, {QUERY} or {UPDATE}")


def _operation(source: MultiDict, params: MultiDict, only: str | None) -> Operation:
    queries, updates = source.getlist("query"), source.getlist("update")
    if queries and updates:
        raise ProtocolError("send either query= or update=, not both")
    if len(queries) > 1 or len(updates) > 1:
        raise ProtocolError("send exactly one query= or update= per request")
    if updates:
        return _with_dataset("update", updates[0], params)
    if queries:
        return _with_dataset("query", queries[0], params)
    if only is None:
        raise ProtocolError("the form holds neither query= nor update=")
    return Operation("none")


def _with_dataset(kind: Literal["query", "update"], text: str, params: MultiDict) -> Operation:
    if not text.strip():
        raise ProtocolError(f"the {kind} is empty")
    if kind == "update":
        for name in ("default-graph-uri", "named-graph-uri"):
            if name in params:
                raise ProtocolError(f"{name} belongs to queries; updates take using-graph-uri")
        try:
            text = with_using(
                text, params.getlist("using-graph-uri"), params.getlist("using-named-graph-uri")
            )
        except (DatasetConflictError, ValueError) as e:
            raise ProtocolError(str(e)) from e
        return Operation("update", text)
    for name in ("using-graph-uri", "using-named-graph-uri"):
        if name in params:
            raise ProtocolError(f"{name} belongs to updates; queries take default-graph-uri")
    return Operation(
        "query", text, params.getlist("default-graph-uri"), params.getlist("named-graph-uri")
    )


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    if not header:
        return None, None
    media, *params = (p.strip() for p in header.split(";"))
    charset = None
    for param in params:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
    return media.lower(), charset


def _decode(body: bytes, charset: str | None) -> str:
    if charset not in (None, "utf-8", "utf8"):
        raise UnsupportedMediaTypeError(
            f"the body is declared as charset={charset}; the SPARQL protocol takes UTF-8 only"
        )
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ProtocolError(
            f"the body is not valid UTF-8 (byte 0x{body[e.start]:02x} at offset {e.start})"
        ) from e
