"""/api/documents: listing, and (with the pipeline) adding and removing documents."""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator

import httpx
import pytest

from tests.api.conftest import DATA, TOKEN, Server, load_store, start_server, stop_server

AUTH = {"authorization": f"Bearer {TOKEN}"}
needs_pipeline = pytest.mark.skipif(
    importlib.util.find_spec("graph.store.build") is None,
    reason="graph.store.build (the extraction Builder) is not written yet",
)


@pytest.fixture(scope="module")
def writable(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    """A server of its own, so that ingesting and removing leave the shared fixture alone."""
    root = tmp_path_factory.mktemp("documents")
    load_store(root / "store", DATA / "fixture.trig")
    running: Server = start_server(root / "store", root / "server.log", write_token=TOKEN)
    with running.client() as c:
        yield c
    stop_server(running)


ARTICLE = """date 2024-11-20
North Korea has supplied Russia with artillery shells, according to Ukrainian intelligence.
"""


def test_documents_are_listed_with_counts(client: httpx.Client) -> None:
    r = client.get("/api/documents")
    assert r.status_code == 200
    docs = {d["identifier"]: d for d in r.json()["documents"]}
    assert set(docs) >= {"000_kursk.txt", "001_sanctions.txt", "002_undated.txt"}
    kursk = docs["000_kursk.txt"]
    assert kursk["date"] == "2024-10-18" and kursk["claims"] == 4 and kursk["entities"] == 7
    assert docs["002_undated.txt"]["date"] is None


def test_one_document(client: httpx.Client) -> None:
    r = client.get("/api/documents/001_sanctions.txt")
    assert r.status_code == 200 and r.json()["title"] == "EU sanctions North Korea"


def test_an_unknown_document_is_404_naming_it(client: httpx.Client) -> None:
    r = client.get("/api/documents/999_missing.txt")
    assert r.status_code == 404
    assert "999_missing.txt" in r.json()["detail"]


def test_writing_documents_needs_the_token(client: httpx.Client) -> None:
    r = client.post("/api/documents", params={"identifier": "x.txt"}, content=ARTICLE)
    assert r.status_code == 403
    assert client.delete("/api/documents/000_kursk.txt").status_code == 403
    assert client.get("/api/documents/000_kursk.txt").status_code == 200


def test_an_unsupported_body_type_is_415(client: httpx.Client) -> None:
    r = client.post(
        "/api/documents", content=b"<p>x</p>", headers={**AUTH, "content-type": "text/html"}
    )
    assert r.status_code == 415


@needs_pipeline
def test_a_text_document_is_extracted_listed_and_removed(writable: httpx.Client) -> None:
    client = writable
    r = client.post(
        "/api/documents",
        params={"identifier": "900_posted.txt"},
        content=ARTICLE.encode(),
        headers={**AUTH, "content-type": "text/plain"},
    )
    assert r.status_code == 201, r.text
    report = r.json()
    assert report["identifier"] == "900_posted.txt" and report["entities"] >= 2
    listed = client.get("/api/documents/900_posted.txt").json()
    assert listed["date"] == "2024-11-20"
    assert client.delete("/api/documents/900_posted.txt", headers=AUTH).status_code == 204
    assert client.get("/api/documents/900_posted.txt").status_code == 404


@needs_pipeline
def test_a_json_document_is_extracted(writable: httpx.Client) -> None:
    client = writable
    body = {"text": ARTICLE, "identifier": "901_json.txt", "date": "2024-11-21"}
    r = client.post("/api/documents", json=body, headers=AUTH)
    assert r.status_code == 201, r.text
    assert client.get("/api/documents/901_json.txt").json()["date"] == "2024-11-21"
    assert client.delete("/api/documents/901_json.txt", headers=AUTH).status_code == 204


@needs_pipeline
def test_an_empty_document_is_400(writable: httpx.Client) -> None:
    client = writable
    r = client.post("/api/documents", json={"text": "  ", "identifier": "e.txt"}, headers=AUTH)
    assert r.status_code == 400 and "empty" in r.json()["detail"]


@needs_pipeline
def test_deleting_an_unknown_document_is_404(writable: httpx.Client) -> None:
    client = writable
    r = client.delete("/api/documents/999_missing.txt", headers=AUTH)
    assert r.status_code == 404
