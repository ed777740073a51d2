"""No outbound request on anyone's behalf: SERVICE and LOAD reach only allow-listed endpoints."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import TOKEN, Server
from tests.security.conftest import Listener, store_dump

# every way we know to spell a federated query; {url} is the listener
SERVICE_QUERIES = [
    "SELECT * WHERE { SERVICE <{url}> { ?s ?p ?o } }",
    "select * where { service silent <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { SeRvIcE<{url}>{ ?s ?p ?o } }",
    "SELECT * WHERE { SERVICE # a comment between\n <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { \\u0053ERVICE <{url}> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . SERVICE ?s { ?a ?b ?c } }",
    "PREFIX x: <{url}#> SELECT * WHERE { SERVICE x:e { ?s ?p ?o } }",
    "ASK { { SELECT * { SERVICE <{url}> { ?s ?p ?o } } } }",
    "CONSTRUCT { ?s ?p ?o } WHERE { SERVICE <{url}> { ?s ?p ?o } }",
]


def _q(template: str, url: str) -> str:
    return template.replace("{url}", url)


@pytest.mark.parametrize("template", SERVICE_QUERIES)
def test_service_is_refused_and_nothing_leaves(
    client: httpx.Client, listener: Listener, template: str
) -> None:
    r = client.get("/sparql", params={"query": _q(template, listener.url)})
    assert r.status_code == 400, r.text
    assert "SERVICE" in r.json()["detail"]
    r = client.post(
        "/sparql",
        content=_q(template, listener.url),
        headers={"content-type": "application/sparql-query"},
    )
    assert r.status_code == 400
    assert listener.connections == 0


def test_service_inside_an_update_is_refused(
    client: httpx.Client, server: Server, listener: Listener
) -> None:
    before = store_dump(server.store_path)
    update = "INSERT { GRAPH <urn:x> { ?s ?p ?o } } WHERE { SERVICE <{url}> { ?s ?p ?o } }"
    update = _q(update, listener.url)
    r = client.post(
        "/sparql", data={"update": update}, headers={"authorization": f"Bearer {TOKEN}"}
    )
    assert r.status_code == 400 and "SERVICE" in r.json()["detail"]
    assert listener.connections == 0
    assert store_dump(server.store_path) == before


@pytest.mark.parametrize(
    "update",
    ["LOAD <{url}>", "LOAD SILENT <{url}> INTO GRAPH <urn:g>", "load<{url}>"],
)
def test_load_is_refused_even_with_the_token(
    client: httpx.Client, server: Server, listener: Listener, update: str
) -> None:
    before = store_dump(server.store_path)
    r = client.post(
        "/sparql",
        data={"update": _q(update, listener.url)},
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 400, r.text
    assert "LOAD" in r.json()["detail"]
    assert listener.connections == 0
    assert store_dump(server.store_path) == before


@pytest.mark.parametrize(
    "query",
    [
        'SELECT ?service WHERE { BIND("SERVICE <http://127.0.0.1:1/x> {}" AS ?service) }',
        "SELECT ?load WHERE { BIND(<urn:load> AS ?load) } # SERVICE <http://127.0.0.1:1/>",
        "PREFIX service: <urn:s:> SELECT * WHERE { ?s service:from ?o }",
    ],
)
def test_the_words_in_strings_comments_and_names_are_no_keywords(
    client: httpx.Client, query: str
) -> None:
    assert client.get("/sparql", params={"query": query}).status_code == 200


def test_an_allowed_endpoint_that_fails_is_502_and_asked_once(
    guarded: Server, allowed: Listener, listener: Listener
) -> None:
    with guarded.client() as c:
        r = c.get(
            "/sparql",
            params={"query": f"SELECT * WHERE {{ SERVICE <{allowed.url}> {{ ?s ?p ?o }} }}"},
        )
        assert r.status_code == 502, r.text
        assert allowed.connections == 1  # never retried
        # an endpoint that is not on the list is still refused by the guarded server
        r = c.get(
            "/sparql",
            params={"query": f"SELECT * WHERE {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }}"},
        )
        assert r.status_code == 400 and allowed.url in r.json()["detail"]
    assert listener.connections == 0


def test_injection_through_the_entity_path_runs_nothing(
    client: httpx.Client, listener: Listener
) -> None:
    hostile = [
        f"state/RUS> ?p ?o }} UNION {{ SERVICE <{listener.url}> {{ ?s ?p ?o }} }} #",
        "state/RUS> ?p ?o . ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } #",
        'state/RUS" } #',
        "state/RUS\\u003E } #",
        "state/{RUS}",
        "state/R US",
    ]
    for path in hostile:
        r = client.get("/api/entities/" + path)
        assert r.status_code == 404, (path, r.status_code, r.text)
        assert "not a valid entity id" in r.json()["detail"] or "no entity" in r.json()["detail"]
    assert listener.connections == 0


def test_graph_names_in_the_protocol_are_terms(client: httpx.Client, listener: Listener) -> None:
    r = client.post(
        "/sparql",
        params={"using-graph-uri": f"urn:x> }} SERVICE <{listener.url}> {{"},
        data={"update": "INSERT { GRAPH <urn:y> { ?s ?p ?o } } WHERE { ?s ?p ?o }"},
        headers={"authorization": f"Bearer {TOKEN}"},
    )
    assert r.status_code == 400
    r = client.get("/sparql", params={"query": "ASK {}", "default-graph-uri": "urn:a> <urn:b"})
    assert r.status_code == 400
    assert listener.connections == 0
