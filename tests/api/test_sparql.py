"""/sparql against a live server: the three ways in, formats, negotiation, updates, errors."""

from __future__ import annotations

import csv
import io
import json
import re
from xml.dom.minidom import Document

import httpx
import pytest
import rdflib
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import CSV, JSON, JSONLD, N3, POST, TSV, TURTLE, XML, SPARQLWrapper

from tests.api.conftest import MAX_BODY, MAX_ROWS, TOKEN, Server

AL = "https://w3id.org/allegiance/ontology#"
SUPPLIERS = f"""PREFIX al: <{AL}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?supplier ?label WHERE {{
  ?supplier al:supplies ?russia ; rdfs:label ?label . ?russia rdfs:label "Russia" .
}} ORDER BY ?label"""
EXPECTED_SUPPLIERS = ["Iran", "Ministry of Defence of Russia", "North Korea"]
CONSTRUCT = f"""PREFIX al: <{AL}>
CONSTRUCT {{ ?s al:supplies ?o }} WHERE {{ ?s al:supplies ?o }}"""
SOLUTION_TYPES = [
    "application/sparql-results+json",
    "application/sparql-results+xml",
    "text/csv",
    "text/tab-separated-values",
]
GRAPH_TYPES = ["text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml"]
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}


def labels_from_json(body: bytes) -> list[str]:
    return [b["label"]["value"] for b in json.loads(body)["results"]["bindings"]]


# --- the three ways in give the same answer ---------------------------------------------------


def test_get_post_form_and_post_direct_give_the_same_answer(client: httpx.Client) -> None:
    accept = {"accept": RESULT_TYPES["json"]}
    by_get = client.get("/sparql", params={"query": SUPPLIERS}, headers=accept)
    by_form = client.post("/sparql", data={"query": SUPPLIERS}, headers=accept)
    direct = client.post(
        "/sparql",
        content=SUPPLIERS.encode(),
        headers={**accept, "content-type": "application/sparql-query"},
    )
    assert by_get.status_code == by_form.status_code == direct.status_code == 200
    assert by_get.content == by_form.content == direct.content
    assert labels_from_json(by_get.content) == EXPECTED_SUPPLIERS


def test_default_graph_uri_limits_the_dataset(client: httpx.Client) -> None:
    doc_graph = "https://w3id.org/allegiance/id/graph/doc/002_undated.txt"
    query = f"SELECT ?s WHERE {{ ?s <{AL}supplies> ?o }}"
    r = client.get("/sparql", params={"query": query, "default-graph-uri": doc_graph})
    rows = json.loads(r.content)["results"]["bindings"]
    assert [row["s"]["value"] for row in rows] == ["https://w3id.org/allegiance/id/state/IRN"]


def test_named_graph_uri_is_repeatable(client: httpx.Client) -> None:
    graphs = [
        "https://w3id.org/allegiance/id/graph/doc/000_kursk.txt",
        "https://w3id.org/allegiance/id/graph/doc/002_undated.txt",
    ]
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g"
    r = client.post("/sparql", data={"query": query, "named-graph-uri": graphs})
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == graphs


# --- clients read each format -----------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_reads_select_results_in_every_format(server: Server, method: str) -> None:
    def ask(fmt: str) -> object:
        sw = SPARQLWrapper(server.sparql)
        sw.setMethod(method)
        sw.setQuery(SUPPLIERS)
        sw.setReturnFormat(fmt)
        return sw.query().convert()

    as_json = ask(JSON)
    assert [b["label"]["value"] for b in as_json["results"]["bindings"]] == EXPECTED_SUPPLIERS  # type: ignore[index]
    as_xml = ask(XML)
    assert isinstance(as_xml, Document)
    literals = [n.firstChild.data for n in as_xml.getElementsByTagName("literal")]
    assert literals == EXPECTED_SUPPLIERS
    as_csv = ask(CSV)
    rows = list(csv.DictReader(io.StringIO(as_csv.decode())))  # type: ignore[attr-defined]
    assert [r["label"] for r in rows] == EXPECTED_SUPPLIERS
    as_tsv = ask(TSV).decode()  # type: ignore[attr-defined]
    assert as_tsv.splitlines()[0] == "?supplier\t?label"
    assert [line.split("\t")[1] for line in as_tsv.splitlines()[1:]] == [
        f'"{label}"' for label in EXPECTED_SUPPLIERS
    ]


@pytest.mark.parametrize("method", ["GET", POST])
def test_sparqlwrapper_reads_ask_results_in_every_format(server: Server, method: str) -> None:
    def ask(fmt: str, query: str = "ASK { ?s ?p ?o }") -> object:
        sw = SPARQLWrapper(server.sparql)
        sw.setMethod(method)
        sw.setQuery(query)
        sw.setReturnFormat(fmt)
        return sw.query().convert()

    assert ask(JSON)["boolean"] is True  # type: ignore[index]
    as_xml = ask(XML)
    assert isinstance(as_xml, Document)
    assert as_xml.getElementsByTagName("boolean")[0].firstChild.data == "true"
    as_csv = ask(CSV).decode()  # type: ignore[attr-defined]
    assert list(csv.reader(io.StringIO(as_csv))) == [["_askResult"], ["true"]]
    as_tsv = ask(TSV, "ASK { <x:no> <x:no> <x:no> }").decode()  # type: ignore[attr-defined]
    assert as_tsv.splitlines() == ["?_askResult", "false"]


@pytest.mark.parametrize("fmt", [TURTLE, N3, XML, JSONLD])
def test_sparqlwrapper_reads_construct_results(server: Server, fmt: str) -> None:
    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(CONSTRUCT)
    sw.setReturnFormat(fmt)
    result = sw.query()
    media = result.info()["content-type"].split(";")[0]
    graph = result.convert()  # a Graph for RDF/XML and JSON-LD, the raw bytes for Turtle and N3
    if isinstance(graph, bytes):
        graph = rdflib.Graph().parse(data=graph, format=media)
    assert isinstance(graph, rdflib.Graph)
    assert len(graph) == 3  # the plain supplies triples (a negated claim asserts none)


@pytest.mark.parametrize("return_format", ["json", "xml", "csv"])
def test_rdflib_sparqlstore_reads_select_results(server: Server, return_format: str) -> None:
    graph = rdflib.Graph(SPARQLStore(server.sparql, returnFormat=return_format))
    labels = [str(row.label) for row in graph.query(SUPPLIERS)]  # type: ignore[union-attr]
    assert labels == EXPECTED_SUPPLIERS


@pytest.mark.parametrize("return_format", ["json", "xml"])
def test_rdflib_sparqlstore_reads_ask_results(server: Server, return_format: str) -> None:
    graph = rdflib.Graph(SPARQLStore(server.sparql, returnFormat=return_format))
    assert graph.query("ASK { ?s ?p ?o }").askAnswer is True
    assert graph.query("ASK { <http://nothing> ?p ?o }").askAnswer is False


def test_rdflib_sparqlstore_reads_construct_results(server: Server) -> None:
    # rdflib asks for RDF/XML (or SPARQL XML) with returnFormat="xml"
    graph = rdflib.Graph(SPARQLStore(server.sparql, returnFormat="xml"))
    constructed = graph.query(CONSTRUCT).graph
    assert constructed is not None and len(constructed) == 3


# --- content negotiation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "application/sparql-results+json"),
        ("*/*", "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/csv", "text/csv"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("application/json", "application/sparql-results+json"),
        ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
        ("text/csv, application/sparql-results+xml", "text/csv"),
        ("text/*;q=0.2, application/sparql-results+json;q=0.1", "text/csv"),
        ("text/turtle, */*;q=0.1", "application/sparql-results+json"),
        ("application/sparql-results+json;q=0, */*", "application/sparql-results+xml"),
    ],
)
def test_select_results_follow_accept(
    client: httpx.Client, accept: str | None, expected: str
) -> None:
    headers = {"accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": SUPPLIERS}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected


@pytest.mark.parametrize(
    ("accept", "expected"),
    [
        (None, "text/turtle"),
        ("application/n-triples", "application/n-triples"),
        ("application/ld+json", "application/ld+json"),
        ("application/rdf+xml", "application/rdf+xml"),
        ("application/sparql-results+json, application/n-triples;q=0.5", "application/n-triples"),
        ("text/turtle;q=0.4, application/rdf+xml;q=0.8", "application/rdf+xml"),
    ],
)
def test_construct_results_follow_accept(
    client: httpx.Client, accept: str | None, expected: str
) -> None:
    headers = {"accept": accept} if accept else {}
    r = client.get("/sparql", params={"query": CONSTRUCT}, headers=headers)
    assert r.status_code == 200
    assert r.headers["content-type"].split(";")[0] == expected
    graph = rdflib.Graph().parse(data=r.content, format=expected)
    assert len(graph) == 3


@pytest.mark.parametrize(
    ("query", "accept"),
    [
        (SUPPLIERS, "image/png"),
        (SUPPLIERS, "text/turtle"),  # a graph type for solutions
        (CONSTRUCT, "text/csv"),  # a solutions type for a graph
        ("ASK {}", "text/turtle"),
        (SUPPLIERS, "*/*;q=0"),
    ],
)
def test_nothing_acceptable_is_406(client: httpx.Client, query: str, accept: str) -> None:
    r = client.get("/sparql", params={"query": query}, headers={"accept": accept})
    assert r.status_code == 406
    detail = r.json()["detail"]
    offered = detail.split("available: ")[1].split(", ")
    assert offered and accept not in offered  # never lists the type it refuses
    kind = "graph" if query == CONSTRUCT else "solutions"
    assert set(offered) == set(GRAPH_TYPES if kind == "graph" else SOLUTION_TYPES)


@pytest.mark.parametrize(
    ("accept", "expected"),
    [("text/csv", "_askResult\r\ntrue\r\n"), ("text/tab-separated-values", "?_askResult\ntrue\n")],
)
def test_ask_as_csv_and_tsv_is_a_one_column_result(
    client: httpx.Client, accept: str, expected: str
) -> None:
    r = client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"}, headers={"accept": accept})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith(accept)
    assert r.text == expected
    r = client.get(
        "/sparql", params={"query": "ASK { <x:no> <x:no> <x:no> }"}, headers={"accept": accept}
    )
    assert r.text.split()[-1] == "false"


# --- service description and query editor -----------------------------------------------------


def test_no_query_gives_the_service_description(server: Server, client: httpx.Client) -> None:
    r = client.get("/sparql")
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/turtle")
    graph = rdflib.Graph().parse(data=r.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(server.sparql)
    assert (service, rdflib.RDF.type, sd.Service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Update) in graph  # it has a write token
    assert (service, sd.feature, sd.UnionDefaultGraph) in graph


def test_a_browser_gets_the_query_editor_with_only_local_resources(client: httpx.Client) -> None:
    browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
    r = client.get("/sparql", headers={"accept": browser})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    page = r.text
    for title in ("Who supplies Russia?", "Claims with evidence", "Hedged claims"):
        assert title in page
    resources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert resources, "the page loads YASGUI"
    for url in resources:
        assert not re.match(r"(https?:)?//", url), f"{url} leaves the server"
        if url.startswith("/assets/"):
            assert client.get(url).status_code == 200, f"{url} is not served (npm ci?)"
    # the autocompleters that would call prefix.cc or LOV are switched off
    assert 'autocompleters = ["variables", "prefixes"]' in page


# --- updates ----------------------------------------------------------------------------------

SCRATCH = "http://example.org/scratch"


def ask_scratch(client: httpx.Client) -> bool:
    r = client.get("/sparql", params={"query": f"ASK {{ GRAPH <{SCRATCH}> {{ ?s ?p ?o }} }}"})
    return bool(r.json()["boolean"])


@pytest.mark.parametrize("authorization", [None, "Bearer wrong-token", f"Basic {TOKEN}"])
def test_update_without_the_token_is_403(client: httpx.Client, authorization: str | None) -> None:
    headers = {"authorization": authorization} if authorization else {}
    update = f"INSERT DATA {{ GRAPH <{SCRATCH}> {{ <http://a> <http://b> 1 }} }}"
    r = client.post("/sparql", data={"update": update}, headers=headers)
    assert r.status_code == 403
    assert "Authorization: Bearer" in r.json()["detail"]
    assert not ask_scratch(client)


def test_update_with_the_token_is_applied_and_seen_by_the_next_query(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    update = f"INSERT DATA {{ GRAPH <{SCRATCH}> {{ <http://a> <http://b> <c> }} }}"
    r = client.post(
        "/sparql", content=update, headers={**auth, "content-type": "application/sparql-update"}
    )
    assert r.status_code == 204
    assert ask_scratch(client)
    # the relative IRI <c> was resolved against the endpoint
    r = client.get("/sparql", params={"query": f"SELECT ?o {{ GRAPH <{SCRATCH}> {{ ?s ?p ?o }} }}"})
    assert r.json()["results"]["bindings"][0]["o"]["value"] == str(client.base_url) + "/c"
    r = client.post("/sparql", data={"update": f"DROP GRAPH <{SCRATCH}>"}, headers=auth)
    assert r.status_code == 204
    assert not ask_scratch(client)


def test_update_by_get_is_refused(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"update": f"DROP GRAPH <{SCRATCH}>"})
    assert r.status_code == 400
    assert "POST" in r.json()["detail"]


# --- errors -----------------------------------------------------------------------------------


def test_bad_sparql_is_400_with_the_parser_message_and_position(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p }"})
    assert r.status_code == 400
    body = r.json()
    assert body["error"] == "QueryError"
    assert "malformed SPARQL query" in body["detail"]
    assert (body["line"], body["column"]) == (1, 25)


def test_bad_update_syntax_is_400(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = client.post("/sparql", data={"update": "CLEAR XYZ"}, headers=auth)
    assert r.status_code == 400
    assert "malformed SPARQL update" in r.json()["detail"]


def test_too_many_rows_is_400_naming_the_limit(client: httpx.Client) -> None:
    r = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"})
    assert r.status_code == 400
    assert f"more than {MAX_ROWS} rows" in r.json()["detail"]
    r = client.get("/sparql", params={"query": f"SELECT * WHERE {{ ?s ?p ?o }} LIMIT {MAX_ROWS}"})
    assert r.status_code == 200


def test_an_oversized_body_is_413(client: httpx.Client) -> None:
    padding = "#" + "x" * MAX_BODY + "\nASK {}"
    r = client.post(
        "/sparql", content=padding, headers={"content-type": "application/sparql-query"}
    )
    assert r.status_code == 413
    assert str(MAX_BODY) in r.json()["detail"]


def test_an_oversized_chunked_body_is_413(client: httpx.Client) -> None:
    def chunks() -> object:
        for _ in range(8):
            yield b"#" + b"x" * (MAX_BODY // 4) + b"\n"

    r = client.post(
        "/sparql", content=chunks(), headers={"content-type": "application/sparql-query"}
    )
    assert r.status_code == 413


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_oversized_body_is_413_even_for_a_look_up(client: httpx.Client, method: str) -> None:
    """The look-ups the server answers in front of the app (api/inline.py) keep the limit too:
    a GET that carries a body over it, or a POST query padded past it."""
    look_up = "SELECT ?l WHERE { <https://w3id.org/allegiance/id/state/RUS> ?p ?l } LIMIT 1"
    body = b"#" + b"x" * MAX_BODY
    if method == "GET":
        r = client.request("GET", "/sparql", params={"query": look_up}, content=body)
    else:
        headers = {"content-type": "application/sparql-query"}
        r = client.post("/sparql", content=body + b"\n" + look_up.encode(), headers=headers)
    assert r.status_code == 413, r.text


@pytest.mark.parametrize(
    ("content_type", "status"),
    [("text/plain", 415), (None, 400), ("application/sparql-query; charset=UTF-16", 415)],
)
def test_post_bodies_of_the_wrong_type_are_refused(
    client: httpx.Client, content_type: str | None, status: int
) -> None:
    headers = {"content-type": content_type} if content_type else {}
    r = client.post("/sparql", content=b"ASK {}", headers=headers)
    assert r.status_code == status
    assert "application/sparql-query" in r.json()["detail"] or "UTF-8" in r.json()["detail"]


def test_two_queries_in_one_request_are_400(client: httpx.Client) -> None:
    r = client.get("/sparql", params=[("query", "ASK {}"), ("query", "ASK {}")])
    assert r.status_code == 400
    assert "exactly one" in r.json()["detail"]


def test_from_names_the_default_graph(client: httpx.Client) -> None:
    """FROM and FROM NAMED in the query choose the dataset (SPARQL 1.1 Query, 13.2)."""

    def count(query: str) -> int:
        r = client.get(
            "/sparql",
            params={"query": query},
            headers={"accept": "application/sparql-results+json"},
        )
        assert r.status_code == 200, r.text
        return int(r.json()["results"]["bindings"][0]["n"]["value"])

    everything = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert everything > 0
    assert count("SELECT (COUNT(*) AS ?n) FROM <urn:x:none> WHERE { ?s ?p ?o }") == 0
    assert count("SELECT (COUNT(*) AS ?n) FROM NAMED <urn:x:none> WHERE { ?s ?p ?o }") == 0
    assert (
        count("SELECT (COUNT(*) AS ?n) FROM NAMED <urn:x:none> WHERE { GRAPH ?g { ?s ?p ?o } }")
        == 0
    )
    ontology = "https://w3id.org/allegiance/id/graph/ontology"
    only = count(f"SELECT (COUNT(*) AS ?n) FROM <{ontology}> WHERE {{ ?s ?p ?o }}")
    assert 0 < only < everything
    # the protocol's dataset takes precedence over the query's
    r = client.get(
        "/sparql",
        params={
            "query": "SELECT (COUNT(*) AS ?n) FROM <urn:x:none> WHERE { ?s ?p ?o }",
            "default-graph-uri": ontology,
        },
        headers={"accept": "application/sparql-results+json"},
    )
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == only
