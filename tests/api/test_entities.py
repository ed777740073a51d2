"""/api/entities: search by any name, and one entity in full."""

from __future__ import annotations

import csv
import io

import httpx
import pytest

ID = "https://w3id.org/allegiance/id/"


def test_search_finds_by_any_name_case_insensitively(client: httpx.Client) -> None:
    r = client.get("/api/entities", params={"q": "kreml"})
    assert r.status_code == 200
    assert [e["label"] for e in r.json()["entities"]] == ["Russia"]
    found = client.get("/api/entities", params={"q": "KOREA"}).json()["entities"]
    assert {e["path"] for e in found} == {"state/PRK", "unit/kpa-11"}


def test_search_treats_quotes_as_text(client: httpx.Client) -> None:
    r = client.get("/api/entities", params={"q": "People's"})
    assert [e["path"] for e in r.json()["entities"]] == ["unit/kpa-11"]
    r = client.get("/api/entities", params={"q": '") } } DROP ALL #'})
    assert r.status_code == 200 and r.json()["entities"] == []


def test_an_entity_in_full(client: httpx.Client) -> None:
    r = client.get("/api/entities/state/RUS")
    assert r.status_code == 200
    russia = r.json()
    assert russia["id"] == ID + "state/RUS" and russia["type"] == "State"
    assert russia["label"] == "Russia"
    assert set(russia["alt_labels"]) == {"Moscow", "the Kremlin", "Russian Federation"}
    assert russia["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert [c["relation"] for c in russia["claims_out"]] == ["attacks"]
    incoming = {(c["subject"]["label"], c["negated"]) for c in russia["claims_in"]}
    assert ("Iran", True) in incoming and ("North Korea", False) in incoming


def test_affiliations_are_listed(client: httpx.Client) -> None:
    kim = client.get("/api/entities/official/kim-jong-un").json()
    assert kim["affiliations"] == [
        {"relation": "heads", "target": {"id": ID + "state/PRK", "label": "North Korea"}}
    ]
    kursk = client.get("/api/entities/region/kursk").json()
    assert kursk["affiliations"][0]["relation"] == "locatedIn"


def test_an_unknown_entity_is_404_naming_the_id(client: httpx.Client) -> None:
    r = client.get("/api/entities/state/ATLANTIS")
    assert r.status_code == 404
    assert "state/ATLANTIS" in r.json()["detail"]


def test_entities_as_csv(client: httpx.Client) -> None:
    r = client.get("/api/entities", params={"q": "rus", "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    expected = client.get("/api/entities", params={"q": "rus"}).json()["entities"]
    # the CSV keeps the one-value columns; JSON adds alt_labels (a list) and wikidata
    assert rows == [{k: e[k] for k in ("label", "type", "path", "id")} for e in expected]


@pytest.mark.parametrize(
    ("method", "path", "status", "error"),
    [
        ("GET", "/no/such/route", 404, "NotFoundError"),
        ("DELETE", "/api/supports", 405, "MethodNotAllowedError"),
        ("GET", "/api/entities?limit=0", 400, "InvalidParameterError"),
    ],
)
def test_every_4xx_has_the_apps_error_shape(
    client: httpx.Client, method: str, path: str, status: int, error: str
) -> None:
    r = client.request(method, path)
    assert r.status_code == status
    body = r.json()
    assert body["error"] == error and isinstance(body["detail"], str) and body["detail"]
