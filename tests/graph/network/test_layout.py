"""The layout: no two node boxes overlap whatever the layout gives, at any size; the boxes are
the labels' size; where there is room, nodes stay where the force layout put them."""

from __future__ import annotations

import math
import random
from collections.abc import Mapping

import networkx as nx
import pytest

from graph.network.layout import GAP_PX, Box, label_width, node_box, place, separate


def overlapping(
    pos: Mapping[str, tuple[float, float]], boxes: dict[str, Box]
) -> list[tuple[str, str]]:
    """Every pair of boxes that overlap (a sweep over x, so 5,000 boxes are checked at once)."""

    def left(n: str) -> float:
        return pos[n][0] - boxes[n].half_width

    names = sorted(pos, key=left)
    out = []
    for i, a in enumerate(names):
        (ax, ay), ba = pos[a], boxes[a]
        for b in names[i + 1 :]:
            if left(b) >= ax + ba.half_width:
                break
            (_, by), bb = pos[b], boxes[b]
            if by - bb.above < ay + ba.below and ay - ba.above < by + bb.below:
                out.append((a, b))
    return out


def random_boxes(names: list[str], rng: random.Random) -> dict[str, Box]:
    """Labels of 3 to 40 characters under shapes of size 10 to 60, and a few "box" nodes."""
    return {
        n: node_box(
            "x" * rng.randint(3, 40), rng.uniform(10, 60), rng.choice(["dot"] * 9 + ["box"])
        )
        for n in names
    }


@pytest.mark.parametrize(
    "name, nodes, spread",
    [
        ("scattered", 200, 300.0),
        ("crowded", 5000, 200.0),  # far more boxes than fit where the layout put them
        ("all on one point", 3000, 0.0),
    ],
)
def test_no_two_boxes_overlap_whatever_the_layout(name: str, nodes: int, spread: float) -> None:
    rng = random.Random(7)
    pos = {f"n{i}": (rng.gauss(0, spread), rng.gauss(0, spread)) for i in range(nodes)}
    boxes = random_boxes(sorted(pos), rng)
    out = separate(pos, boxes)
    assert set(out) == set(pos)
    assert overlapping(out, boxes) == []
    assert separate(pos, boxes) == out  # the same every time


def test_where_there_is_room_nobody_moves_more_than_a_cell() -> None:
    """Boxes far apart stay where they were, up to the grid's cell (half a median box)."""
    pos = {f"n{i}": (400.0 * (i % 10) + 7.3, 300.0 * (i // 10) - 11.8) for i in range(100)}
    boxes = {n: node_box("Ukraine", 12, "dot") for n in pos}
    out = separate(pos, boxes)
    for n, (x, y) in pos.items():
        assert (
            abs(out[n][0] - x) <= boxes[n].width / 2 and abs(out[n][1] - y) <= boxes[n].height / 2
        )


def test_the_first_in_order_keep_their_places_in_a_crowd() -> None:
    """The best connected are placed first: a hub keeps its place; who came later moves out,
    the nearer the earlier they came."""
    pos = {f"n{i:03d}": (0.0, 0.0) for i in range(300)}
    boxes = {n: node_box("Actor", 12, "dot") for n in pos}
    order = sorted(pos)
    out = separate(pos, boxes, order)
    hub = out[order[0]]
    assert math.hypot(*hub) <= max(boxes[order[0]].width, boxes[order[0]].height) / 2
    distance = [math.hypot(*out[n]) for n in order]
    assert sum(distance[:30]) < sum(distance[-30:])


def test_boxes_are_the_size_of_their_labels() -> None:
    # Arial at 14px, to the bit as Chromium measures it
    assert label_width("Actor 1234") == 67.7099609375
    assert label_width("W") == 13.2138671875
    assert label_width("Türkiye") == label_width("Turkiye")  # an accent counts as its letter
    assert label_width("Россия") >= 6 * 14 * 0.7  # other scripts: wider than they are, never less
    short, long = (
        node_box("Iran", 20, "dot"),
        node_box("Democratic Republic of the Congo", 12, "dot"),
    )
    assert short.width == 2 * 20 + GAP_PX  # a short label: the shape is wider
    assert long.width == pytest.approx(label_width("Democratic Republic of the Congo") + GAP_PX)
    assert short.below > short.above  # the label hangs under the shape
    inside = node_box("Gazprom", 30, "box")  # the label inside the box, whatever its size
    assert inside.above == inside.below and inside.width > label_width("Gazprom")


def hub_graph(nodes: int, edges: int, seed: int = 7) -> nx.MultiDiGraph:
    """A few hubs, as in the news (``bench.bench_network``'s shape), and a ring through all."""
    rng = random.Random(seed)
    g = nx.MultiDiGraph()
    for i in range(nodes):
        g.add_node(f"S{i}", label=f"Actor {i}")
    pairs = {(i, (i + 1) % nodes) for i in range(nodes)}
    while len(pairs) < edges:
        s, o = (int(nodes * rng.random() ** 2.5) for _ in range(2))
        if s != o:
            pairs.add((s, o))
    for s, o in sorted(pairs):
        g.add_edge(f"S{s}", f"S{o}", key="supports", weight=1)
    g.add_node("alone", label="Nobody's friend")  # not connected to the rest: the outer ring
    return g


@pytest.mark.parametrize("nodes", [150, 1000, 5000])
def test_place_lays_out_any_size_with_no_overlap(nodes: int) -> None:
    g = hub_graph(nodes, 4 * nodes)
    degree = dict(g.degree())
    boxes = {
        n: node_box(d["label"], 10 + 4 * math.log2(1 + degree[n]), "dot")
        for n, d in g.nodes(data=True)
    }
    pos = place(g, boxes)
    assert set(pos) == set(g.nodes)
    assert overlapping(pos, boxes) == []
    assert place(g, boxes) == pos  # the same every time
