"""The same build and queries against a remote SPARQL 1.1 engine instead of the embedded store.

The remote engine here is our own server (a real SPARQL 1.1 Protocol endpoint in another
process, with a write token); the build reaches it only through SPARQL Update over HTTP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.api.conftest import Server, load_store, start_server, stop_server
from tests.graph.conftest import PREFIXES, run_cli

TOKEN = "remote-test-token"


@pytest.fixture
def remote(tmp_path: Path) -> Iterator[Server]:
    load_store(tmp_path / "store")
    server = start_server(tmp_path / "store", tmp_path / "server.log", write_token=TOKEN)
    yield server
    stop_server(server)


def _env(server: Server, token: str | None = TOKEN) -> dict[str, str]:
    env = {"ALLEGIANCE_SPARQL_ENDPOINT": server.sparql}
    if token:
        env["ALLEGIANCE_SPARQL_TOKEN"] = token
    return env


def test_build_and_query_through_a_remote_endpoint(remote: Server, tmp_path: Path) -> None:
    doc = tmp_path / "remote.txt"
    doc.write_text("Iran has supplied hundreds of drones to Russia, according to Ukraine.\n")
    r = run_cli("build", doc, "--quiet", env=_env(remote))
    assert r.returncode == 0, r.stderr
    q = (
        PREFIXES
        + """SELECT ?s ?o WHERE { ?c a al:Claim ; rdf:subject/rdfs:label ?s ;
                      rdf:object/rdfs:label ?o ; al:attributedTo/rdfs:label ?src }"""
    )
    r = run_cli("query", "--format", "json", q, env=_env(remote))
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["results"]["bindings"]
    assert [(b["s"]["value"], b["o"]["value"]) for b in rows] == [("Iran", "Russia")]
    # and the server answers the question API from what the remote build wrote
    with remote.client() as http:
        pairs = http.get("/api/supports").json()["pairs"]
    assert {(p["supporter"]["label"], p["supported"]["label"]) for p in pairs} == {
        ("Iran", "Russia")
    }


def test_a_remote_endpoint_refusing_the_update_is_a_clear_error(
    remote: Server, tmp_path: Path
) -> None:
    doc = tmp_path / "remote.txt"
    doc.write_text("Iran has supplied drones to Russia.\n")
    r = run_cli("build", doc, "--quiet", env=_env(remote, token=None))
    assert r.returncode != 0
    assert "403" in r.stderr and remote.sparql in r.stderr
