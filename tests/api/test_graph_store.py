"""``/rdf-graphs/service`` (Graph Store Protocol) beyond the W3C cases: the write token, every
RDF format both ways, bad requests that name their problem and change nothing, and the product's
own graphs read through it."""

from __future__ import annotations

import json
import re
from urllib.parse import quote

import httpx
import pyoxigraph as ox
import pytest

from tests.api.conftest import MAX_ROWS, TOKEN, Server

SERVICE = "/rdf-graphs/service"
AUTH = {"authorization": f"Bearer {TOKEN}"}
TURTLE = b'<urn:gsp:s> <urn:gsp:p> "caf\xc3\xa9" , 2 .\n'
ONTOLOGY = "https://w3id.org/allegiance/id/graph/ontology"
DOCUMENT = "https://w3id.org/allegiance/id/graph/doc/002_undated.txt"


def _count(client: httpx.Client, graph: str) -> int:
    query = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    r = client.get("/sparql", params={"query": query}, headers={"accept": "application/json"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


def _total(client: httpx.Client) -> int:
    query = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = client.get("/sparql", params={"query": query}, headers={"accept": "application/json"})
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture
def graph(client: httpx.Client, request: pytest.FixtureRequest) -> str:
    iri = "urn:gsp:" + re.sub(r"\W", "-", request.node.name)
    yield iri  # type: ignore[misc]
    client.delete(SERVICE, params={"graph": iri}, headers=AUTH)


def test_writes_need_the_write_token_and_change_nothing_without_it(
    client: httpx.Client, graph: str
) -> None:
    before = _total(client)
    for method in ("PUT", "POST"):
        r = client.request(
            method,
            SERVICE,
            params={"graph": graph},
            content=TURTLE,
            headers={"content-type": "text/turtle"},
        )
        assert r.status_code == 403, r.text
        assert "write token" in r.json()["detail"] or "Bearer" in r.json()["detail"]
    r = client.delete(SERVICE, params={"graph": ONTOLOGY})
    assert r.status_code == 403
    assert _total(client) == before


@pytest.mark.parametrize(
    "media", ["text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json"]
)
def test_put_then_get_in_every_format(client: httpx.Client, graph: str, media: str) -> None:
    fmt = {
        "text/turtle": ox.RdfFormat.TURTLE,
        "application/n-triples": ox.RdfFormat.N_TRIPLES,
        "application/rdf+xml": ox.RdfFormat.RDF_XML,
        "application/ld+json": ox.RdfFormat.JSON_LD,
    }[media]
    triples = list(ox.parse(TURTLE, format=ox.RdfFormat.TURTLE))
    body = ox.serialize(triples, format=fmt)
    r = client.put(
        SERVICE, params={"graph": graph}, content=body, headers={**AUTH, "content-type": media}
    )
    assert r.status_code == 201, r.text
    r = client.put(
        SERVICE, params={"graph": graph}, content=body, headers={**AUTH, "content-type": media}
    )
    assert r.status_code == 204, r.text  # replaced, not added to
    assert _count(client, graph) == 2
    got = client.get(SERVICE, params={"graph": graph}, headers={"accept": media})
    assert got.status_code == 200
    assert got.headers["content-type"].startswith(media)
    assert set(ox.parse(got.content, format=fmt)) == set(triples)


def test_a_document_graph_reads_back_as_stored(client: httpx.Client) -> None:
    r = client.get(SERVICE, params={"graph": DOCUMENT})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/turtle")
    assert len(list(ox.parse(r.content, format=ox.RdfFormat.TURTLE))) == _count(client, DOCUMENT)
    head = client.head(SERVICE, params={"graph": DOCUMENT})
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["content-length"]) == len(r.content)


def test_post_adds_and_delete_drops(client: httpx.Client, graph: str) -> None:
    one = b"<urn:gsp:a> <urn:gsp:b> <urn:gsp:c> ."
    two = b"<urn:gsp:a> <urn:gsp:b> <urn:gsp:d> ."
    text = {**AUTH, "content-type": "application/n-triples"}
    assert (
        client.post(SERVICE, params={"graph": graph}, content=one, headers=text).status_code == 201
    )
    assert (
        client.post(SERVICE, params={"graph": graph}, content=two, headers=text).status_code == 200
    )
    assert (
        client.post(SERVICE, params={"graph": graph}, content=b"", headers=text).status_code == 204
    )
    assert _count(client, graph) == 2
    assert client.delete(SERVICE, params={"graph": graph}, headers=AUTH).status_code == 200
    assert client.get(SERVICE, params={"graph": graph}).status_code == 404
    assert client.delete(SERVICE, params={"graph": graph}, headers=AUTH).status_code == 404


@pytest.mark.parametrize(
    ("params", "status", "words"),
    [
        ({}, 400, "name a graph"),
        ({"graph": "urn:gsp:x", "default": ""}, 400, "not both"),
        ({"graph": "urn:a> <urn:b"}, 400, "not a valid IRI"),
        ({"graph": "no iri at all"}, 400, "not a valid IRI"),
    ],
)
def test_a_graph_named_wrongly_is_400_naming_it(
    client: httpx.Client, params: dict[str, str], status: int, words: str
) -> None:
    r = client.get(
        SERVICE + "?" + "&".join(f"{k}={quote(v)}" if v else k for k, v in params.items())
    )
    assert r.status_code == status, r.text
    assert words in r.json()["detail"]


def test_bad_bodies_are_refused_and_the_graph_kept(client: httpx.Client, graph: str) -> None:
    put = client.put(
        SERVICE,
        params={"graph": graph},
        content=TURTLE,
        headers={**AUTH, "content-type": "text/turtle"},
    )
    assert put.status_code == 201
    broken = client.put(
        SERVICE,
        params={"graph": graph},
        content=b"<urn:gsp:s> <urn:gsp:p> .",
        headers={**AUTH, "content-type": "text/turtle"},
    )
    assert broken.status_code == 400 and "line 1" in broken.json()["detail"]
    wrong_type = client.put(
        SERVICE,
        params={"graph": graph},
        content=TURTLE,
        headers={**AUTH, "content-type": "text/csv"},
    )
    assert wrong_type.status_code == 415 and "text/turtle" in wrong_type.json()["detail"]
    latin1 = client.put(
        SERVICE,
        params={"graph": graph},
        content=TURTLE,
        headers={**AUTH, "content-type": "text/turtle; charset=latin1"},
    )
    assert latin1.status_code == 415
    assert _count(client, graph) == 2


def test_a_graph_over_the_row_limit_is_refused_naming_it(client: httpx.Client) -> None:
    assert _count(client, ONTOLOGY) > MAX_ROWS  # the test server's limit
    r = client.get(SERVICE, params={"graph": ONTOLOGY})
    assert r.status_code == 400
    assert f"more than {MAX_ROWS} triples" in r.json()["detail"]


def test_an_accept_nothing_fits_is_406(client: httpx.Client) -> None:
    r = client.get(SERVICE, params={"graph": ONTOLOGY}, headers={"accept": "text/csv"})
    assert r.status_code == 406
    assert "text/turtle" in json.loads(r.content)["detail"]


def test_the_route_is_in_openapi(server: Server) -> None:
    spec = httpx.get(server.url + "/openapi.json").json()
    operations = spec["paths"][SERVICE]
    assert {"get", "put", "post", "delete", "head"} <= set(operations)
    assert {"400", "403", "404", "406", "415"} <= set(operations["put"]["responses"])
