"""The JSON the question API answers with (and takes), as pydantic models for OpenAPI."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, Field
from pydantic_core import PydanticCustomError

__all__ = [
    "ActorRef",
    "AffiliationOut",
    "ClaimOut",
    "DisputeOut",
    "DisputesOut",
    "DocumentIn",
    "DocumentOut",
    "DocumentsOut",
    "EntitiesOut",
    "EntityDetail",
    "EntitySummary",
    "ErrorOut",
    "EvidenceOut",
    "EvidencePageOut",
    "IngestOut",
    "IsoDate",
    "OpposePair",
    "OpposesOut",
    "PeriodOut",
    "SupportPair",
    "SupportsOut",
    "TimelineOut",
]

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date(value: object) -> object:
    """Only ``YYYY-MM-DD`` (or a date): pydantic alone reads ``0`` as 1970-01-01."""
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        # a date error like pydantic's own, so that the 400 says the same for every bad date
        raise PydanticCustomError("date_parsing", "not a date; use YYYY-MM-DD, e.g. 2024-03-01")
    return value


# a calendar date written YYYY-MM-DD, in query parameters and JSON bodies alike
IsoDate = Annotated[dt.date, BeforeValidator(_iso_date)]


class ParameterProblem(BaseModel):
    name: str = Field(description="the parameter", examples=["since"])
    value: Any = Field(None, description="what was sent", examples=["notadate"])
    problem: str = Field(examples=["not a date; use YYYY-MM-DD, e.g. 2024-03-01"])
    in_: str = Field(alias="in", description="query, path, header or body", examples=["query"])


class ErrorOut(BaseModel):
    """Every 4xx and 5xx answer of this server has this shape."""

    detail: str = Field(
        description="one line: what was wrong and what is allowed",
        examples=["since='notadate': not a date; use YYYY-MM-DD, e.g. 2024-03-01"],
    )
    error: str = Field(description="the error's name", examples=["InvalidParameterError"])
    line: int | None = Field(None, description="malformed SPARQL: the line of the error")
    column: int | None = Field(None, description="malformed SPARQL: the column of the error")
    parameters: list[ParameterProblem] | None = Field(
        None, description="a bad parameter: each one, with the value sent"
    )


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
    confidence: float | None = Field(default=None, description="the extractor's, 0 to 1")
    disputed: bool = Field(
        default=False, description="the same actor-level triple is denied somewhere"
    )
    denied_by: list[ActorRef] = Field(default_factory=list, description="who denies it")


_RELATIONS = Field(description="local names of the relations, e.g. supplies")
_CLAIMS = Field(description="how many claims (never negated ones, never from a copy) make the pair")
_DOCUMENTS = Field(description="in how many documents (a syndicated copy is not another one)")
_SOURCES = Field(description="from how many independent sources (publishers; copies once)")


class PairOut(BaseModel):
    relations: list[str] = _RELATIONS
    claims: int = _CLAIMS
    documents: int = _DOCUMENTS
    independent_sources: int = _SOURCES
    first_date: dt.date | None = Field(description="the earliest dated document")
    last_date: dt.date | None = Field(description="the latest dated document")
    disputed: bool = Field(description="true when some claim of the pair is denied")
    denied_by: list[ActorRef] = Field(description="who denies (the denials' attribution)")
    evidence: list[EvidenceOut] = Field(description="the best few claims; see more_evidence")
    evidence_total: int = Field(description="how many evidence items there are in all")
    more_evidence: str | None = Field(description="where the rest of the evidence is, or null")
    denials: list[EvidenceOut] = Field(description="the negated claims that dispute the pair")


class SupportPair(PairOut):
    supporter: ActorRef
    supported: ActorRef


class OpposePair(PairOut):
    opposer: ActorRef
    opposed: ActorRef


class SupportsOut(BaseModel):
    pairs: list[SupportPair]
    total: int = Field(description="pairs in all pages")
    next: str | None = Field(description="the cursor of the next page, or null on the last")


class OpposesOut(BaseModel):
    pairs: list[OpposePair]
    total: int = Field(description="pairs in all pages")
    next: str | None = Field(description="the cursor of the next page, or null on the last")


class DisputeOut(BaseModel):
    subject: ActorRef
    relation: str = Field(description="the relation asserted and denied, e.g. supplies")
    object: ActorRef
    stance: str = Field(description="supports or opposes")
    denied_by: list[ActorRef]
    assertions: list[EvidenceOut]
    denials: list[EvidenceOut]


class DisputesOut(BaseModel):
    disputes: list[DisputeOut]
    total: int
    next: str | None


class PeriodOut(BaseModel):
    period: str = Field(description="2024, 2024-03 or 2024-W09")
    relations: dict[str, int] = Field(description="claims per relation")
    supports: int
    opposes: int
    balance: int = Field(description="claims that support minus claims that oppose")
    documents: int
    independent_sources: int


class TimelineOut(BaseModel):
    a: str
    b: str | None
    interval: str
    periods: list[PeriodOut]
    undated: int = Field(description="claims from documents without a date (in no period)")


class EvidencePageOut(BaseModel):
    evidence: list[EvidenceOut]
    total: int
    next: str | None


class EntitySummary(BaseModel):
    id: str
    path: str = Field(description="the id to use in /api/entities/{id}, e.g. state/RUS")
    label: str
    type: str = Field(description="State, Organization, ArmedGroup, Agency, Official ...")
    alt_labels: list[str] = Field(description="the other names the documents use")
    wikidata: str | None = Field(description="the Wikidata entity (http://www.wikidata.org/...)")


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
