"""/openapi.json tells a user what each route does, what it takes and every error it gives."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from tests.api.conftest import TOKEN, Server

WRITES = [("post", "/api/documents"), ("delete", "/api/documents/{identifier}")]


@pytest.fixture(scope="module")
def spec(server: Server) -> dict[str, Any]:
    with server.client() as http:
        found: dict[str, Any] = http.get("/openapi.json").json()
        return found


def operations(spec: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, ops in spec["paths"].items() for m, op in ops.items()]


def test_every_route_says_what_it_does(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        name = op["operationId"].split("_")[0]
        assert op["summary"] and op["summary"].lower() != name.replace("_", " "), (method, path)
        assert len(op["summary"].split()) >= 4, (method, path, op["summary"])
        assert len(op.get("description", "")) > 40, (method, path)
        assert op["tags"], (method, path)
    assert {t["name"] for t in spec["tags"]} >= {"alignments", "entities", "SPARQL"}


def test_every_error_is_listed_in_the_one_shape_and_none_is_fastapis_422(
    spec: dict[str, Any],
) -> None:
    for method, path, op in operations(spec):
        assert "422" not in op["responses"], (method, path)
        errors = {code: r for code, r in op["responses"].items() if int(code) >= 400}
        assert {"503", "504"} <= set(errors), (method, path)
        for code, response in errors.items():
            schema = response["content"]["application/json"]["schema"]
            assert schema == {"$ref": "#/components/schemas/ErrorOut"}, (method, path, code)
            assert response["description"], (method, path, code)
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    supports = spec["paths"]["/api/supports"]["get"]["responses"]
    assert "since='notadate'" in supports["400"]["description"]
    assert "403" in spec["paths"]["/sparql"]["post"]["responses"]


def test_parameters_have_descriptions_and_examples(spec: dict[str, Any]) -> None:
    for method, path, op in operations(spec):
        for parameter in op.get("parameters", []):
            assert parameter.get("description"), (method, path, parameter["name"])
    params = {p["name"]: p for p in spec["paths"]["/api/supports"]["get"]["parameters"]}
    assert params["actor"]["example"] == "Russia"
    assert "text/csv" in spec["paths"]["/api/supports"]["get"]["responses"]["200"]["content"]
    sparql = {p["name"] for p in spec["paths"]["/sparql"]["get"]["parameters"]}
    assert {"query", "default-graph-uri", "named-graph-uri"} <= sparql


def test_the_write_token_is_a_bearer_scheme_on_the_routes_that_write(spec: dict[str, Any]) -> None:
    scheme = spec["components"]["securitySchemes"]["writeToken"]
    assert scheme == {**scheme, "type": "http", "scheme": "bearer"}
    for method, path in WRITES:
        assert spec["paths"][path][method]["security"] == [{"writeToken": []}]
    # a query needs no token, an update does
    assert spec["paths"]["/sparql"]["post"]["security"] == [{}, {"writeToken": []}]
    assert "security" not in spec["paths"]["/api/supports"]["get"]


def test_errors_answered_match_the_documented_shape(client: httpx.Client) -> None:
    documented = {"detail", "error", "line", "column", "parameters"}
    for method, path, kwargs in [
        ("GET", "/api/supports", {"params": {"since": "notadate"}}),
        ("GET", "/sparql", {"params": {"query": "SELEC * {}"}}),
        ("POST", "/api/documents", {"json": {"text": "x"}}),
        ("DELETE", "/api/documents/none.txt", {"headers": {"authorization": "Bearer no"}}),
        ("GET", "/api/entities/state/ATLANTIS", {}),
    ]:
        r = client.request(method, path, **kwargs)
        assert 400 <= r.status_code < 500, (path, r.status_code)
        assert set(r.json()) <= documented and {"detail", "error"} <= set(r.json()), r.json()


@pytest.mark.browser
def test_swagger_ui_has_an_authorize_button_that_sends_the_token(
    server: Server, browser: Any
) -> None:
    tab = browser.new_page(viewport={"width": 1200, "height": 900})
    try:
        tab.goto(server.url + "/docs", wait_until="networkidle")
        tab.click("button.authorize")
        tab.fill(".auth-container input", TOKEN)
        tab.click(".auth-btn-wrapper button.authorize")
        assert tab.locator(".auth-container").first.inner_text().count("Authorized") >= 1
    finally:
        tab.close()
