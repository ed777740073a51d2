"""Benchmark the network page on a synthetic graph of 5,000 entities and 20,000 edges.

    python -m bench.bench_network [--entities 5000] [--edges 20000]

Builds a store in our shape (entity registry, dated documents, one reified claim per edge, the
ontology), starts ``allegiance serve`` on it, and opens ``/graph`` in Debian's headless Chromium
(``make setup-browser``). Prints one line per figure: the time from navigation to the first
stable render (data fetched, drawn, physics stopped) of the default view (the 150 best-connected
actors), of every actor (``?limit=0``) and of the entity-level view of every claim
(``?view=full&limit=0``), all laid out on the server, the time of the data alone
(``/api/network``, first request: the actor graph's records, or every claim), the bytes each page
transfers (HTML, scripts, styles and data), and, as a baseline from the same run, the time to
first render of an empty network (the page and vis-network, no data) with the ratios against it.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx

from bench.common import (
    AL,
    DCT,
    ID,
    PROV,
    RDF,
    RDFS,
    RELATIONS,
    XSD,
    Figure,
    literal,
    load_store,
    start_server,
    stop,
)

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# "all" is every actor (the actor view, no limit): what the page draws for "every node" at
# scale, and what the target speaks of. "full" is the entity-level view of every claim, measured
# too (no target): it reads every claim, where the actor view reads the stored actor graph. In
# this synthetic store every entity is a state or organisation, so both draw the same nodes.
VIEWS = {
    "empty": "?actor=nobody-at-all",
    "default": "",
    "all": "?limit=0",
    "full": "?view=full&limit=0",
}


def _q(s: str, p: str, o: str, g: str) -> str:
    return f"<{s}> <{p}> {o} <{g}> .\n"


def synthesise(entities: int, edges: int, seed: int = 7) -> str:
    """N-Quads: ``entities`` states and organisations, ``edges`` distinct ordered pairs."""
    rng = random.Random(seed)
    reg = ID + "graph/entities"
    out: list[str] = []
    ids = [ID + (f"state/S{i}" if i % 5 else f"org/O{i}") for i in range(entities)]
    for i, e in enumerate(ids):
        out.append(_q(e, RDF + "type", f"<{AL}{'Organization' if i % 5 == 0 else 'State'}>", reg))
        out.append(_q(e, RDFS + "label", literal(f"Actor {i}"), reg))
    pairs: set[tuple[int, int]] = {(i, (i + 1) % entities) for i in range(entities)}
    while len(pairs) < edges:  # a few hubs, as in the news
        s, o = (int(entities * rng.random() ** 2.5) for _ in range(2))
        if s != o:
            pairs.add((s, o))
    for n, (s, o) in enumerate(sorted(pairs)):
        name = f"{n // 20:05d}_synthetic.txt"
        graph, doc, claim = ID + f"graph/doc/{name}", ID + f"doc/{name}", ID + f"claim/{n}"
        if n % 20 == 0:
            date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            out.append(_q(doc, RDF + "type", f"<{AL}Document>", graph))
            out.append(_q(doc, DCT + "identifier", literal(name), graph))
            out.append(_q(doc, DCT + "date", literal(date, XSD + "date"), graph))
        p = AL + rng.choice(RELATIONS)
        hedged = str(rng.random() < 0.15).lower()
        out += [
            _q(claim, RDF + "type", f"<{AL}Claim>", graph),
            _q(claim, RDF + "subject", f"<{ids[s]}>", graph),
            _q(claim, RDF + "predicate", f"<{p}>", graph),
            _q(claim, RDF + "object", f"<{ids[o]}>", graph),
            _q(claim, PROV + "wasDerivedFrom", f"<{doc}>", graph),
            _q(claim, AL + "evidence", literal(f"Actor {s} did something to Actor {o}."), graph),
            _q(claim, AL + "negated", literal("false", XSD + "boolean"), graph),
            _q(claim, AL + "hedged", literal(hedged, XSD + "boolean"), graph),
            _q(ids[s], p, f"<{ids[o]}>", graph),
        ]
    return "".join(out)


def build_store(path: Path, entities: int, edges: int) -> None:
    load_store(path, synthesise(entities, edges))


def render(browser: Any, url: str) -> tuple[float, int, int, int]:
    """Seconds from navigation to the first stable render, bytes transferred, nodes, edges."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    sizes: list[int] = []
    page.on("requestfinished", lambda r: sizes.append(r.sizes()["responseBodySize"]))
    started = time.perf_counter()
    page.goto(url)
    page.wait_for_function("window.allegiance && window.allegiance.ready", timeout=600_000)
    seconds = time.perf_counter() - started
    nodes, edges, draw_ms = page.evaluate(
        "[allegiance.nodes.length, allegiance.edges.length, allegiance.renderMs]"
    )
    page.close()
    print(f"bench network: drawing alone (data in hand to stable render) {draw_ms / 1e3:.2f} s")
    return seconds, sum(sizes), nodes, edges


def run(entities: int, edges: int) -> list[Figure]:
    from playwright.sync_api import sync_playwright

    api: dict[str, float] = {}
    seconds: dict[str, float] = {}
    shown: dict[str, tuple[int, int, int]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        build_store(Path(tmp) / "store", entities, edges)
        process, url = start_server(Path(tmp) / "store", query_timeout=600)
        try:
            for name, query in VIEWS.items():  # the data alone, uncached (the first request)
                started = time.perf_counter()
                r = httpx.get(url + "/api/network" + query, timeout=600)
                r.raise_for_status()
                api[name] = time.perf_counter() - started
                print(f"bench network: /api/network {name} view, first request {api[name]:.2f} s")
            with sync_playwright() as p:
                browser = p.chromium.launch(
                    executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True
                )
                for name, query in VIEWS.items():
                    s, size, n_nodes, n_edges = render(browser, url + "/graph" + query)
                    seconds[name], shown[name] = s, (n_nodes, n_edges, size)
                    print(
                        f"bench network: page {name} view ({n_nodes} nodes, {n_edges} edges, "
                        f"{size:,} bytes): first stable render {s:.2f} s"
                    )
                browser.close()
        finally:
            stop(process)
    n_nodes, n_edges, size = shown["all"]
    return [
        Figure(
            f"page first stable render, every actor, {entities // 1000}k / {edges // 1000}k",
            f"{seconds['all']:.2f} s",
            "<= 2 s",
            seconds["all"] <= 2.0,
            f"{n_nodes} nodes, {n_edges} edges, {size / 1e6:.1f} MB; data alone "
            f"{api['all']:.2f} s; empty page {seconds['empty']:.2f} s",
        ),
        Figure(
            "page first stable render, full view (every claim)",
            f"{seconds['full']:.2f} s",
            "-",
            None,
            f"{shown['full'][0]} nodes, {shown['full'][1]} edges; data alone {api['full']:.2f} s",
        ),
        Figure(
            "page first stable render, default view",
            f"{seconds['default']:.2f} s",
            "-",
            None,
            f"{shown['default'][0]} nodes, {shown['default'][1]} edges",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--entities", type=int, default=5000)
    parser.add_argument("--edges", type=int, default=20000)
    args = parser.parse_args()
    Figure.table(run(args.entities, args.edges))


if __name__ == "__main__":
    main()
