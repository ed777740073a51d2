"""``/api/documents``: list, add (extract and store) and remove documents."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, WriterDep
from api.errors import UnsupportedMediaTypeError
from api.openapi import errors
from api.schemas import DocumentIn, DocumentOut, DocumentsOut, IngestOut, IsoDate
from graph.analysis.lookups import document_list
from graph.errors import EncodingError, InputError
from graph.text.documents import document_from_text

__all__ = ["router"]

router = APIRouter(prefix="/api/documents", tags=["documents"])

IdentifierP = Annotated[
    str, Path(description="the document's file name", examples=["000_a0bffb023af9476c.txt"])
]
_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": DocumentIn.model_json_schema(),
                "example": {
                    "identifier": "042_kursk.txt",
                    "date": "2024-10-18",
                    "text": "North Korea has sent troops to Kursk, according to the GUR.",
                },
            },
            "text/plain": {
                "schema": {"type": "string"},
                "example": "North Korea has sent troops to Kursk, according to the GUR.",
            },
        },
    }
}


@router.get(
    "",
    response_model=DocumentsOut,
    summary="Every document read, with its title, date and counts",
    responses=errors(),
)
def list_documents(store: StoreDep) -> dict[str, Any]:
    """Every ingested document: its identifier (the file name), title (its first line), date
    (where the text gives one) and how many entities and claims were read from it."""
    return {"documents": document_list(store)}


@router.get(
    "/{identifier}",
    response_model=DocumentOut,
    summary="One document's title, date and counts",
    responses=errors(404, e404="no document with this identifier; see `GET /api/documents`"),
)
def get_document(identifier: IdentifierP, store: StoreDep) -> dict[str, Any]:
    """One document by its identifier (its file name)."""
    return document_list(store, identifier)[0]


@router.post(
    "",
    response_model=IngestOut,
    status_code=201,
    dependencies=[WriterDep],
    openapi_extra=_BODY,
    summary="Read an article into the graph (write token)",
    responses=errors(
        400,
        403,
        413,
        415,
        e400="an empty or non-UTF-8 text, bad JSON, or a text/plain body without ?identifier=",
        e415="send text/plain (with ?identifier=) or application/json",
    ),
)
async def add_document(
    request: Request,
    store: StoreDep,
    identifier: Annotated[
        str | None,
        Query(description="the file name, with a text/plain body", examples=["042_kursk.txt"]),
    ] = None,
    date: Annotated[
        IsoDate | None, Query(description="its date (YYYY-MM-DD), with a text/plain body")
    ] = None,
) -> dict[str, Any]:
    """Extract who did what to whom from one article and store it; sending a document with an
    identifier already read replaces what it said before. The body is the text
    (`text/plain`, with `?identifier=042_kursk.txt`) or JSON (`{"text": ..., "identifier": ...,
    "date": ...}`). Answers the entities and claims found. Needs the write token (Authorize)."""
    given = await _read_document(request, identifier, date)
    document = document_from_text(given.identifier, given.text, date=given.date)
    report = await run_in_threadpool(store.ingest, [document])
    if report.rejected:
        raise InputError(
            f"{document.identifier} was not stored: its graph breaks the shapes "
            f"({'; '.join(report.violations[:3])})"
        )
    done = report.documents[0]
    return {
        "identifier": done.identifier,
        "entities": done.entities,
        "claims": done.claims,
        "claim_rows": done.claim_rows,
    }


@router.delete(
    "/{identifier}",
    status_code=204,
    dependencies=[WriterDep],
    summary="Remove a document and all read from it (write token)",
    responses=errors(403, 404, e404="no document with this identifier"),
)
async def remove_document(identifier: IdentifierP, store: StoreDep) -> Response:
    """Remove the document's graph: its claims, mentions and names seen only there. Entities
    other documents name stay. Needs the write token (Authorize)."""
    await run_in_threadpool(store.remove, identifier)
    return Response(status_code=204)


async def _read_document(
    request: Request, identifier: str | None, date: dt.date | None
) -> DocumentIn:
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    body = await request.body()
    if media == "application/json":
        try:
            return DocumentIn.model_validate_json(body)
        except ValidationError as e:
            raise InputError(f"bad document JSON: {e.errors(include_url=False)}") from e
    if media == "text/plain":
        if not identifier:
            raise InputError("a text/plain document needs ?identifier=<file name>")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as e:
            raise EncodingError(f"{identifier}: the body is not UTF-8 text") from e
        return DocumentIn(text=text, identifier=identifier, date=date)
    raise UnsupportedMediaTypeError(
        f"cannot take a {media or 'missing'} Content-Type; send text/plain or application/json"
    )
