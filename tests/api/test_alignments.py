"""/api/supports and /api/opposes on the fixture graph, as the contract shapes them."""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest

ID = "https://w3id.org/allegiance/id/"


def pairs(client: httpx.Client, path: str, **params: Any) -> list[dict[str, Any]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    found: list[dict[str, Any]] = r.json()["pairs"]
    return found


def names(found: list[dict[str, Any]], source: str, target: str) -> list[tuple[str, str]]:
    return [(p[source]["label"], p[target]["label"]) for p in found]


def test_supports_rolls_claims_up_to_states(client: httpx.Client) -> None:
    found = pairs(client, "/api/supports")
    # the unit in Kursk and Kim Jong Un paying the Russian ministry both count for North Korea ->
    # Russia; the ministry supplying Russia is a self-pair and Iran's denial is negated
    assert names(found, "supporter", "supported") == [("North Korea", "Russia"), ("Iran", "Russia")]
    top = found[0]
    assert top["supporter"] == {"id": ID + "state/PRK", "label": "North Korea"}
    assert top["supported"] == {"id": ID + "state/RUS", "label": "Russia"}
    assert top["relations"] == ["deploys", "pays", "supplies"]
    assert top["claims"] == 3 and top["documents"] == 1
    first = top["evidence"][0]
    assert first["document"] == "000_kursk.txt"
    assert first["sentence"].startswith("North Korea has supplied Russia")
    assert first["attributed_to"] == "GUR" and first["hedged"] is False
    assert all("negated" not in e for p in found for e in p["evidence"])


def test_opposes_lifts_an_organ_to_its_organisation(client: httpx.Client) -> None:
    found = pairs(client, "/api/opposes")
    assert set(names(found, "opposer", "opposed")) == {
        ("European Union", "North Korea"),
        ("Russia", "Ukraine"),
    }
    assert all(set(p) >= {"opposer", "opposed", "relations", "evidence"} for p in found)


@pytest.mark.parametrize("actor", ["Pyongyang", "north korea", "DPRK", "Russia", "the kremlin"])
def test_actor_matches_any_name_of_either_side(client: httpx.Client, actor: str) -> None:
    found = pairs(client, "/api/supports", actor=actor)
    assert ("North Korea", "Russia") in names(found, "supporter", "supported")


def test_actor_matches_no_part_of_a_name(client: httpx.Client) -> None:
    assert pairs(client, "/api/supports", actor="Korea") == []


def test_filters_relation_dates_and_hedging(client: httpx.Client) -> None:
    deploys = pairs(client, "/api/supports", relation="deploys")
    assert names(deploys, "supporter", "supported") == [("North Korea", "Russia")]
    assert deploys[0]["relations"] == ["deploys"] and deploys[0]["claims"] == 1
    # the undated document drops out once a date bound is given
    dated = pairs(client, "/api/supports", since="2024-01-01")
    assert names(dated, "supporter", "supported") == [("North Korea", "Russia")]
    assert pairs(client, "/api/supports", until="2024-10-17") == []
    firm = pairs(client, "/api/supports", include_hedged="false")
    assert names(firm, "supporter", "supported") == [("North Korea", "Russia")]
    assert firm[0]["claims"] == 2 and not any(e["hedged"] for e in firm[0]["evidence"])


def test_an_unknown_relation_is_400_naming_the_allowed_ones(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"relation": "attacks"})
    assert r.status_code == 400
    assert "'attacks'" in r.json()["detail"] and "supplies" in r.json()["detail"]


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ({"since": "notadate"}, "since='notadate': not a date; use YYYY-MM-DD"),
        ({"until": "2024-13-45"}, "until='2024-13-45': not a date"),
        ({"include_hedged": "maybe"}, "include_hedged='maybe'"),
        ({"role": "ally"}, "role='ally'"),
        ({"format": "xml"}, "format='xml'"),
    ],
)
def test_a_bad_parameter_is_400_in_the_apps_error_shape(
    client: httpx.Client, params: dict[str, str], named: str
) -> None:
    r = client.get("/api/supports", params=params)
    assert r.status_code == 400
    body = r.json()
    assert body["error"] == "InvalidParameterError"
    assert named in body["detail"] and "\n" not in body["detail"]
    [problem] = body["parameters"]
    assert problem["name"] == next(iter(params)) and problem["in"] == "query"


@pytest.mark.parametrize("path", ["/api/supports", "/api/opposes"])
@pytest.mark.parametrize("how", ["accept", "format"])
def test_pairs_as_csv_with_claim_and_document_counts(
    client: httpx.Client, path: str, how: str
) -> None:
    asked = (
        {"headers": {"accept": "text/csv"}} if how == "accept" else {"params": {"format": "csv"}}
    )
    r = client.get(path, **asked)  # type: ignore[arg-type]
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/csv; charset=utf-8"
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    found = client.get(path).json()["pairs"]
    source, target = (
        ("supporter", "supported") if path.endswith("supports") else ("opposer", "opposed")
    )
    assert [(row[source], row[target]) for row in rows] == names(found, source, target)
    for row, pair in zip(rows, found, strict=True):
        assert row["relations"] == "; ".join(pair["relations"])
        assert int(row["claims"]) == pair["claims"] and int(row["documents"]) == pair["documents"]
        assert row[f"{source}_id"] == pair[source]["id"]


def test_format_wins_over_accept_and_nothing_acceptable_is_406(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"format": "json"}, headers={"accept": "text/csv"})
    assert r.headers["content-type"] == "application/json"
    r = client.get("/api/supports", headers={"accept": "application/xml"})
    assert r.status_code == 406
    assert r.json()["detail"].endswith("available: application/json, text/csv")


def test_the_question_api_is_documented(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/supports", "/api/opposes", "/api/entities", "/api/documents", "/sparql"):
        assert path in spec["paths"]
    summary = spec["paths"]["/api/supports"]["get"]["description"]
    assert summary.startswith("Who supports whom")
    assert client.get("/docs").status_code == 200
