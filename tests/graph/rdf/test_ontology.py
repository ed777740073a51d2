"""The ontology parses, declares every term the build emits, and the seeds' graph passes SHACL."""

from __future__ import annotations

from pathlib import Path

from rdflib import OWL, RDF, Dataset, Graph, URIRef

from graph.rdf.validate import ONTOLOGY_FILE, validate
from tests.graph.conftest import run_cli, select

AL = "https://w3id.org/allegiance/ontology#"


def _declared() -> set[str]:
    g = Graph().parse(ONTOLOGY_FILE)
    kinds = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)
    return {str(s) for k in kinds for s in g.subjects(RDF.type, k)}


def test_ontology_is_owl_with_labels_and_comments() -> None:
    g = Graph().parse(ONTOLOGY_FILE)
    assert (URIRef(AL.rstrip("#")), RDF.type, OWL.Ontology) in g
    for term in _declared():
        assert g.value(URIRef(term), URIRef("http://www.w3.org/2000/01/rdf-schema#label")), term


def test_every_term_the_build_emits_is_declared(seed_store: Path) -> None:
    rows = select(
        seed_store,
        f"""SELECT DISTINCT ?t WHERE {{
        GRAPH ?g {{ {{ ?s ?t ?o }} UNION {{ ?s a ?t }} }}
        FILTER(STRSTARTS(STR(?t), "{AL}") && !CONTAINS(STR(?g), "graph/ontology")) }}""",
    )
    used = {r["t"] for r in rows}
    assert len(used) > 15
    assert used - _declared() == set()


def test_relations_roll_up_to_supports_and_opposes(seed_store: Path) -> None:
    rows = select(
        seed_store,
        """SELECT ?p ?top WHERE { ?p rdfs:subPropertyOf ?top .
        VALUES ?top { al:supports al:opposes } }""",
    )
    got = {(r["p"].rsplit("#")[1], r["top"].rsplit("#")[1]) for r in rows}
    assert got == {
        ("supplies", "supports"),
        ("deploys", "supports"),
        ("pays", "supports"),
        ("trains", "supports"),
        ("condemns", "opposes"),
        ("attacks", "opposes"),
        ("sanctions", "opposes"),
        ("warns", "opposes"),
    }


def test_the_seeds_graph_passes_shacl(seed_store: Path) -> None:
    r = run_cli("export", "--store", seed_store, "--format", "nquads")
    assert r.returncode == 0, r.stderr
    ds = Dataset().parse(data=r.stdout, format="nquads")
    data = Graph()
    for g in ds.graphs():
        if not str(g.identifier).endswith("graph/ontology"):
            data += g
    assert len(data) > 100
    assert validate(data) == []


def test_shacl_catches_a_claim_without_evidence() -> None:
    data = Graph().parse(
        data=f"""
        @prefix al: <{AL}> . @prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
        <urn:c> a al:Claim ; rdf:subject <urn:a> ; rdf:predicate al:supplies ; rdf:object <urn:b> .
    """,
        format="turtle",
    )
    problems = validate(data)
    assert any("evidence" in p for p in problems)
    assert any("wasDerivedFrom" in p for p in problems)
