"""Oversized and malformed requests get an answer that says what was wrong, never a reset."""

from __future__ import annotations

import json
import socket
from collections.abc import Iterator

import pytest

from tests.api.conftest import DATA, TOKEN, Server, load_store, start_server, stop_server

LIMIT = 65_536  # Settings.max_url_bytes
LONG_LIMIT = 200_000


def raw_get(server: Server, target: bytes) -> tuple[int, bytes]:
    """Send a GET with ``target`` as the request target over a plain socket (httpx refuses
    long URLs itself); the status and body of the answer."""
    host, port = server.url.removeprefix("http://").split(":")
    request = b"GET " + target + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    with socket.create_connection((host, int(port)), timeout=30) as conn:
        conn.sendall(request)
        data = b""
        while chunk := conn.recv(65536):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    return int(head.split()[1]), body


@pytest.mark.parametrize("size", [LIMIT + 1, 200_000, 600_000])
def test_a_url_over_the_limit_is_414_naming_it(server: Server, size: int) -> None:
    target = b"/sparql?query=ASK+%7B%7D"
    status, body = raw_get(server, target + b"+" * (size - len(target)))
    assert status == 414
    answer = json.loads(body)
    assert answer["error"] == "UrlTooLongError"
    assert str(LIMIT) in answer["detail"] and "POST" in answer["detail"]


def test_a_long_url_under_the_limit_is_answered(server: Server) -> None:
    target = b"/sparql?query=ASK+%7B%7D"
    status, body = raw_get(server, target + b"+" * (LIMIT - len(target) - 100))
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.fixture(scope="module")
def long_url_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A server whose URL limit is past the 65,535 bytes httptools' own URL parser takes."""
    root = tmp_path_factory.mktemp("long-urls")
    load_store(root / "store", DATA / "fixture.trig")
    running = start_server(root / "store", root / "server.log", max_url_bytes=LONG_LIMIT)
    yield running
    stop_server(running)


def test_a_url_longer_than_the_parser_takes_is_served_under_a_larger_limit(
    long_url_server: Server,
) -> None:
    target = b"/sparql?query=ASK+%7B%7D"
    status, body = raw_get(long_url_server, target + b"+" * (150_000 - len(target)))
    assert status == 200 and json.loads(body)["boolean"] is True


def test_a_url_over_a_larger_limit_is_414_naming_it(long_url_server: Server) -> None:
    target = b"/sparql?query=ASK+%7B%7D"
    status, body = raw_get(long_url_server, target + b"+" * (LONG_LIMIT + 10 - len(target)))
    assert status == 414
    assert str(LONG_LIMIT) in json.loads(body)["detail"]


def test_a_request_line_past_what_the_server_reads_is_refused_not_held(server: Server) -> None:
    """Beyond 16 times the limit the server stops reading the URL (it would otherwise hold any
    length in memory): a 400 and the connection closed (the close may reach the client before
    the answer, as a reset, since the rest of the line is never read); the server serves on."""
    try:
        status, body = raw_get(server, b"/sparql?query=" + b"+" * (16 * LIMIT + 1))
    except ConnectionResetError:
        pass
    else:
        assert status == 400 and b"Invalid HTTP request" in body
    status, body = raw_get(server, b"/sparql?query=ASK+%7B%7D")
    assert status == 200 and json.loads(body)["boolean"] is True


@pytest.mark.parametrize(
    ("identifier", "why"),
    [
        ("a\x00b.txt", "control characters"),
        ("a\nb.txt", "control characters"),
        ("   ", "white space"),
        ("x" * 10_000, "10000 characters long"),
    ],
)
def test_a_document_identifier_that_is_no_file_name_is_400(
    server: Server, identifier: str, why: str
) -> None:
    with server.client() as c:
        r = c.post(
            "/api/documents",
            json={"identifier": identifier, "text": "Russia supplied Iran with drones."},
            headers={"authorization": f"Bearer {TOKEN}"},
        )
        assert r.status_code == 400, r.text
        assert r.json()["error"] == "IdentifierError"
        assert "bad document identifier" in r.json()["detail"] and why in r.json()["detail"]
        assert len(r.json()["detail"]) < 300
        listed = [d["identifier"] for d in c.get("/api/documents").json()["documents"]]
        assert identifier not in listed
