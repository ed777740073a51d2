"""A store of a million triples and more, made by replicating a real build, and the question API
on it (by hand: ``python -m bench.bench_million``, or ``BENCH_SIZE=full make bench``).

    python -m bench.bench_million [--docs 100] [--quads 1000000] [--rounds 5]

Builds ``--docs`` synthetic articles (bench/corpus.py) with the real pipeline, then copies their
document graphs until the store holds ``--quads`` quads: every copy gets new document identifiers,
document and graph IRIs and claim IRIs, and keeps the entities (the same actors, more evidence,
as a bigger corpus of the same news would), and writes the actor graph of the whole (timed). Then
``allegiance serve`` on it, and the p50 of ``/api/supports?actor=...`` uncached: each round asks
with another ``limit``, so that no answer comes from the server's cache. (A SPARQL Update would
clear the cache too, but it rebuilds the whole actor graph, minutes at this size.)
"""

from __future__ import annotations

import argparse
import re
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from bench.common import ID, Figure, start_server, stop
from bench.corpus import make_corpus
from graph.analysis.actorgraph import refresh
from graph.settings import Settings
from graph.store import EmbeddedStore
from graph.store.build import Builder
from graph.text.documents import read_document

_DOC = re.compile(re.escape(ID) + r"(graph/doc/|doc/|claim/)")
_IDENTIFIER = re.compile(r'(<http://purl.org/dc/terms/identifier> ")')


def _copy(nquads: str, k: int) -> str:
    """The document graphs again, under new document, graph and claim IRIs."""
    text = _DOC.sub(lambda m: f"{m.group(0)}c{k}-", nquads)
    return _IDENTIFIER.sub(lambda m: f"{m.group(1)}c{k}-", text)


def build(path: Path, docs: int, quads: int) -> tuple[int, int]:
    """The real build of ``docs`` articles, replicated to ``quads``; (quads, copies)."""
    sources = [read_document(p) for p in make_corpus(path.parent / "corpus", docs)]
    store = EmbeddedStore(path)
    Builder(Settings(store_path=path), store).ingest(sources)
    store.close()
    raw = ox.Store(str(path))
    prefix = ID + "graph/doc/"
    documents = [q for q in raw if str(getattr(q.graph_name, "value", "")).startswith(prefix)]
    text = ox.serialize(documents, format=ox.RdfFormat.N_QUADS) or b""
    size, copies = len(raw), 0
    while size < quads:
        copies += 1
        raw.bulk_load(_copy(text.decode(), copies).encode(), format=ox.RdfFormat.N_QUADS)
        size = len(raw)
    raw.flush()
    del raw
    store = EmbeddedStore(path)
    started = time.perf_counter()
    refresh(store, Settings(store_path=path))  # the copies' claims are in no pair yet
    print(f"bench million: actor graph of {size:,} quads in {time.perf_counter() - started:.0f} s")
    store.close()
    return size, copies


def run(docs: int, quads: int, rounds: int) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        path = Path(tmp) / "store"
        started = time.perf_counter()
        size, copies = build(path, docs, quads)
        print(
            f"bench million: {size:,} quads ({docs} documents built, {copies} copies) "
            f"in {time.perf_counter() - started:.0f} s"
        )
        process, url = start_server(path, query_timeout=120)
        try:
            with httpx.Client(base_url=url, timeout=300) as client:
                started = time.perf_counter()
                client.get("/api/supports", params={"actor": "Russia", "limit": 50})
                first = time.perf_counter() - started
                times = []
                for n in range(rounds):
                    started = time.perf_counter()
                    r = client.get("/api/supports", params={"actor": "Russia", "limit": 60 + n})
                    times.append(time.perf_counter() - started)
                    r.raise_for_status()
        finally:
            stop(process)
    p50 = statistics.median(times)
    print(
        f"bench million: /api/supports?actor=Russia first after start {first:.2f} s, "
        f"uncached p50 {p50:.2f} s over {rounds} requests"
    )
    return [
        Figure(
            "/api/supports?actor= p50 uncached, 1M",
            f"{p50 * 1e3:,.0f} ms",
            "<= 50 ms",
            p50 <= 0.05,
            f"{size:,} quads; first after start {first:.1f} s",
        )
    ]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100)
    ap.add_argument("--quads", type=int, default=1_000_000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    Figure.table(run(args.docs, args.quads, args.rounds))


if __name__ == "__main__":
    main()
