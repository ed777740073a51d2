"""Bad input gets one line naming the problem, a non-zero exit, and loses nothing stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.graph.conftest import run_cli, select

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _make(kind: str, tmp: Path) -> tuple[Path, str]:
    if kind == "missing":
        return tmp / "nowhere.txt", "no such file"
    if kind == "empty-folder":
        (tmp / "empty").mkdir()
        (tmp / "empty" / "notes.md").write_text("not an article")
        return tmp / "empty", "no .txt"
    path = tmp / f"{kind}.txt"
    if kind == "empty":
        path.write_text("  \n\t\n")
        return path, "empty"
    if kind == "binary":
        path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
        return path, "binary"
    if kind == "latin-1":
        path.write_bytes("Le Kremlin a d\u00e9menti.".encode("latin-1"))
        return path, "UTF-8"
    raise AssertionError(kind)


@pytest.mark.parametrize("kind", ["missing", "empty-folder", "empty", "binary", "latin-1"])
def test_bad_document_is_named_and_nothing_is_lost(
    kind: str, store_copy: Path, tmp_path: Path
) -> None:
    before = select(store_copy, COUNT)
    path, words = _make(kind, tmp_path)
    r = run_cli("build", path, "--store", store_copy, "--quiet")
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert path.name in lines[0] and words in lines[0], lines[0]
    assert select(store_copy, COUNT) == before


def test_one_bad_file_among_good_ones_is_skipped(store_copy: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Iran supplied drones to Russia.")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe\x00")
    r = run_cli("build", good, bad, "--store", store_copy, "--quiet")
    assert r.returncode != 0
    warning, summary = r.stderr.strip().splitlines()
    assert "skipped" in warning and "bad.txt" in warning
    assert "skipped 1 of 2 files" in summary
    assert select(store_copy, 'SELECT ?d WHERE { ?d dcterms:identifier "good.txt" }')


def test_a_folder_of_twenty_with_one_empty_file_stores_nineteen(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for i in range(20):
        text = "" if i == 7 else f"Iran supplied {i + 2} drones to Russia, officials said."
        (folder / f"{i:02d}.txt").write_text(text)
    store = tmp_path / "fresh"
    r = run_cli("build", folder, "--store", store, "--quiet")
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 2 and "07.txt" in lines[0] and "empty" in lines[0], r.stderr
    assert "skipped 1 of 20" in lines[1]
    rows = select(store, "SELECT ?id WHERE { ?d a al:Document ; dcterms:identifier ?id }")
    assert len(rows) == 19 and "07.txt" not in {row["id"] for row in rows}


@pytest.mark.parametrize(
    "query, words",
    [
        ("SELEC ?s WHERE { ?s ?p ?o }", "line 1, column 1"),
        ("SELECT ?s WHERE { ?s ?p ", "malformed"),
        ("PREFIX x: <http://x/> SELECT * WHERE { ?s y:p ?o }", "y"),
    ],
)
def test_malformed_sparql_names_the_problem(seed_store: Path, query: str, words: str) -> None:
    r = run_cli("query", "--store", seed_store, query)
    assert r.returncode != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "SPARQL" in lines[0] and words in lines[0], r.stderr


def test_query_without_a_store_says_so(tmp_path: Path) -> None:
    r = run_cli("query", "--store", tmp_path / "none", "SELECT * WHERE { ?s ?p ?o }")
    assert r.returncode != 0
    assert "no store" in r.stderr and "allegiance build" in r.stderr


@pytest.mark.parametrize("extra", [[], ["--no-validate"]])
def test_an_unknown_model_is_named_whatever_the_other_options(
    extra: list[str], store_copy: Path, tmp_path: Path
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("Iran supplied drones to Russia.")
    before = select(store_copy, COUNT)
    r = run_cli("build", doc, "--store", store_copy, "--quiet", "--model", "no_such_model", *extra)
    assert r.returncode != 0
    assert "no_such_model" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    assert select(store_copy, COUNT) == before
