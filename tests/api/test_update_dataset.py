"""using-graph-uri / using-named-graph-uri written into the update as USING clauses."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from api.update_dataset import DatasetConflictError, with_using


def _run(update: str, using: list[str], named: list[str]) -> set[tuple[str, str]]:
    """Apply the rewritten update to a store and list what it inserted into <urn:out>."""
    store = ox.Store()
    store.update(
        'INSERT DATA { GRAPH <urn:g1> { <urn:a> <urn:p> "1" } '
        'GRAPH <urn:g2> { <urn:b> <urn:p> "2" } }'
    )
    store.update(with_using(update, using, named))
    return {
        (q.subject.value, q.object.value)
        for q in store.quads_for_pattern(None, None, None, ox.NamedNode("urn:out"))
    }


def test_using_graph_uri_is_the_default_graph_of_the_where() -> None:
    update = "INSERT { GRAPH <urn:out> { ?s <urn:q> ?o } } WHERE { ?s <urn:p> ?o }"
    assert _run(update, ["urn:g1"], []) == {("urn:a", "1")}
    assert _run(update, ["urn:g1", "urn:g2"], []) == {("urn:a", "1"), ("urn:b", "2")}
    assert _run(update, [], []) == set()  # the store's default graph is empty


def test_using_named_graph_uri_gives_the_named_graphs() -> None:
    update = "INSERT { GRAPH <urn:out> { ?s <urn:q> ?o } } WHERE { GRAPH ?g { ?s <urn:p> ?o } }"
    assert _run(update, [], ["urn:g2"]) == {("urn:b", "2")}


def test_keywords_inside_strings_iris_variables_and_prefixed_names_are_left_alone() -> None:
    update = (
        'PREFIX ex: <urn:ex:> INSERT { GRAPH <urn:out> { ?where <urn:q> "WHERE { USING }" } }\n'
        "# a comment with WHERE and WITH\n"
        "WHERE { ?where <urn:p> ?o FILTER(?o < 3 || ex:with = ex:with) }"
    )
    assert _run(update, ["urn:g1"], []) == {("urn:a", "WHERE { USING }")}


def test_delete_where_becomes_delete_using_where() -> None:
    store = ox.Store()
    store.update('INSERT DATA { <urn:a> <urn:p> "0" . GRAPH <urn:g1> { <urn:a> <urn:p> "1" } }')
    rewritten = with_using("DELETE WHERE { ?s <urn:p> ?o }", ["urn:g1"], [])
    assert "USING <urn:g1>" in rewritten
    store.update(rewritten)  # deletes from the default graph what matches in <urn:g1>: nothing
    assert len(store) == 2


@pytest.mark.parametrize(
    "update",
    [
        "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
        "DELETE { ?s ?p ?o } USING <urn:g> WHERE { ?s ?p ?o }",
        "INSERT { ?s ?p ?o } using named <urn:g> WHERE { ?s ?p ?o }",
    ],
)
def test_an_update_with_its_own_dataset_conflicts(update: str) -> None:
    with pytest.raises(DatasetConflictError, match="only one"):
        with_using(update, ["urn:x"], [])
