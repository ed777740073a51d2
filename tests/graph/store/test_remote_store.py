"""The whole product on a real remote engine: an Oxigraph server from PyPI (``oxigraph serve``).

The suite starts the server on a free loopback port with ``--union-default-graph`` and points
``ALLEGIANCE_SPARQL_ENDPOINT`` at its ``/query`` URL alone (the update URL defaults to
``/update``). The build, queries, export in every format, ``allegiance serve`` (the question API,
the network data, ingestion with the token) then run against it, and every answer is compared
with the same thing done on the embedded store.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import httpx
import pyoxigraph as ox
import pytest

from bench.common import start_oxigraph, stop
from graph.store.remote import default_update_url
from tests.api.conftest import Server, start_server, stop_server
from tests.graph.conftest import PREFIXES, SEEDS, canonical_quads, run_cli

TOKEN = "remote-test-token"
ARTICLE = (
    "date 2024-11-20\nTehran ships drones to Moscow\n\n"
    "Iran has supplied hundreds of drones to Russia, according to Ukraine's intelligence.\n"
)
QUERIES = [
    "SELECT ?s ?o WHERE { ?c a al:Claim ; rdf:subject/rdfs:label ?s ; rdf:object/rdfs:label ?o }",
    "SELECT ?e ?l WHERE { ?e rdfs:label ?l }",
    """SELECT ?who (COUNT(?c) AS ?n) WHERE { ?c a al:Claim ; rdf:subject/rdfs:label ?who ;
       rdf:predicate ?rel . ?rel rdfs:subPropertyOf* al:supports } GROUP BY ?who""",
]
EXPORTS = {
    "trig": ox.RdfFormat.TRIG,
    "nquads": ox.RdfFormat.N_QUADS,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real Oxigraph server, with the seeds built into it by ``allegiance build``."""
    root = tmp_path_factory.mktemp("oxigraph")
    process, url = start_oxigraph(root / "store", root / "oxigraph.log")
    try:
        r = run_cli("build", SEEDS, "--quiet", env=_remote(url + "/query"))
        assert r.returncode == 0, r.stderr
        yield url
    finally:
        stop(process)


def _remote(endpoint: str, token: str | None = None) -> dict[str, str]:
    env = {"ALLEGIANCE_SPARQL_ENDPOINT": endpoint}
    if token:
        env["ALLEGIANCE_SPARQL_TOKEN"] = token
    return env


def _dataset(body: str | bytes, fmt: ox.RdfFormat) -> set[str]:
    data = body.encode() if isinstance(body, str) else body
    return canonical_quads(ox.parse(data, format=fmt))


def _export(fmt: str, *, store: Path | None = None, endpoint: str | None = None) -> set[str]:
    where = ["--store", str(store)] if store else []
    r = run_cli("export", *where, "--format", fmt, env=_remote(endpoint) if endpoint else None)
    assert r.returncode == 0, r.stderr
    return _dataset(r.stdout, EXPORTS[fmt])


def _rows(answer: str) -> list[tuple[tuple[str, str], ...]]:
    rows = json.loads(answer)["results"]["bindings"]
    return sorted(tuple(sorted((k, v["value"]) for k, v in row.items())) for row in rows)


def test_the_update_url_defaults_to_the_engines() -> None:
    assert default_update_url("http://h:7878/query") == "http://h:7878/update"
    assert default_update_url("http://h:3030/ds/query") == "http://h:3030/ds/update"
    assert default_update_url("http://h:7001") == "http://h:7001"
    assert default_update_url("http://h:8000/sparql") == "http://h:8000/sparql"


def test_the_build_writes_the_same_quads_as_the_embedded_one(
    oxigraph: str, seed_store: Path
) -> None:
    remote = _export("nquads", endpoint=oxigraph + "/query")
    assert any("/claim/" in q for q in remote)
    assert remote == _export("nquads", store=seed_store)


@pytest.mark.parametrize("fmt", sorted(EXPORTS))
def test_export_in_every_format(oxigraph: str, seed_store: Path, fmt: str) -> None:
    assert _export(fmt, endpoint=oxigraph + "/query") == _export(fmt, store=seed_store)


@pytest.mark.parametrize("sparql", QUERIES)
def test_queries_answer_as_on_the_embedded_store(
    oxigraph: str, seed_store: Path, sparql: str
) -> None:
    answers = []
    for where in (["--store", str(seed_store)], []):
        env = None if where else _remote(oxigraph + "/query")
        r = run_cli("query", *where, "--format", "json", PREFIXES + sparql, env=env)
        assert r.returncode == 0, r.stderr
        answers.append(_rows(r.stdout))
    assert answers[0] and answers[0] == answers[1]


@pytest.fixture(scope="module")
def servers(
    oxigraph: str, seed_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Server, Server]]:
    """``allegiance serve`` twice: on a copy of the embedded seeds, and on the Oxigraph server."""
    root = tmp_path_factory.mktemp("serve")
    shutil.copytree(seed_store, root / "store")
    embedded = start_server(root / "store", root / "embedded.log", write_token=TOKEN)
    try:
        remote = start_server(
            root / "unused",
            root / "remote.log",
            write_token=TOKEN,
            sparql_endpoint=oxigraph + "/query",
        )
    except Exception:
        stop_server(embedded)
        raise
    yield embedded, remote
    stop_server(remote)
    stop_server(embedded)


def _get(server: Server, path: str) -> object:
    with server.client() as http:
        r = http.get(path)
        assert r.status_code == 200, r.text
        return r.json()


@pytest.mark.parametrize(
    "path",
    ["/api/supports", "/api/opposes", "/api/supports?actor=Russia", "/api/network?view=full"],
)
def test_serve_answers_as_on_the_embedded_store(servers: tuple[Server, Server], path: str) -> None:
    embedded, remote = servers
    assert _get(remote, path) == _get(embedded, path)


def test_serve_speaks_sparql_and_draws_the_page(servers: tuple[Server, Server]) -> None:
    answers = []
    for server in servers:
        with server.client() as http:
            r = http.post(
                "/sparql",
                content=PREFIXES + QUERIES[0],
                headers={
                    "content-type": "application/sparql-query",
                    "accept": "application/sparql-results+json",
                },
            )
            assert r.status_code == 200, r.text
            answers.append(_rows(r.text))
            assert http.get("/graph").status_code == 200
    assert answers[0] == answers[1]


def test_ingestion_over_http_writes_what_the_embedded_store_gets(
    servers: tuple[Server, Server], oxigraph: str
) -> None:
    auth = {"authorization": f"Bearer {TOKEN}", "content-type": "text/plain"}
    for server in servers:
        with server.client() as http:
            r = http.post(
                "/api/documents",
                params={"identifier": "900_remote.txt"},
                content=ARTICLE.encode(),
                headers=auth,
                timeout=120,
            )
            assert r.status_code == 201, r.text
    embedded, remote = servers
    assert _get(remote, "/api/supports") == _get(embedded, "/api/supports")
    assert _get(remote, "/api/documents/900_remote.txt") == _get(
        embedded, "/api/documents/900_remote.txt"
    )
    query = {"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}
    json_accept = {"accept": "application/sparql-results+json"}
    counts = [
        httpx.get(oxigraph + "/query", params=query, headers=json_accept).json(),
        _get_sparql(embedded, query["query"]),
    ]
    assert counts[0] == counts[1]
    for server in servers:
        with server.client() as http:
            r = http.delete("/api/documents/900_remote.txt", headers=auth)
            assert r.status_code == 204, r.text
    assert _get(remote, "/api/supports") == _get(embedded, "/api/supports")


def _get_sparql(server: Server, sparql: str) -> object:
    with server.client() as http:
        r = http.get(
            "/sparql",
            params={"query": sparql},
            headers={"accept": "application/sparql-results+json"},
        )
        assert r.status_code == 200, r.text
        return r.json()


def test_a_remote_endpoint_refusing_the_update_is_a_clear_error(tmp_path: Path) -> None:
    """Our own server as the remote, with a write token the build does not send."""
    from tests.api.conftest import load_store

    load_store(tmp_path / "store")
    server = start_server(tmp_path / "store", tmp_path / "server.log", write_token=TOKEN)
    try:
        doc = tmp_path / "remote.txt"
        doc.write_text("Iran has supplied drones to Russia.\n")
        r = run_cli("build", doc, "--quiet", env=_remote(server.sparql))
        assert r.returncode != 0
        assert "403" in r.stderr and server.sparql in r.stderr
    finally:
        stop_server(server)


@pytest.mark.parametrize(
    ("sparql", "nothing"),
    [
        ("SELECT (COUNT(*) AS ?n) FROM <urn:x:none> WHERE { ?s ?p ?o }", True),
        ("SELECT (COUNT(*) AS ?n) FROM NAMED <urn:x:none> WHERE { ?s ?p ?o }", True),
        (
            "SELECT (COUNT(*) AS ?n) FROM <https://w3id.org/allegiance/id/graph/ontology> "
            "WHERE { ?s ?p ?o }",
            False,
        ),
        (
            "SELECT (COUNT(*) AS ?n) FROM NAMED <https://w3id.org/allegiance/id/graph/ontology> "
            "WHERE { GRAPH ?g { ?s ?p ?o } }",
            False,
        ),
    ],
)
def test_from_picks_the_dataset_on_the_remote_engine_too(
    oxigraph: str, seed_store: Path, sparql: str, nothing: bool
) -> None:
    """An engine with a union default graph would answer the whole store; the same dataset is
    sent as the protocol's parameters, so FROM means what it says on both stores."""
    counts = []
    for where in (["--store", str(seed_store)], []):
        env = None if where else _remote(oxigraph + "/query")
        r = run_cli("query", *where, "--format", "json", sparql, env=env)
        assert r.returncode == 0, r.stderr
        counts.append(int(json.loads(r.stdout)["results"]["bindings"][0]["n"]["value"]))
    everything = 0 if nothing else 1
    assert counts[0] == counts[1]
    assert (counts[0] == 0) is nothing and counts[0] >= everything


def test_a_look_up_is_the_remote_engines_answer_not_a_local_stores(tmp_path: Path) -> None:
    """With a remote engine, ``/sparql`` answers from it alone, a one-pattern look-up too (the
    server answers those in its own process only from its own store), even when a store lies
    at the store path on the local disk."""
    from tests.api.conftest import DATA, load_store

    load_store(tmp_path / "local", DATA / "fixture.trig")  # Russia and its label
    process, url = start_oxigraph(tmp_path / "remote")  # nothing at all
    try:
        server = start_server(
            tmp_path / "local", tmp_path / "server.log", sparql_endpoint=url + "/query"
        )
        try:
            label = "<http://www.w3.org/2000/01/rdf-schema#label>"
            for query in (
                f"ASK {{ <https://w3id.org/allegiance/id/state/RUS> {label} ?l }}",
                f"SELECT ?s WHERE {{ ?s {label} ?l }}",
            ):
                answer = _get_sparql(server, query)
                assert answer.get("boolean", False) is False, query  # type: ignore[union-attr]
                assert answer.get("results", {"bindings": []})["bindings"] == [], query  # type: ignore[union-attr]
        finally:
            stop_server(server)
    finally:
        stop(process)
