"""/api/supports and /api/opposes on the fixture graph, as the contract shapes them."""

from __future__ import annotations

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


def test_a_bad_date_is_400_in_our_error_shape(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"since": "last week"})
    assert r.status_code == 400
    assert r.json()["error"] == "InputError" and "since" in r.json()["detail"]


def test_the_question_api_is_documented(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/supports", "/api/opposes", "/api/entities", "/api/documents", "/sparql"):
        assert path in spec["paths"]
    summary = spec["paths"]["/api/supports"]["get"]["description"]
    assert summary.startswith("Who supports whom")
    assert client.get("/docs").status_code == 200
