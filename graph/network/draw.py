"""Drawing a network for vis-network: focus, cut to a readable size, lay out, describe.

``draw`` takes the ``Whole`` network of ``graph.network.build`` and a ``NetworkQuery``: it finds the
actor asked for (any of its names, or the actor an official or agency rolls up to), keeps its
neighbourhood to the depth asked and then the ``limit`` best-connected nodes, computes a layout on
the server (networkx, fixed seed, so the browser runs no physics), and turns nodes and edges into
the records vis-network reads, made by pyvis's ``Network``.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import networkx as nx
from pyvis.network import Network

from graph.analysis.alignment import Evidence
from graph.network.model import NetworkQuery, Whole
from graph.schema import ENTITY_TYPES

__all__ = ["EVIDENCE_PER_EDGE", "LAYOUT_MAX_NODES", "TYPE_STYLES", "draw"]

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
LAYOUT_MAX_NODES = 400  # above this, spring layout for these best connected, the rest around them
EVIDENCE_PER_EDGE = 25
SEED = 7


def draw(net: Whole, query: NetworkQuery) -> dict[str, Any]:
    """Focus, cut to the limit, lay out and describe ``net`` for vis-network."""
    graph, docs, colours = net.graph, net.documents, net.registry.colours()
    focus = _find(graph, query.actor, net) if query.actor else []
    shown = _choose(graph, focus, query)
    positions = separate(_layout(shown), _boxes(shown))
    vis = _pyvis(
        [_node(shown, n, positions, n in focus) for n in shown.nodes],
        [_edge(shown, u, v, k, docs, colours) for u, v, k in shown.edges(keys=True)],
    )
    return {
        "nodes": vis.nodes,
        "edges": vis.edges,
        "meta": {
            "view": query.view,
            "total_nodes": graph.number_of_nodes(),
            "total_edges": graph.number_of_edges(),
            "focus": focus,
            "laid_out": True,
            "relations": {r: net.relations[r] for r in sorted(net.relations)},
            "types": list(ENTITY_TYPES),
            "documents": [{"identifier": k, **v} for k, v in sorted(docs.items())],
            "styles": {"types": TYPE_STYLES, "stances": colours},
            "legend": net.registry.legend(),
        },
    }


def _pyvis(nodes: list[dict[str, Any]], edges: list[dict[str, Any]]) -> Network:
    """The vis-network records, made by pyvis's ``Network`` (directed: parallel and opposite
    edges stay apart). Only its data model is used: its HTML templates load vis-network and
    Bootstrap from CDNs, so the page and its assets are our own (``graph.network.page``)."""
    vis = Network(directed=True)
    for node in nodes:
        vis.add_node(node["id"], **{k: v for k, v in node.items() if k != "id"})
    for edge in edges:
        vis.add_edge(
            edge["from"], edge["to"], **{k: v for k, v in edge.items() if k not in ("from", "to")}
        )
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
    """The focus and its neighbourhood (if asked), then the ``limit`` best-connected nodes."""
    nodes = set(graph.nodes)
    if query.actor:
        undirected = graph.to_undirected(as_view=True)
        nodes = set(focus)
        for f in focus:
            nodes |= set(nx.single_source_shortest_path_length(undirected, f, query.depth))
    if query.limit and len(nodes) > query.limit:
        degree = dict(graph.degree(nodes, weight="weight"))
        others = sorted(nodes - set(focus), key=lambda n: (-degree[n], graph.nodes[n]["label"]))
        nodes = set(focus[: query.limit]) | set(others[: max(0, query.limit - len(focus))])
    return graph.subgraph(nodes).copy()


def _layout(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Positions in pixels, the same every time (fixed seed, fixed order).

    The ``LAYOUT_MAX_NODES`` best-connected nodes get a spring layout (networkx's is quadratic);
    every other node is put on a small circle around its best-connected neighbour already placed,
    in order of distance from them, and what is not connected to them on an outer ring.
    """
    degree = dict(graph.degree(weight="weight"))
    order = sorted(graph.nodes, key=lambda n: (-degree[n], n))
    if not order:
        return {}
    core = order[:LAYOUT_MAX_NODES]
    simple = nx.Graph(graph.subgraph(core).to_undirected())
    # unweighted: a pair with many claims would otherwise sit on top of each other
    k = 2.5 / math.sqrt(len(core))
    spring = nx.spring_layout(simple, seed=SEED, k=k, iterations=100, weight=None)
    scale = 150 * math.sqrt(len(core))
    pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in spring.items()}
    undirected = graph.to_undirected(as_view=True)
    satellites: dict[str, int] = defaultdict(int)
    for n in _outwards(undirected, core):
        anchor = max((m for m in undirected[n] if m in pos), key=lambda m: (degree[m], m))
        i = satellites[anchor] = satellites[anchor] + 1
        angle, radius = i * 2.39996, 40 + 12 * math.sqrt(i)  # the golden angle: no overlaps
        ax, ay = pos[anchor]
        pos[n] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    rest = [n for n in order if n not in pos]
    for i, n in enumerate(rest):
        angle = 2 * math.pi * i / len(rest)
        pos[n] = (1.3 * scale * math.cos(angle), 1.3 * scale * math.sin(angle))
    return {n: (round(x, 1), round(y, 1)) for n, (x, y) in pos.items()}


LABEL_CHAR_PX, LABEL_LINE_PX, GAP_PX = 8.0, 20.0, 12.0  # the page's 14px node labels
SEPARATE_MAX_NODES = 2000  # above, pushing boxes apart takes seconds in Python: left as laid out


def _boxes(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Each node's drawn box (width, height): its shape and the label under it, as the page
    draws them (``_node``'s size; vis-network writes the label below the shape)."""
    boxes = {}
    for n, d in graph.nodes(data=True):
        size = _size(int(graph.degree(n, weight="weight")))
        width = max(2 * size, LABEL_CHAR_PX * len(d["label"]))
        boxes[n] = (width + GAP_PX, 2 * size + LABEL_LINE_PX + GAP_PX)
    return boxes


def separate(
    pos: dict[str, tuple[float, float]],
    boxes: dict[str, tuple[float, float]],
    rounds: int = 400,
) -> dict[str, tuple[float, float]]:
    """The layout with no two boxes overlapping: each overlapping pair pushed apart along the
    axis where they overlap least, half each, until none does (or ``rounds`` run out). Pairs
    are found through a grid of the largest box, so a round costs about one pass over the nodes.
    """
    if len(pos) < 2 or len(pos) > SEPARATE_MAX_NODES:
        return pos
    # first spread the layout until it has room for the boxes (cheap); then push the rest apart
    # (the area the middle 80% of the nodes take, per axis: a few outliers say nothing of the
    # crowd in the middle)
    xs, ys = sorted(x for x, _ in pos.values()), sorted(y for _, y in pos.values())
    lo, hi = len(xs) // 10, len(xs) - 1 - len(xs) // 10
    area = max(1.0, (xs[hi] - xs[lo]) * (ys[hi] - ys[lo])) / 0.64
    needed = 2.5 * sum(w * h for w, h in boxes.values())
    spread = max(1.0, math.sqrt(needed / area))
    at = {n: [x * spread, y * spread] for n, (x, y) in pos.items()}
    cell = max(max(w, h) for w, h in boxes.values())
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[str]] = defaultdict(list)
        for n, (x, y) in at.items():
            grid[int(x // cell), int(y // cell)].append(n)
        moved = False
        for (cx, cy), members in grid.items():
            near = [
                m
                for dx in (-1, 0, 1)
                for dy in (-1, 0, 1)
                for m in grid.get((cx + dx, cy + dy), ())
            ]
            for a in members:
                for b in near:
                    if b <= a:
                        continue
                    (ax, ay), (bx, by) = at[a], at[b]
                    dx, dy = bx - ax, by - ay
                    # a pixel to spare, so that rounding the positions cannot make an overlap
                    over_x = (boxes[a][0] + boxes[b][0]) / 2 - abs(dx) + 1
                    over_y = (boxes[a][1] + boxes[b][1]) / 2 - abs(dy) + 1
                    if over_x <= 0 or over_y <= 0:
                        continue
                    moved = True
                    if over_x < over_y:
                        push = (over_x / 2 + 1) * (1 if dx > 0 or (dx == 0 and a < b) else -1)
                        at[a][0] -= push
                        at[b][0] += push
                    else:
                        push = (over_y / 2 + 1) * (1 if dy > 0 or (dy == 0 and a < b) else -1)
                        at[a][1] -= push
                        at[b][1] += push
        if not moved:
            break
    return {n: (round(x), round(y)) for n, (x, y) in at.items()}


def _size(claims: int) -> float:
    return round(10 + 4 * math.log2(1 + claims), 1)


def _outwards(graph: nx.Graph, start: list[str]) -> Iterable[str]:
    """The nodes reachable from ``start`` (not in it), nearest first: a multi-source BFS."""
    seen, frontier = set(start), list(start)
    while frontier:
        following = []
        for n in frontier:
            for m in sorted(graph[n]):
                if m not in seen:
                    seen.add(m)
                    following.append(m)
                    yield m
        frontier = following


def _node(
    g: nx.MultiDiGraph, n: str, pos: dict[str, tuple[float, float]], focused: bool
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
    evidence: list[Evidence] = d["evidence"]
    claims = len(evidence)
    documents = len({e.document for e in evidence})
    weak = all(e.hedged or e.attributed_to for e in evidence)
    label = ", ".join(d["relations"])
    return {
        "id": f"{u} {stance} {v}",
        "from": u,
        "to": v,
        "label": label,
        "stance": stance,
        "relations": d["relations"],
        "claims": claims,
        "documents": documents,
        "hedged_only": weak,
        "color": {"color": colours[stance], "highlight": colours[stance]},
        "width": round(1 + 2 * math.log2(claims), 1) if claims > 1 else 1,
        "dashes": weak,
        "arrows": "to",
        "title": f"{g.nodes[u]['label']} {label} {g.nodes[v]['label']}: {_claims(claims)} in "
        f"{documents} document{'' if documents == 1 else 's'}",
        "evidence": [_evidence(e, docs) for e in evidence[:EVIDENCE_PER_EDGE]],
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
