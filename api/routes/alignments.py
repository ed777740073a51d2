"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence.

Both read the stored actor graph (``graph.analysis.pairs``): one SPARQL query for the page of
pairs, one for the evidence of those pairs only. Pages of ``limit`` pairs (100 by default) follow
each other by ``cursor``; ``total`` counts the pairs of all pages.
"""

from __future__ import annotations

import datetime as dt
import urllib.parse
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from api.deps import SettingsDep, StoreDep
from api.schemas import EvidencePageOut, OpposesOut, SupportsOut
from graph.analysis.pairs import (
    DEFAULT_PAGE,
    MAX_PAGE,
    ActorRef,
    Item,
    Pair,
    PairFilters,
    Summary,
    evidence_page,
    pair_page,
)

__all__ = ["FilterDep", "actor_json", "item_json", "pair_json", "router"]

router = APIRouter(prefix="/api", tags=["alignments"])
SIDES: dict[Summary, tuple[str, str]] = {
    "supports": ("supporter", "supported"),
    "opposes": ("opposer", "opposed"),
}

ActorQ = Annotated[
    str | None, Query(description="only pairs with a side of this name (any label or altLabel)")
]
RelationQ = Annotated[str | None, Query(description="only this relation, e.g. supplies")]
SinceQ = Annotated[dt.date | None, Query(description="only documents dated on or after")]
UntilQ = Annotated[dt.date | None, Query(description="only documents dated on or before")]
HedgedQ = Annotated[bool, Query(description="count hedged claims (allegedly, reportedly ...)")]
ConfidenceQ = Annotated[
    float | None, Query(ge=0, le=1, description="only claims of at least this confidence")
]
LimitQ = Annotated[int, Query(ge=1, le=MAX_PAGE, description="pairs per page")]
CursorQ = Annotated[str | None, Query(description="the `next` of the previous page")]
EvidenceQ = Annotated[int, Query(ge=0, le=100, description="evidence items per pair")]


def pair_filters(
    actor: ActorQ = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
    min_confidence: ConfidenceQ = None,
) -> PairFilters:
    """The filters of every actor-level question, as query parameters."""
    return PairFilters(
        actor or None, relation or None, since, until, include_hedged, min_confidence
    )


def actor_json(a: ActorRef) -> dict[str, str]:
    return {"id": a.id, "label": a.label}


def item_json(e: Item) -> dict[str, Any]:
    return {
        "document": e.document,
        "sentence": e.sentence,
        "relation": e.relation,
        "hedged": e.hedged,
        "attributed_to": e.attributed_to,
        "date": e.date,
        "claim": e.claim,
        "confidence": e.confidence,
        "disputed": e.disputed,
        "denied_by": [actor_json(a) for a in e.denied_by],
    }


def _more(summary: Summary, p: Pair, filters: PairFilters) -> str:
    params = {"stance": summary, "source": p.source.id, "target": p.target.id}
    params |= {k: str(v) for k, v in vars(filters).items() if v is not None and k != "actor"}
    return "/api/evidence?" + urllib.parse.urlencode(params)


def pair_json(summary: Summary, p: Pair, filters: PairFilters) -> dict[str, Any]:
    # by hand: dataclasses.asdict deep-copies, and takes most of the request's time
    source, target = SIDES[summary]
    total = p.claims
    return {
        source: actor_json(p.source),
        target: actor_json(p.target),
        "relations": p.relations,
        "claims": p.claims,
        "documents": p.documents,
        "independent_sources": p.independent_sources,
        "first_date": p.first_date,
        "last_date": p.last_date,
        "disputed": p.disputed,
        "denied_by": [actor_json(a) for a in p.denied_by],
        "evidence": [item_json(e) for e in p.evidence],
        "evidence_total": total,
        "more_evidence": _more(summary, p, filters) if total > len(p.evidence) else None,
        "denials": [item_json(e) for e in p.denials],
    }


FilterDep = Annotated[PairFilters, Depends(pair_filters)]


def _answer(
    store: StoreDep,
    settings: SettingsDep,
    summary: Summary,
    filters: PairFilters,
    limit: int,
    cursor: str | None,
    evidence: int,
) -> dict[str, Any]:
    page = pair_page(
        store, settings, summary, filters, limit=limit, cursor=cursor, evidence=evidence
    )
    return {
        "pairs": [pair_json(summary, p, filters) for p in page.pairs],
        "total": page.total,
        "next": page.next,
    }


@router.get("/supports", response_model=SupportsOut)
def supports(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    limit: LimitQ = DEFAULT_PAGE,
    cursor: CursorQ = None,
    evidence: EvidenceQ = 5,
) -> dict[str, Any]:
    """Who supports whom (supplies, deploys, pays, trains), rolled up to states and groups."""
    return _answer(store, settings, "supports", filters, limit, cursor, evidence)


@router.get("/opposes", response_model=OpposesOut)
def opposes(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    limit: LimitQ = DEFAULT_PAGE,
    cursor: CursorQ = None,
    evidence: EvidenceQ = 5,
) -> dict[str, Any]:
    """Who opposes whom (condemns, attacks, sanctions, warns), rolled up to states and groups."""
    return _answer(store, settings, "opposes", filters, limit, cursor, evidence)


@router.get("/evidence", response_model=EvidencePageOut)
def evidence(
    store: StoreDep,
    settings: SettingsDep,
    filters: FilterDep,
    stance: Annotated[Summary, Query(description="supports or opposes")],
    source: Annotated[str, Query(description="the acting side's IRI")],
    target: Annotated[str, Query(description="the other side's IRI")],
    limit: LimitQ = DEFAULT_PAGE,
    cursor: CursorQ = None,
) -> dict[str, Any]:
    """All the evidence of one pair of /api/supports or /api/opposes, a page at a time."""
    items, total, nxt = evidence_page(
        store, settings, stance, source, target, filters, limit=limit, cursor=cursor
    )
    return {"evidence": [item_json(e) for e in items], "total": total, "next": nxt}
