"""Fair share: how fast short requests answer while every user worker runs a runaway query.

    python -m bench.bench_fair_share [--claims 2000] [--asks 200] [--supports 40]

Builds the synthetic store of ``bench_api``, starts ``allegiance serve`` on it with two user
workers and the default two reserve workers, and measures ``ASK {}`` and ``/api/supports``
(each with a ``since`` date not asked before, so the roll-up runs its queries in the workers
every time) first on the idle server, then while two client threads keep both user workers busy
with runaway queries (a count over a four-way cartesian product, re-sent as soon as it is cut at
the time limit). Prints p50 and p99 of each, and the busy/idle ratio of p99;
``/api/supports cached`` is the same question asked again (answered from the server's cache
until the next write).
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import tempfile
import threading
import time
from pathlib import Path

import httpx

from bench.bench_api import build_store
from bench.common import Figure, start_server, stop

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
WORKERS = 2


def percentile(times: list[float], p: float) -> float:
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def measure(url: str, asks: int, supports: int, first_day: int) -> dict[str, list[float]]:
    """Times of ``asks`` ASK {} and ``supports`` uncached /api/supports, in seconds."""
    out: dict[str, list[float]] = {"ASK {}": [], "/api/supports": [], "/api/supports cached": []}
    start_day = dt.date(2024, 1, 1)
    with httpx.Client(base_url=url, timeout=120) as client:
        for _ in range(asks):
            t = time.perf_counter()
            client.get("/sparql", params={"query": "ASK {}"}).raise_for_status()
            out["ASK {}"].append(time.perf_counter() - t)
        for i in range(supports):
            since = (start_day + dt.timedelta(days=first_day + i)).isoformat()
            t = time.perf_counter()
            client.get("/api/supports", params={"since": since}).raise_for_status()
            out["/api/supports"].append(time.perf_counter() - t)
        for _ in range(supports):
            t = time.perf_counter()
            client.get("/api/supports").raise_for_status()
            out["/api/supports cached"].append(time.perf_counter() - t)
    return out


def keep_busy(url: str, stop: threading.Event, cut: list[int]) -> None:
    """Send runaways one after another until ``stop``; count those cut at the limit."""
    with httpx.Client(base_url=url, timeout=120) as client:
        while not stop.is_set():
            r = client.get("/sparql", params={"query": RUNAWAY})
            if r.status_code == 504:
                cut.append(1)


def run(
    claims: int = 2000, asks: int = 200, supports: int = 40, timeout: float = 10.0
) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        store_path = Path(tmp) / "store"
        size = build_store(store_path, claims)
        print(f"bench fair share: store of {size} triples, {claims} claims; {WORKERS} user workers")
        process, url = start_server(store_path, query_timeout=timeout, query_workers=WORKERS)
        try:
            idle = measure(url, asks, supports, first_day=0)
            halt, cut = threading.Event(), []
            threads = [
                threading.Thread(target=keep_busy, args=(url, halt, cut)) for _ in range(WORKERS)
            ]
            for t in threads:
                t.start()
            time.sleep(1.0)  # both runaways in their workers
            started = time.perf_counter()
            loaded = measure(url, asks, supports, first_day=supports)
            took = time.perf_counter() - started
            halt.set()
            for t in threads:
                t.join()
        finally:
            stop(process)
    print(f"bench fair share: {took:.0f} s under load; {len(cut)} runaways cut at the time limit")
    figures = []
    for name in idle:
        i99, b99 = percentile(idle[name], 99), percentile(loaded[name], 99)
        print(
            f"bench fair share: {name}: idle p50 {statistics.median(idle[name]) * 1e3:.0f} ms, "
            f"p99 {i99 * 1e3:.0f} ms; every user worker on a runaway: "
            f"p50 {statistics.median(loaded[name]) * 1e3:.0f} ms, p99 {b99 * 1e3:.0f} ms "
            f"({len(loaded[name])} requests; p99 busy/idle {b99 / i99:.1f})"
        )
        if name != "/api/supports cached":
            figures.append(
                Figure(
                    f"fair share: {name} p99, user workers on runaways",
                    f"{b99 * 1e3:.0f} ms",
                    "-",
                    None,
                    f"idle p99 {i99 * 1e3:.0f} ms (x{b99 / i99:.1f}), {len(loaded[name])} requests",
                )
            )
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=2000)
    parser.add_argument("--asks", type=int, default=200)
    parser.add_argument("--supports", type=int, default=40)
    parser.add_argument("--timeout", type=float, default=10.0, help="the query time limit")
    args = parser.parse_args()
    Figure.table(run(args.claims, args.asks, args.supports, args.timeout))


if __name__ == "__main__":
    main()
