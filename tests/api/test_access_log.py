"""The access log: on by default, a line per request, as operators expect; off with
``ALLEGIANCE_ACCESS_LOG=0``. Its lines are written once each answer is (``api.accesslog``), so
the log is read after the server has stopped, when every line it queued has been written."""

from __future__ import annotations

import asyncio
import logging
import time
from pathlib import Path

import httpx

from api.accesslog import AfterAnswerLogger
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


class Kept(logging.Handler):
    """Keeps the records it is handed."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_a_line_is_made_after_the_answer_with_the_time_it_was_asked_for() -> None:
    """``AfterAnswerLogger`` hands the record over on the loop's next turn, not at the call,
    with the message, level and time of the call."""
    logger = logging.getLogger("test.access.deferred")
    logger.setLevel(logging.INFO)
    logger.propagate = False
    handler = Kept()
    seen = handler.records
    logger.addHandler(handler)

    async def answer() -> tuple[float, float, int]:
        before = time.time()
        AfterAnswerLogger(logger).info(
            '%s - "%s %s HTTP/%s" %d', "127.0.0.1:5", "GET", "/x", "1.1", 200
        )
        after, made_at_once = time.time(), len(seen)
        await asyncio.sleep(0.05)  # the answer is written; the loop turns
        return before, after, made_at_once

    try:
        before, after, made_at_once = asyncio.run(answer())
    finally:
        logger.removeHandler(handler)
    assert made_at_once == 0 and len(seen) == 1
    record = seen[0]
    assert record.getMessage() == '127.0.0.1:5 - "GET /x HTTP/1.1" 200'
    assert record.levelno == logging.INFO and record.name == logger.name
    assert before <= record.created <= after  # the call's time, not the write's
    assert record.msecs == int((record.created - int(record.created)) * 1000)
