"""A real server for the API tests: uvicorn in a subprocess, on a real on-disk store."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pyoxigraph as ox
import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parent / "fixtures"
ONTOLOGY_GRAPH = "https://w3id.org/allegiance/id/graph/ontology"
TOKEN = "test-write-token"
QUERY_TIMEOUT = 2.0
MAX_BODY = 64_000
MAX_ROWS = 200
CORS_ORIGIN = "http://allowed.example"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

SERVE = (
    "import sys\n"
    "from api.main import run\n"
    "from graph.settings import Settings\n"
    "run(Settings.from_env(), '127.0.0.1', int(sys.argv[1]))\n"
)


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]
    store_path: Path
    token: str | None

    @property
    def sparql(self) -> str:
        return self.url + "/sparql"

    def client(self) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=30)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


def load_store(path: Path, *trig: Path) -> None:
    """A store at ``path`` with the ontology and the given TriG files."""
    store = ox.Store(str(path))
    store.load(
        path=str(ROOT / "ontology/allegiance.ttl"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(ONTOLOGY_GRAPH),
    )
    for f in trig:
        store.load(path=str(f), format=ox.RdfFormat.TRIG)
    store.flush()
    del store


def start_server(store_path: Path, log: Path, **settings: object) -> Server:
    """Start ``api.main.run`` in a subprocess and wait until it answers queries."""
    port = free_port()
    env = {**os.environ, "ALLEGIANCE_STORE_PATH": str(store_path)}
    env |= {f"ALLEGIANCE_{k.upper()}": str(v) for k, v in settings.items()}
    with log.open("wb") as out:
        process = subprocess.Popen(
            [sys.executable, "-c", SERVE, str(port)], cwd=ROOT, env=env, stdout=out, stderr=out
        )
    server = Server(f"http://127.0.0.1:{port}", process, store_path, settings.get("write_token"))  # type: ignore[arg-type]
    deadline = time.monotonic() + 180  # with a write token it loads spaCy first
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server exited ({process.returncode}):\n{log.read_text()}")
        try:
            r = httpx.get(server.sparql, params={"query": "ASK {}"}, timeout=5)
            if r.status_code == 200:
                return server
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    stop_server(server)
    raise RuntimeError(f"the server did not start in time:\n{log.read_text()}")


def stop_server(server: Server) -> None:
    server.process.terminate()
    try:
        server.process.wait(timeout=15)
    except subprocess.TimeoutExpired:
        server.process.kill()
        server.process.wait()


@pytest.fixture(scope="session")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The fixture graph behind a server with a write token and small limits."""
    root = tmp_path_factory.mktemp("api")
    load_store(root / "store", DATA / "fixture.trig")
    running = start_server(
        root / "store",
        root / "server.log",
        write_token=TOKEN,
        query_timeout=QUERY_TIMEOUT,
        max_body_bytes=MAX_BODY,
        max_result_rows=MAX_ROWS,
        query_workers=2,
        cors_origins=CORS_ORIGIN,
    )
    yield running
    stop_server(running)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


# every drawn node as the page has it: its id, label, size and shape, its position and the box
# vis-network draws for it (getBoundingBox), in canvas coordinates
DRAWN_NODES = """() => {
  const net = allegiance.network, at = net.getPositions();
  return allegiance.nodes.get().map((n) => [n.id, n.label, n.size, n.shape, at[n.id].x, at[n.id].y,
                                            net.getBoundingBox(n.id)]);
}"""


def beyond_laid_out_boxes(drawn: list[list[Any]]) -> list[str]:
    """The drawn nodes (``DRAWN_NODES``) whose drawn box reaches out of the box the server laid
    out for them (``graph.network.layout.node_box``, less its gap), or falls more than a pixel
    short of it across (a label measured wider than it is): the layout's promise that no two
    boxes overlap is then the page's."""
    from graph.network.layout import GAP_PX, node_box

    out = []
    for node_id, label, size, shape, x, y, b in drawn:
        box, gap = node_box(label, size, shape), GAP_PX / 2
        half, above, below = box.half_width - gap, box.above - gap, box.below - gap
        reach = max(x - b["left"], b["right"] - x)
        if reach > half + 0.01 or y - b["top"] > above + 0.01 or b["bottom"] - y > below + 0.01:
            out.append(f"{label} ({node_id}) drawn {b} beyond {box} at ({x}, {y})")
        elif reach < half - 1:
            out.append(f"{label} ({node_id}) drawn {reach:.1f}px to each side, laid out {half:.1f}")
    return out
