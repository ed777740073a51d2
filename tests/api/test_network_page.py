"""The network page in Debian's headless Chromium, against a real server on the seeds' graph.

Playwright drives ``/usr/bin/chromium`` (``make setup-browser``); nothing is downloaded. Every
request the page makes is recorded: all must go to the server. The counts drawn are read from
the page's vis DataSets and compared with ``/api/network`` for the same filters.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import DRAWN_NODES, beyond_laid_out_boxes

ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output"
SERVE = (
    "import sys\n"
    "from api.main import run\n"
    "from graph.settings import Settings\n"
    "run(Settings.from_env(), '127.0.0.1', int(sys.argv[1]))\n"
)
ALLEGIANCE = Path(sys.executable).parent / "allegiance"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def seeds_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    store = tmp_path_factory.mktemp("network") / "store"
    r = subprocess.run(
        [str(ALLEGIANCE), "build", str(ROOT / "seeds"), "--store", str(store), "--quiet"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert r.returncode == 0, r.stderr
    return store


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(seeds_store: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``allegiance serve`` in a subprocess on the seeds' store; its base URL."""
    port = _free_port()
    log = tmp_path_factory.mktemp("network-log") / "server.log"
    env = {**os.environ, "ALLEGIANCE_STORE_PATH": str(seeds_store)}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(port)], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            assert process.poll() is None, f"the server exited:\n{log.read_text()}"
            assert time.monotonic() < deadline, f"the server did not start:\n{log.read_text()}"
            try:
                if httpx.get(url + "/api/network", timeout=10).status_code == 200:
                    break
            except httpx.TransportError:
                time.sleep(0.2)
        yield url
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


class Page:
    """A browser tab that records every request and every script error."""

    def __init__(self, browser: Any) -> None:
        self.tab = browser.new_page(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.tab.on("request", lambda r: self.requests.append(r.url))
        self.tab.on("pageerror", lambda e: self.errors.append(str(e)))
        # what did not load, to name the cause of a script error ("vis is not defined")
        self.failed: list[str] = []
        self.tab.on("requestfailed", lambda r: self.failed.append(f"{r.url}: {r.failure}"))
        self.tab.on(
            "response",
            lambda r: self.failed.append(f"{r.url}: {r.status}") if r.status >= 400 else None,
        )

    def open(self, url: str) -> None:
        self.tab.goto(url)
        self.wait_drawn()

    def wait_drawn(self) -> None:
        self.tab.wait_for_function("window.allegiance && window.allegiance.ready", timeout=60_000)

    def drawn(self) -> tuple[set[str], set[str]]:
        nodes, edges = self.tab.evaluate("[allegiance.nodes.getIds(), allegiance.edges.getIds()]")
        return set(nodes), set(edges)

    def click_edge(self, edge_id: str) -> None:
        """Click the middle of the drawn edge, as a user would."""
        point = self.tab.evaluate(
            """(id) => {
              const net = allegiance.network;
              const mid = net.canvasToDOM(net.body.edges[id].edgeType.getPoint(0.5));
              const box = document.getElementById("network").getBoundingClientRect();
              return {x: mid.x + box.left, y: mid.y + box.top};
            }""",
            edge_id,
        )
        self.tab.mouse.click(point["x"], point["y"])

    def click_node(self, node_id: str) -> None:
        point = self.tab.evaluate(
            """(id) => {
              const net = allegiance.network;
              const at = net.canvasToDOM(net.getPositions([id])[id]);
              const box = document.getElementById("network").getBoundingClientRect();
              return {x: at.x + box.left, y: at.y + box.top};
            }""",
            node_id,
        )
        self.tab.mouse.click(point["x"], point["y"])

    def close(self) -> None:
        self.tab.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Page]:
    tab = Page(browser)
    yield tab
    assert tab.errors == [], (tab.errors, tab.failed)
    tab.close()


def api(server: str, query: str) -> dict[str, Any]:
    r = httpx.get(server + "/api/network" + query, timeout=60)
    assert r.status_code == 200, r.text
    data: dict[str, Any] = r.json()
    return data


def ids(data: dict[str, Any]) -> tuple[set[str], set[str]]:
    return {n["id"] for n in data["nodes"]}, {e["id"] for e in data["edges"]}


def loneliest_edge(page: Page) -> str:
    """The drawn edge whose middle is farthest from every node, so a click hits the edge."""
    edge_id: str = page.tab.evaluate(
        """() => {
          const net = allegiance.network, pos = net.getPositions();
          let best = null, far = -1;
          for (const id of allegiance.edges.getIds()) {
            const m = net.body.edges[id].edgeType.getPoint(0.5);
            const gaps = Object.values(pos).map((p) => Math.hypot(p.x - m.x, p.y - m.y));
            const near = Math.min(...gaps);
            if (near > far) { far = near; best = id; }
          }
          return best;
        }"""
    )
    return edge_id


@pytest.mark.parametrize(
    "query",
    ["", "?view=full", "?relation=supplies", "?actor=Ukraine&depth=1", "?type=State&view=full"],
)
def test_the_page_draws_what_the_api_gives_and_asks_nothing_outside(
    page: Page, server: str, query: str
) -> None:
    page.open(server + "/graph" + query)
    outside = [u for u in page.requests if not u.startswith((server + "/", "data:"))]
    assert outside == []
    assert server + "/api/network" + query in page.requests
    expected = ids(api(server, query))
    assert expected[0], "the seeds should give something to draw"
    assert page.drawn() == expected


def test_a_filter_in_the_url_changes_what_is_drawn(page: Page, server: str) -> None:
    page.open(server + "/graph")
    everything = page.drawn()
    page.open(server + "/graph?relation=supplies")
    supplies = page.drawn()
    assert supplies[1] and supplies[1] < everything[1]  # fewer edges, all of them drawn before
    labels = page.tab.evaluate("allegiance.edges.map((e) => e.label)")
    assert all(label == "supplies" for label in labels)
    page.open(server + "/graph?actor=Germany&depth=1")
    nodes = page.tab.evaluate("allegiance.nodes.map((n) => n.label)")
    assert "Germany" in nodes and len(nodes) < len(everything[0])


def test_clicking_an_edge_shows_its_evidence(page: Page, server: str) -> None:
    page.open(server + "/graph")
    edge_id = loneliest_edge(page)
    sentences = next(e for e in api(server, "")["edges"] if e["id"] == edge_id)["evidence"]
    page.click_edge(edge_id)
    details = page.tab.locator("#details")
    details.wait_for(state="visible")
    assert sentences[0]["sentence"] in details.inner_text()
    assert sentences[0]["document"] in details.inner_text()
    # grouped by document: each document named once, however many of its sentences are quoted
    named = details.locator(".documents > li > .source code").all_inner_texts()
    assert sorted(named) == sorted({s["document"] for s in sentences})
    OUTPUT.mkdir(exist_ok=True)
    page.tab.screenshot(path=str(OUTPUT / "network.png"))


def test_clicking_a_node_shows_its_entity_card(page: Page, server: str) -> None:
    page.open(server + "/graph")
    russia = "https://w3id.org/allegiance/id/state/RUS"
    page.click_node(russia)
    card = page.tab.locator("#details")
    card.wait_for(state="visible")
    assert "Russia" in card.locator("h2").inner_text()
    assert card.locator("a[href^='http://www.wikidata.org/entity/Q159']").count() == 1


def test_searching_a_name_focuses_on_it_and_the_url_can_be_shared(page: Page, server: str) -> None:
    page.open(server + "/graph")
    page.tab.fill("#actor", "Germany")
    page.tab.click("button[type=submit]")
    page.tab.wait_for_url("**/graph?actor=Germany")
    page.wait_drawn()
    assert page.drawn() == ids(api(server, "?actor=Germany"))


def test_the_viz_file_is_self_contained(
    page: Page, seeds_store: Path, tmp_path: Path, browser: Any
) -> None:
    out = tmp_path / "network.html"
    r = subprocess.run(
        [str(ALLEGIANCE), "viz", "--store", str(seeds_store), "--out", str(out), "--view", "full"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    assert r.returncode == 0, r.stderr
    page.open(out.as_uri())
    assert [u for u in page.requests if not u.startswith("data:")] == [out.as_uri()]
    inlined = page.tab.evaluate("JSON.parse(document.getElementById('network-data').textContent)")
    assert inlined["meta"]["view"] == "full"
    assert page.drawn() == ids(inlined)
    edge_id = loneliest_edge(page)
    page.click_edge(edge_id)
    page.tab.locator("#details .evidence").first.wait_for(state="visible")


@pytest.mark.parametrize("path", ["/sparql", "/docs"])
def test_the_editor_and_api_pages_make_no_request_outside_the_server(
    server: str, page: Page, path: str
) -> None:
    """The SPARQL editor (YASGUI) and the OpenAPI page (Swagger UI) run offline too."""
    page.tab.goto(server + path, wait_until="networkidle")
    assert page.requests, "the page made no request at all"
    outside = [u for u in page.requests if not u.startswith(server) and not u.startswith("data:")]
    assert outside == []
    editor_or_docs = "#yasgui, .yasgui" if path == "/sparql" else "#swagger-ui .info"
    page.tab.wait_for_selector(editor_or_docs, timeout=30_000)
    page.tab.screenshot(path=str(OUTPUT / f"page{path.replace('/', '-')}.png"))


@pytest.mark.parametrize("query", ["", "?view=full", "?actor=Russia&depth=1"])
def test_no_two_nodes_overlap_and_every_node_is_inside_the_canvas(
    page: Page, server: str, query: str
) -> None:
    page.open(server + "/graph" + query)
    boxes, inside = page.tab.evaluate(
        """() => {
          const net = allegiance.network, canvas = document.getElementById("network");
          const frame = canvas.getBoundingClientRect();
          const ids = allegiance.nodes.getIds();
          const boxes = ids.map((id) => [id, net.getBoundingBox(id)]);
          const inside = ids.map((id) => {
            const b = net.getBoundingBox(id);
            const tl = net.canvasToDOM({x: b.left, y: b.top});
            const br = net.canvasToDOM({x: b.right, y: b.bottom});
            return [id, tl.x >= 0 && tl.y >= 0 && br.x <= frame.width && br.y <= frame.height];
          });
          return [boxes, inside];
        }"""
    )
    overlaps = [
        (a, b)
        for i, (a, p) in enumerate(boxes)
        for b, q in boxes[i + 1 :]
        if p["left"] < q["right"]
        and q["left"] < p["right"]
        and p["top"] < q["bottom"]
        and q["top"] < p["bottom"]
    ]
    assert overlaps == []
    assert [n for n, ok in inside if not ok] == []
    OUTPUT.mkdir(exist_ok=True)
    name = query.strip("?").replace("&", "-").replace("=", "-") or "default"
    page.tab.screenshot(path=str(OUTPUT / f"network-{name}.png"))


@pytest.mark.parametrize("query", ["", "?view=full"])
def test_each_drawn_node_lies_in_the_box_the_server_laid_out(
    page: Page, server: str, query: str
) -> None:
    """The seeds' real names (and every shape of the full view) drawn as the layout measured
    them: the server's guarantee that no two boxes overlap holds for what the page draws."""
    page.open(server + "/graph" + query)
    drawn = page.tab.evaluate(DRAWN_NODES)
    assert len(drawn) > 5
    assert beyond_laid_out_boxes(drawn) == []
