"""The W3C SPARQL 1.1 Protocol test suite (tests/api/w3c/manifest.ttl) against a live server.

Each ``mf:ProtocolTest`` is a list of HTTP requests with the expected status class and, for
queries, the result format and ASK answer. The server runs on its own empty store with a write
token (the update cases clear everything); every request carries the token, so that the update
cases test the protocol rather than our authorisation. Cases with ``ut:graphData`` first get
their data loaded into the named graphs through SPARQL Update.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
import rdflib
from rdflib import RDF, RDFS, Namespace
from rdflib.collection import Collection

from tests.api.conftest import TOKEN, Server, start_server, stop_server

W3C = Path(__file__).resolve().parent / "w3c"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
HT = Namespace("http://www.w3.org/2011/http#")
CNT = Namespace("http://www.w3.org/2011/content#")
UT = Namespace("http://www.w3.org/2009/sparql/tests/test-update#")
STATUS_CLASS = {
    "http://www.w3.org/2011/http-statusCodes#StatusCode2xx": 2,
    "http://www.w3.org/2011/http-statusCodes#StatusCode3xx": 3,
    "http://www.w3.org/2011/http-statusCodes#StatusCode4xx": 4,
    "http://www.w3.org/2011/http-statusCodes#StatusCode5xx": 5,
}
FORMATS = {
    "boolean": {"application/sparql-results+json", "application/sparql-results+xml"},
    "tabular": {
        "application/sparql-results+json",
        "application/sparql-results+xml",
        "text/csv",
        "text/tab-separated-values",
    },
    "RDF": {"application/rdf+xml", "text/turtle", "application/n-triples", "application/ld+json"},
}
XFAIL: dict[str, str] = {}  # every case of the manifest applies to us and passes


@dataclass(frozen=True)
class Step:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes | None
    statuses: set[int]
    result_format: str | None
    boolean: bool | None


@dataclass(frozen=True)
class Case:
    name: str
    title: str
    graph_data: dict[str, Path]
    steps: list[Step]


def _step(g: rdflib.Graph, request: rdflib.term.Node) -> Step:
    headers = {}
    header_list = g.value(request, HT.headers)
    if header_list is not None:
        for header in Collection(g, header_list):
            headers[str(g.value(header, HT.fieldName))] = str(g.value(header, HT.fieldValue))
    body = None
    if (content := g.value(request, HT.body)) is not None:
        encoding = str(g.value(content, CNT.characterEncoding) or "UTF-8")
        body = str(g.value(content, CNT.chars)).encode(encoding)
    resp = g.value(request, HT.resp)
    expected_boolean = g.value(resp, MF.expectedBoolean)
    expected_format = g.value(resp, MF.expectedFormat)
    return Step(
        method=str(g.value(request, HT.methodName)),
        path=str(g.value(request, HT.absolutePath)).replace("/sparql/", "/sparql", 1),
        headers=headers,
        body=body,
        statuses={STATUS_CLASS[str(s)] for s in g.objects(resp, MF.expectedStatus)},
        result_format=str(expected_format) if expected_format is not None else None,
        boolean=expected_boolean.toPython() if expected_boolean is not None else None,
    )


def load_cases() -> list[Case]:
    g = rdflib.Graph().parse(W3C / "manifest.ttl", format="turtle", publicID=W3C.as_uri() + "/")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    cases = []
    for entry in Collection(g, g.value(manifest, MF.entries)):
        data = {
            str(g.value(d, RDFS.label)): W3C / Path(str(g.value(d, UT.graph))).name
            for d in g.objects(entry, UT.graphData)
        }
        requests = g.value(g.value(entry, MF.action), HT.requests)
        steps = [_step(g, r) for r in Collection(g, requests)]
        name = str(entry).rsplit("#", 1)[1]
        cases.append(Case(name, str(g.value(entry, MF.name)), data, steps))
    return cases


CASES = load_cases()


@pytest.fixture(scope="module")
def w3c_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    root = tmp_path_factory.mktemp("w3c")
    running = start_server(root / "store", root / "server.log", write_token=TOKEN)
    yield running
    stop_server(running)


def load_graph_data(client: httpx.Client, data: dict[str, Path]) -> None:
    inserts = " ".join(
        f"GRAPH <{graph}> {{ {path.read_text(encoding='utf-8')} }}" for graph, path in data.items()
    )
    r = client.post(
        "/sparql",
        content=f"DROP ALL ; INSERT DATA {{ {inserts} }}",
        headers={"content-type": "application/sparql-update"},
    )
    assert r.status_code == 204, r.text


def check_result(step: Step, response: httpx.Response) -> None:
    media = response.headers.get("content-type", "").split(";")[0].strip()
    if step.result_format is not None:
        assert media in FORMATS[step.result_format], f"{media} is no {step.result_format} format"
    if step.boolean is not None:
        if media == "application/sparql-results+json":
            answer = json.loads(response.content)["boolean"]
        else:
            node = ET.fromstring(response.content).find(
                "{http://www.w3.org/2005/sparql-results#}boolean"
            )
            assert node is not None and node.text is not None
            answer = node.text.strip() == "true"
        assert answer is step.boolean


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, id=c.name, marks=[pytest.mark.xfail(reason=XFAIL[c.name], strict=True)])
        if c.name in XFAIL
        else pytest.param(c, id=c.name)
        for c in CASES
    ],
)
def test_w3c_protocol(w3c_server: Server, case: Case) -> None:
    with httpx.Client(
        base_url=w3c_server.url, headers={"authorization": f"Bearer {TOKEN}"}, timeout=30
    ) as client:
        if case.graph_data:
            load_graph_data(client, case.graph_data)
        for step in case.steps:
            response = client.request(
                step.method, step.path, headers=step.headers, content=step.body
            )
            assert response.status_code // 100 in step.statuses, (
                f"{case.title}: {step.method} {step.path} answered {response.status_code} "
                f"{response.text[:300]}"
            )
            check_result(step, response)


def test_the_manifest_has_every_case() -> None:
    assert len(CASES) == 34
