"""Every relation has a PLOVER event type and mode, as data and in the ontology alike."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import SKOS

from graph.knowledge.relations import PLOVER_EVENTS, RelationTableError, load_relations
from graph.rdf.validate import ONTOLOGY_FILE

AL = Namespace("https://w3id.org/allegiance/ontology#")
PLOVER = "https://w3id.org/allegiance/plover#"
RELATIONS = ["supplies", "deploys", "pays", "trains", "supports", "condemns", "attacks",
             "sanctions", "warns", "opposes"]  # fmt: skip


def test_every_relation_has_a_plover_event() -> None:
    registry = load_relations()
    assert sorted(registry) == sorted(RELATIONS)
    assert all(r.plover_event in PLOVER_EVENTS for r in registry.values())
    assert (registry["supplies"].plover_event, registry["sanctions"].plover_event) == (
        "AID",
        "SANCTION",
    )
    assert registry["warns"].plover_event == "THREATEN"
    assert registry["attacks"].plover_event == "ASSAULT"
    assert registry["condemns"].plover_event == "ACCUSE"


def test_the_ontology_says_what_the_registry_says() -> None:
    g = Graph().parse(ONTOLOGY_FILE)
    for r in load_relations().values():
        matches = set(g.objects(AL[r.name], SKOS.closeMatch))
        assert matches == {URIRef(PLOVER + r.plover_event)}, r.name
        assert (URIRef(PLOVER + r.plover_event), SKOS.inScheme, URIRef(PLOVER + "scheme")) in g
        mode = g.value(AL[r.name], AL.ploverMode)
        assert (str(mode) if mode is not None else None) == r.plover_mode, r.name


def test_a_bad_row_names_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "relations.tsv"
    bad.write_text(
        "# comment\nrelation\tsummary\tplover_event\tplover_mode\tquad\n"
        "supplies\tsupports\tGIVE\tmilitary\tmaterial cooperation\n",
        encoding="utf-8",
    )
    with pytest.raises(RelationTableError, match=r"relations.tsv line 3: PLOVER event 'GIVE'"):
        load_relations(bad)
