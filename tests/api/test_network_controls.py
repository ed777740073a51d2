"""The network page's questions and downloads on the 24 articles, against a real server and in
Debian's headless Chromium: "who supports Russia" follows edges into Russia only, the header says
what is in view, the PNG and CSV downloads hold the view, ``/api/network`` answers CSV and takes
``min_confidence`` (validated, with the app's error shape)."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import Server, start_server, stop_server
from tests.api.test_actor_graph_api import articles_store  # noqa: F401 (a fixture)
from tests.api.test_network_page import Page, page  # noqa: F401 (a fixture)

RUSSIA = "https://w3id.org/allegiance/id/state/RUS"


@pytest.fixture(scope="module")
def site(articles_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    log = tmp_path_factory.mktemp("controls-log") / "server.log"
    running = start_server(articles_store, log, query_workers=2)
    yield running
    stop_server(running)


def surer(site: Server) -> str:
    """A step of the page's slider (0.05) that some of the store's claims reach and some do not:
    the calibration decides the confidences, so no fixed threshold is sure to split them."""
    query = (
        "PREFIX al: <https://w3id.org/allegiance/ontology#> SELECT ?c WHERE { ?x al:confidence ?c }"
    )
    r = httpx.get(
        site.url + "/sparql",
        params={"query": query},
        timeout=60,
        headers={"Accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    found = [float(b["c"]["value"]) for b in r.json()["results"]["bindings"]]
    step = math.floor(max(found) * 20) / 20
    assert min(found) < step, sorted(set(found))
    return f"{step:.2f}"


def network(site: Server, **params: Any) -> dict[str, Any]:
    r = httpx.get(site.url + "/api/network", params=params, timeout=60)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


# --- the API -----------------------------------------------------------------------------------


def test_who_supports_russia_is_the_edges_into_russia(site: Server) -> None:
    everything = network(site, actor="Russia")
    into = network(site, actor="Russia", stance="supports", direction="in")
    edges = {(e["from"], e["to"], e["stance"]) for e in into["edges"]}
    assert edges and all(to == RUSSIA and s == "supports" for _, to, s in edges)
    # the same edges as the whole neighbourhood has into Russia, with that stance
    assert edges == {
        (e["from"], e["to"], e["stance"])
        for e in everything["edges"]
        if e["to"] == RUSSIA and e["stance"] == "supports"
    }
    out = network(site, actor="Russia", stance="opposes", direction="out")
    assert out["edges"] and all(
        e["from"] == RUSSIA and e["stance"] == "opposes" for e in out["edges"]
    )
    # two steps out: every edge leads one step further from Russia
    far = network(site, actor="Russia", stance="opposes", direction="out", depth=2)
    assert len(far["edges"]) >= len(out["edges"])
    assert all(e["stance"] == "opposes" for e in far["edges"])
    assert {e["to"] for e in far["edges"]}.isdisjoint({RUSSIA})


def test_the_meta_says_the_documents_and_dates_in_view(site: Server) -> None:
    data = network(site)
    meta = data["meta"]
    documents = {ev["document"] for e in data["edges"] for ev in e["evidence"]}
    assert meta["documents_in_view"] >= len(documents) > 10
    assert meta["first_date"] <= meta["last_date"]
    assert meta["first_date"] == min(e["first_date"] for e in data["edges"] if e["first_date"])
    assert all(e["documents"] >= 1 for e in data["edges"])


@pytest.mark.parametrize(
    "how", [{"params": {"format": "csv"}}, {"headers": {"Accept": "text/csv"}}]
)
def test_the_edge_list_as_csv_has_document_counts_on_every_edge(
    site: Server, how: dict[str, Any]
) -> None:
    r = httpx.get(site.url + "/api/network", timeout=60, **how)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(r.text)))
    edges = network(site)["edges"]
    assert len(rows) == len(edges)
    by_id = {(e["from"], e["stance"], e["to"]): e for e in edges}
    for row in rows:
        edge = by_id[(row["source_id"], row["stance"], row["target_id"])]
        assert int(row["documents"]) == edge["documents"] >= 1
        assert int(row["claims"]) == edge["claims"]
        assert row["relations"] == "; ".join(edge["relations"])


def test_min_confidence_keeps_the_surer_claims_and_is_validated(site: Server) -> None:
    def claims(data: dict[str, Any]) -> int:
        return sum(e["claims"] for e in data["edges"])

    threshold = surer(site)
    everything, sure = network(site, limit=0), network(site, limit=0, min_confidence=threshold)
    assert 0 < claims(sure) < claims(everything)
    assert network(site, limit=0, min_confidence=0)["edges"] == everything["edges"]
    full = network(site, view="full", limit=0, min_confidence=threshold)
    assert 0 < claims(full) < claims(network(site, view="full", limit=0))
    for bad in ("1.5", "-0.1", "sure"):
        r = httpx.get(site.url + "/api/network", params={"min_confidence": bad}, timeout=60)
        assert r.status_code == 400, r.text
        body = r.json()
        assert set(body) >= {"detail"} and "min_confidence" in str(body["detail"])


def test_a_bad_stance_or_direction_is_a_400_naming_it(site: Server) -> None:
    for name, bad in (("stance", "likes"), ("direction", "sideways")):
        r = httpx.get(site.url + "/api/network", params={name: bad}, timeout=60)
        assert r.status_code == 400 and name in str(r.json()["detail"]), r.text


# --- the page ----------------------------------------------------------------------------------


@pytest.mark.browser
def test_the_page_asks_who_supports_russia_and_says_what_is_in_view(
    site: Server,
    page: Page,  # noqa: F811
) -> None:
    page.open(site.url + "/graph")
    header = page.tab.locator("#summary").inner_text()
    meta = page.tab.evaluate("allegiance.meta")
    assert f"{meta['documents_in_view']} documents" in header
    assert f"{meta['first_date']} to {meta['last_date']}" in header
    page.tab.fill("#actor", "Russia")
    page.tab.select_option("#question", "supports:in")
    assert page.tab.locator("#question option:checked").inner_text() == "who supports Russia"
    page.tab.click("button[type=submit]")
    page.tab.wait_for_url("**stance=supports**")
    page.wait_drawn()
    edges = page.tab.evaluate("allegiance.edges.get().map((e) => [e.to, e.stance])")
    assert edges and all(to == RUSSIA and s == "supports" for to, s in edges)
    assert page.tab.locator("#summary").inner_text().startswith("who supports Russia:")
    assert [u for u in page.requests if not u.startswith(site.url)] == []


@pytest.mark.browser
def test_the_confidence_slider_applies_min_confidence(site: Server, page: Page) -> None:  # noqa: F811
    threshold = surer(site)
    page.open(site.url + "/graph?limit=0")
    before = page.tab.evaluate("allegiance.edges.get().reduce((n, e) => n + e.claims, 0)")
    page.tab.locator("#min_confidence").fill(threshold)
    assert page.tab.locator("#confidence-value").inner_text() == threshold
    page.tab.click("button[type=submit]")
    page.tab.wait_for_url(f"**min_confidence={threshold}**")
    page.wait_drawn()
    after = page.tab.evaluate("allegiance.edges.get().reduce((n, e) => n + e.claims, 0)")
    assert 0 < after < before
    assert f"confidence ≥ {threshold}" in page.tab.locator("#summary").inner_text()


@pytest.mark.browser
def test_png_and_csv_downloads_hold_the_current_view(
    site: Server,
    page: Page,  # noqa: F811
    tmp_path: Path,
) -> None:
    page.open(site.url + "/graph?actor=Iran&depth=1")
    with page.tab.expect_download() as png:
        page.tab.click("#download-png")
    picture = tmp_path / "view.png"
    png.value.save_as(picture)
    data = picture.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 5_000
    with page.tab.expect_download() as table:
        page.tab.click("#download-csv")
    sheet = tmp_path / "view.csv"
    table.value.save_as(sheet)
    rows = list(csv.DictReader(io.StringIO(sheet.read_text(encoding="utf-8"))))
    drawn = page.tab.evaluate("allegiance.edges.get().map((e) => [e.from, e.stance, e.to])")
    assert sorted((r["source_id"], r["stance"], r["target_id"]) for r in rows) == sorted(
        tuple(e) for e in drawn
    )
    assert all(int(r["documents"]) >= 1 for r in rows)
    disputed = [r for r in rows if r["disputed"] == "true"]
    assert disputed and disputed[0]["denied_by"] == "Iran"


def test_a_compact_view_has_the_same_edges_and_their_evidence_on_request(site: Server) -> None:
    full = network(site, limit=0)
    small = network(site, limit=0, compact="true")
    assert small["edges"] == [] and small["meta"]["compact"] is True
    columns = small["meta"]["edge_columns"]
    ids = [n["id"] for n in small["nodes"]]
    rows = [dict(zip(columns, r, strict=True)) for r in small["edge_rows"]]
    assert len(rows) == len(full["edges"])
    by_id = {e["id"]: e for e in full["edges"]}
    for row in rows:
        edge = by_id[f"{ids[row['from']]} {row['stance']} {ids[row['to']]}"]
        assert {k: row[k] for k in columns[2:]} == {k: edge[k] for k in columns[2:]}
    some = max(full["edges"], key=lambda e: e["claims"])
    r = httpx.get(
        site.url + "/api/network/edge",
        params={
            "limit": 0,
            "source": some["from"],
            "target": some["to"],
            "edge_stance": some["stance"],
        },
        timeout=60,
    )
    assert r.status_code == 200 and r.json()["evidence"] == some["evidence"]
    r = httpx.get(
        site.url + "/api/network/edge",
        params={"source": some["to"], "target": some["to"], "edge_stance": "supports"},
        timeout=60,
    )
    assert r.status_code == 404 and "no edge" in r.json()["detail"]
    r = httpx.get(
        site.url + "/api/network/edge",
        params={"source": some["from"], "target": some["to"], "edge_stance": "hates"},
        timeout=60,
    )
    assert r.status_code == 400 and "edge_stance" in r.text


@pytest.mark.browser
def test_a_compact_view_draws_and_fetches_an_edges_evidence_on_click(
    site: Server,
    page: Page,  # noqa: F811
) -> None:
    page.open(site.url + "/graph?compact=true&actor=Iran")
    edge_id = "https://w3id.org/allegiance/id/state/IRN supports " + RUSSIA
    edge: dict[str, Any] = page.tab.evaluate("(id) => allegiance.edges.get(id)", edge_id)
    assert edge["disputed"] is True and edge["dashes"] == [10, 4, 2, 4] and "evidence" not in edge
    page.tab.evaluate("(id) => allegiance.network.emit('click', {nodes: [], edges: [id]})", edge_id)
    panel = page.tab.locator("#details")
    panel.get_by_text("Disputed: denied by Iran").wait_for(timeout=10_000)
    assert "Iran has supplied hundreds of Shahed drones to Russia." in panel.inner_text()
    assert any("/api/network/edge?" in u for u in page.requests)
