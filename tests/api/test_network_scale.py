"""The network page at 1,000 and 5,000 nodes in Debian's headless Chromium, on synthetic stores
of that many actors and four times as many edges (``bench.bench_network``'s shape: a few hubs,
as in the news). Read from the drawn page, as ``bench.screenshots`` does: no two node boxes
overlap, every node lies inside the canvas, and each drawn box lies within the box the server
laid out for it; hedged edges keep dashes that can be seen (and drawn in time)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bench.bench_network import build_store
from bench.screenshots import BOXES, problems, with_actor_graph
from tests.api.conftest import (
    DRAWN_NODES,
    ROOT,
    Server,
    beyond_laid_out_boxes,
    start_server,
    stop_server,
)

OUTPUT = ROOT / "test-output"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module", params=[1000, pytest.param(5000, marks=pytest.mark.slow)])
def synthetic(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Server]:
    """A server on a store of ``param`` actors and four times as many edges."""
    size: int = request.param
    root = tmp_path_factory.mktemp(f"network-{size}")
    build_store(root / "store", size, 4 * size)
    with_actor_graph(root / "store")  # built here: the server is not given minutes to start
    server = start_server(root / "store", root / "server.log", query_timeout=600)
    yield server
    stop_server(server)


def test_no_two_drawn_nodes_overlap_and_every_node_is_inside_the_canvas(
    browser: Any, synthetic: Server
) -> None:
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    errors: list[str] = []
    tab.on("pageerror", lambda e: errors.append(str(e)))
    try:
        tab.goto(synthetic.url + "/graph?limit=0")  # every actor
        tab.wait_for_function("window.allegiance && window.allegiance.ready", timeout=300_000)
        boxes, width, height = tab.evaluate(BOXES)  # on the screen: what a user sees
        drawn = tab.evaluate(DRAWN_NODES)
        scale, dashes = tab.evaluate(
            "[allegiance.network.getScale(), allegiance.edges.get().map((e) => e.dashes)]"
        )
        OUTPUT.mkdir(exist_ok=True)
        tab.screenshot(path=str(OUTPUT / f"network-{len(boxes)}.png"))
    finally:
        tab.close()
    assert errors == []
    assert len(boxes) == len(drawn) in (1000, 5000)
    assert problems(boxes, width, height) == []
    assert beyond_laid_out_boxes(drawn) == []
    # hedged and disputed edges still dashed, the dashes scaled to be as long on the screen as a
    # small view's (5px; vis-network's own would be a fraction of a pixel, and slow to draw)
    hedged = [d for d in dashes if d and len(d) == 2]
    assert len(hedged) > len(dashes) / 20
    assert all(4 <= d[0] * scale <= 5 for d in hedged)


# whether vis-network draws arrowheads on the edges now (its own state of the drawn edges)
ARROWS_DRAWN = """() => Object.values(allegiance.network.body.edges)
  .map((e) => e.options.arrows.to.enabled)"""


def test_arrowheads_are_drawn_once_zoomed_in_to_see_them(browser: Any, synthetic: Server) -> None:
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        tab.goto(synthetic.url + "/graph?limit=0")
        tab.wait_for_function("window.allegiance && window.allegiance.ready", timeout=300_000)
        fitted_scale = tab.evaluate("allegiance.network.getScale()")
        fitted = tab.evaluate(ARROWS_DRAWN)
        tab.evaluate("allegiance.network.moveTo({ scale: 1.5, animation: false })")
        tab.wait_for_function(f"({ARROWS_DRAWN})().every((on) => on)", timeout=60_000)
        tab.evaluate("allegiance.network.fit({ animation: false })")
        tab.wait_for_function(f"!({ARROWS_DRAWN})().some((on) => on)", timeout=60_000)
    finally:
        tab.close()
    # fitted, the shortest arrowhead (9 + 3 canvas units) would be under 4 pixels: not drawn
    assert fitted_scale * 12 < 4 and not any(fitted)
