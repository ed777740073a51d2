"""Every relation has a PLOVER event type in the registry, and the ontology says the same."""

from __future__ import annotations

from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from graph.rdf.validate import ONTOLOGY_FILE
from graph.schema import PLOVER_TYPES, load_registry
from graph.settings import Settings

AL = Namespace("https://w3id.org/allegiance/ontology#")
PLOVER = "https://w3id.org/allegiance/plover#"


def test_every_relation_has_a_plover_event() -> None:
    registry = load_registry(Settings().data_dir)
    relations = [r for r in registry.relations if not r.is_stance]
    assert relations and all(r.plover in PLOVER_TYPES for r in relations)
    by_name = {r.name: r for r in registry.relations}
    assert (by_name["supplies"].plover, by_name["supplies"].mode) == ("AID", "military")
    assert by_name["sanctions"].plover == "SANCTION" and by_name["warns"].plover == "THREATEN"
    assert by_name["attacks"].plover == "ASSAULT" and by_name["condemns"].plover == "ACCUSE"


def test_the_ontology_says_what_the_registry_says() -> None:
    g = Graph().parse(ONTOLOGY_FILE)
    for r in load_registry(Settings().data_dir).relations:
        matches = set(g.objects(AL[r.name], SKOS.closeMatch))
        assert matches == ({URIRef(PLOVER + r.plover)} if r.plover else set()), r.name
        if r.plover:
            assert (URIRef(PLOVER + r.plover), SKOS.inScheme, URIRef(PLOVER + "scheme")) in g
        mode = g.value(AL[r.name], AL.ploverMode)
        assert (str(mode) if mode is not None else None) == r.mode, r.name
