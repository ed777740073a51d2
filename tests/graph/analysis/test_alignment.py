"""graph.analysis.alignment on small in-memory graphs: lifting, negation, self-pairs, filters."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pyoxigraph as ox
import pytest

from graph.analysis.alignment import UnknownRelationError, alignments, relations
from graph.sparql_text import string_term
from graph.store import EmbeddedStore

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests/api/fixtures/fixture.trig"
ONTOLOGY_GRAPH = ox.NamedNode("https://w3id.org/allegiance/id/graph/ontology")
AL = "https://w3id.org/allegiance/ontology#"
ID = "https://w3id.org/allegiance/id/"


def store_with(trig: str = "", *, fixture: bool = False) -> EmbeddedStore:
    store = EmbeddedStore(None)
    store.update("CLEAR ALL")
    raw = store._store
    raw.load(
        path=str(ROOT / "ontology/allegiance.ttl"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ONTOLOGY_GRAPH,
    )
    if fixture:
        raw.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    if trig:
        raw.load(trig.encode(), format=ox.RdfFormat.TRIG)
    return store


def claim(name: str, s: str, p: str, o: str, *, negated: bool = False) -> str:
    return f"""GRAPH <{ID}graph/doc/t.txt> {{
  <{ID}doc/t.txt> a <{AL}Document> ; <http://purl.org/dc/terms/identifier> "t.txt" .
  <{ID}claim/{name}> a <{AL}Claim> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#subject> <{ID}{s}> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate> <{AL}{p}> ;
    <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <{ID}{o}> ;
    <http://www.w3.org/ns/prov#wasDerivedFrom> <{ID}doc/t.txt> ;
    <{AL}evidence> "{name}" ; <{AL}negated> {str(negated).lower()} .
}}
"""


def entity(path: str, cls: str, label: str, *extra: str) -> str:
    lines = " ; ".join(extra)
    more = f" ; {lines}" if lines else ""
    return f"""GRAPH <{ID}graph/entities> {{
  <{ID}{path}> a <{AL}{cls}> ; <http://www.w3.org/2000/01/rdf-schema#label> "{label}"{more} .
}}
"""


def pairs(store: EmbeddedStore, summary: str = "supports", **kw: object) -> list[tuple[str, str]]:
    return [(a.source.label, a.target.label) for a in alignments(store, summary, **kw)]  # type: ignore[arg-type]


def test_the_fixture_rolls_up_as_expected() -> None:
    store = store_with(fixture=True)
    assert pairs(store) == [("North Korea", "Russia"), ("Iran", "Russia")]
    assert set(pairs(store, "opposes")) == {
        ("European Union", "North Korea"),
        ("Russia", "Ukraine"),
    }


def test_an_official_is_lifted_through_the_agency_to_the_state() -> None:
    store = store_with(
        entity("state/A", "State", "A")
        + entity("state/B", "State", "B")
        + entity("agency/A-MOD", "Agency", "Ministry", f"<{AL}partOf> <{ID}state/A>")
        + entity("official/x", "Official", "X", f"<{AL}memberOf> <{ID}agency/A-MOD>")
        + claim("c", "official/x", "supplies", "state/B")
    )
    assert pairs(store) == [("A", "B")]


def test_a_state_is_never_lifted_into_an_organisation() -> None:
    store = store_with(
        entity("state/A", "State", "A", f"<{AL}memberOf> <{ID}org/NATO>")
        + entity("state/B", "State", "B")
        + entity("org/NATO", "Organization", "NATO")
        + claim("c", "state/A", "supplies", "state/B")
    )
    assert pairs(store) == [("A", "B")]


def test_an_armed_group_counts_as_an_organisation() -> None:
    store = store_with(
        entity("group/W", "ArmedGroup", "Wagner")
        + entity("state/B", "State", "B")
        + claim("c", "group/W", "attacks", "state/B")
    )
    assert pairs(store, "opposes") == [("Wagner", "B")]


def test_an_unaffiliated_official_stands_for_itself() -> None:
    store = store_with(
        entity("official/x", "Official", "X")
        + entity("state/B", "State", "B")
        + claim("c", "official/x", "warns", "state/B")
    )
    assert pairs(store, "opposes") == [("X", "B")]


def test_negated_claims_and_self_pairs_never_count() -> None:
    store = store_with(
        entity("state/A", "State", "A")
        + entity("state/B", "State", "B")
        + entity("agency/A-MOD", "Agency", "Ministry", f"<{AL}partOf> <{ID}state/A>")
        + claim("denied", "state/A", "supplies", "state/B", negated=True)
        + claim("self", "agency/A-MOD", "supplies", "state/A")
    )
    assert pairs(store) == []


def test_an_affiliation_cycle_ends() -> None:
    store = store_with(
        entity("agency/P", "Agency", "P", f"<{AL}partOf> <{ID}agency/Q>")
        + entity("agency/Q", "Agency", "Q", f"<{AL}partOf> <{ID}agency/P>")
        + entity("state/B", "State", "B")
        + claim("c", "agency/P", "pays", "state/B")
    )
    assert pairs(store) == [("P", "B")]


def test_filters() -> None:
    store = store_with(fixture=True)
    assert pairs(store, actor="DPRK") == [("North Korea", "Russia")]
    # one claim each: ties go by name
    assert pairs(store, relation="supplies") == [("Iran", "Russia"), ("North Korea", "Russia")]
    assert pairs(store, since=dt.date(2024, 10, 1)) == [("North Korea", "Russia")]
    assert pairs(store, include_hedged=False) == [("North Korea", "Russia")]
    with pytest.raises(UnknownRelationError, match="'condemns'"):
        alignments(store, "supports", relation="condemns")


def test_relations_come_from_the_ontology() -> None:
    store = store_with()
    assert relations(store, "supports") == ["deploys", "pays", "supplies", "supports", "trains"]
    assert relations(store, "opposes") == ["attacks", "condemns", "opposes", "sanctions", "warns"]


@pytest.mark.parametrize("text", ['a "quoted" \\ text', "line\nbreak", "tab\there"])
def test_string_term_round_trips(text: str) -> None:
    store = store_with()
    rows = store.select(f"SELECT ?v WHERE {{ BIND({string_term(text)} AS ?v) }}")
    assert rows == [{"v": text}]
