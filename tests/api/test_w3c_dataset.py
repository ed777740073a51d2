"""The W3C SPARQL query test suite's dataset tests (tests/api/w3c_dataset/manifest.ttl) against a
live server, on the embedded store and on a remote engine (a real Oxigraph server).

Each ``mf:QueryEvaluationTest`` names a query whose ``FROM`` / ``FROM NAMED`` clauses pick its
dataset out of data files given by relative IRIs. The runner loads every file the test names into
the named graph of that IRI, resolved against the endpoint's URL (which is what the server
resolves the query's relative IRIs against), each file by its own Graph Store Protocol PUT so that
blank nodes stay apart per file, as the suite means. Each test runs twice:

- ``query``: the query as written, sent as ``application/sparql-query``;
- ``protocol``: its ``FROM`` / ``FROM NAMED`` IRIs sent as the protocol's ``default-graph-uri`` /
  ``named-graph-uri``, and the query's own dataset clause replaced by ``FROM`` a graph that does
  not exist: the protocol's dataset must win (SPARQL 1.1 Protocol, 2.1.4).

Results are compared as the suite compares them: as multisets of solutions, blank nodes matched
by a consistent one-to-one mapping, never by label.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

import httpx
import pytest
import rdflib
from rdflib import RDF, BNode, Literal, Namespace, URIRef
from rdflib.collection import Collection

from bench.common import start_oxigraph, stop
from tests.api.conftest import TOKEN, Server, start_server, stop_server

HERE = Path(__file__).resolve().parent / "w3c_dataset"
MF = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
QT = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-query#")
RS = Namespace("http://www.w3.org/2001/sw/DataAccess/tests/result-set#")
_DATASET = re.compile(r"FROM\s+(NAMED\s+)?<([^>]*)>", re.IGNORECASE)
DECOY = "urn:x-allegiance:no-such-graph"
Term = URIRef | BNode | Literal
Solution = dict[str, Term]


@dataclass(frozen=True)
class Case:
    name: str
    comment: str
    query: str
    data: list[str]  # file names, relative to HERE
    result: str


def load_cases() -> list[Case]:
    g = rdflib.Graph().parse(HERE / "manifest.ttl", format="turtle", publicID=HERE.as_uri() + "/")
    manifest = next(g.subjects(RDF.type, MF.Manifest))
    entries = g.value(manifest, MF.entries)
    assert entries is not None
    cases = []
    for entry in Collection(g, entries):
        action = g.value(entry, MF.action)
        assert action is not None
        files = [*g.objects(action, QT.data), *g.objects(action, QT.graphData)]
        query = HERE / Path(str(g.value(action, QT.query))).name
        cases.append(
            Case(
                name=str(g.value(entry, MF.name)),
                comment=str(g.value(entry, rdflib.RDFS.comment)),
                query=query.read_text(encoding="utf-8"),
                data=sorted({Path(str(f)).name for f in files}),
                result=Path(str(g.value(entry, MF.result))).name,
            )
        )
    return cases


CASES = load_cases()


def expected_solutions(case: Case, base: str) -> list[Solution]:
    g = rdflib.Graph().parse(HERE / case.result, format="turtle", publicID=base)
    result_set = next(g.subjects(RDF.type, RS.ResultSet))
    solutions = []
    for solution in g.objects(result_set, RS.solution):
        row: Solution = {}
        for binding in g.objects(solution, RS.binding):
            value = g.value(binding, RS.value)
            assert isinstance(value, URIRef | BNode | Literal)
            row[str(g.value(binding, RS.variable))] = value
        solutions.append(row)
    return solutions


def _term(binding: dict[str, str]) -> Term:
    kind, value = binding["type"], binding["value"]
    if kind == "uri":
        return URIRef(value)
    if kind == "bnode":
        return BNode(value)
    return Literal(value, lang=binding.get("xml:lang"), datatype=binding.get("datatype"))


def same_solutions(got: list[Solution], want: list[Solution]) -> bool:
    """Equal as multisets, blank nodes matched one-to-one (a backtracking search: the suite's
    results have a handful of rows)."""
    if len(got) != len(want):
        return False

    def match(i: int, used: set[int], mapping: dict[BNode, BNode]) -> bool:
        if i == len(want):
            return True
        for j, row in enumerate(got):
            if j in used or row.keys() != want[i].keys():
                continue
            trial = dict(mapping)
            if all(_same(want[i][k], row[k], trial) for k in row) and match(
                i + 1, used | {j}, trial
            ):
                return True
        return False

    return match(0, set(), {})


def _same(want: Term, got: Term, mapping: dict[BNode, BNode]) -> bool:
    if isinstance(want, BNode) and isinstance(got, BNode):
        if want in mapping:
            return mapping[want] == got
        if got in mapping.values():
            return False
        mapping[want] = got
        return True
    return want == got


@dataclass
class Endpoint:
    server: Server
    client: httpx.Client

    @property
    def base(self) -> str:
        """What the server resolves a query's relative IRIs against: its endpoint's URL."""
        return self.server.sparql


@pytest.fixture(scope="module", params=["embedded", "remote"])
def endpoint(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Endpoint]:
    root = tmp_path_factory.mktemp(f"w3c-dataset-{request.param}")
    oxigraph = None
    settings: dict[str, object] = {"write_token": TOKEN}
    if request.param == "remote":
        oxigraph, url = start_oxigraph(root / "oxigraph", root / "oxigraph.log")
        settings["sparql_endpoint"] = url + "/query"
    try:
        server = start_server(root / "store", root / "server.log", **settings)
        auth = {"authorization": f"Bearer {TOKEN}"}
        with httpx.Client(base_url=server.url, headers=auth, timeout=60) as client:
            yield Endpoint(server, client)
        stop_server(server)
    finally:
        if oxigraph is not None:
            stop(oxigraph)


def load(endpoint: Endpoint, case: Case) -> None:
    """The store emptied, then every file the test names in the graph its IRI names."""
    r = endpoint.client.post(
        "/sparql", content="DROP ALL", headers={"content-type": "application/sparql-update"}
    )
    assert r.status_code == 204, r.text
    named = {m.group(2) for m in _DATASET.finditer(case.query)}
    for name in sorted(named | set(case.data)):
        r = endpoint.client.put(
            "/rdf-graphs/service",
            params={"graph": urljoin(endpoint.base, name)},
            content=(HERE / name).read_bytes(),
            headers={"content-type": "text/turtle"},
        )
        assert r.status_code == 201, r.text


def ask(endpoint: Endpoint, case: Case, mode: str) -> list[Solution]:
    accept = {"accept": "application/sparql-results+json"}
    if mode == "query":
        r = endpoint.client.post(
            "/sparql",
            content=case.query.encode(),
            headers={**accept, "content-type": "application/sparql-query"},
        )
    else:
        clauses = list(_DATASET.finditer(case.query))
        params = [
            (
                "named-graph-uri" if m.group(1) else "default-graph-uri",
                urljoin(endpoint.base, m.group(2)),
            )
            for m in clauses
        ]
        text = _DATASET.sub("", case.query, count=len(clauses))
        text = text.replace("SELECT *", f"SELECT * FROM <{DECOY}>", 1)
        assert DECOY in text
        r = endpoint.client.post(
            "/sparql",
            params=params,
            content=text.encode(),
            headers={**accept, "content-type": "application/sparql-query"},
        )
    assert r.status_code == 200, r.text
    bindings = r.json()["results"]["bindings"]
    return [{k: _term(v) for k, v in row.items()} for row in bindings]


@pytest.mark.parametrize("mode", ["query", "protocol"])
@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_w3c_dataset(endpoint: Endpoint, case: Case, mode: str) -> None:
    load(endpoint, case)
    got = ask(endpoint, case, mode)
    want = expected_solutions(case, endpoint.base)
    assert same_solutions(got, want), (
        f"{case.name} ({case.comment}), {mode}:\n got  {got}\n want {want}"
    )


def test_the_manifest_has_every_case() -> None:
    assert [c.name for c in CASES] == [
        "dataset-01",
        "dataset-02",
        "dataset-03",
        "dataset-04",
        "dataset-05",
        "dataset-06",
        "dataset-07",
        "dataset-08",
        "dataset-11",
        "dataset-09b",
        "dataset-10b",
        "dataset-12b",
    ]


def test_the_comparison_can_fail() -> None:
    """The matcher tells apart what the suite tells apart: rows, values and blank-node sharing."""
    a, b = BNode(), BNode()
    x = URIRef("http://example/x")
    assert same_solutions([{"s": a}, {"s": b}], [{"s": BNode()}, {"s": BNode()}])
    assert not same_solutions([{"s": a}, {"s": a}], [{"s": BNode()}, {"s": BNode()}])
    assert not same_solutions([{"s": x}], [{"s": BNode()}])
    assert not same_solutions([{"s": x}], [{"s": x}, {"s": x}])
    assert not same_solutions([{"s": x, "o": Literal(1)}], [{"s": x}])
