"""``/api/supports`` and ``/api/opposes``: who supports or opposes whom, with the evidence."""

from __future__ import annotations

import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Query, Request, Response
from fastapi.responses import JSONResponse

from api.deps import KnownParameters, NameLookupDep, SettingsDep, StoreDep
from api.openapi import errors
from api.schemas import EvidencePageOut, IsoDate, OpposesOut, SupportsOut
from api.tables import Format, FormatQ, chosen_format, csv_response, pair_rows
from graph.analysis.alignment import Side
from graph.analysis.names import NameIndex
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

__all__ = [
    "BAD_PARAMETER",
    "ConfidenceQ",
    "FilterDep",
    "PageDep",
    "Paging",
    "actor_json",
    "item_json",
    "more_link",
    "pair_json",
    "router",
]

router = APIRouter(prefix="/api", tags=["alignments"], dependencies=[KnownParameters])
SIDES = {"supports": ("supporter", "supported"), "opposes": ("opposer", "opposed")}

ActorQ = Annotated[
    str | None,
    Query(
        description="only pairs with a side of this name, whole and case-insensitive: any of "
        "its names (label or altLabel: 'Russia', 'the Kremlin', 'moscow'; not 'Russ'), its IRI "
        "or id ('state/RUS'), its Wikidata ID ('Q159'), or a person's surname ('Putin'), who "
        "stands for the state they serve",
        examples=["Russia"],
    ),
]
RelationQ = Annotated[
    str | None,
    Query(
        description="only this relation (its local name); an unknown one is a 400 listing "
        "the allowed ones",
        examples=["supplies"],
    ),
]
SinceQ = Annotated[
    IsoDate | None,
    Query(
        description="only claims from documents dated on or after this day (YYYY-MM-DD); "
        "undated documents then drop out",
        examples=["2024-01-01"],
    ),
]
UntilQ = Annotated[
    IsoDate | None,
    Query(description="only claims from documents dated on or before this day (YYYY-MM-DD)"),
]
HedgedQ = Annotated[
    bool,
    Query(
        description="count claims the text reports with reserve (allegedly, reportedly); "
        "false keeps only firm ones"
    ),
]
SupportRoleQ = Annotated[
    Literal["supporter", "supported"] | None,
    Query(
        description="which side `actor` must be: `supported` answers 'who supports Russia?', "
        "`supporter` 'whom does Russia support?'; both sides when left out"
    ),
]
OpposeRoleQ = Annotated[
    Literal["opposer", "opposed"] | None,
    Query(
        description="which side `actor` must be: `opposed` answers 'who opposes Ukraine?', "
        "`opposer` 'whom does Ukraine oppose?'; both sides when left out"
    ),
]


_ANY_NAME = "any name: label, altLabel, IRI, Wikidata ID (Q159), a person's surname"


def _one_side(which: str, alias: str) -> Any:
    """The query parameter ``alias`` naming one side of the pairs."""
    return Query(alias=alias, description=f"only pairs with this {which} ({_ANY_NAME})")


def named(names: Callable[[], NameIndex], name: str | None) -> frozenset[str] | None:
    """The entities ``name`` denotes (None when no name is given; empty when none matches);
    ``names`` gives the index, built only when a name is asked for."""
    if not name or not name.strip():
        return None
    return frozenset(names().find(name))


ConfidenceQ = Annotated[
    float | None,
    Query(
        ge=0,
        le=1,
        description="only claims of at least this confidence, 0 to 1 (else a 400): confidence "
        "is calibrated on the development corpus (graph/data/calibration/NOTE.md), so 0.8 "
        "keeps claims of kinds that were right about four times in five or more",
        examples=[0.8],
    ),
]
LimitQ = Annotated[
    int, Query(ge=1, le=MAX_PAGE, description="pairs per page (follow `next` for the rest)")
]
CursorQ = Annotated[str | None, Query(description="the `next` of the previous page")]
EvidenceQ = Annotated[int, Query(ge=0, le=100, description="evidence items per pair")]


def pair_filters(
    names: NameLookupDep,
    actor: ActorQ = None,
    relation: RelationQ = None,
    since: SinceQ = None,
    until: UntilQ = None,
    include_hedged: HedgedQ = True,
    min_confidence: ConfidenceQ = None,
) -> PairFilters:
    """The filters of every actor-level question, as query parameters."""
    return PairFilters(
        actor or None,
        relation or None,
        since,
        until,
        include_hedged,
        min_confidence,
        actors=named(names, actor),
    )


FilterDep = Annotated[PairFilters, Depends(pair_filters)]


@dataclass(frozen=True)
class Paging:
    limit: int
    cursor: str | None


def paging(limit: LimitQ = DEFAULT_PAGE, cursor: CursorQ = None) -> Paging:
    """``?limit=N&cursor=C`` of a paged list (follow ``next`` until null)."""
    return Paging(limit, cursor)


PageDep = Annotated[Paging, Depends(paging)]
BAD_PARAMETER = errors(400, e400="a bad parameter, named in `detail`")


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


def more_link(summary: Summary, filters: PairFilters) -> Callable[[Pair], str]:
    """The ``more_evidence`` link of each pair of one answer: ``/api/evidence`` with the pair's
    sides and the answer's claim filters. The part the pairs share is encoded once (encoding
    it for each of a page's pairs cost a page of 100 pairs several milliseconds)."""
    skip = ("actor", "side", "actors", "sources", "targets")
    shared = {k: str(v) for k, v in vars(filters).items() if v is not None and k not in skip}
    tail = "&" + urllib.parse.urlencode(shared) if shared else ""
    head = "/api/evidence?" + urllib.parse.urlencode({"stance": summary})
    quoted: dict[str, str] = {}

    def quote(iri: str) -> str:
        if iri not in quoted:
            quoted[iri] = urllib.parse.quote_plus(iri)
        return quoted[iri]

    def link(p: Pair) -> str:
        return f"{head}&source={quote(p.source.id)}&target={quote(p.target.id)}{tail}"

    return link


def pair_json(
    summary: Summary, p: Pair, filters: PairFilters, more: Callable[[Pair], str] | None = None
) -> dict[str, Any]:
    """One pair in the answer's shape; ``more`` makes its ``more_evidence`` link (``more_link``
    of the same summary and filters, made once for all the pairs of an answer)."""
    # by hand: dataclasses.asdict deep-copies, and takes most of the request's time
    source, target = SIDES[summary]
    more = more or more_link(summary, filters)
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
        "evidence_total": p.claims,
        "more_evidence": more(p) if p.claims > len(p.evidence) else None,
        "denials": [item_json(e) for e in p.denials],
    }


def _side(summary: Summary, role: str | None) -> Side | None:
    """The side of a pair a role names: the first of ``SIDES[summary]`` is the source."""
    if role is None:
        return None
    return "source" if role == SIDES[summary][0] else "target"


def _answer(
    store: StoreDep,
    settings: SettingsDep,
    summary: Summary,
    filters: PairFilters,
    page: tuple[int, str | None, int],
    fmt: Format,
) -> Response:
    limit, cursor, evidence = page
    found = pair_page(
        store, settings, summary, filters, limit=limit, cursor=cursor, evidence=evidence
    )
    more = more_link(summary, filters)
    pairs = [pair_json(summary, p, filters, more) for p in found.pairs]
    if fmt == "csv":
        return csv_response(pair_rows(pairs, *SIDES[summary]), summary)
    body = {"pairs": pairs, "total": found.total, "next": found.next}
    return JSONResponse(body, headers={"Vary": "Accept"})


_FORMATS = {
    200: {
        "description": "the pairs, most claims first: JSON, or CSV (one row per pair)",
        "content": {
            "text/csv": {
                "example": "supporter,supported,relations,claims,documents,first_date,last_date,"
                "supporter_id,supported_id\r\nNorth Korea,Russia,deploys; supplies,3,1,"
                "2024-10-18,2024-10-18,https://w3id.org/allegiance/id/state/PRK,"
                "https://w3id.org/allegiance/id/state/RUS\r\n"
            }
        },
    },
    **errors(
        400,
        406,
        e400="a bad parameter (named in `detail`: `since='notadate'`) or an unknown relation",
    ),
}


def _stance_route(summary: Summary, title: str, doc: str) -> None:
    """Register ``/api/<summary>``: one body for supports and opposes. The two differ only in
    the names of their sides (``SIDES``), which name the route's own parameters."""
    source, target = SIDES[summary]

    def endpoint(
        request: Request,
        store: StoreDep,
        settings: SettingsDep,
        filters: FilterDep,
        names: NameLookupDep,
        source_name: str | None = None,
        target_name: str | None = None,
        role: str | None = None,
        format: Annotated[Format | None, FormatQ] = None,
        limit: LimitQ = DEFAULT_PAGE,
        cursor: CursorQ = None,
        evidence: EvidenceQ = 5,
    ) -> Response:
        if filters.actor:
            filters = replace(filters, side=_side(summary, role))
        filters = replace(
            filters, sources=named(names, source_name), targets=named(names, target_name)
        )
        page = (limit, cursor, evidence)
        return _answer(store, settings, summary, filters, page, chosen_format(request, format))

    # FastAPI reads these: the sides' own parameter names, and the Literal of the sides
    endpoint.__annotations__ |= {
        "source_name": Annotated[str | None, _one_side(source, source)],
        "target_name": Annotated[str | None, _one_side(f"{target} actor", target)],
        "role": SupportRoleQ if summary == "supports" else OpposeRoleQ,
    }
    endpoint.__name__ = endpoint.__qualname__ = summary
    endpoint.__doc__ = doc
    model = SupportsOut if summary == "supports" else OpposesOut
    router.get(f"/{summary}", response_model=model, summary=title, responses=_FORMATS)(endpoint)


_stance_route(
    "supports",
    "Who supports whom (supplies, deploys, pays, trains)",
    """Who supports whom, rolled up to states and organisations: an official's claims count
    for the state they serve. Each pair lists its relations, claim and document counts and the
    evidence sentences. Negated claims never count.

    - who supports Russia? `?actor=Russia&role=supported`
    - whom does Iran support, since 2024? `?actor=Iran&role=supporter&since=2024-01-01`
    - every supply, as a spreadsheet: `?relation=supplies&format=csv`
    - only the surer claims (about nine in ten right at 0.8): `?min_confidence=0.8`
    """,
)
_stance_route(
    "opposes",
    "Who opposes whom (condemns, attacks, sanctions, warns)",
    """Who opposes whom, rolled up to states and organisations, with the same filters and
    shape as `/api/supports` (the sides are `opposer` and `opposed`).

    - who opposes Ukraine? `?actor=Ukraine&role=opposed`
    - who sanctions whom: `?relation=sanctions`
    """,
)


@router.get(
    "/evidence",
    response_model=EvidencePageOut,
    summary="Every evidence sentence of one actor pair, page by page",
    description="The claims behind one pair of `/api/supports` or `/api/opposes` (the pair's"
    " `more_evidence` link), with their sentences, documents, hedging and deniers.",
    responses=errors(400, e400="a bad parameter, named in `detail`"),
)
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
