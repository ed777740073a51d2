"""The relation registry agrees with the ontology and the shapes, and a relation is one data row:
added to a copy of the registry, the lexicon and the ontology, it flows to extraction,
``/api/supports``, ``/api/network`` and the page legend with no code change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Namespace, URIRef
from rdflib.collection import Collection

from graph.errors import KnowledgeError
from graph.knowledge import load_knowledge
from graph.schema import ENTITY_TYPES, Registry, load_registry
from graph.settings import DATA_DIR, ONTOLOGY_DIR, Settings
from graph.vocab import AL, local_name
from tests.api.conftest import start_server, stop_server
from tests.graph.conftest import run_cli

SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def registry() -> Registry:
    return load_registry(DATA_DIR)


def _ontology_relations(ontology: Graph) -> dict[str, str | None]:
    """Every relation property of the ontology (the stances and what is below them) -> parent."""
    stances = [s for s in (AL.supports, AL.opposes) if (s, RDF.type, None) in ontology]
    below = {
        p
        for s in stances
        for p in ontology.transitive_subjects(RDFS.subPropertyOf, s)
        if isinstance(p, URIRef)
    }
    return {
        local_name(p): (
            local_name(str(ontology.value(p, RDFS.subPropertyOf))) if p not in stances else None
        )
        for p in below
    }


def _shape_relations(shapes: Graph) -> set[str]:
    """The relations the claim shape allows as a claim's predicate (its ``sh:in`` list)."""
    for prop in shapes.subjects(SH.path, RDF.predicate):
        allowed = shapes.value(prop, SH["in"])
        if allowed is not None:
            return {local_name(str(t)) for t in Collection(shapes, allowed)}
    raise AssertionError("no claim shape names the allowed predicates")


def test_the_registry_is_the_ontology(registry: Registry) -> None:
    ontology = Graph().parse(ONTOLOGY_DIR / "allegiance.ttl")
    assert _ontology_relations(ontology) == {r.name: r.parent for r in registry.relations}
    for r in registry.relations:
        assert str(ontology.value(AL[r.name], RDFS.label)) == r.name


def test_the_registry_is_the_shapes(registry: Registry) -> None:
    shapes = Graph().parse(ONTOLOGY_DIR / "shapes.ttl")
    assert _shape_relations(shapes) == set(registry.names)


def test_entity_types_are_the_ontology_classes() -> None:
    ontology = Graph().parse(ONTOLOGY_DIR / "allegiance.ttl")
    classes = {local_name(str(c)) for c in ontology.subjects(RDF.type, OWL.Class)}
    assert set(ENTITY_TYPES) <= classes


def test_stances_colours_and_legend(registry: Registry) -> None:
    assert registry.stances == ("supports", "opposes")
    assert registry.colours() == {"supports": "#2ca02c", "opposes": "#d62728"}
    assert registry.legend()[0]["relations"] == ["supplies", "deploys", "pays", "trains"]
    assert registry.condemnable == {"attacks", "deploys", "supplies", "sanctions"}


def test_every_trigger_names_a_registered_relation() -> None:
    knowledge = load_knowledge(Settings())
    used = {f.relation for fs in knowledge.lexicon.frames.values() for f in fs}
    assert used <= set(knowledge.relations.names)


def _append(path: Path, text: str) -> int:
    old = path.read_text(encoding="utf-8")
    path.write_text(old + text, encoding="utf-8")
    return len(old.splitlines()) + 1


def test_a_bad_registry_row_is_named(tmp_path: Path) -> None:
    data = Path(shutil.copytree(DATA_DIR, tmp_path / "data"))
    line = _append(data / "relations.tsv", "mediates\tsupports\tbrokers\tno\tCONSULT\t\t\n")
    with pytest.raises(KnowledgeError, match=rf"relations.tsv:{line}: parent is 'brokers'"):
        load_registry(data)


# --- a new relation, added as data -------------------------------------------------------------

SHIELDS_TTL = """
al:shields a owl:ObjectProperty ;
    rdfs:label "shields"@en ;
    rdfs:comment "Protects from censure or consequences (shield)."@en ;
    rdfs:subPropertyOf al:supports .
"""


@pytest.fixture(scope="module")
def with_shields(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """Settings (as environment) whose registry, lexicon, ontology and shapes know al:shields."""
    root = tmp_path_factory.mktemp("shields")
    data = Path(shutil.copytree(DATA_DIR, root / "data"))
    ontology = Path(shutil.copytree(ONTOLOGY_DIR, root / "ontology"))
    _append(data / "relations.tsv", "shields\tsupports\tsupports\tno\tSUPPORT\t\t\n")
    _append(data / "lexicon/en/triggers.tsv", "shield\tVERB\tshields\tact_on\t\tno\t\t\n")
    _append(ontology / "allegiance.ttl", SHIELDS_TTL)
    shapes = ontology / "shapes.ttl"
    text = shapes.read_text(encoding="utf-8")
    assert text.count("al:warns al:opposes )") == 1
    shapes.write_text(text.replace("al:warns al:opposes )", "al:warns al:opposes al:shields )"))
    return {"ALLEGIANCE_DATA_DIR": str(data), "ALLEGIANCE_ONTOLOGY_DIR": str(ontology)}


@pytest.mark.slow
def test_a_new_relation_flows_with_no_code_change(
    with_shields: dict[str, str], tmp_path: Path
) -> None:
    article = tmp_path / "un.txt"
    article.write_text("China shielded Russia at the United Nations on Monday.\n", "utf-8")
    store = tmp_path / "store"
    built = run_cli("build", article, "--store", store, env=with_shields)
    assert built.returncode == 0, built.stderr
    assert "shacl=conforms" in built.stdout + built.stderr

    settings = {k.removeprefix("ALLEGIANCE_").lower(): v for k, v in with_shields.items()}
    server = start_server(store, tmp_path / "server.log", **settings)
    try:
        with server.client() as client:
            pairs = client.get("/api/supports").json()["pairs"]
            assert [
                (p["supporter"]["label"], p["supported"]["label"], p["relations"]) for p in pairs
            ] == [("China", "Russia", ["shields"])]
            assert client.get("/api/opposes").json()["pairs"] == []
            network = client.get("/api/network").json()
            assert network["meta"]["relations"]["shields"] == "supports"
            assert [e["relations"] for e in network["edges"]] == [["shields"]]
            legend = {s["stance"]: s["relations"] for s in network["meta"]["legend"]}
            assert legend["supports"] == ["supplies", "deploys", "pays", "trains", "shields"]
    finally:
        stop_server(server)
