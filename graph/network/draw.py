"""Drawing a network for vis-network: focus, cut to a readable size, lay out, describe.

``draw`` takes the ``Whole`` network of ``graph.network.build`` and a ``NetworkQuery``: it finds the
actor asked for (any of its names, or the actor an official or agency rolls up to), keeps its
neighbourhood to the depth asked and then the ``limit`` best-connected nodes, computes a layout on
the server (``graph.network.layout``: networkx, fixed seed, no two node boxes overlapping, so the
browser runs no physics), and turns nodes and edges into
the records vis-network reads, made by pyvis's ``Network``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import Any

import networkx as nx
from pyvis.edge import Edge
from pyvis.network import Network

from graph.analysis.alignment import Evidence
from graph.network.layout import Box, node_box, place
from graph.network.model import NetworkQuery, Whole
from graph.schema import ENTITY_TYPES

__all__ = [
    "COMPACT_EDGES",
    "EDGE_COLUMNS",
    "EVIDENCE_PER_EDGE",
    "TYPE_STYLES",
    "compact",
    "draw",
    "edge_record",
]

TYPE_STYLES: dict[str, dict[str, str]] = {  # vis-network shapes whose label sits outside
    "State": {"shape": "dot", "color": "#1f77b4"},
    "Organization": {"shape": "hexagon", "color": "#9467bd"},
    "ArmedGroup": {"shape": "triangle", "color": "#8c564b"},
    "Company": {"shape": "box", "color": "#e377c2"},
    "Agency": {"shape": "square", "color": "#17becf"},
    "Official": {"shape": "diamond", "color": "#ff7f0e"},
    "MilitaryUnit": {"shape": "triangleDown", "color": "#7f7f7f"},
    "Region": {"shape": "star", "color": "#bcbd22"},
    "Other": {"shape": "dot", "color": "#c7c7c7"},
}
DISPUTED_COLOR = "#9467bd"  # asserted by some, denied by others
DISPUTED_DASHES = [10, 4, 2, 4]  # dash-dot, whatever the hedging
EVIDENCE_PER_EDGE = 25


def draw(net: Whole, query: NetworkQuery) -> dict[str, Any]:
    """Focus, cut to the limit, lay out and describe ``net`` for vis-network."""
    graph, docs, colours = net.graph, net.documents, net.registry.colours()
    focus = _find(graph, query.actor, net) if query.actor else []
    shown = _choose(graph, focus, query)
    positions = place(shown, _boxes(shown))  # no two boxes overlap, at any size
    vis = _pyvis(
        [_node(shown, n, positions, n in focus) for n in shown.nodes],
        [_edge(shown, u, v, k, docs, colours) for u, v, k in shown.edges(keys=True)],
    )
    in_view = {doc for _, _, d in shown.edges(data=True) for doc in d["document_ids"]}
    dates = sorted(date for doc in in_view if (date := (docs.get(doc) or {}).get("date")))
    return {
        "nodes": vis.nodes,
        "edges": vis.edges,
        "meta": {
            "view": query.view,
            "total_nodes": graph.number_of_nodes(),
            "total_edges": graph.number_of_edges(),
            "focus": focus,
            "laid_out": True,
            # the header line: what the drawn edges rest on
            "documents_in_view": len(in_view),
            "first_date": dates[0] if dates else None,
            "last_date": dates[-1] if dates else None,
            "stance": query.stance,
            "direction": query.direction,
            # the actor view: entities left out because they roll up to no actor
            "apart": [{"id": k, "label": v} for k, v in sorted(net.apart.items(), key=_by_label)],
            "relations": {r: net.relations[r] for r in sorted(net.relations)},
            "types": list(ENTITY_TYPES),
            "documents": [{"identifier": k, **v} for k, v in sorted(docs.items())],
            "styles": {"types": TYPE_STYLES, "stances": colours, "disputed": DISPUTED_COLOR},
            "legend": net.registry.legend(),
        },
    }


# above this many edges /api/network sends them as rows of EDGE_COLUMNS, without their evidence
# (the page asks /api/network/edge for one edge's evidence when it is clicked): a record per edge
# with 25 evidence sentences is megabytes to send and seconds for vis-network to copy
COMPACT_EDGES = 2000
EDGE_COLUMNS = (
    "from",
    "to",
    "stance",
    "relations",
    "claims",
    "documents",
    "hedged_only",
    "disputed",
    "denied_by",
    "first_date",
    "last_date",
)


def compact(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` of ``draw`` with its edges as rows of ``EDGE_COLUMNS`` (``from`` and ``to`` as
    indexes into ``nodes``): what the page rebuilds vis-network's records from."""
    index = {n["id"]: i for i, n in enumerate(data["nodes"])}
    rows = [
        [
            index[e["from"]],
            index[e["to"]],
            e["stance"],
            e["relations"],
            e["claims"],
            e["documents"],
            e["hedged_only"],
            e["disputed"],
            e["denied_by"],
            e["first_date"],
            e["last_date"],
        ]
        for e in data["edges"]
    ]
    meta = {**data["meta"], "compact": True, "edge_columns": list(EDGE_COLUMNS)}
    return {"nodes": data["nodes"], "edges": [], "edge_rows": rows, "meta": meta}


def edge_record(net: Whole, source: str, target: str, stance: str) -> dict[str, Any] | None:
    """One edge of ``net`` as ``draw`` describes it (its evidence too), or None."""
    if not net.graph.has_edge(source, target, stance):
        return None
    return _edge(net.graph, source, target, stance, net.documents, net.registry.colours())


def _by_label(kv: tuple[str, str]) -> tuple[str, str]:
    return (kv[1].lower(), kv[0])


def _pyvis(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> Network:
    """The vis-network records, made by pyvis's ``Network`` (directed: parallel and opposite
    edges stay apart). Only its data model is used: its HTML templates load vis-network and
    Bootstrap from CDNs, so the page and its assets are our own (``graph.network.page``).

    Edges are pyvis's own ``Edge`` records, appended here: ``Network.add_edge`` looks for both
    ends in the list of every node, which at 20,000 edges and 5,000 nodes takes ten seconds;
    both ends of every edge are drawn nodes by construction (``_choose``)."""
    vis = Network(directed=True)
    for node in nodes:
        vis.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in edges:
        rest = {k: v for k, v in edge.items() if k not in ("from", "to")}
        vis.edges.append(Edge(edge["from"], edge["to"], directed=True, **rest).options)
    return vis


def _find(graph: nx.MultiDiGraph, actor: str, net: Whole) -> list[str]:
    """The nodes ``actor`` names: any name of the store's name index (label, altLabel, IRI,
    Wikidata ID, a person's surname), or the actor such an entity rolls up to ("Putin" ->
    Russia), else the nodes with a name that holds it."""
    if actor in graph:
        return [actor]
    found = net.names.find(actor)
    exact = sorted({e if e in graph else net.lifted.get(e, e) for e in found} & set(graph))
    if exact:
        return exact
    wanted = actor.strip().lower()
    names = {
        n: {d["label"].lower(), *(a.lower() for a in d["alt_labels"])}
        for n, d in graph.nodes(data=True)
    }
    return sorted(n for n, ns in names.items() if wanted in ns) or sorted(
        n for n, ns in names.items() if any(wanted in x for x in ns)
    )


def _choose(graph: nx.MultiDiGraph, focus: list[str], query: NetworkQuery) -> nx.MultiDiGraph:
    """The focus and its neighbourhood (if asked), then the ``limit`` best-connected nodes.

    ``stance`` keeps that stance's edges; with an actor, ``direction`` "in" follows edges into
    it (who supports Russia, and who supports them, to the depth asked), "out" edges from it."""
    if query.stance is not None:
        keep = [(u, v, k) for u, v, k in graph.edges(keys=True) if k == query.stance]
        graph = _with_edges(graph, keep, focus)
    if query.actor and query.direction != "both":
        graph = _directed(graph, focus, query)
    nodes = set(graph.nodes)
    if query.actor:
        undirected = graph.to_undirected(as_view=True)
        nodes = {f for f in focus if f in graph}
        for f in sorted(nodes):
            nodes |= set(nx.single_source_shortest_path_length(undirected, f, query.depth))
    if query.limit and len(nodes) > query.limit:
        degree = dict(graph.degree(nodes, weight="weight"))
        others = sorted(nodes - set(focus), key=lambda n: (-degree[n], graph.nodes[n]["label"]))
        nodes = set(focus[: query.limit]) | set(others[: max(0, query.limit - len(focus))])
    if len(nodes) == graph.number_of_nodes():
        return graph  # all of it (read only from here on): no copy of 20,000 edges' data
    return graph.subgraph(nodes)


def _with_edges(
    graph: nx.MultiDiGraph, edges: Iterable[tuple[str, str, str]], nodes: Iterable[str] = ()
) -> nx.MultiDiGraph:
    """A view of ``graph`` with only ``edges``, their ends and ``nodes``."""
    kept = set(edges)
    wanted = {n for n in nodes if n in graph} | {x for u, v, _ in kept for x in (u, v)}
    return nx.subgraph_view(graph.subgraph(wanted), filter_edge=lambda u, v, k: (u, v, k) in kept)


def _directed(graph: nx.MultiDiGraph, focus: list[str], query: NetworkQuery) -> nx.MultiDiGraph:
    """The nodes that reach the focus (``in``) or that it reaches (``out``) within ``depth``
    steps, and only the edges that take one step towards (or away from) it."""
    inward = query.direction == "in"
    step = graph.predecessors if inward else graph.successors
    distance = {f: 0 for f in focus if f in graph}
    frontier = list(distance)
    for d in range(1, query.depth + 1):
        following = []
        for n in frontier:
            for m in step(n):
                if m not in distance:
                    distance[m] = d
                    following.append(m)
        frontier = following
    edges = [
        (u, v, k)
        for u, v, k in graph.subgraph(distance).edges(keys=True)
        if distance[u if inward else v] == distance[v if inward else u] + 1
    ]
    return _with_edges(graph, edges, distance)


def _boxes(graph: nx.MultiDiGraph) -> dict[str, Box]:
    """Each node's drawn box: its shape and size and its label, as ``_node`` describes them."""
    return {
        n: node_box(
            d["label"],
            _size(int(graph.degree(n, weight="weight"))),
            TYPE_STYLES.get(d["type"], TYPE_STYLES["Other"])["shape"],
        )
        for n, d in graph.nodes(data=True)
    }


def _size(claims: int) -> float:
    return round(10 + 4 * math.log2(1 + claims), 1)


def _node(
    g: nx.MultiDiGraph, n: str, pos: Mapping[str, tuple[float, float]], focused: bool
) -> dict[str, Any]:
    d = g.nodes[n]
    style = TYPE_STYLES.get(d["type"], TYPE_STYLES["Other"])
    claims = int(g.degree(n, weight="weight"))
    node: dict[str, Any] = {
        "id": n,
        "label": d["label"],
        "type": d["type"],
        "shape": style["shape"],
        "color": style["color"],
        "size": _size(claims),
        "title": f"{d['label']} ({d['type']}): {_claims(claims)}",
        "alt_labels": d["alt_labels"],
        "wikidata": d["wikidata"],
        "claims": claims,
        "borderWidth": 4 if focused else 1,
    }
    if n in pos:
        node["x"], node["y"] = pos[n]
    return node


def _edge(
    g: nx.MultiDiGraph,
    u: str,
    v: str,
    stance: str,
    docs: dict[str, dict[str, str | None]],
    colours: dict[str, str],
) -> dict[str, Any]:
    d = g.edges[u, v, stance]
    evidence: list[Evidence] = d["evidence"]  # the best first: maybe not every claim
    claims, documents = d["weight"], d["documents"]
    weak = all(e.hedged or e.attributed_to for e in evidence)  # firm claims come first
    label = ", ".join(d["relations"])
    denied_by: list[str] = d.get("denied_by", [])
    denials: list[Evidence] = d.get("denials", [])
    disputed = bool(denials)
    color = DISPUTED_COLOR if disputed else colours[stance]
    return {
        "id": f"{u} {stance} {v}",
        "from": u,
        "to": v,
        "label": label,
        "stance": stance,
        "relations": d["relations"],
        "claims": claims,
        "documents": documents,
        "first_date": d["first_date"],
        "last_date": d["last_date"],
        "hedged_only": weak,
        "color": {"color": color, "highlight": color},
        "width": round(1 + 2 * math.log2(claims), 1) if claims > 1 else 1,
        "dashes": DISPUTED_DASHES if disputed else weak,
        "arrows": "to",
        "title": f"{g.nodes[u]['label']} {label} {g.nodes[v]['label']}: {_claims(claims)} in "
        f"{documents} document{'' if documents == 1 else 's'}"
        + (f", denied by {', '.join(denied_by) or 'the text'}" if disputed else ""),
        "evidence": [_evidence(e, docs) for e in evidence[:EVIDENCE_PER_EDGE]],
        "disputed": disputed,
        "denied_by": denied_by,
        "denials": [_evidence(e, docs) for e in denials[:EVIDENCE_PER_EDGE]],
    }


def _evidence(e: Evidence, docs: dict[str, dict[str, str | None]]) -> dict[str, Any]:
    doc = docs.get(e.document, {})
    return {
        "document": e.document,
        "title": doc.get("title"),
        "date": e.date or doc.get("date"),
        "sentence": e.sentence,
        "relation": e.relation,
        "hedged": e.hedged,
        "attributed_to": e.attributed_to,
    }


def _claims(n: int) -> str:
    return f"{n} claim" if n == 1 else f"{n} claims"
