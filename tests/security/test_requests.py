"""Oversized and malformed requests get an answer that says what was wrong, never a reset."""

from __future__ import annotations

import json
import socket

import pytest

from tests.api.conftest import TOKEN, Server

LIMIT = 65_536  # Settings.max_url_bytes


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
