"""The queries a server may answer inline: one triple pattern, and nothing it does not read."""

from __future__ import annotations

import pytest

from api.protocol import query_form
from graph.sparql_shape import is_single_pattern, single_pattern_form

RDFS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
S7 = "<https://w3id.org/allegiance/id/state/S7>"


@pytest.mark.parametrize(
    "query",
    [
        f"{RDFS}SELECT ?label WHERE {{ {S7} rdfs:label ?label }}",
        f"{RDFS}select ?label {{ {S7} rdfs:label ?label . }} limit 5",
        'SELECT * WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Russia" }',
        'ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Russia"@en }',
        "ASK {}",
        "SELECT * {}",
        f"SELECT ?p ?o WHERE {{ {S7} ?p ?o }}",
        "SELECT ?s WHERE { ?s a <https://w3id.org/allegiance/ontology#State> }",
        'SELECT ?s { ?s <http://x/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> }',
        'PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nSELECT ?s { ?s <x:p> "1"^^xsd:int }',
        "SELECT ?s { ?s <http://x/p> 42 }",
        "SELECT ?s { ?s <http://x/p> true }",
        "BASE <http://x/>\nSELECT ?s { ?s <p> <o> }",
        "# a comment { ?a ?b ?c . ?d ?e ?f }\nSELECT ?s { ?s ?p ?o } # and another",
        'SELECT ?s { ?s <http://x/p> "a } ?x ?y ?z . { " }',  # braces inside a string
        "SELECT $s { $s <http://x/p> ?o }",
    ],
)
def test_a_single_pattern_is_answered_inline(query: str) -> None:
    assert is_single_pattern(query)
    # its form, read with the shape, is the form the protocol reads
    assert single_pattern_form(query) == query_form(query) in ("SELECT", "ASK")


@pytest.mark.parametrize(
    "query",
    [
        "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }",  # a join: its rows may be sparse
        "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
        "SELECT DISTINCT ?p WHERE { ?s ?p ?o }",  # a scan of everything for a few rows
        "SELECT REDUCED ?p WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s",
        "SELECT ?s WHERE { ?s ?p ?o } GROUP BY ?s",
        "SELECT ?s WHERE { ?s ?p ?o } LIMIT 5 OFFSET 1000000",
        "SELECT ?s WHERE { ?s ?p ?o FILTER(?o = 1) }",
        "SELECT ?s WHERE { ?s ?p ?o OPTIONAL { ?o ?q ?r } }",
        "SELECT ?s WHERE { ?s <http://x/p>* ?o }",  # a property path
        "SELECT ?s WHERE { ?s <http://x/p>/<http://x/q> ?o }",
        "SELECT ?x WHERE { ?x ?x ?x }",  # one variable twice: a scan that may keep nothing
        "SELECT ?x WHERE { ?x <http://x/p> ?x }",
        "SELECT ?s WHERE { ?s <http://x/p> ?o ; <http://x/q> ?r }",
        "SELECT ?s WHERE { ?s <http://x/p> ?o , ?r }",
        "SELECT ?s WHERE { _:b <http://x/p> ?s }",
        "SELECT ?s WHERE { [] <http://x/p> ?s }",
        "SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }",
        "SELECT ?s FROM <http://x/g> WHERE { ?s ?p ?o }",
        "SELECT ?s WHERE { SERVICE <http://x/sparql> { ?s ?p ?o } }",
        "SELECT ?s WHERE { ?s ?p ?o } VALUES ?s { <http://x/a> }",
        "SELECT ?s WHERE { { ?s ?p ?o } }",
        "SELECT (?s AS ?t) WHERE { ?s ?p ?o }",
        "CONSTRUCT WHERE { ?s ?p ?o }",
        "DESCRIBE <http://x/a>",
        "ASK { ?s ?p ?o . ?o ?q ?r }",
        'SELECT ?s { ?s <http://x/p> "\\u0022 . ?a ?b ?c . ?d ?e \\u0022" }',  # escapes: never
        "SELECT ?s { ?s <http://x/p> ?o } LIMIT 1.5",
        "INSERT DATA { <http://x/a> <http://x/p> <http://x/o> }",
        "",
        "SELECT",
    ],
)
def test_anything_else_keeps_the_worker(query: str) -> None:
    assert not is_single_pattern(query)
    assert single_pattern_form(query) is None
