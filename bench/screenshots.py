"""Screenshots of the network page at 150, 1,000 and 5,000 nodes, for docs/ and the README.

    python -m bench.screenshots [--sizes 150 1000 5000] [--out docs]

For each size, builds a synthetic store of that many actors (states and organisations) and four
times as many edges (``bench.bench_network.synthesise``: a few hubs, as in the news), serves it,
opens ``/graph?limit=0`` (every actor, laid out on the server) in Debian's headless Chromium and
saves ``docs/network-<size>.png``. It checks on the drawn positions what the page promises: no
two node boxes overlap and every node lies inside the canvas; a size where either fails is named
and the script exits non-zero.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

from bench.bench_network import CHROMIUM, CHROMIUM_ARGS, build_store
from bench.common import ROOT, start_server, stop

# the drawn boxes of every node, in screen pixels, and the canvas's size
BOXES = """() => {
  const net = allegiance.network;
  const frame = document.getElementById("network").getBoundingClientRect();
  const boxes = allegiance.nodes.getIds().map((id) => {
    const b = net.getBoundingBox(id);
    const tl = net.canvasToDOM({x: b.left, y: b.top});
    const br = net.canvasToDOM({x: b.right, y: b.bottom});
    return [tl.x, tl.y, br.x, br.y];
  });
  return [boxes, frame.width, frame.height];
}"""


def problems(boxes: list[list[float]], width: float, height: float) -> list[str]:
    """Overlapping boxes and boxes outside the canvas (a sweep over x: fast at 5,000 nodes)."""
    out = [
        f"node {i} outside"
        for i, (left, top, right, bottom) in enumerate(boxes)
        if left < 0 or top < 0 or right > width or bottom > height
    ]
    order = sorted(range(len(boxes)), key=lambda i: boxes[i][0])
    for k, i in enumerate(order):
        for j in order[k + 1 :]:
            if boxes[j][0] >= boxes[i][2]:
                break
            if boxes[i][1] < boxes[j][3] and boxes[j][1] < boxes[i][3]:
                out.append(f"nodes {i} and {j} overlap")
    return out


def with_actor_graph(path: Path) -> None:
    """The store's actor graph, built here rather than by the server as it starts (a busy
    machine takes longer for 20,000 pairs than a server is given to answer)."""
    from graph.analysis.actorgraph import ensure
    from graph.settings import Settings
    from graph.store import EmbeddedStore

    store = EmbeddedStore(path)
    try:
        ensure(store, Settings(store_path=path))
    finally:
        store.close()


def shoot(browser: Any, url: str, path: Path) -> list[str]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.goto(url)
    page.wait_for_function("window.allegiance && window.allegiance.ready", timeout=600_000)
    boxes, width, height = page.evaluate(BOXES)
    page.screenshot(path=str(path))
    page.close()
    return problems(boxes, width, height)


def main() -> None:
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[150, 1000, 5000])
    parser.add_argument("--out", type=Path, default=ROOT / "docs")
    args = parser.parse_args()
    failed = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for size in args.sizes:
            with tempfile.TemporaryDirectory() as tmp:
                build_store(Path(tmp) / "store", size, 4 * size)
                with_actor_graph(Path(tmp) / "store")
                process, url = start_server(Path(tmp) / "store", query_timeout=600)
                try:
                    path = args.out / f"network-{size}.png"
                    found = shoot(browser, url + "/graph?limit=0", path)
                finally:
                    stop(process)
            print(f"{path}: {size} nodes, {len(found)} problems {found[:3]}")
            if found:
                failed.append(size)
        browser.close()
    if failed:
        sys.exit(f"overlapping or cut-off nodes at {failed} nodes")


if __name__ == "__main__":
    main()
