"""``/api/documents``: list, add (extract and store) and remove documents."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from api.deps import StoreDep, WriterDep
from api.errors import UnsupportedMediaTypeError
from api.schemas import DocumentIn, DocumentOut, DocumentsOut, IngestOut
from graph.analysis.lookups import document_list
from graph.errors import EncodingError, InputError
from graph.text.documents import document_from_text

__all__ = ["router"]

router = APIRouter(prefix="/api/documents", tags=["documents"])

_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {"schema": DocumentIn.model_json_schema()},
            "text/plain": {"schema": {"type": "string"}},
        },
    }
}


@router.get("", response_model=DocumentsOut)
def list_documents(store: StoreDep) -> dict[str, Any]:
    """Every ingested document with its title, date and counts."""
    return {"documents": document_list(store)}


@router.get("/{identifier}", response_model=DocumentOut)
def get_document(identifier: str, store: StoreDep) -> dict[str, Any]:
    """One document's title, date and counts."""
    return document_list(store, identifier)[0]


@router.post(
    "", response_model=IngestOut, status_code=201, dependencies=[WriterDep], openapi_extra=_BODY
)
async def add_document(
    request: Request,
    store: StoreDep,
    identifier: Annotated[str | None, Query(description="with a text/plain body")] = None,
    date: Annotated[dt.date | None, Query(description="with a text/plain body")] = None,
) -> dict[str, Any]:
    """Extract a document (text/plain with ?identifier=, or JSON) into the graph (write token)."""
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


@router.delete("/{identifier}", status_code=204, dependencies=[WriterDep])
async def remove_document(identifier: str, store: StoreDep) -> Response:
    """Remove a document and everything read from it (write token)."""
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
