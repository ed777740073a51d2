"""The question API over the stored actor graph, on 24 articles built by ``allegiance build``:
the README's query gives /api/supports and /api/opposes pair for pair, pages follow each other,
evidence is trimmed with a link to the rest, disputes are marked, and writes over HTTP update
the pairs they touch."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import ROOT, TOKEN, Server, start_server, stop_server
from tests.articles import ARTICLES, write_articles

ALLEGIANCE = Path(sys.executable).parent / "allegiance"
SIDES = {"supports": ("supporter", "supported"), "opposes": ("opposer", "opposed")}


@pytest.fixture(scope="module")
def articles_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("articles")
    write_articles(root / "docs")
    store = root / "store"
    r = subprocess.run(
        [str(ALLEGIANCE), "build", str(root / "docs"), "--store", str(store), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    return store


@pytest.fixture(scope="module")
def server(articles_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("articles-log") / "server.log"
    running = start_server(articles_store, log, write_token=TOKEN, query_workers=2)
    yield running
    stop_server(running)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


def readme_query(summary: str) -> str:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"<!-- actor-level-query -->\s*```sparql\n(.*?)```", text, re.S)
    assert m, "the README shows the actor-level query"
    return m.group(1).replace("al:supports", f"al:{summary}")


def every_pair(client: httpx.Client, summary: str, **params: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    cursor = None
    while True:
        r = client.get(f"/api/{summary}", params={**params, "cursor": cursor} if cursor else params)
        assert r.status_code == 200, r.text
        page = r.json()
        found += page["pairs"]
        assert page["total"] >= len(found)
        cursor = page["next"]
        if cursor is None:
            assert page["total"] == len(found)
            return found


@pytest.mark.parametrize("summary", ["supports", "opposes"])
def test_the_readme_query_answers_as_the_api(client: httpx.Client, summary: str) -> None:
    r = client.get(
        "/sparql",
        params={"query": readme_query(summary)},
        headers={"accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    rows = [
        {k: v["value"] for k, v in b.items()} for b in r.json()["results"]["bindings"]
    ]  # fmt: skip
    sparql = [
        (
            row["supporter"],
            row["supported"],
            int(row["claims"]),
            int(row["documents"]),
            int(row["sources"]),
            row["disputed"] == "true",
        )
        for row in rows
    ]
    source, target = SIDES[summary]
    api = [
        (
            p[source]["label"],
            p[target]["label"],
            p["claims"],
            p["documents"],
            p["independent_sources"],
            p["disputed"],
        )
        for p in every_pair(client, summary, limit=4)
    ]
    assert len(api) >= 10
    assert api == sparql


def test_pages_carry_the_total_and_a_cursor(client: httpx.Client) -> None:
    first = client.get("/api/supports", params={"limit": 3}).json()
    assert len(first["pairs"]) == 3 and first["total"] > 3 and first["next"]
    second = client.get("/api/supports", params={"limit": 3, "cursor": first["next"]}).json()
    assert {p["supporter"]["label"] for p in second["pairs"]}.isdisjoint(
        {(p["supporter"]["label"], p["supported"]["label"]) for p in first["pairs"]}
    )
    bad = client.get("/api/supports", params={"cursor": "not a cursor"})
    assert bad.status_code == 400 and "cursor" in bad.json()["detail"]


def test_evidence_is_trimmed_with_a_link_to_the_rest(client: httpx.Client) -> None:
    pairs = every_pair(client, "supports", actor="Iran")
    iran = next(p for p in pairs if p["supported"]["label"] == "Russia")
    assert iran["claims"] == 8 and iran["evidence_total"] == 8
    assert len(iran["evidence"]) == 5 and not any(e["hedged"] for e in iran["evidence"])
    rest = client.get(iran["more_evidence"]).json()
    assert rest["total"] == 8 and len(rest["evidence"]) == 8
    assert [e["claim"] for e in rest["evidence"][:5]] == [e["claim"] for e in iran["evidence"]]
    one = client.get("/api/supports", params={"actor": "Iran", "evidence": 1}).json()
    assert all(len(p["evidence"]) == 1 for p in one["pairs"])


def test_a_denied_pair_is_disputed_with_both_sides(client: httpx.Client) -> None:
    pairs = every_pair(client, "supports", actor="Russia")
    iran = next(p for p in pairs if p["supporter"]["label"] == "Iran")
    assert iran["disputed"] is True
    assert [a["label"] for a in iran["denied_by"]] == ["Iran"]
    assert iran["denials"] and all(d["relation"] == "supplies" for d in iran["denials"])
    assert any(d["sentence"] == "Iran denied supplying drones to Russia." for d in iran["denials"])
    for e in iran["evidence"]:
        assert e["disputed"] is (e["relation"] == "supplies")
        assert [a["label"] for a in e["denied_by"]] == (["Iran"] if e["disputed"] else [])
    north_korea = next(p for p in pairs if p["supporter"]["label"] == "North Korea")
    assert north_korea["disputed"] is False and north_korea["denied_by"] == []
    assert all(e["disputed"] is False for e in north_korea["evidence"])


def test_disputes_list_assertions_and_denials(client: httpx.Client) -> None:
    r = client.get("/api/disputes")
    assert r.status_code == 200, r.text
    found = {
        (d["subject"]["label"], d["relation"], d["object"]["label"]): d
        for d in r.json()["disputes"]
    }
    assert set(found) >= {
        ("Iran", "supplies", "Russia"),
        ("Iran", "supplies", "Hezbollah"),
        ("Rwanda", "supplies", "M23"),
    }
    hezbollah = found[("Iran", "supplies", "Hezbollah")]
    assert [a["attributed_to"] for a in hezbollah["assertions"]] == ["Israel", "Israel"]
    assert [d["sentence"] for d in hezbollah["denials"]] == ["Iran denied it."]
    assert hezbollah["stance"] == "supports"
    only = client.get("/api/disputes", params={"actor": "Rwanda"}).json()["disputes"]
    assert [(d["subject"]["label"], d["object"]["label"]) for d in only] == [("Rwanda", "M23")]


def test_date_filters_count_the_claims_again(client: httpx.Client) -> None:
    all_dates = every_pair(client, "supports", actor="North Korea")
    first_half = every_pair(client, "supports", actor="North Korea", until="2024-06-30")
    second_half = every_pair(client, "supports", actor="North Korea", since="2024-07-01")
    whole = {p["supported"]["label"]: p["claims"] for p in all_dates}
    halves: dict[str, int] = {}
    for p in first_half + second_half:
        halves[p["supported"]["label"]] = halves.get(p["supported"]["label"], 0) + p["claims"]
    assert whole == halves
    firm = every_pair(client, "supports", actor="North Korea", include_hedged="false")
    assert firm[0]["claims"] == whole["Russia"] - 2  # a05 "reportedly", headline and body


def test_a_write_updates_the_pairs_it_touches(server: Server, client: httpx.Client) -> None:
    auth = {"authorization": f"Bearer {server.token}"}

    def cuba() -> list[dict[str, Any]]:
        return every_pair(client, "supports", actor="Cuba")

    before = every_pair(client, "supports")
    assert cuba() == []
    text = " date 2025-04-01\nCuba sent ammunition to Venezuela.\n"
    r = client.post("/api/documents", json={"identifier": "z01.txt", "text": text}, headers=auth)
    assert r.status_code == 201, r.text
    added = cuba()
    assert [(p["supported"]["label"], p["claims"], p["documents"]) for p in added] == [
        ("Venezuela", 1, 1)
    ]
    # a syndicated copy of it under another name and publisher counts nowhere
    copy = " date 2025-04-02\nsource Prensa Latina\nCuba sent ammunition to Venezuela.\n"
    r = client.post("/api/documents", json={"identifier": "z02.txt", "text": copy}, headers=auth)
    assert r.status_code == 201, r.text
    assert cuba() == added
    for name in ("z01.txt", "z02.txt"):
        assert client.delete(f"/api/documents/{name}", headers=auth).status_code == 204
    assert cuba() == []
    assert every_pair(client, "supports") == before


def test_the_articles_are_enough(client: httpx.Client) -> None:
    docs = client.get("/api/documents").json()["documents"]
    assert len(docs) >= 20 and len(ARTICLES) >= 20


@pytest.mark.parametrize("interval", ["month", "week", "year"])
def test_the_timeline_adds_up_to_supports_and_opposes(client: httpx.Client, interval: str) -> None:
    dates = {"since": "2024-01-01", "until": "2025-12-31"}
    r = client.get("/api/timeline", params={"a": "Iran", "b": "Russia", "interval": interval})
    assert r.status_code == 200, r.text
    periods = r.json()["periods"]
    assert periods and all(
        set(p) >= {"period", "relations", "balance", "documents"} for p in periods
    )
    pair = next(
        p for p in every_pair(client, "supports", actor="Iran", **dates)
        if p["supported"]["label"] == "Russia"
    )  # fmt: skip
    assert sum(p["supports"] for p in periods) == pair["claims"]
    assert sum(sum(p["relations"].values()) for p in periods) == pair["claims"]
    assert sum(p["documents"] for p in periods) == pair["documents"]
    assert all(p["balance"] == p["supports"] - p["opposes"] for p in periods)
    shape = {"month": r"^\d{4}-\d{2}$", "week": r"^\d{4}-W\d{2}$", "year": r"^\d{4}$"}[interval]
    assert all(re.match(shape, p["period"]) for p in periods)


def test_one_actor_against_all(client: httpx.Client) -> None:
    periods = client.get("/api/timeline", params={"a": "Russia", "interval": "year"}).json()
    opposes = every_pair(client, "opposes", actor="Russia", since="2024-01-01", until="2025-12-31")
    by_russia = sum(p["claims"] for p in opposes if p["opposer"]["label"] == "Russia")
    assert sum(p["opposes"] for p in periods["periods"]) == by_russia
    assert all(p["balance"] <= 0 for p in periods["periods"])  # Russia only opposes here


def test_events_are_plover_and_validate(client: httpx.Client, articles_store: Path) -> None:
    import jsonschema

    from graph.analysis.plover import load_schema

    page = client.get("/api/events", params={"limit": 10}).json()
    assert len(page["events"]) == 10 and page["total"] >= 60 and page["next"]
    schema = load_schema()
    jsonschema.validate(page["events"], schema, format_checker=jsonschema.FormatChecker())
    r = subprocess.run(
        [str(ALLEGIANCE), "export", "--format", "plover", "--store", str(articles_store)],
        capture_output=True,
        cwd=ROOT,
        timeout=120,
    )
    assert r.returncode == 0, r.stderr
    import json

    exported = json.loads(r.stdout)
    jsonschema.validate(exported, schema, format_checker=jsonschema.FormatChecker())
    assert len(exported) == page["total"]
    denial = next(
        e for e in exported if e["event_text"] == "Iran denied supplying drones to Russia."
    )
    assert (denial["event_type"], denial["event_mode"], denial["negated"]) == (
        "AID",
        "military",
        True,
    )
    assert denial["attributed_to"]["label"] == "Iran" and denial["actor_country"] == "Iran"
    assert {e["event_type"] for e in exported} >= {
        "AID",
        "ACCUSE",
        "SANCTION",
        "ASSAULT",
        "THREATEN",
    }
