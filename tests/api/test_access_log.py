"""The access log: on by default, a line per request, as operators expect; off with
``ALLEGIANCE_ACCESS_LOG=0``. Its lines are written once each answer is (``api.accesslog``), so
the log is read after the server has stopped, when every line it queued has been written."""

from __future__ import annotations

from pathlib import Path

import httpx

from tests.api.conftest import DATA, load_store, start_server, stop_server

LOOK_UP = "SELECT ?l WHERE { <https://w3id.org/allegiance/id/state/RUS> ?p ?l } LIMIT 1"


def _serve_and_log(tmp_path: Path, **settings: object) -> list[str]:
    """The access log lines of a server that answered a look-up (inline), a join (a worker),
    a page and a 404, in that order."""
    load_store(tmp_path / "store", DATA / "fixture.trig")
    server = start_server(tmp_path / "store", tmp_path / "server.log", **settings)
    try:
        with server.client() as http:
            assert http.get("/sparql", params={"query": LOOK_UP}).status_code == 200
            join = "SELECT * WHERE { ?s a ?t . ?s ?p ?o } LIMIT 1"
            assert http.post("/sparql", data={"query": join}).status_code == 200
            assert http.get("/api/supports").status_code == 200
            assert http.get("/no/such/page").status_code == 404
    finally:
        stop_server(server)
    lines = (tmp_path / "server.log").read_text().splitlines()
    return [line for line in lines if '" ' in line and "HTTP/1.1" in line]


def test_every_request_has_its_line_by_default(tmp_path: Path) -> None:
    lines = _serve_and_log(tmp_path)
    requests = [line.split('"')[1] for line in lines]
    assert requests[-4:] == [
        f"GET /sparql?{httpx.QueryParams({'query': LOOK_UP})} HTTP/1.1",
        "POST /sparql HTTP/1.1",
        "GET /api/supports HTTP/1.1",
        "GET /no/such/page HTTP/1.1",
    ]
    assert [line.split('" ')[1] for line in lines[-4:]] == [
        "200 OK",
        "200 OK",
        "200 OK",
        "404 Not Found",
    ]
    assert all(line.startswith("INFO:") and "127.0.0.1:" in line for line in lines)


def test_the_log_is_off_when_asked(tmp_path: Path) -> None:
    assert _serve_and_log(tmp_path, access_log=0) == []
