"""The JSON the question API answers with (and takes), as pydantic models for OpenAPI."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field

__all__ = [
    "ERROR_DESCRIPTIONS",
    "ActorRef",
    "AffiliationOut",
    "ClaimOut",
    "DocumentIn",
    "DocumentOut",
    "DocumentsOut",
    "EntitiesOut",
    "EntityDetail",
    "EntitySummary",
    "ErrorOut",
    "EvidenceOut",
    "IngestOut",
    "IsoDate",
    "OpposePair",
    "OpposesOut",
    "SupportPair",
    "SupportsOut",
    "error_responses",
]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD`` (or a date): pydantic alone reads ``0`` as 1970-01-01."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        raise ValueError(f"{str(value)[:40]!r} is no date; write YYYY-MM-DD, e.g. 2024-02-24")
    return value


# a calendar date written YYYY-MM-DD, in query parameters and JSON bodies alike
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class ErrorOut(BaseModel):
    """What every error answers with (api/errors.py's one table picks the status)."""

    detail: str = Field(description="what was wrong and what is allowed")
    error: str = Field(description="the error's class, e.g. QueryError, NotFoundError")
    line: int | None = Field(None, description="for malformed SPARQL: where the parser stopped")
    column: int | None = None


ERROR_DESCRIPTIONS = {
    400: "a bad request: malformed SPARQL, a bad parameter (a date not YYYY-MM-DD ...), a bad "
    "document, or more result rows than the limit",
    403: "a write without the write token (Authorization: Bearer ...)",
    404: "no such entity, document or graph",
    406: "nothing offered fits the Accept header",
    413: "the request body is over the limit (ALLEGIANCE_MAX_BODY_BYTES), or the document is "
    "over ALLEGIANCE_MAX_DOCUMENT_CHARS",
    414: "the URL is over the limit; send a long query by POST",
    415: "a body of a media type this route does not take",
    429: "this client has too many queries running (ALLEGIANCE_CLIENT_QUERIES); see Retry-After",
    502: "a SERVICE endpoint on the allow-list failed",
    503: "the store is unavailable, or every query worker is busy; see Retry-After",
    504: "the query ran past the time limit (ALLEGIANCE_QUERY_TIMEOUT)",
    507: "the query needed more memory than ALLEGIANCE_QUERY_MEMORY_MB",
}


def error_responses(*codes: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` for the error statuses a route can give, with the error body."""
    return {c: {"model": ErrorOut, "description": ERROR_DESCRIPTIONS[c]} for c in codes}


class ActorRef(BaseModel):
    id: str = Field(description="the entity's IRI")
    label: str = Field(description="its canonical English name")


class EvidenceOut(BaseModel):
    document: str = Field(description="the document's identifier (its file name)")
    sentence: str
    relation: str = Field(description="the relation the sentence states, e.g. supplies")
    hedged: bool = Field(description="reported with reserve (allegedly, reportedly ...)")
    attributed_to: str | None = Field(description="who the text says made the claim")
    date: dt.date | None = Field(description="the document's date")
    claim: str = Field(description="the claim's IRI")


_RELATIONS = Field(description="local names of the relations, e.g. supplies")
_CLAIMS = Field(description="how many claims (never negated ones) make the pair")
_DOCUMENTS = Field(description="in how many documents")


class SupportPair(BaseModel):
    supporter: ActorRef
    supported: ActorRef
    relations: list[str] = _RELATIONS
    claims: int = _CLAIMS
    documents: int = _DOCUMENTS
    evidence: list[EvidenceOut]


class OpposePair(BaseModel):
    opposer: ActorRef
    opposed: ActorRef
    relations: list[str] = _RELATIONS
    claims: int = _CLAIMS
    documents: int = _DOCUMENTS
    evidence: list[EvidenceOut]


class SupportsOut(BaseModel):
    pairs: list[SupportPair]


class OpposesOut(BaseModel):
    pairs: list[OpposePair]


class EntitySummary(BaseModel):
    id: str
    path: str = Field(description="the id to use in /api/entities/{id}, e.g. state/RUS")
    label: str
    type: str = Field(description="State, Organization, ArmedGroup, Agency, Official ...")


class EntitiesOut(BaseModel):
    entities: list[EntitySummary]


class AffiliationOut(BaseModel):
    relation: str = Field(description="affiliatedWith, heads, memberOf, partOf, locatedIn ...")
    target: ActorRef


class ClaimOut(BaseModel):
    id: str
    subject: ActorRef
    relation: str
    object: ActorRef
    document: str
    sentence: str
    negated: bool
    hedged: bool


class EntityDetail(EntitySummary):
    alt_labels: list[str]
    wikidata: str | None
    affiliations: list[AffiliationOut]
    claims_out: list[ClaimOut] = Field(description="claims with this entity as subject")
    claims_in: list[ClaimOut] = Field(description="claims with this entity as object")


class DocumentOut(BaseModel):
    identifier: str
    title: str | None
    date: dt.date | None
    entities: int = Field(description="entities the document mentions")
    claims: int


class DocumentsOut(BaseModel):
    documents: list[DocumentOut]


class DocumentIn(BaseModel):
    text: str
    identifier: str = Field(description="a plain file name, e.g. 042_kursk.txt")
    date: IsoDate | None = None


class IngestOut(BaseModel):
    identifier: str
    entities: int = Field(description="entities found in the document")
    claims: int = Field(description="claims read from it")
    claim_rows: list[dict[str, Any]] = Field(
        description="each claim: subject, relation, object, negated, hedged, sentence"
    )
