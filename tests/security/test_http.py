"""HTTP itself: which methods a path takes (OPTIONS, 405, CORS preflight), dates that are not
YYYY-MM-DD (400 in our error shape, never 1970-01-01), and no 422 in the OpenAPI document."""

from __future__ import annotations

import httpx
import pytest

from tests.api.conftest import CORS_ORIGIN, TOKEN


@pytest.mark.parametrize(
    ("path", "methods"),
    [
        ("/sparql", {"GET", "HEAD", "POST", "OPTIONS"}),
        ("/api/supports", {"GET", "HEAD", "OPTIONS"}),
        ("/api/documents", {"GET", "HEAD", "POST", "OPTIONS"}),
        ("/api/documents/000.txt", {"GET", "HEAD", "DELETE", "OPTIONS"}),
        ("/api/entities/state/RUS", {"GET", "HEAD", "OPTIONS"}),
        ("/assets/network/network.js", {"GET", "HEAD", "OPTIONS"}),
    ],
)
def test_options_names_every_method_of_the_path(
    client: httpx.Client, path: str, methods: set[str]
) -> None:
    r = client.options(path)
    assert r.status_code == 204, r.text
    assert {m.strip() for m in r.headers["allow"].split(",")} == methods


def test_a_method_the_path_does_not_take_is_405_naming_all_it_takes(client: httpx.Client) -> None:
    r = client.put("/sparql", content=b"ASK {}")
    assert r.status_code == 405
    assert {m.strip() for m in r.headers["allow"].split(",")} == {"GET", "HEAD", "POST", "OPTIONS"}
    assert r.json()["error"] == "MethodNotAllowedError"
    assert "GET" in r.json()["detail"] and "POST" in r.json()["detail"]


def test_options_on_an_unknown_path_is_404(client: httpx.Client) -> None:
    assert client.options("/no/such/path").status_code == 404


def test_a_cors_preflight_is_still_answered_by_cors(client: httpx.Client) -> None:
    r = client.options(
        "/sparql",
        headers={
            "origin": CORS_ORIGIN,
            "access-control-request-method": "POST",
            "access-control-request-headers": "content-type",
        },
    )
    assert r.status_code == 200
    assert r.headers["access-control-allow-origin"] == CORS_ORIGIN
    assert "POST" in r.headers["access-control-allow-methods"]
    simple = client.get("/sparql", params={"query": "ASK {}"}, headers={"origin": CORS_ORIGIN})
    assert simple.headers["access-control-allow-origin"] == CORS_ORIGIN


@pytest.mark.parametrize("value", ["0", "1700000000", "2024-13-01", "20240101", "2024-1-1", ""])
@pytest.mark.parametrize("path", ["/api/supports", "/api/opposes", "/api/network"])
def test_a_date_not_written_yyyy_mm_dd_is_400(client: httpx.Client, path: str, value: str) -> None:
    r = client.get(path, params={"until": value})
    assert r.status_code == 400, r.text
    assert r.json()["error"] == "InvalidParameterError"
    assert "until" in r.json()["detail"]


def test_a_document_date_must_be_a_date_too(client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {TOKEN}"}
    r = client.post(
        "/api/documents",
        json={"identifier": "x.txt", "text": "Russia supplies Iran.", "date": 0},
        headers=auth,
    )
    assert r.status_code == 400 and "date" in r.json()["detail"]
    r = client.post(
        "/api/documents",
        params={"identifier": "x.txt", "date": "0"},
        content=b"Russia supplies Iran.",
        headers={**auth, "content-type": "text/plain"},
    )
    assert r.status_code == 400 and "date" in r.json()["detail"]
    assert client.get("/api/documents/x.txt").status_code == 404


def test_other_bad_parameters_are_400_in_our_error_shape(client: httpx.Client) -> None:
    r = client.get("/api/entities", params={"limit": "0"})
    assert r.status_code == 400 and r.json()["error"] == "InvalidParameterError"
    assert "limit" in r.json()["detail"]


def test_the_openapi_document_promises_no_422(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            assert "422" not in operation["responses"], (path, method)
