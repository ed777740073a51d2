"""The graph as a network: claims -> networkx -> nodes and edges ready for vis-network.

Two views of the same claims. The actor view (the default) is ``graph.analysis.alignment``'s
roll-up: every non-negated claim lifted to the states and organisations behind its sides, one edge
per ordered pair and stance (supports or opposes), so it always agrees with ``/api/supports`` and
``/api/opposes``. The full view keeps each claim's own subject and object.

``network(store, NetworkQuery(...))`` filters the claims (relations, documents, dates), builds a
``networkx.MultiDiGraph`` (``to_networkx``), keeps a readable part of it (the neighbourhood of the
actor asked for, the node types asked for, then the ``limit`` nodes of highest degree), lays it
out with a fixed seed, and returns plain dicts made by pyvis: vis-network reads the nodes and
edges as they are, and the page, the JSON API, the ``viz`` file and the tests all see the same
thing.
"""

from __future__ import annotations

import io
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace
from typing import Any, Literal, cast

import networkx as nx

from graph.analysis.actorgraph import TOP_EVIDENCE, actor_graph_iri, current
from graph.analysis.alignment import (
    Alignment,
    Evidence,
    Lifter,
    alignments,
    claim_rows,
    evidence_of,
    relations,
)
from graph.analysis.names import NameIndex, name_index
from graph.analysis.pairs import Item, Pair, PairFilters, pair_documents, pair_page, pair_records
from graph.errors import InputError
from graph.network.draw import draw
from graph.network.model import (
    ACTOR_TYPES,
    DEFAULT_LIMIT,
    ENTITY_TYPES,
    Link,
    NetworkQuery,
    Stance,
    Whole,
)
from graph.schema import Registry
from graph.settings import Settings
from graph.sparql_text import iri_term
from graph.store import Store
from graph.vocab import ID_NS, PREFIXES, local_name

__all__ = [
    "actor_graph",
    "claim_filters",
    "export_network",
    "network",
    "rank",
    "to_networkx",
    "whole",
]


def network(
    store: Store, query: NetworkQuery, registry: Registry, names: NameIndex | None = None
) -> dict[str, Any]:
    """``{"nodes": [...], "edges": [...], "meta": {...}}`` for ``query``, ready for vis-network."""
    return draw(whole(store, query, registry, names), query)


def whole(
    store: Store,
    query: NetworkQuery,
    registry: Registry,
    names: NameIndex | None = None,
    *,
    every_claim: bool = False,
) -> Whole:
    """The network of all claims that pass the filters; depends only on ``claim_filters(query)``
    (``names``: the store's name index, read here when not given).

    Above ``EVERY_CLAIM_PAIRS`` pairs, an edge of the stored actor graph holds its best few
    claims (``TOP_EVIDENCE``) and the stored counts, unless ``every_claim`` (analysis: ``rank``
    counts claims by relation) or a relation or document filter asks for all of them: at 20,000
    edges, reading every claim is most of the time a view takes."""
    stance_of = {r: s for s in registry.stances for r in relations(store, s)}
    if unknown := sorted(set(query.relations) - set(stance_of)):
        raise InputError(f"unknown relations {unknown}; allowed: {', '.join(sorted(stance_of))}")
    if query.stance is not None and query.stance not in registry.stances:
        allowed = ", ".join(registry.stances)
        raise InputError(f"unknown stance {query.stance!r}; allowed: {allowed}")
    links = _links(store, query, stance_of, registry.stances, every_claim)
    info = _entities(store, {e for link in links for e in (link.source, link.target)})
    if query.types:
        wanted = set(query.types)
        links = [lk for lk in links if {_type(info, lk.source), _type(info, lk.target)} <= wanted]
    apart: dict[str, str] = {}
    if query.view == "actors" and not query.unaffiliated:
        # what rolls up to no state, organisation or armed group is no actor: left out, counted
        apart = {
            e: info[e]["label"]
            for lk in links
            for e in (lk.source, lk.target)
            if _type(info, e) not in ACTOR_TYPES
        }
        links = [lk for lk in links if lk.source not in apart and lk.target not in apart]
    names = names or name_index(store, ID_NS)
    lifted = _lifted(store, names) if query.view == "actors" else {}
    graph = to_networkx(links, info)
    return Whole(graph, stance_of, _documents(store), registry, names, lifted, apart)


def _lifted(store: Store, names: NameIndex) -> dict[str, str]:
    """Every official, agency, unit or region -> the actor it rolls up to."""
    lift = Lifter(store)
    return {e: top for e in names.known if (top := lift(e)) != e}


def claim_filters(query: NetworkQuery) -> NetworkQuery:
    """``query`` without what ``draw`` does (focus, depth, limit): the key of a ``whole``."""
    return replace(query, actor=None, depth=1, limit=DEFAULT_LIMIT, stance=None, direction="both")


def to_networkx(links: Iterable[Link], info: dict[str, dict[str, Any]]) -> nx.MultiDiGraph:
    """One node per entity (label, type), one edge per link keyed by stance, weight = claims."""
    graph = nx.MultiDiGraph()
    for link in links:
        for n in (link.source, link.target):
            if n not in graph:
                graph.add_node(n, **info.get(n, {"label": local_name(n), "type": "Other"}))
        dates = sorted(e.date for e in link.evidence if e.date)
        claims, documents, first, last = link.counts or (
            len(link.evidence),
            len({e.document for e in link.evidence}),
            dates[0] if dates else None,
            dates[-1] if dates else None,
        )
        graph.add_edge(
            link.source,
            link.target,
            key=link.stance,
            weight=claims,
            documents=documents,
            document_ids=link.documents or frozenset(e.document for e in link.evidence),
            first_date=first,
            last_date=last,
            relations=sorted({e.relation for e in link.evidence}),
            evidence=link.evidence,
            denied_by=link.denied_by,
            denials=link.denials,
        )
    return graph


def actor_graph(store: Store, registry: Registry, **filters: Any) -> nx.MultiDiGraph:
    """The whole actor-level network (no limit, no layout) for analysis and export, with every
    claim of every edge."""
    return whole(store, NetworkQuery(limit=0, **filters), registry, every_claim=True).graph


def export_network(store: Store, registry: Registry, fmt: Literal["graphml", "gexf"]) -> bytes:
    """The actor-level network for Gephi (GraphML, GEXF): an edge per stance, weight = claims,
    with the number of documents that make it."""
    graph = actor_graph(store, registry)
    out = nx.MultiDiGraph()
    for n, d in graph.nodes(data=True):
        extra = {"wikidata": d["wikidata"]} if d["wikidata"] else {}
        out.add_node(n, label=d["label"], type=d["type"], **extra)
    for u, v, stance, d in graph.edges(keys=True, data=True):
        out.add_edge(
            u,
            v,
            key=stance,
            stance=stance,
            weight=d["weight"],
            claims=d["weight"],
            documents=d["documents"],
            relations=" ".join(d["relations"]),
            label=", ".join(d["relations"]),
        )
    buffer = io.BytesIO()
    if fmt == "graphml":
        nx.write_graphml(out, buffer, encoding="utf-8")
    else:
        nx.write_gexf(out, buffer, encoding="utf-8")
    return buffer.getvalue()


def rank(
    graph: nx.MultiDiGraph,
    stance: Stance,
    *,
    incoming: bool,
    relation: str | None = None,
    top: int = 5,
) -> dict[str, int]:
    """The ``top`` nodes by claims of ``stance`` (optionally one relation) received or made."""
    totals: dict[str, int] = defaultdict(int)
    for u, v, k, data in graph.edges(keys=True, data=True):
        if k != stance:
            continue
        n = sum(1 for e in data["evidence"] if relation is None or e.relation == relation)
        if n:
            totals[v if incoming else u] += n
    best = sorted(totals.items(), key=lambda kv: (-kv[1], graph.nodes[kv[0]]["label"]))[:top]
    return {graph.nodes[n]["label"]: c for n, c in best}


# --- the claims --------------------------------------------------------------------------------


def _links(
    store: Store,
    query: NetworkQuery,
    stance_of: dict[str, Stance],
    stances: tuple[Stance, ...],
    every_claim: bool = False,
) -> list[Link]:
    wanted = set(query.relations) or set(stance_of)
    docs = set(query.documents)

    least = query.min_confidence

    def keep(e: Evidence) -> bool:
        sure = least is None or (e.confidence is not None and e.confidence >= least)
        return e.relation in wanted and (not docs or e.document in docs) and sure

    settings = getattr(store, "settings", None) or Settings()
    if query.view == "actors" and current(store, settings):
        # the stored actor graph, as /api/supports and /api/opposes read it, disputes included
        dates = PairFilters(since=query.since, until=query.until, min_confidence=least)
        every = (
            every_claim
            or bool(query.relations or query.documents)
            or _pair_count(store, settings) <= EVERY_CLAIM_PAIRS
        )
        best = None if every else TOP_EVIDENCE
        links = []
        for s in stances:
            summary = cast(Literal["supports", "opposes"], s)
            for p, documents in _pairs(store, settings, summary, dates, best):
                counts = None if every else (p.claims, p.documents, p.first_date, p.last_date)
                links.append(
                    Link(
                        p.source.id,
                        p.target.id,
                        s,
                        [e for e in map(_evidence, p.evidence) if keep(e)],
                        [a.label for a in p.denied_by],
                        [_evidence(d) for d in p.denials],
                        counts,
                        documents,
                    )
                )
    elif query.view == "actors":
        # a store written before the actor graph, opened read-only: the roll-up in Python
        pairs: list[tuple[Stance, Alignment]] = [
            (s, p)
            for s in stances
            for p in alignments(store, s, since=query.since, until=query.until)
        ]
        links = [
            Link(p.source.id, p.target.id, s, [e for e in p.evidence if keep(e)]) for s, p in pairs
        ]
    else:
        links = _claim_links(store, query, stance_of, keep)
    return [lk for lk in links if lk.evidence]


def _pairs(
    store: Store,
    settings: Settings,
    summary: Literal["supports", "opposes"],
    filters: PairFilters,
    evidence: int | None,
) -> list[tuple[Pair, frozenset[str]]]:
    """Every pair of ``summary`` with up to ``evidence`` items (None: all, and no documents:
    the edge finds them in its evidence), and its documents' identifiers.

    Unfiltered and trimmed, one read of the stored records (``pair_records``); with dates or a
    confidence, the claims are counted again and the documents found through them."""
    if evidence is not None and not filters.claim_level:
        return [(p, frozenset(ids)) for p, ids in pair_records(store, settings, summary)]
    docs_of = {} if evidence is None else pair_documents(store, settings, summary, filters)
    page = pair_page(store, settings, summary, filters, limit=None, evidence=evidence)
    return [(p, frozenset(docs_of.get(p.node, ()))) for p in page.pairs]


EVERY_CLAIM_PAIRS = 2000  # up to this many actor pairs a view holds every claim of every edge


def _pair_count(store: Store, settings: Settings) -> int:
    """How many supports and opposes pairs the stored actor graph has."""
    g = iri_term(actor_graph_iri(settings))
    rows = store.select(
        PREFIXES
        + f"""SELECT (COUNT(?n) AS ?pairs) WHERE {{
  VALUES ?r {{ al:supports al:opposes }} GRAPH {g} {{ ?n al:relation ?r }} }}"""
    )
    return int(rows[0]["pairs"]) if rows else 0


def _evidence(item: Item) -> Evidence:
    return Evidence(
        item.document,
        item.sentence,
        item.relation,
        item.hedged,
        item.attributed_to,
        item.date,
        item.claim,
        item.confidence,
    )


def _claim_links(
    store: Store, query: NetworkQuery, stance_of: dict[str, Stance], keep: Any
) -> list[Link]:
    """Entity-level links: every non-negated claim between its own subject and object."""
    rows = claim_rows(store, sorted(stance_of), query.since, query.until, query.min_confidence)
    links: dict[tuple[str, str, Stance], Link] = {}
    seen: set[str] = set()
    for r in rows:
        if r["claim"] in seen or r["s"] == r["o"]:
            continue
        seen.add(r["claim"])
        relation = local_name(r["p"])
        e = evidence_of(r, relation)
        key = (r["s"], r["o"], stance_of[relation])
        links.setdefault(key, Link(*key)).evidence.append(e)
    return [
        Link(lk.source, lk.target, lk.stance, [e for e in lk.evidence if keep(e)])
        for lk in links.values()
    ]


def _entities(store: Store, ids: set[str]) -> dict[str, dict[str, Any]]:
    """Label, type, other names and Wikidata link of each entity.

    Four reads of every label, type, altLabel and ``owl:sameAs`` of the store, kept for
    ``ids``: a network names most of the store's entities, and at 5,000 of them a ``VALUES`` of
    their IRIs joined with the four patterns cost six times as much (0.69 s against 0.12 s)."""
    if not ids:
        return {}
    types = " ".join(f"al:{t}" for t in ENTITY_TYPES)
    out: dict[str, dict[str, Any]] = {
        e: {"label": "", "type": "Other", "alt_labels": [], "wikidata": None} for e in ids
    }
    order = {t: i for i, t in enumerate((*ENTITY_TYPES, "Other"))}
    for r in store.select(PREFIXES + "SELECT DISTINCT ?e ?label WHERE { ?e rdfs:label ?label }"):
        if (d := out.get(r["e"])) is not None and not d["label"]:
            d["label"] = r["label"]
    for r in store.select(
        PREFIXES + f"SELECT DISTINCT ?e ?t WHERE {{ VALUES ?t {{ {types} }} ?e a ?t }}"
    ):
        if (d := out.get(r["e"])) is not None and order[local_name(r["t"])] < order[d["type"]]:
            d["type"] = local_name(r["t"])
    for r in store.select(PREFIXES + "SELECT DISTINCT ?e ?alt WHERE { ?e skos:altLabel ?alt }"):
        if (d := out.get(r["e"])) is not None:
            d["alt_labels"].append(r["alt"])
    for r in store.select(PREFIXES + "SELECT DISTINCT ?e ?same WHERE { ?e owl:sameAs ?same }"):
        if (d := out.get(r["e"])) is not None and "wikidata.org" in r["same"]:
            d["wikidata"] = r["same"]
    for e, d in out.items():
        d["label"] = d["label"] or local_name(e)
        d["alt_labels"] = sorted(set(d["alt_labels"]) - {d["label"]})
    return out


def _documents(store: Store) -> dict[str, dict[str, str | None]]:
    rows = store.select(
        PREFIXES
        + """SELECT ?id (SAMPLE(?t) AS ?title) (SAMPLE(?d) AS ?date) WHERE {
  ?doc a al:Document ; dcterms:identifier ?id .
  OPTIONAL { ?doc dcterms:title ?t } OPTIONAL { ?doc dcterms:date ?d }
} GROUP BY ?id"""
    )
    return {r["id"]: {"title": r.get("title"), "date": r.get("date")} for r in rows}


# --- choosing, laying out and drawing ----------------------------------------------------------


def _type(info: dict[str, dict[str, Any]], entity: str) -> str:
    return str(info.get(entity, {}).get("type", "Other"))
