"""A real server for the API tests: uvicorn in a subprocess, on a real on-disk store."""

from __future__ import annotations

import os
import shutil
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
    deadline = time.monotonic() + 60
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
    )
    yield running
    stop_server(running)


@pytest.fixture
def client(server: Server) -> Iterator[httpx.Client]:
    with server.client() as c:
        yield c


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """Debian's headless Chromium driven by Playwright (nothing downloaded), or a skip."""
    if not Path(CHROMIUM).exists() or shutil.which("chromium") is None:
        pytest.skip("Debian's chromium is not installed: run `make setup-browser`")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()
