"""One label per entity whatever the batch: two documents that spell one actor differently."""

from __future__ import annotations

from pathlib import Path

from tests.graph.conftest import run_cli, select


def test_two_spellings_of_one_place_build_in_one_batch(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Diplomats met in New York City on Monday. Russia condemned Kyiv.\n")
    (docs / "b.txt").write_text("Diplomats met in New York on Tuesday. Ukraine condemned Moscow.\n")
    store = tmp_path / "store"
    r = run_cli("build", docs, "--store", store)
    assert r.returncode == 0, r.stderr
    assert "shacl=conforms" in r.stdout + r.stderr
    rows = select(store, "SELECT ?e (COUNT(?l) AS ?n) WHERE { ?e rdfs:label ?l } GROUP BY ?e")
    assert rows and all(int(row["n"]) == 1 for row in rows)
