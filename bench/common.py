"""What the HTTP benchmarks share: a synthetic store on disk and a real server process on it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pyoxigraph as ox

from graph.schema import load_registry
from graph.settings import DATA_DIR
from graph.vocab import ID_NS, ONTOLOGY_NS

ROOT = Path(__file__).resolve().parents[1]
ID = ID_NS
AL = ONTOLOGY_NS
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
# the registered relations below the stances, in the registry's order
RELATIONS = [r.name for r in load_registry(DATA_DIR).relations if not r.is_stance]


def literal(value: str, datatype: str | None = None) -> str:
    """An N-Quads literal."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{escaped}"' + (f"^^<{datatype}>" if datatype else "")


def load_store(path: Path, nquads: str) -> int:
    """A store at ``path`` with the ontology and the given N-Quads; returns its size in quads."""
    store = ox.Store(str(path))
    store.bulk_load(nquads.encode(), format=ox.RdfFormat.N_QUADS)
    store.bulk_load(
        path=str(ROOT / "ontology/allegiance.ttl"),
        format=ox.RdfFormat.TURTLE,
        to_graph=ox.NamedNode(ID + "graph/ontology"),
    )
    store.flush()
    size = len(store)
    del store
    return size


def start_server(store: Path, *, query_timeout: float) -> tuple[subprocess.Popen[bytes], str]:
    """``allegiance serve`` on ``store`` at a free loopback port, once it answers queries."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    code = (
        "import sys\nfrom api.main import run\nfrom graph.settings import Settings\n"
        "run(Settings.from_env(), '127.0.0.1', int(sys.argv[1]))\n"
    )
    env = {
        **os.environ,
        "ALLEGIANCE_STORE_PATH": str(store),
        "ALLEGIANCE_QUERY_TIMEOUT": str(query_timeout),
    }
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")
