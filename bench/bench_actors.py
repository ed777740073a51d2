"""Benchmark the question API over the stored actor graph (issue 14's indexed look-ups).

    python -m bench.bench_actors [--claims 7000] [--requests 40]     # CI size, ~100k triples
    python -m bench.bench_actors --claims 72000                       # by hand, ~1M triples

Builds a synthetic store in the pipeline's shape (``bench.bench_api.synthesise``), writes its
actor graph (timed), starts ``allegiance serve`` on it and measures, all uncached (each request
differs from every earlier one, so no answer comes from the server's cache):

- the first ``/api/supports`` answer after the server is up;
- ``/api/supports?actor=X`` p50 and p90 (X cycling through the states);
- a full first page, ``/api/supports?limit=100`` (the limit varied to defeat the cache);
- ``/api/timeline?a=X`` p50.

Targets at 1M triples: ``?actor=X`` p50 <= 50 ms, a full first page <= 300 ms, the first answer
after start <= 1 s.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from bench.bench_api import build_store
from bench.common import start_server
from graph.analysis.actorgraph import refresh
from graph.settings import Settings
from graph.store import EmbeddedStore


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1e3


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=7000)
    parser.add_argument("--requests", type=int, default=40)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        path = Path(tmp) / "store"
        size = build_store(path, args.claims)
        store = EmbeddedStore(path)
        started = time.perf_counter()
        refresh(store, Settings(store_path=path))
        built = time.perf_counter() - started
        after = len(store)
        store.close()
        print(f"store: {size} quads ({args.claims} claims), {after} with the actor graph")
        print(f"actor graph written in {built:.1f} s")
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
                    for i in range(args.requests)
                ]
                page = [get("/api/supports", limit=101 + i) for i in range(args.requests)]
                timeline = [
                    get("/api/timeline", a=f"State {i % 60}", interval=("month", "year")[i // 60])
                    for i in range(min(args.requests, 120))
                ]
        finally:
            process.terminate()
            process.wait(timeout=30)
    print(f"first /api/supports after start: {first * 1e3:.0f} ms (target <= 1000)")
    print(
        f"/api/supports?actor=X uncached: p50 {_ms(actor, 0.5):.1f} ms, p90 {_ms(actor, 0.9):.1f}"
        f" ms (target p50 <= 50)"
    )
    print(
        f"/api/supports full first page (100 pairs) uncached: p50 {_ms(page, 0.5):.1f} ms,"
        f" p90 {_ms(page, 0.9):.1f} ms (target <= 300)"
    )
    print(f"/api/timeline?a=X uncached: p50 {statistics.median(timeline) * 1e3:.1f} ms")


if __name__ == "__main__":
    main()
