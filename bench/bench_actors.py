"""Benchmark the question API over the stored actor graph (issue 14's indexed look-ups).

    python -m bench.bench_actors [--claims 7000] [--requests 40]     # CI size, ~100k triples
    python -m bench.bench_actors --claims 72000                       # by hand, ~1M triples
    python -m bench.bench_actors --store DIR                          # a store built before

Builds a synthetic store in the pipeline's shape (``bench.bench_api.synthesise``), writes its
actor graph (timed), starts ``allegiance serve`` on it and measures, all uncached (each request
differs from every earlier one, so no answer comes from the server's cache):

- the first ``/api/supports`` answer after the server is up;
- ``/api/supports?actor=X`` p50 and p90 (X cycling through the states);
- a full first page, ``/api/supports?limit=100`` (the limit varied to defeat the cache);
- ``/api/timeline?a=X`` p50.

Targets at 1M triples: ``?actor=X`` p50 <= 50 ms, a full first page <= 300 ms, the first answer
after start <= 1 s. With ``--store`` the store is used as it is (its actor graph written by
``allegiance build`` or by an earlier run); nothing in it is changed.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

import httpx

from bench.bench_api import build_store
from bench.common import Figure, start_server, stop
from graph.analysis.actorgraph import refresh
from graph.settings import Settings
from graph.store import EmbeddedStore

CLAIMS = {"ci": 7000, "full": 72000}


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3


def measure(path: Path, requests: int) -> dict[str, list[float]]:
    """Times, in seconds, of uncached answers of a server started on the store at ``path``."""
    process, url = start_server(path, query_timeout=60)
    try:
        with httpx.Client(base_url=url, timeout=120) as client:

            def get(path: str, **params: object) -> float:
                t = time.perf_counter()
                client.get(path, params=params).raise_for_status()
                return time.perf_counter() - t

            first = get("/api/supports")
            actor = [
                get("/api/supports", actor=f"State {i % 60}", limit=100 + i)
                for i in range(requests)
            ]
            page = [get("/api/supports", limit=101 + i) for i in range(requests)]
            timeline = [
                get("/api/timeline", a=f"State {i % 60}", interval=("month", "year")[i // 60])
                for i in range(min(requests, 120))
            ]
    finally:
        stop(process)
    return {"first": [first], "actor": actor, "page": page, "timeline": timeline}


def run(claims: int, requests: int = 40, store: Path | None = None) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        path = store or Path(tmp) / "store"
        if store is None:
            size = build_store(path, claims)
            writer = EmbeddedStore(path)
            started = time.perf_counter()
            refresh(writer, Settings(store_path=path))
            built = time.perf_counter() - started
            writer.close()
            print(f"bench actors: {size:,} quads ({claims} claims), actor graph in {built:.1f} s")
        reader = EmbeddedStore(path, read_only=True)
        quads = len(reader)
        reader.close()
        times = measure(path, requests)
    first, actor, page = times["first"][0], times["actor"], times["page"]
    print(f"bench actors: {quads:,} quads with the actor graph")
    print(f"bench actors: first /api/supports after start: {first * 1e3:.0f} ms")
    print(
        f"bench actors: /api/supports?actor=X uncached: p50 {_ms(actor, 0.5):.1f} ms, "
        f"p90 {_ms(actor, 0.9):.1f} ms"
    )
    print(
        f"bench actors: /api/supports first page (100 pairs) uncached: p50 {_ms(page, 0.5):.1f}"
        f" ms, p90 {_ms(page, 0.9):.1f} ms"
    )
    print(f"bench actors: /api/timeline?a=X uncached: p50 {_ms(times['timeline'], 0.5):.1f} ms")
    at = f"{quads / 1e6:.2f}M quads"
    return [
        Figure(
            f"/api/supports?actor= p50 uncached, {at}",
            f"{_ms(actor, 0.5):.0f} ms",
            "<= 50 ms at 1M",
            _ms(actor, 0.5) <= 50,
            f"{requests} requests, p90 {_ms(actor, 0.9):.0f} ms",
        ),
        Figure(
            f"/api/supports first page of 100 p50 uncached, {at}",
            f"{_ms(page, 0.5):.0f} ms",
            "<= 300 ms at 1M",
            _ms(page, 0.5) <= 300,
            f"{requests} requests, p90 {_ms(page, 0.9):.0f} ms",
        ),
        Figure(
            f"first /api/supports after start, {at}",
            f"{first * 1e3:.0f} ms",
            "<= 1000 ms at 1M",
            first <= 1.0,
            "the server answering ASK {} first",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=CLAIMS["ci"])
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--store", type=Path, help="a store with its actor graph, used as it is")
    args = parser.parse_args()
    Figure.table(run(args.claims, args.requests, args.store))


if __name__ == "__main__":
    main()
