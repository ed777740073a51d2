"""``min_confidence`` reaches SPARQL as one bound decimal term, and the engine compares numbers."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from graph.analysis.pairs import PairFilters, claim_patterns, confidence_at_least
from graph.sparql_text import BadTermError, decimal_term
from graph.vocab import PREFIXES

XSD = "http://www.w3.org/2001/XMLSchema#"


@pytest.mark.parametrize(
    ("value", "term"),
    [
        (0.8, f'"0.8"^^<{XSD}decimal>'),
        (0, f'"0.0"^^<{XSD}decimal>'),
        (1, f'"1.0"^^<{XSD}decimal>'),
        (1e-7, f'"0.0000001"^^<{XSD}decimal>'),
    ],
)
def test_a_number_is_one_decimal_term(value: float, term: str) -> None:
    assert decimal_term(value) == term


@pytest.mark.parametrize("value", [float("nan"), float("inf"), float("-inf")])
def test_no_term_for_what_is_not_a_finite_number(value: float) -> None:
    with pytest.raises(BadTermError, match="not a finite number"):
        decimal_term(value)


def test_the_filter_binds_the_value_in_values_and_compares_it() -> None:
    text = claim_patterns(PairFilters(min_confidence=0.8))
    assert f'VALUES ?confMin {{ "0.8"^^<{XSD}decimal> }}' in text
    assert "FILTER(?conf >= ?confMin)" in text


def test_the_engine_keeps_claims_of_at_least_the_value() -> None:
    store = ox.Store()
    al = "https://w3id.org/allegiance/ontology#"
    for name, conf in (("c1", "0.79"), ("c2", "0.8"), ("c3", "0.81"), ("c4", "1")):
        literal = ox.Literal(conf, datatype=ox.NamedNode(XSD + "decimal"))
        store.add(ox.Quad(ox.NamedNode(f"urn:{name}"), ox.NamedNode(al + "confidence"), literal))
    query = PREFIXES + f"SELECT ?c WHERE {{ {confidence_at_least(0.8)} }} ORDER BY ?c"
    assert [str(row["c"].value) for row in store.query(query)] == ["urn:c2", "urn:c3", "urn:c4"]
