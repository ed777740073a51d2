"""Where the page draws each node: a force layout computed here, then every node's box snapped to
a grid so that no two boxes overlap, at any size.

``node_box(label, size, shape)`` is the box vis-network draws for a node (its shape and the label
under it, or the label inside a ``box``), measured as the page's 14px Arial labels are, with a gap
all round. ``place(graph, boxes)`` lays ``graph`` out and returns each node's position in pixels:

1. the ``CORE`` best-connected nodes get networkx's spring layout (fixed seed, so the same every
   time), scaled so that the drawing has ``ROOM`` times the area of all the boxes;
2. every other node goes on a golden-angle spiral around its best-connected neighbour already
   placed (one box's room per turn), and what is not connected to them on an outer ring;
3. ``separate`` thins out a crowd (each node moved out along its ray from the middle, where need
   be, until no disc around the middle is more crowded than ``ROOM``), then snaps the boxes onto
   a grid: the plane is cut into cells (half the median box each way) and each node, the best
   connected first (the hubs keep their places), takes the free block of cells big enough for its
   box that lies nearest to where the layout put it. Blocks never share a cell, so no two boxes
   overlap whatever the layout gave. The search looks at a window around the wanted cell, grown
   until it holds a free block (numpy: an integral image of the window); after the thinning few
   searches look far, so 5,000 nodes take a fraction of a second where pushing pairs apart took
   38 s and still left overlaps.
"""

from __future__ import annotations

import math
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx
import numpy as np

__all__ = [
    "CORE",
    "GAP_PX",
    "LABEL_PX",
    "ROOM",
    "Box",
    "label_width",
    "node_box",
    "place",
    "separate",
]

CORE = 400  # the spring layout is quadratic: this many best connected, the rest around them
SEED = 7
GOLDEN = math.pi * (3 - math.sqrt(5))  # the golden angle: points on a spiral never line up
ROOM = 2.5  # the drawing's area over the boxes' area: room for the edges between them
LABEL_PX = 14  # the page's node labels (network.js: nodes.font.size), in Arial
LABEL_DROP_PX = 4  # vis-network writes a label this far under its shape
LABEL_LINE_PX = 18  # one line of 14px text, descenders included
BOX_LABEL_MARGIN_PX = 11  # a "box" node: its label inside, 5px margin and 6px of rounded corner
GAP_PX = 12  # between two boxes
CELLS_PER_BOX = 2  # grid cells per median box, each way: finer packs closer, coarser is faster

# Arial's advance widths (as Liberation Sans, its metric twin that Debian's Chromium draws with),
# in the font's own units (2048 to the font size), for the printable ASCII characters from " " to
# "~": measured with canvas measureText in Chromium, where they come out exact
_ASCII_WIDTHS = (
    "569 569 727 1139 1139 1821 1366 391 682 682 797 1196 569 682 569 569 1139 1139 1139 1139 "
    "1139 1139 1139 1139 1139 1139 569 569 1196 1196 1196 1139 2079 1366 1366 1479 1479 1366 1251 "
    "1593 1479 569 1024 1366 1139 1706 1479 1593 1366 1593 1479 1366 1251 1479 1366 1933 1366 "
    "1366 1251 569 569 569 961 1139 682 1139 1139 1024 1139 1139 569 1139 1139 455 455 1024 455 "
    "1706 1139 1139 1139 1139 682 1024 569 1139 1024 1479 1024 1024 1024 684 532 684 1196"
)
GLYPH_WIDTHS = {chr(32 + i): int(w) for i, w in enumerate(_ASCII_WIDTHS.split())}
UNITS = 2048
WIDEST = UNITS  # any other character (Cyrillic, CJK ...): a full em, more than most are


@dataclass(frozen=True)
class Box:
    """A node's drawn box around its position, gap included: ``half_width`` to each side,
    ``above`` and ``below`` it (a label under a shape makes the box reach further down)."""

    half_width: float
    above: float
    below: float

    @property
    def width(self) -> float:
        return 2 * self.half_width

    @property
    def height(self) -> float:
        return self.above + self.below


def label_width(label: str, px: float = LABEL_PX) -> float:
    """The width of ``label`` in Arial at ``px`` pixels (accents count as their letter)."""
    letters = (c for c in unicodedata.normalize("NFKD", label) if not unicodedata.combining(c))
    return sum(GLYPH_WIDTHS.get(c, WIDEST) for c in letters) * px / UNITS


def node_box(label: str, size: float, shape: str) -> Box:
    """The box vis-network draws for a node of ``size`` and ``shape`` with ``label``: the label
    inside a ``box``, under any other shape (``getBoundingBox`` in the page), plus ``GAP_PX``."""
    text, gap = label_width(label), GAP_PX / 2
    if shape == "box":
        half_height = LABEL_PX / 2 + BOX_LABEL_MARGIN_PX + gap
        return Box(text / 2 + BOX_LABEL_MARGIN_PX + gap, half_height, half_height)
    below = size + LABEL_DROP_PX + LABEL_LINE_PX + gap
    return Box(max(size, text / 2) + gap, size + gap, below)


def place(graph: nx.Graph, boxes: dict[str, Box]) -> dict[str, tuple[int, int]]:
    """Positions in pixels, the same every time, with no two ``boxes`` overlapping."""
    degree = dict(graph.degree(weight="weight"))
    order = sorted(graph.nodes, key=lambda n: (-degree[n], n))
    if not order:
        return {}
    area = ROOM * sum(boxes[n].width * boxes[n].height for n in order)
    core = order[:CORE]
    simple = nx.Graph(graph.subgraph(core).to_undirected())
    # unweighted: a pair with many claims would otherwise sit on top of each other
    k = 2.5 / math.sqrt(len(core))
    spring = nx.spring_layout(simple, seed=SEED, k=k, iterations=100, weight=None)
    # the middle 80% of the core, per axis, takes its share of the room (a few outliers say
    # nothing of the crowd in the middle)
    xs, ys = (
        sorted(float(x) for x, _ in spring.values()),
        sorted(float(y) for _, y in spring.values()),
    )
    lo, hi = len(xs) // 10, len(xs) - 1 - len(xs) // 10
    middle = max((xs[hi] - xs[lo]) * (ys[hi] - ys[lo]), 1e-3) / 0.64
    scale = math.sqrt(area / middle)
    pos = {n: (float(x) * scale, float(y) * scale) for n, (x, y) in spring.items()}
    # satellites: the golden angle on a spiral of radius step * sqrt(i) gives each the area
    # pi * step**2, here ROOM times the mean box
    step = math.sqrt(area / len(order) / math.pi)
    undirected = graph.to_undirected(as_view=True)
    satellites: dict[str, int] = defaultdict(int)
    for n in _outwards(undirected, core):
        anchor = max((m for m in undirected[n] if m in pos), key=lambda m: (degree[m], m))
        i = satellites[anchor] = satellites[anchor] + 1
        angle, radius = i * GOLDEN, step * math.sqrt(i + 1)
        ax, ay = pos[anchor]
        pos[n] = (ax + radius * math.cos(angle), ay + radius * math.sin(angle))
    rest = [n for n in order if n not in pos]
    ring = 0.6 * math.sqrt(area) + step
    for i, n in enumerate(rest):
        angle = 2 * math.pi * i / len(rest)
        pos[n] = (ring * math.cos(angle), ring * math.sin(angle))
    return separate(pos, boxes, order)


def _thinned(
    pos: dict[str, tuple[float, float]], boxes: dict[str, Box], order: list[str]
) -> dict[str, tuple[float, float]]:
    """``pos`` no more crowded than ``ROOM`` from its middle out: each node, taken outwards from
    the median point, moved out along its ray (if need be) to the rim of the disc that holds
    every node nearer than it at ``ROOM`` times their boxes' area (at the same distance, the
    first in ``order`` nearer). Directions and the order outwards stay; where the layout is
    sparse (a hub's far neighbours) nothing moves."""
    cx = float(np.median([x for x, _ in pos.values()]))
    cy = float(np.median([y for _, y in pos.values()]))
    out, held = {}, 0.0
    rank = {n: i for i, n in enumerate(order)}
    outwards = sorted(pos, key=lambda n: (math.hypot(pos[n][0] - cx, pos[n][1] - cy), rank[n]))
    for i, n in enumerate(outwards):
        dx, dy = pos[n][0] - cx, pos[n][1] - cy
        r, rim = math.hypot(dx, dy), math.sqrt(held / math.pi)
        if r < rim:
            if r == 0:  # on the middle itself: a direction of its own (the golden angle)
                dx, dy, r = math.cos(i * GOLDEN), math.sin(i * GOLDEN), 1.0
            dx, dy = dx * rim / r, dy * rim / r
        out[n] = (cx + dx, cy + dy)
        held += ROOM * boxes[n].width * boxes[n].height
    return out


def separate(
    pos: dict[str, tuple[float, float]], boxes: dict[str, Box], order: list[str] | None = None
) -> dict[str, tuple[int, int]]:
    """``pos`` with no two ``boxes`` overlapping: each node, in ``order`` (by default by name),
    takes the free block of grid cells that holds its box and lies nearest to its place in
    ``pos``. Blocks are disjoint, so this holds at any size; the first in ``order`` move least.
    A crowd is first thinned out (``_thinned``), so that few searches have far to look."""
    names = order if order is not None else sorted(pos)
    if not names:
        return {}
    pos = _thinned(pos, boxes, names)
    # a pixel more each way, so that rounding the positions cannot make two boxes overlap
    cw = float(np.median([boxes[n].width + 1 for n in names])) / CELLS_PER_BOX
    ch = float(np.median([boxes[n].height + 1 for n in names])) / CELLS_PER_BOX
    grid = _Grid(cw, ch)
    wanted = []
    for n in names:
        box, (x, y) = boxes[n], pos[n]
        kx, ky = math.ceil((box.width + 1) / cw - 1e-9), math.ceil((box.height + 1) / ch - 1e-9)
        # the block's top-left corner when the box sits in its middle, in cells
        left = (x - box.half_width - (kx * cw - box.width) / 2) / cw
        top = (y - box.above - (ky * ch - box.height) / 2) / ch
        wanted.append((n, left, top, kx, ky))
    grid.cover(
        min(w[1] for w in wanted),
        min(w[2] for w in wanted),
        max(w[1] + w[3] for w in wanted),
        max(w[2] + w[4] for w in wanted),
        margin=math.ceil(math.sqrt(sum(w[3] * w[4] for w in wanted))),
    )
    out = {}
    for n, left, top, kx, ky in wanted:
        col, row = grid.take(left, top, kx, ky)
        box = boxes[n]
        x = (col + kx / 2) * cw
        y = row * ch + (ky * ch - box.height) / 2 + box.above
        out[n] = (round(x), round(y))
    return out


class _Grid:
    """Cells of ``cw`` by ``ch`` pixels, each free or taken, over a rectangle that grows."""

    def __init__(self, cw: float, ch: float) -> None:
        self.cw, self.ch = cw, ch
        self.col0 = self.row0 = 0  # the cell (col0, row0) of the plane is taken[0, 0]
        self.taken = np.zeros((0, 0), dtype=bool)
        self.reach = 2  # how far the last search had to look, in cells: where the next starts

    def cover(self, left: float, top: float, right: float, bottom: float, margin: int) -> None:
        """Cells for the rectangle from (``left``, ``top``) to (``right``, ``bottom``) (in cells)
        and ``margin`` more all round."""
        self.col0, self.row0 = math.floor(left) - margin, math.floor(top) - margin
        width = math.ceil(right) + margin - self.col0 + 1
        height = math.ceil(bottom) + margin - self.row0 + 1
        self.taken = np.zeros((height, width), dtype=bool)

    def take(self, left: float, top: float, kx: int, ky: int) -> tuple[int, int]:
        """The free block of ``kx`` by ``ky`` cells whose top-left corner is nearest to
        (``left``, ``top``) (in cells, measured in pixels), marked taken: its (col, row)."""
        while True:
            found = self._nearest(left - self.col0, top - self.row0, kx, ky)
            if found is not None:
                c, r = found
                self.taken[r : r + ky, c : c + kx] = True
                return c + self.col0, r + self.row0
            grow = max(kx, ky, *self.taken.shape) // 2 + 1  # full: room all round, then again
            self.taken = np.pad(self.taken, grow)
            self.col0, self.row0 = self.col0 - grow, self.row0 - grow

    def _nearest(self, x: float, y: float, kx: int, ky: int) -> tuple[int, int] | None:
        rows, cols = self.taken.shape[0] - ky, self.taken.shape[1] - kx  # the last corners
        if rows < 0 or cols < 0:
            return None
        r0, c0 = min(max(round(y), 0), rows), min(max(round(x), 0), cols)
        if not self.taken[r0 : r0 + ky, c0 : c0 + kx].any():
            return c0, r0  # where the layout put it (rounding each axis is the nearest corner)
        unit = min(self.cw, self.ch)
        reach = self.reach  # a crowd is crowded for the next node too: fewer windows to try
        while True:
            r_lo, r_hi = max(r0 - reach, 0), min(r0 + reach, rows)
            c_lo, c_hi = max(c0 - reach, 0), min(c0 + reach, cols)
            window = self.taken[r_lo : r_hi + ky, c_lo : c_hi + kx]
            # taken cells in the block at each corner of the window: an integral image
            s = np.zeros((window.shape[0] + 1, window.shape[1] + 1), dtype=np.int32)
            s[1:, 1:] = window.cumsum(0, dtype=np.int32).cumsum(1)
            inside = s[ky:, kx:] - s[:-ky, kx:] - s[ky:, :-kx] + s[:-ky, :-kx]
            whole = r_lo == 0 and c_lo == 0 and r_hi == rows and c_hi == cols
            if (inside == 0).any():
                dy = (np.arange(r_lo, r_hi + 1) - y) * self.ch
                dx = (np.arange(c_lo, c_hi + 1) - x) * self.cw
                distance = dy[:, None] ** 2 + dx[None, :] ** 2
                distance[inside != 0] = np.inf
                best = int(np.argmin(distance))
                nearest = math.sqrt(float(distance.flat[best]))
                # a corner outside the window is more than ``reach`` cells away on some axis
                if nearest <= reach * unit or whole:
                    r, c = divmod(best, inside.shape[1])
                    self.reach = max(2, abs(r_lo + r - r0), abs(c_lo + c - c0))
                    return c_lo + c, r_lo + r
                reach = math.ceil(nearest / unit)
            elif whole:
                return None
            else:
                reach *= 2


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
