"""Look-ups by any name: label, altLabel, IRI, id path, Wikidata ID, a person's surname, in every
route that takes an actor; one-sided filters; unknown parameters are a 400 naming them."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

ID = "https://w3id.org/allegiance/id/"


def _pairs(client: httpx.Client, path: str, **params: Any) -> list[tuple[str, str]]:
    r = client.get(path, params=params)
    assert r.status_code == 200, r.text
    a, b = ("supporter", "supported") if path.endswith("supports") else ("opposer", "opposed")
    return [(p[a]["label"], p[b]["label"]) for p in r.json()["pairs"]]


@pytest.mark.parametrize("path", ["/api/supports", "/api/opposes"])
@pytest.mark.parametrize(
    "name", ["Q159", ID + "state/RUS", "state/RUS", "Putin", "Kremlin", "vladimir putin"]
)
def test_every_name_of_russia_gives_the_pairs_of_russia(
    client: httpx.Client, path: str, name: str
) -> None:
    russia = _pairs(client, path, actor="Russia")
    assert russia  # the fixture has both stances for Russia
    assert _pairs(client, path, actor=name) == russia


def test_a_one_sided_filter_takes_one_side(client: httpx.Client) -> None:
    assert _pairs(client, "/api/supports", supported="Moscow") == [
        ("North Korea", "Russia"),
        ("Iran", "Russia"),
    ]
    assert _pairs(client, "/api/supports", supporter="Russia") == []
    assert _pairs(client, "/api/supports", supporter="Kim Jong Un") == [("North Korea", "Russia")]
    assert _pairs(client, "/api/opposes", opposer="the Council") == [
        ("European Union", "North Korea")
    ]
    assert _pairs(client, "/api/opposes", opposed="Q212") == [("Russia", "Ukraine")]
    assert _pairs(client, "/api/opposes", opposer="Q212") == []


@pytest.mark.parametrize(
    "path, params, bad",
    [
        ("/api/supports", {"actr": "Russia"}, "actr"),
        ("/api/supports", {"opposer": "Russia"}, "opposer"),
        ("/api/opposes", {"supporter": "Russia"}, "supporter"),
        ("/api/network", {"actor": "Russia", "dept": "2"}, "dept"),
        ("/api/entities", {"query": "Russia"}, "query"),
    ],
)
def test_an_unknown_parameter_is_a_400_naming_it(
    client: httpx.Client, path: str, params: dict[str, str], bad: str
) -> None:
    r = client.get(path, params=params)
    assert r.status_code == 400, r.text
    assert repr(bad) in r.json()["detail"] and "allowed" in r.json()["detail"]


@pytest.mark.parametrize("q", ["Q159", ID + "state/RUS", "Kremlin", "russian federation"])
def test_entities_finds_by_any_name_first(client: httpx.Client, q: str) -> None:
    found = client.get("/api/entities", params={"q": q}).json()["entities"]
    first = found[0]
    assert first["path"] == "state/RUS"
    assert first["wikidata"] == "http://www.wikidata.org/entity/Q159"
    assert set(first["alt_labels"]) == {"Moscow", "the Kremlin", "Russian Federation"}


def test_entities_finds_a_person_by_surname(client: httpx.Client) -> None:
    found = client.get("/api/entities", params={"q": "Putin"}).json()["entities"]
    assert [e["label"] for e in found] == ["Vladimir Putin"]
    assert found[0]["wikidata"] == "http://www.wikidata.org/entity/Q7747"


@pytest.mark.parametrize("name", ["Putin", "Q159", ID + "state/RUS", "Kremlin", "Russia"])
def test_the_network_focuses_the_actor_any_name_stands_for(client: httpx.Client, name: str) -> None:
    r = client.get("/api/network", params={"actor": name, "depth": 0})
    assert r.status_code == 200, r.text
    assert r.json()["meta"]["focus"] == [ID + "state/RUS"]
