"""Benchmark the HTTP API on a synthetic graph of 100,000+ triples in our shape.

    python -m bench.bench_api [--claims 8000] [--requests 200] [--supports-requests 100]

Builds a store (entities registry, one graph per document, reified claims with provenance and
their plain triples, the ontology), starts ``allegiance serve`` on it in a subprocess, and prints
one line per figure: requests per second for ``/api/supports`` (and the time of its first,
uncached answer) and for a typical SPARQL SELECT over HTTP (sequential httpx client), and the
ratio of the HTTP time of that SELECT to the same query run (and serialised to JSON) directly on
pyoxigraph in this process, the two alternating in the same run; and a one-label look-up over
HTTP, ours against an Oxigraph server (``oxigraph serve``, from PyPI) on a copy of the same store.
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

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
    start_oxigraph,
    start_server,
    stop,
)

SELECT = f"""PREFIX al: <{AL}>
PREFIX rdf: <{RDF}>
PREFIX rdfs: <{RDFS}>
SELECT ?supplier (COUNT(?c) AS ?claims) WHERE {{
  ?c a al:Claim ; rdf:predicate al:supplies ; rdf:subject ?supplier ; rdf:object ?russia .
  ?russia rdfs:label "State 0" .
}} GROUP BY ?supplier ORDER BY DESC(?claims)"""


def _q(s: str, p: str, o: str, g: str) -> str:
    return f"{s} {p} {o} {g} .\n"


def _iri(value: str) -> str:
    return f"<{value}>"


def synthesise(claims: int, seed: int = 7) -> str:
    """N-Quads of a graph in the pipeline's shape, with about 14 triples per claim."""
    rng = random.Random(seed)
    ent = _iri(ID + "graph/entities")
    out: list[str] = []
    states = [ID + f"state/S{i}" for i in range(60)]
    agencies = [ID + f"agency/A{i}" for i in range(120)]
    officials = [ID + f"official/O{i}" for i in range(300)]
    for i, s in enumerate(states):
        out += [_q(_iri(s), _iri(RDF + "type"), _iri(AL + "State"), ent)]
        out += [_q(_iri(s), _iri(RDFS + "label"), literal(f"State {i}"), ent)]
    for i, a in enumerate(agencies):
        out += [_q(_iri(a), _iri(RDF + "type"), _iri(AL + "Agency"), ent)]
        out += [_q(_iri(a), _iri(RDFS + "label"), literal(f"Agency {i}"), ent)]
        out += [_q(_iri(a), _iri(AL + "partOf"), _iri(states[i % 60]), ent)]
    for i, o in enumerate(officials):
        out += [_q(_iri(o), _iri(RDF + "type"), _iri(AL + "Official"), ent)]
        out += [_q(_iri(o), _iri(RDFS + "label"), literal(f"Official {i}"), ent)]
        out += [_q(_iri(o), _iri(AL + "memberOf"), _iri(agencies[i % 120]), ent)]
    actors = states + agencies + officials
    per_doc = 12
    for d in range(claims // per_doc + 1):
        name = f"{d:05d}_synthetic.txt"
        graph, doc = _iri(ID + f"graph/doc/{name}"), _iri(ID + f"doc/{name}")
        out += [_q(doc, _iri(RDF + "type"), _iri(AL + "Document"), graph)]
        out += [_q(doc, _iri(DCT + "identifier"), literal(name), graph)]
        date = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        out += [_q(doc, _iri(DCT + "date"), literal(date, XSD + "date"), graph)]
        for k in range(min(per_doc, claims - d * per_doc)):
            s, o = rng.choice(actors), rng.choice(states)
            p = AL + rng.choice(RELATIONS)
            c = _iri(ID + f"claim/{d}-{k}")
            negated = rng.random() < 0.1
            out += [
                _q(c, _iri(RDF + "type"), _iri(AL + "Claim"), graph),
                _q(c, _iri(RDF + "subject"), _iri(s), graph),
                _q(c, _iri(RDF + "predicate"), _iri(p), graph),
                _q(c, _iri(RDF + "object"), _iri(o), graph),
                _q(c, _iri(PROV + "wasDerivedFrom"), doc, graph),
                _q(c, _iri(AL + "evidence"), literal(f"Sentence {k} of {name}."), graph),
                _q(c, _iri(AL + "beginIndex"), literal(str(k * 80), XSD + "integer"), graph),
                _q(c, _iri(AL + "endIndex"), literal(str(k * 80 + 79), XSD + "integer"), graph),
                _q(c, _iri(AL + "negated"), literal(str(negated).lower(), XSD + "boolean"), graph),
                _q(
                    c,
                    _iri(AL + "hedged"),
                    literal(str(rng.random() < 0.2).lower(), XSD + "boolean"),
                    graph,
                ),
                _q(c, _iri(AL + "trigger"), literal("supplied"), graph),
                _q(c, _iri(AL + "rule"), literal("synthetic"), graph),
                _q(c, _iri(AL + "confidence"), literal("0.8", XSD + "decimal"), graph),
                _q(doc, _iri(AL + "mentions"), _iri(s), graph),
            ]
            if not negated:
                out.append(_q(_iri(s), _iri(p), _iri(o), graph))
    return "".join(out)


def build_store(path: Path, claims: int) -> int:
    return load_store(path, synthesise(claims))


LOOKUP = f"""PREFIX rdfs: <{RDFS}>
SELECT ?label WHERE {{ <{ID}state/S7> rdfs:label ?label }}"""
CLAIMS = {"ci": 8000, "full": 8000}


def timed(fn: object, n: int) -> list[float]:
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()  # type: ignore[operator]
        times.append(time.perf_counter() - start)
    return times


def _sparql(client: httpx.Client, path: str, query: str) -> None:
    r = client.post(
        path,
        content=query,
        headers={
            "content-type": "application/sparql-query",
            "accept": "application/sparql-results+json",
        },
    )
    r.raise_for_status()


def run(claims: int, requests: int = 200, supports_requests: int = 100) -> list[Figure]:
    with tempfile.TemporaryDirectory(prefix="allegiance-bench-") as tmp:
        store_path = Path(tmp) / "store"
        size = build_store(store_path, claims)
        shutil.copytree(store_path, Path(tmp) / "oxigraph")
        print(f"bench api: store of {size} triples, {claims} claims")
        process, url = start_server(store_path, query_timeout=60)
        oxigraph, oxigraph_url = start_oxigraph(Path(tmp) / "oxigraph")
        try:
            with (
                httpx.Client(base_url=url, timeout=120) as client,
                httpx.Client(base_url=oxigraph_url, timeout=120) as theirs,
            ):

                def supports() -> None:
                    client.get("/api/supports").raise_for_status()

                cold = timed(supports, 1)[0]  # the first answer after (re)start or a write
                t_supports = timed(supports, supports_requests)
                direct_store = ox.Store.read_only(str(store_path))

                def direct() -> None:
                    result = direct_store.query(SELECT, use_default_graph_as_union=True)
                    result.serialize(format=ox.QueryResultsFormat.JSON)  # type: ignore[union-attr]

                def sparql() -> None:
                    _sparql(client, "/sparql", SELECT)

                def ours() -> None:
                    _sparql(client, "/sparql", LOOKUP)

                def oxigraph_lookup() -> None:
                    _sparql(theirs, "/query", LOOKUP)

                for warm in (sparql, direct, ours, oxigraph_lookup):  # workers, page cache
                    timed(warm, 5)
                # alternate the pairs, so that drifting machine load hits both alike; and which
                # look-up comes first after the two SELECTs, since the first finds every cache
                # (the client's too) cold: with ours always first, its median look-up took
                # 0.45 ms more and the ratio was 0.43, against 0.82 with Oxigraph server's
                # always first (the same two servers; docs/scale.md)
                t_http, t_direct, t_ours, t_theirs = [], [], [], []
                for i in range(requests):
                    t_http += timed(sparql, 1)
                    t_direct += timed(direct, 1)
                    if i % 2 == 0:
                        t_ours += timed(ours, 1)
                        t_theirs += timed(oxigraph_lookup, 1)
                    else:
                        t_theirs += timed(oxigraph_lookup, 1)
                        t_ours += timed(ours, 1)
        finally:
            stop(oxigraph)
            stop(process)
    http_ms, direct_ms = statistics.mean(t_http) * 1e3, statistics.mean(t_direct) * 1e3
    ours_rps, theirs_rps = requests / sum(t_ours), requests / sum(t_theirs)
    print(f"bench api: /api/supports first answer after a write: {cold * 1e3:.0f} ms")
    print(f"bench api: /api/supports cached: {supports_requests / sum(t_supports):.1f} req/s")
    print(f"bench api: SPARQL SELECT over HTTP {http_ms:.2f} ms, in-process {direct_ms:.2f} ms")
    print(
        f"bench api: one-label look-up: ours {ours_rps:.0f} req/s "
        f"(median {statistics.median(t_ours) * 1e3:.2f} ms), Oxigraph server {theirs_rps:.0f} "
        f"req/s (median {statistics.median(t_theirs) * 1e3:.2f} ms)"
    )
    # the ratio of the medians: a single stall of either server (one of 200 requests taking
    # 100 ms) moves requests / summed time by half, so that figure tells the machine's
    # hiccups, not the servers' costs; both are printed above
    ratio = statistics.median(t_theirs) / statistics.median(t_ours)
    return [
        Figure(
            "SPARQL SELECT, HTTP / in-process time",
            f"{http_ms / direct_ms:.2f}",
            "-",
            None,
            f"{http_ms:.2f} ms vs {direct_ms:.2f} ms, {claims} claims",
        ),
        Figure(
            "look-up req/s, ours / Oxigraph server's (medians)",
            f"{ratio:.2f}",
            ">= 0.70",
            ratio >= 0.70,
            f"{1 / statistics.median(t_ours):.0f} vs {1 / statistics.median(t_theirs):.0f} "
            "req/s at the median request, sequential",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--claims", type=int, default=CLAIMS["ci"])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--supports-requests", type=int, default=100)
    args = parser.parse_args()
    Figure.table(run(args.claims, args.requests, args.supports_requests))


if __name__ == "__main__":
    main()
