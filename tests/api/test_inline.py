"""Look-ups of one triple pattern answered in the server's own process (api/inline.py,
``GraphService.answer_inline``): the same answers as a query worker gives, byte for byte, and
answered while the only user worker runs a runaway.

Two servers on copies of the fixture graph: one answers look-ups of up to ``INLINE_ROWS`` rows
inline, the other sends every query to a worker (``query_inline_rows=0``)."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import DATA, Server, load_store, start_server, stop_server

INLINE_ROWS, MAX_ROWS, TIMEOUT = 5, 20, 4.0
AL = "https://w3id.org/allegiance/ontology#"
ID = "https://w3id.org/allegiance/id/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
QUERIES = [
    f"SELECT ?label WHERE {{ <{ID}state/RUS> <{RDFS}label> ?label }}",  # inline
    f"PREFIX al: <{AL}>\nSELECT * {{ ?s a al:State }}",  # inline
    f'ASK {{ ?s <{RDFS}label> "Russia" }}',  # inline
    f'ASK {{ ?s <{RDFS}label> "Atlantis" }}',
    "ASK {}",
    f"SELECT * {{ ?c a <{AL}Claim> }}",  # more rows than the inline budget: the worker
    "SELECT * { ?s ?p ?o }",  # more than the row limit: 400 either way
    "SELECT ?s { ?s rdfs:label ?o }",  # an undeclared prefix: 400 either way
    f"SELECT ?s {{ ?s <{RDFS}label> ?o . ?s a <{AL}State> }}",  # a join: the worker
]
ACCEPTS = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
    "text/turtle",  # not for SELECT or ASK: 406 either way
    "*/*",
    "",
]


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Server]]:
    root = tmp_path_factory.mktemp("inline")
    load_store(root / "store", DATA / "fixture.trig")
    shutil.copytree(root / "store", root / "worker-store")
    settings = dict(
        query_timeout=TIMEOUT, max_result_rows=MAX_ROWS, query_workers=1, query_reserve=1
    )
    running: dict[str, Server] = {}
    try:
        running["inline"] = start_server(
            root / "store", root / "inline.log", query_inline_rows=INLINE_ROWS, **settings
        )
        running["worker"] = start_server(
            root / "worker-store", root / "worker.log", query_inline_rows=0, **settings
        )
        yield running
    finally:
        for server in running.values():
            stop_server(server)


def _ask(server: Server, method: str, query: str, accept: str) -> httpx.Response:
    headers = {"accept": accept} if accept else {}
    if method == "GET":
        return httpx.get(server.sparql, params={"query": query}, headers=headers, timeout=30)
    if method == "POST form":
        return httpx.post(server.sparql, data={"query": query}, headers=headers, timeout=30)
    headers["content-type"] = "application/sparql-query"
    return httpx.post(server.sparql, content=query.encode(), headers=headers, timeout=30)


@pytest.mark.parametrize("method", ["GET", "POST", "POST form"])
@pytest.mark.parametrize("accept", ACCEPTS)
def test_inline_answers_are_the_workers_answers(
    servers: dict[str, Server], method: str, accept: str
) -> None:
    for query in QUERIES:
        inline = _ask(servers["inline"], method, query, accept)
        worker = _ask(servers["worker"], method, query, accept)
        assert inline.status_code == worker.status_code, (query, inline.text, worker.text)
        assert inline.content == worker.content, query
        for header in ("content-type", "vary", "content-encoding"):
            assert inline.headers.get(header) == worker.headers.get(header), (query, header)


def test_a_large_inline_answer_is_compressed_as_any_other(servers: dict[str, Server]) -> None:
    query = f"SELECT * {{ <{ID}state/RUS> ?p ?o }} LIMIT 3"
    gzip = {"accept-encoding": "gzip", "accept": "application/sparql-results+xml"}
    for server in servers.values():
        r = httpx.get(server.sparql, params={"query": query}, headers=gzip, timeout=30)
        assert r.status_code == 200 and len(r.content) > 0
    inline = httpx.get(servers["inline"].sparql, params={"query": query}, headers=gzip)
    worker = httpx.get(servers["worker"].sparql, params={"query": query}, headers=gzip)
    assert inline.headers.get("content-encoding") == worker.headers.get("content-encoding")
    assert inline.content == worker.content


def test_a_look_up_answers_while_the_only_user_worker_runs_a_runaway(
    servers: dict[str, Server],
) -> None:
    server = servers["inline"]
    runaway: list[httpx.Response] = []
    thread = threading.Thread(
        target=lambda: runaway.append(
            httpx.get(server.sparql, params={"query": RUNAWAY}, timeout=10 * TIMEOUT)
        )
    )
    thread.start()
    time.sleep(1.0)  # let the runaway reach the one user worker
    look_up = _ask(server, "GET", QUERIES[0], "application/sparql-results+json")
    still_running = thread.is_alive()
    thread.join()
    assert look_up.status_code == 200
    assert look_up.json()["results"]["bindings"] == [
        {"label": {"type": "literal", "value": "Russia"}}
    ]
    assert still_running  # answered while the runaway held the worker
    assert runaway[0].status_code == 504  # the runaway is still cut at the limit


def test_a_write_is_seen_by_the_next_inline_look_up(tmp_path: Path) -> None:
    load_store(tmp_path / "store", DATA / "fixture.trig")
    server = start_server(
        tmp_path / "store", tmp_path / "server.log", write_token="t", query_inline_rows=5
    )
    try:
        query = f'ASK {{ <{ID}state/XXX> <{RDFS}label> "Atlantis" }}'
        before = _ask(server, "GET", query, "application/sparql-results+json")
        triple = f'<{ID}state/XXX> <{RDFS}label> "Atlantis"'
        update = f"INSERT DATA {{ GRAPH <{ID}graph/x> {{ {triple} }} }}"
        r = httpx.post(
            server.sparql,
            content=update,
            headers={"content-type": "application/sparql-update", "authorization": "Bearer t"},
            timeout=60,
        )
        assert r.status_code == 204, r.text
        after = _ask(server, "GET", query, "application/sparql-results+json")
        assert before.json()["boolean"] is False and after.json()["boolean"] is True
    finally:
        stop_server(server)
