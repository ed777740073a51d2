"""The command line end to end on disk: build, reopen, query in every format, export, re-ingest."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic

from tests.graph.conftest import SEEDS, run_cli, select

CLAIMS = """SELECT ?claim ?docid ?begin ?end ?evidence WHERE {
  ?claim a al:Claim ; prov:wasDerivedFrom ?doc ; al:beginIndex ?begin ; al:endIndex ?end ;
         al:evidence ?evidence . ?doc dcterms:identifier ?docid }"""


def test_build_reopen_and_query_round_trip(seed_store: Path) -> None:
    docs = select(
        seed_store,
        "SELECT ?id ?date WHERE { ?d a al:Document ; dcterms:identifier ?id "
        "OPTIONAL { ?d dcterms:date ?date } } ORDER BY ?id",
    )
    assert [d["id"] for d in docs] == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert docs[1].get("date") == "2024-10-18"  # from the " date 2024-10-18" header
    assert "date" not in docs[0]


def test_every_claim_points_at_its_sentence(seed_store: Path) -> None:
    claims = select(seed_store, CLAIMS)
    assert len(claims) >= 10
    for c in claims:
        text = (SEEDS / c["docid"]).read_text(encoding="utf-8")
        assert text[int(c["begin"]) : int(c["end"])].strip() == c["evidence"]


def test_non_negated_claims_are_asserted_and_negated_are_not(seed_store: Path) -> None:
    rows = select(
        seed_store,
        """SELECT ?s ?p ?o ?neg (EXISTS { ?s ?p ?o } AS ?asserted) WHERE {
        ?c a al:Claim ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; al:negated ?neg }""",
    )
    assert rows
    for r in rows:
        if r["neg"] == "false":
            assert r["asserted"] == "true", r


def test_every_entity_has_exactly_one_label(seed_store: Path) -> None:
    rows = select(
        seed_store,
        """SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE {
        ?e a ?c . ?c rdfs:subClassOf* al:Actor . OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?e""",
    )
    assert rows
    assert {r["e"]: r["n"] for r in rows if r["n"] != "1"} == {}


SELECT_Q = "SELECT ?d ?id WHERE { ?d a al:Document ; dcterms:identifier ?id }"
CONSTRUCT_Q = (
    "CONSTRUCT { ?d dcterms:identifier ?id } WHERE { ?d a al:Document ; dcterms:identifier ?id }"
)


def _rows(fmt: str, out: str) -> int:
    if fmt == "json":
        return len(json.loads(out)["results"]["bindings"])
    if fmt in ("csv", "tsv"):
        delimiter = "," if fmt == "csv" else "\t"
        return len(list(csv.reader(io.StringIO(out.strip()), delimiter=delimiter))) - 1
    if fmt == "xml":
        ns = "{http://www.w3.org/2005/sparql-results#}"
        return len(ET.fromstring(out).findall(f"{ns}results/{ns}result"))
    rdf = {"turtle": "turtle", "ntriples": "nt", "jsonld": "json-ld"}[fmt]
    return len(Graph().parse(data=out, format=rdf))


@pytest.mark.parametrize("fmt", ["json", "csv", "tsv", "xml", "turtle", "ntriples", "jsonld"])
def test_query_formats(seed_store: Path, fmt: str) -> None:
    from tests.graph.conftest import PREFIXES

    query = CONSTRUCT_Q if fmt in ("turtle", "ntriples", "jsonld") else SELECT_Q
    r = run_cli("query", "--store", seed_store, "--format", fmt, PREFIXES + query)
    assert r.returncode == 0, r.stderr
    assert _rows(fmt, r.stdout) == 2


def test_jsonld_export_keeps_every_named_graph_under_a_compact_context(
    seed_store: Path, tmp_path: Path
) -> None:
    out = tmp_path / "graph.jsonld"
    r = run_cli("export", "--store", seed_store, "--format", "jsonld", "--out", out)
    assert r.returncode == 0, r.stderr
    document = json.loads(out.read_text())
    assert document["@context"]["al"] == "https://w3id.org/allegiance/ontology#"
    assert "al:supports" in out.read_text() and "state:RUS" in out.read_text()
    as_jsonld = Dataset().parse(out, format="json-ld")
    nquads = run_cli("export", "--store", seed_store, "--format", "nquads")
    as_nquads = Dataset().parse(data=nquads.stdout, format="nquads")

    def graphs(ds: Dataset) -> dict[str, int]:
        return {str(g.identifier): len(g) for g in ds.graphs() if len(g)}

    assert graphs(as_jsonld) == graphs(as_nquads)
    # ontology, entities, the actor graph, one per seed document
    assert len(graphs(as_jsonld)) == 5
    for name in graphs(as_nquads):
        g = URIRef(name)
        assert isomorphic(as_jsonld.graph(g), as_nquads.graph(g)), name


@pytest.mark.parametrize("fmt", ["turtle", "trig"])
def test_turtle_and_trig_are_written_with_prefixes(seed_store: Path, fmt: str) -> None:
    r = run_cli("export", "--store", seed_store, "--format", fmt)
    assert r.returncode == 0, r.stderr
    assert "@prefix al: <https://w3id.org/allegiance/ontology#> ." in r.stdout
    assert "@prefix state: <https://w3id.org/allegiance/id/state/> ." in r.stdout
    assert "al:supplies" in r.stdout
    assert r.stdout.count("<https://w3id.org/allegiance/ontology#") == 1  # the @prefix line
    if fmt == "trig":
        assert "docgraph:000_a0bffb023af9476c.txt {" in r.stdout


@pytest.mark.parametrize("fmt", ["trig", "nquads"])
def test_export_datasets_hold_every_quad(seed_store: Path, fmt: str) -> None:
    r = run_cli("export", "--store", seed_store, "--format", fmt)
    assert r.returncode == 0, r.stderr
    ds = Dataset().parse(data=r.stdout, format="trig" if fmt == "trig" else "nquads")
    total = select(seed_store, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert len(list(ds.quads((None, None, None, None)))) == int(total[0]["n"])
    graphs = {str(g.identifier) for g in ds.graphs()}
    assert any(g.endswith("graph/entities") for g in graphs)
    assert any(g.endswith("graph/ontology") for g in graphs)


def test_reingesting_a_document_replaces_exactly_what_it_said(
    store_copy: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "note.txt"
    doc.write_text("Iran supplied hundreds of drones to Russia last year.\n", encoding="utf-8")
    assert run_cli("build", doc, "--store", store_copy, "--quiet").returncode == 0
    before_seeds = select(
        store_copy,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(CONTAINS(STR(?g), 'doc/0')) }",
    )
    doc.write_text("France delivered twelve howitzers to Ukraine in March.\n", encoding="utf-8")
    r = run_cli("build", doc, "--store", store_copy, "--quiet")
    assert r.returncode == 0, r.stderr
    rows = select(
        store_copy,
        """SELECT ?sl ?ol WHERE { ?c a al:Claim ; rdf:subject ?s ;
        rdf:object ?o ; prov:wasDerivedFrom ?d . ?d dcterms:identifier "note.txt" .
        ?s rdfs:label ?sl . ?o rdfs:label ?ol }""",
    )
    assert {(r["sl"], r["ol"]) for r in rows} == {("France", "Ukraine")}
    after_seeds = select(
        store_copy,
        "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(CONTAINS(STR(?g), 'doc/0')) }",
    )
    assert after_seeds == before_seeds
    docs = select(store_copy, "SELECT ?d WHERE { ?d dcterms:identifier 'note.txt' }")
    assert len(docs) == 1


def test_stats_counts_what_was_built(seed_store: Path) -> None:
    r = run_cli("stats", "--store", seed_store, "--json")
    assert r.returncode == 0, r.stderr
    stats = json.loads(r.stdout)
    assert stats["documents"] == 2
    assert {"ActorRelation", "Dispute"}.isdisjoint(stats["entities"])  # the roll-up is no entity
    claims = select(seed_store, "SELECT (COUNT(?c) AS ?n) WHERE { ?c a al:Claim }")
    assert sum(stats["claims"].values()) == int(claims[0]["n"])
