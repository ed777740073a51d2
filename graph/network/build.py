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
from typing import Any, Literal

import networkx as nx

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
from graph.errors import InputError
from graph.network.draw import draw
from graph.network.model import (
    DEFAULT_LIMIT,
    ENTITY_TYPES,
    Link,
    NetworkQuery,
    Stance,
    Whole,
)
from graph.schema import Registry
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
    store: Store, query: NetworkQuery, registry: Registry, names: NameIndex | None = None
) -> Whole:
    """The network of all claims that pass the filters; depends only on ``claim_filters(query)``
    (``names``: the store's name index, read here when not given)."""
    stance_of = {r: s for s in registry.stances for r in relations(store, s)}
    if unknown := sorted(set(query.relations) - set(stance_of)):
        raise InputError(f"unknown relations {unknown}; allowed: {', '.join(sorted(stance_of))}")
    links = _links(store, query, stance_of, registry.stances)
    info = _entities(store, {e for link in links for e in (link.source, link.target)})
    if query.types:
        wanted = set(query.types)
        links = [lk for lk in links if {_type(info, lk.source), _type(info, lk.target)} <= wanted]
    names = names or name_index(store, ID_NS)
    lifted = _lifted(store, names) if query.view == "actors" else {}
    return Whole(to_networkx(links, info), stance_of, _documents(store), registry, names, lifted)


def _lifted(store: Store, names: NameIndex) -> dict[str, str]:
    """Every official, agency, unit or region -> the actor it rolls up to."""
    lift = Lifter(store)
    return {e: top for e in names.known if (top := lift(e)) != e}


def claim_filters(query: NetworkQuery) -> NetworkQuery:
    """``query`` without what ``draw`` does (focus, depth, limit): the key of a ``whole``."""
    return replace(query, actor=None, depth=1, limit=DEFAULT_LIMIT)


def to_networkx(links: Iterable[Link], info: dict[str, dict[str, Any]]) -> nx.MultiDiGraph:
    """One node per entity (label, type), one edge per link keyed by stance, weight = claims."""
    graph = nx.MultiDiGraph()
    for link in links:
        for n in (link.source, link.target):
            if n not in graph:
                graph.add_node(n, **info.get(n, {"label": local_name(n), "type": "Other"}))
        graph.add_edge(
            link.source,
            link.target,
            key=link.stance,
            weight=len(link.evidence),
            documents=len({e.document for e in link.evidence}),
            relations=sorted({e.relation for e in link.evidence}),
            evidence=link.evidence,
        )
    return graph


def actor_graph(store: Store, registry: Registry, **filters: Any) -> nx.MultiDiGraph:
    """The whole actor-level network (no limit, no layout) for analysis and export."""
    return whole(store, NetworkQuery(limit=0, **filters), registry).graph


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
    store: Store, query: NetworkQuery, stance_of: dict[str, Stance], stances: tuple[Stance, ...]
) -> list[Link]:
    wanted = set(query.relations) or set(stance_of)
    docs = set(query.documents)

    def keep(e: Evidence) -> bool:
        return e.relation in wanted and (not docs or e.document in docs)

    if query.view == "actors":
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


def _claim_links(
    store: Store, query: NetworkQuery, stance_of: dict[str, Stance], keep: Any
) -> list[Link]:
    """Entity-level links: every non-negated claim between its own subject and object."""
    rows = claim_rows(store, sorted(stance_of), query.since, query.until)
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
    """Label, type, other names and Wikidata link of each entity."""
    if not ids:
        return {}
    values = " ".join(iri_term(e) for e in sorted(ids))
    types = " ".join(f"al:{t}" for t in ENTITY_TYPES)
    rows = store.select(
        PREFIXES
        + f"""SELECT ?e ?label ?t ?alt ?same WHERE {{
  VALUES ?e {{ {values} }}
  {{ ?e rdfs:label ?label }} UNION {{ VALUES ?t {{ {types} }} ?e a ?t }}
  UNION {{ ?e skos:altLabel ?alt }} UNION {{ ?e owl:sameAs ?same }}
}}"""
    )
    out: dict[str, dict[str, Any]] = {
        e: {"label": "", "type": "Other", "alt_labels": [], "wikidata": None} for e in ids
    }
    order = {t: i for i, t in enumerate((*ENTITY_TYPES, "Other"))}
    for r in rows:
        d = out[r["e"]]
        if "label" in r and not d["label"]:
            d["label"] = r["label"]
        if "t" in r and order[local_name(r["t"])] < order[d["type"]]:
            d["type"] = local_name(r["t"])
        if "alt" in r:
            d["alt_labels"].append(r["alt"])
        if "wikidata.org" in r.get("same", ""):
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
