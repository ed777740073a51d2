"""``min_confidence`` on the actor-level questions, over the real server and the fixture graph.

The fixture's supports claims: North Korea -> Russia c1 supplies 0.8, c2 deploys 0.6 (hedged),
c4 pays 0.5 (Kim Jong Un -> the Russian MoD); Iran -> Russia c8 supplies 0.6. Opposes: c5 the
Council sanctions North Korea 0.9, c6 Russia attacks Ukraine 0.9.
"""

from __future__ import annotations

import csv
import io
from typing import Any

import httpx
import pytest

PRK, RUS = "https://w3id.org/allegiance/id/state/PRK", "https://w3id.org/allegiance/id/state/RUS"


def pairs(client: httpx.Client, path: str, **params: Any) -> list[tuple[str, str, int]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    side = ("supporter", "supported") if path.endswith("supports") else ("opposer", "opposed")
    return [(p[side[0]]["label"], p[side[1]]["label"], p["claims"]) for p in r.json()["pairs"]]


@pytest.mark.parametrize(
    ("minimum", "expected"),
    [
        (None, [("North Korea", "Russia", 3), ("Iran", "Russia", 1)]),
        (0.0, [("North Korea", "Russia", 3), ("Iran", "Russia", 1)]),
        (0.6, [("North Korea", "Russia", 2), ("Iran", "Russia", 1)]),
        (0.8, [("North Korea", "Russia", 1)]),  # at least: 0.8 itself counts
        (0.81, []),
    ],
)
def test_supports_counts_only_claims_of_at_least_the_confidence(
    client: httpx.Client, minimum: float | None, expected: list[tuple[str, str, int]]
) -> None:
    params = {} if minimum is None else {"min_confidence": minimum}
    assert pairs(client, "/api/supports", **params) == expected


def test_the_pairs_relations_and_evidence_follow_the_filter(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"min_confidence": 0.8})
    [pair] = r.json()["pairs"]
    assert pair["relations"] == ["supplies"]
    assert [e["confidence"] for e in pair["evidence"]] == [0.8]


def test_opposes_takes_it_too(client: httpx.Client) -> None:
    both = pairs(client, "/api/opposes", min_confidence=0.9)  # both claims are 0.9
    assert len(both) == 2 and both == pairs(client, "/api/opposes")
    assert pairs(client, "/api/opposes", min_confidence=0.95) == []


def test_the_csv_form_is_filtered_the_same(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"min_confidence": 0.8, "format": "csv"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [(row["supporter"], row["supported"], row["claims"]) for row in rows] == [
        ("North Korea", "Russia", "1")
    ]
    r = client.get("/api/opposes", params={"min_confidence": 0.95}, headers={"accept": "text/csv"})
    assert r.status_code == 200 and list(csv.DictReader(io.StringIO(r.text))) == []


def test_evidence_of_one_pair_is_filtered(client: httpx.Client) -> None:
    def confidences(**extra: Any) -> list[float]:
        params = {"stance": "supports", "source": PRK, "target": RUS, **extra}
        r = client.get("/api/evidence", params=params)
        assert r.status_code == 200, r.text
        assert r.json()["total"] == len(r.json()["evidence"])
        return sorted(e["confidence"] for e in r.json()["evidence"])

    assert confidences() == [0.5, 0.6, 0.8]
    assert confidences(min_confidence=0.6) == [0.6, 0.8]
    assert confidences(min_confidence=0.9) == []


def test_a_pairs_more_evidence_link_keeps_the_filter(client: httpx.Client) -> None:
    r = client.get("/api/supports", params={"min_confidence": 0.6, "evidence": 1})
    link = r.json()["pairs"][0]["more_evidence"]
    assert "min_confidence=0.6" in link
    assert sorted(e["confidence"] for e in client.get(link).json()["evidence"]) == [0.6, 0.8]


def test_the_timeline_counts_only_the_surer_claims(client: httpx.Client) -> None:
    def relations(**extra: Any) -> dict[str, int]:
        params = {"a": "North Korea", "b": "Russia", "interval": "year", **extra}
        r = client.get("/api/timeline", params=params)
        assert r.status_code == 200, r.text
        out: dict[str, int] = {}
        for p in r.json()["periods"]:
            for rel, n in p["relations"].items():
                out[rel] = out.get(rel, 0) + n
        return out

    assert relations() == {"supplies": 1, "deploys": 1, "pays": 1}
    assert relations(min_confidence=0.6) == {"supplies": 1, "deploys": 1}
    assert relations(min_confidence=0.8) == {"supplies": 1}
    assert relations(min_confidence=1) == {}


@pytest.mark.parametrize(
    "path", ["/api/supports", "/api/opposes", "/api/evidence", "/api/timeline"]
)
@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("1.5", "less than or equal to 1"),
        ("-0.1", "greater than or equal to 0"),
        ("high", "valid number"),
        ("0.5) || true", "valid number"),  # nothing of it reaches the SPARQL text
        ("nan", ""),
    ],
)
def test_a_confidence_outside_0_to_1_is_400_in_the_apps_error_shape(
    client: httpx.Client, path: str, value: str, problem: str
) -> None:
    required = {
        "/api/evidence": {"stance": "supports", "source": PRK, "target": RUS},
        "/api/timeline": {"a": "Russia"},
    }.get(path, {})
    r = client.get(path, params={**required, "min_confidence": value})
    assert r.status_code == 400, r.text
    body = r.json()
    assert body["error"] == "InvalidParameterError"
    assert f"min_confidence={value!r}" in body["detail"] and problem in body["detail"]
    [param] = body["parameters"]
    assert param["name"] == "min_confidence" and param["in"] == "query"


def test_min_confidence_is_documented_on_each_route(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    for path in ("/api/supports", "/api/opposes", "/api/evidence", "/api/timeline"):
        params = {p["name"]: p for p in spec["paths"][path]["get"]["parameters"]}
        param = params["min_confidence"]
        assert "calibrated" in param["description"], path
        schema = param["schema"]["anyOf"][0]
        assert (schema["minimum"], schema["maximum"]) == (0, 1), path
