"""``/``: a JSON index for clients, a page for browsers, with questions that run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import Server

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def test_clients_get_an_index_of_what_is_loaded_and_every_route(client: httpx.Client) -> None:
    r = client.get("/")
    assert r.status_code == 200
    assert r.headers["content-type"] == "application/json"
    assert "Accept" in r.headers["vary"]
    index = r.json()
    assert index["loaded"]["documents"] == 3
    assert index["loaded"]["claims"] >= 8 and index["loaded"]["actors"] >= 10
    assert index["loaded"]["first_date"] <= index["loaded"]["last_date"]
    paths = {route["path"] for route in index["routes"]}
    assert {"/sparql", "/api/supports", "/api/opposes", "/api/entities", "/graph"} <= paths
    assert all(route["summary"] for route in index["routes"])
    assert index["links"]["network"] == "/graph" and index["links"]["docs"] == "/docs"


def test_every_example_question_runs(client: httpx.Client) -> None:
    examples = client.get("/").json()["examples"]
    assert examples[0]["question"] == "Who supports Russia?"
    for example in examples:
        r = client.get(example["url"], headers={"accept": "application/json"})
        assert r.status_code == 200, (example, r.text)
    supporters = client.get(examples[0]["url"]).json()["pairs"]
    assert {p["supported"]["label"] for p in supporters} == {"Russia"}


def test_browsers_get_the_page(client: httpx.Client) -> None:
    r = client.get("/", headers={"accept": BROWSER_ACCEPT})
    assert r.status_code == 200
    assert r.headers["content-type"].startswith("text/html")
    for href in ('href="/graph"', 'href="/sparql"', 'href="/docs"', "Who supports Russia?"):
        assert href in r.text


def test_nothing_acceptable_is_406_in_the_app_shape(client: httpx.Client) -> None:
    r = client.get("/", headers={"accept": "image/png"})
    assert r.status_code == 406
    assert r.json()["error"] == "NoAcceptableTypeError"
    assert "application/json, text/html" in r.json()["detail"]


@pytest.mark.parametrize(
    ("path", "role", "side"),
    [
        ("/api/supports", "supported", "supported"),
        ("/api/supports", "supporter", "supporter"),
        ("/api/opposes", "opposed", "opposed"),
        ("/api/opposes", "opposer", "opposer"),
    ],
)
def test_role_says_which_side_the_actor_is_on(
    client: httpx.Client, path: str, role: str, side: str
) -> None:
    both = client.get(path, params={"actor": "Russia"}).json()["pairs"]
    one = client.get(path, params={"actor": "Russia", "role": role}).json()["pairs"]
    assert one == [p for p in both if p[side]["label"] == "Russia"]


@pytest.mark.browser
def test_the_page_answers_a_question_without_asking_anyone_else(
    server: Server, browser: Any
) -> None:
    tab = browser.new_page(viewport={"width": 1200, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    tab.on("request", lambda r: requests.append(r.url))
    tab.on("pageerror", lambda e: errors.append(str(e)))
    try:
        tab.goto(server.url + "/", wait_until="networkidle")
        assert tab.locator("#documents").inner_text() == "3"
        tab.click("a.question >> nth=0")
        tab.locator("#answer ol.pairs li").first.wait_for()
        assert "North Korea" in tab.locator("#answer").inner_text()
        tab.select_option("#who-stance", "opposes")
        tab.fill("#who-actor", "Ukraine")
        tab.click("#who button")
        tab.wait_for_function(
            "document.querySelector('#answer h3')?.textContent === 'Who opposes Ukraine?'"
        )
        tab.locator("#answer ol.pairs li").first.wait_for()
        OUTPUT.mkdir(exist_ok=True)
        tab.screenshot(path=str(OUTPUT / "home.png"), full_page=True)
        outside = [u for u in requests if not u.startswith((server.url + "/", "data:"))]
        assert outside == []
        assert errors == []
    finally:
        tab.close()
