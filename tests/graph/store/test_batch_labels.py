"""One label per entity whatever the batch, and nothing written from a batch that breaks the
shapes (graph/store/build.py: Builder.canonical_labels, Builder.ingest; the check is in
graph/store/read.py)."""

from __future__ import annotations

import pytest
from rdflib.namespace import DCTERMS

import graph.store.read as read
from graph.rdf.serialize import DocumentGraphs
from graph.store.build import Builder
from graph.text.documents import SourceDocument, document_from_text

PREFIXES = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""
# a place no gazetteer file lists, towns.tsv included, spelled two ways
SAINT_ORENS = "https://w3id.org/allegiance/id/region/saint-orens"
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _doc(name: str, place: str) -> SourceDocument:
    return document_from_text(name, f"Officials in {place} said Iran supplied drones to Russia.")


def _names(b: Builder, iri: str) -> tuple[list[str], set[str]]:
    rows = b.store.select(
        PREFIXES + f"SELECT ?l ?a WHERE {{ {{ <{iri}> rdfs:label ?l }} "
        f"UNION {{ <{iri}> skos:altLabel ?a }} }}"
    )
    return [r["l"] for r in rows if "l" in r], {r["a"] for r in rows if "a" in r}


def test_two_spellings_in_one_batch_build_with_one_label(builder: Builder) -> None:
    report = builder.ingest([_doc("a.txt", "Saint Orens"), _doc("b.txt", "Saint-Orens")])
    assert report.violations == [] and report.rejected == []
    labels, alts = _names(builder, SAINT_ORENS)
    assert labels == ["Saint Orens"]  # the tie goes to the longer form, then code order
    assert "Saint-Orens" in alts


def test_the_most_frequent_spelling_wins_whatever_the_order(builder: Builder) -> None:
    docs = [
        _doc("a.txt", "Saint-Orens"),
        _doc("b.txt", "Saint Orens"),
        _doc("c.txt", "Saint-Orens"),
    ]
    builder.ingest(docs)
    assert _names(builder, SAINT_ORENS)[0] == ["Saint-Orens"]


def test_a_stored_label_is_kept(builder: Builder) -> None:
    builder.ingest([_doc("a.txt", "Saint-Orens")])
    builder.ingest([_doc("b.txt", "Saint Orens"), _doc("c.txt", "Saint Orens")])
    labels, alts = _names(builder, SAINT_ORENS)
    assert labels == ["Saint-Orens"] and "Saint Orens" in alts


def test_a_gazetteer_name_is_the_label_whatever_the_text_says(builder: Builder) -> None:
    builder.ingest([document_from_text("a.txt", "The Kremlin said Iran supplied drones.")])
    assert _names(builder, "https://w3id.org/allegiance/id/state/RUS")[0] == ["Russia"]


def test_a_batch_that_breaks_the_shapes_is_not_written(
    builder: Builder, monkeypatch: pytest.MonkeyPatch
) -> None:
    builder.ingest([_doc("a.txt", "Kyiv")])
    before = builder.store.select(COUNT)
    real = read.to_rdf

    def without_identifier(*args: object, **kwargs: object) -> DocumentGraphs:
        graphs = real(*args, **kwargs)  # type: ignore[arg-type]
        graphs.document.remove((None, DCTERMS.identifier, None))  # every document needs one
        return graphs

    monkeypatch.setattr(read, "to_rdf", without_identifier)
    report = builder.ingest([_doc("b.txt", "Saint Orens"), _doc("c.txt", "Paris")])
    assert report.violations and report.rejected == ["b.txt", "c.txt"]
    assert builder.store.select(COUNT) == before


def test_two_spellings_in_a_batch_read_by_a_worker_build_with_one_label(
    nlp: object, knowledge: object, tmp_path: object
) -> None:
    """The worker processes of a parallel build check the same one label per entity as a
    one-process build (64 blind articles once failed SHACL with two processes only)."""
    from pathlib import Path

    from graph.settings import Settings
    from graph.store import EmbeddedStore

    assert isinstance(tmp_path, Path)
    settings = Settings(store_path=tmp_path / "store", processes=2, batch_size=2)
    store = EmbeddedStore(settings.store_path)
    try:
        b = Builder(settings, store, nlp, knowledge)  # type: ignore[arg-type]
        docs = [
            _doc("a.txt", "Kyiv"),
            _doc("b.txt", "Paris"),
            _doc("c.txt", "Saint Orens"),
            _doc("d.txt", "Saint-Orens"),
        ]
        report = b.ingest(docs)
        assert report.violations == [] and report.rejected == []
        assert len(_names(b, SAINT_ORENS)[0]) == 1
    finally:
        store.close()
