"""The network page on the 24 articles, in Debian's headless Chromium: a disputed edge is drawn
distinctly with both sides in its evidence panel, and a clicked pair or actor gets its balance
over time as a chart drawn by the page itself, with no request outside the server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.api.conftest import Server, start_server, stop_server
from tests.api.test_actor_graph_api import articles_store  # noqa: F401 (a fixture)
from tests.api.test_network_page import Page, page  # noqa: F401 (a fixture)

pytestmark = pytest.mark.browser
IRAN, RUSSIA = (
    "https://w3id.org/allegiance/id/state/IRN",
    "https://w3id.org/allegiance/id/state/RUS",
)


@pytest.fixture(scope="module")
def site(articles_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:  # noqa: F811
    log = tmp_path_factory.mktemp("disputes-log") / "server.log"
    running = start_server(articles_store, log, query_workers=2)
    yield running
    stop_server(running)


def test_a_disputed_edge_is_drawn_apart_with_both_sides(site: Server, page: Page) -> None:  # noqa: F811
    page.open(site.url + "/graph?actor=Iran&depth=1")
    edge_id = f"{IRAN} supports {RUSSIA}"
    edge: dict[str, Any] = page.tab.evaluate("(id) => allegiance.edges.get(id)", edge_id)
    assert edge["disputed"] is True and edge["denied_by"] == ["Iran"]
    assert edge["dashes"] == [10, 4, 2, 4] and edge["color"]["color"] == "#9467bd"
    plain = page.tab.evaluate(
        "() => allegiance.edges.get().filter((e) => !e.disputed).map((e) => e.color.color)"
    )
    assert plain and "#9467bd" not in plain
    page.tab.evaluate("(id) => allegiance.network.selectEdges([id])", edge_id)
    page.tab.evaluate("(id) => allegiance.network.emit('click', {nodes: [], edges: [id]})", edge_id)
    panel = page.tab.locator("#details")
    panel.get_by_text("Disputed: denied by Iran").wait_for(timeout=10_000)
    text = panel.inner_text()
    assert "Iran denied supplying drones to Russia." in text  # the denial
    assert "Iran has supplied hundreds of Shahed drones to Russia." in text  # the assertion
    # the pair's balance over time, drawn in the panel as SVG
    page.tab.wait_for_selector("#timeline svg.timeline g.period", timeout=10_000)
    periods = page.tab.eval_on_selector_all(
        "#timeline g.period", "(gs) => gs.map((g) => g.dataset.period)"
    )
    assert periods == sorted(periods) and "2024-01" in periods
    outside = [u for u in page.requests if not u.startswith(site.url)]
    assert outside == []
    assert any("/api/timeline?" in u for u in page.requests)


def test_a_clicked_actor_shows_its_balance_over_time(site: Server, page: Page) -> None:  # noqa: F811
    page.open(site.url + "/graph")
    page.tab.evaluate("(id) => allegiance.network.emit('click', {nodes: [id], edges: []})", RUSSIA)
    page.tab.wait_for_selector("#timeline svg.timeline g.period", timeout=10_000)
    balances = page.tab.eval_on_selector_all(
        "#timeline g.period", "(gs) => gs.map((g) => Number(g.dataset.balance))"
    )
    assert balances and all(b <= 0 for b in balances)  # Russia only opposes in these articles
    assert [u for u in page.requests if not u.startswith(site.url)] == []
