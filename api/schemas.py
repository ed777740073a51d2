"""The JSON the question API answers with (and takes), as pydantic models for OpenAPI."""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel, Field

__all__ = [
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
    "OpposePair",
    "OpposesOut",
    "SupportPair",
    "SupportsOut",
]


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
    date: dt.date | None = None


class IngestOut(BaseModel):
    identifier: str
    entities: int = Field(description="entities found in the document")
    claims: int = Field(description="claims read from it")
    claim_rows: list[dict[str, Any]] = Field(
        description="each claim: subject, relation, object, negated, hedged, sentence"
    )
