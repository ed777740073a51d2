"""The SPARQL editor shows plain values, its examples name actors by label; no WebSocket noise."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import Server

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
QUERIES = ROOT / "api/static/queries"


@pytest.mark.parametrize("path", sorted(QUERIES.glob("*.rq")), ids=lambda p: p.stem)
def test_every_example_runs_and_shows_labels_not_iris(client: httpx.Client, path: Path) -> None:
    r = client.get(
        "/sparql",
        params={"query": path.read_text()},
        headers={"accept": "application/sparql-results+json"},
    )
    assert r.status_code == 200, r.text
    rows = r.json()["results"]["bindings"]
    assert rows, f"{path.name} finds nothing in the fixture graph"
    assert all(cell["type"] != "uri" for row in rows for cell in row.values()), path.name


def test_an_upgrade_header_logs_no_websocket_warning(server: Server) -> None:
    """Apache Jena's client asks to upgrade to h2c; uvicorn logged 'Unsupported upgrade
    request' and 'No supported WebSocket library' for each such request."""
    log = (server.store_path.parent / "server.log").read_text()
    assert "INFO" in log  # the log is the server's, and it is written
    websocket = {"connection": "Upgrade", "upgrade": "websocket", "sec-websocket-version": "13"}
    websocket["sec-websocket-key"] = "dGhlIHNhbXBsZSBub25jZQ=="
    h2c = {
        "connection": "Upgrade, HTTP2-Settings",
        "upgrade": "h2c",
        "http2-settings": "AAMAAABkAAQAoAAAAAIAAAAA",
    }
    for headers in (websocket, h2c):
        r = httpx.get(server.sparql, params={"query": "ASK {}"}, headers=headers, timeout=30)
        assert r.status_code == 200 and r.json()["boolean"] is True
    log = (server.store_path.parent / "server.log").read_text()
    assert not re.search("websocket", log, re.IGNORECASE), log[-2000:]


@pytest.mark.browser
def test_the_editor_shows_booleans_and_names_as_plain_values(server: Server, browser: Any) -> None:
    tab = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        tab.goto(server.sparql, wait_until="networkidle")
        tab.click(".yasqe_queryButton")
        tab.locator(".yasr table tbody tr").first.wait_for(timeout=30_000)
        table = tab.locator(".yasr table").inner_text()
        assert "XMLSchema" not in table and "^^" not in table
        assert "false" in table and "North Korea" in table
        OUTPUT.mkdir(exist_ok=True)
        tab.screenshot(path=str(OUTPUT / "editor.png"))
    finally:
        tab.close()
