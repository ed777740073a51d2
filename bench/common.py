"""What the HTTP benchmarks share: a synthetic store on disk and a real server process on it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
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


def start_server(
    store: Path, *, query_timeout: float, write_token: str | None = None, **settings: object
) -> tuple[subprocess.Popen[bytes], str]:
    """``allegiance serve`` on ``store`` at a free loopback port, once it answers queries;
    ``settings`` are more ``Settings`` fields, e.g. ``query_workers=2``."""
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
    if write_token:
        env["ALLEGIANCE_WRITE_TOKEN"] = write_token  # the server loads spaCy before it answers
    env |= {f"ALLEGIANCE_{k.upper()}": str(v) for k, v in settings.items()}
    process = subprocess.Popen(
        [sys.executable, "-c", code, str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            if httpx.get(url + "/sparql", params={"query": "ASK {}"}, timeout=5).status_code == 200:
                return process, url
        except httpx.TransportError:
            time.sleep(0.2)
    process.kill()
    raise SystemExit("the server did not start")


def oxigraph_binary() -> Path:
    """The ``oxigraph`` server from PyPI (a dev dependency), next to this Python."""
    path = Path(sys.executable).parent / "oxigraph"
    if not path.exists():
        raise SystemExit(f"no Oxigraph server at {path}: run `make setup`")
    return path


def start_oxigraph(location: Path, log: Path | None = None) -> tuple[subprocess.Popen[bytes], str]:
    """``oxigraph serve`` on the store at ``location`` (union default graph, as we query it),
    at a free loopback port; returns the process and its base URL once it answers queries."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    out = log.open("wb") if log else subprocess.DEVNULL
    process = subprocess.Popen(
        [
            str(oxigraph_binary()),
            "serve",
            "--location",
            str(location),
            "--bind",
            f"127.0.0.1:{port}",
            "--union-default-graph",
        ],
        stdout=out,
        stderr=out,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the Oxigraph server exited ({process.returncode})")
        try:
            r = httpx.get(url + "/query", params={"query": "ASK {}"}, timeout=5)
            if r.status_code == 200:
                return process, url
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    process.kill()
    raise RuntimeError("the Oxigraph server did not start in time")


def stop(process: subprocess.Popen[bytes]) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def full_size() -> bool:
    """``BENCH_SIZE=full``: the sizes the targets speak of (by hand); else smaller, for CI."""
    return os.environ.get("BENCH_SIZE", "ci").lower() == "full"


@dataclass(frozen=True)
class Figure:
    """One line of the summary table: a figure, its target, and whether this run met it."""

    name: str
    value: str
    target: str
    met: bool | None  # None: no target, or not measured in this run
    note: str = ""

    @staticmethod
    def table(figures: list[Figure]) -> None:
        rows = [("figure", "value", "target", "met", "how")]
        rows += [
            (f.name, f.value, f.target, {True: "yes", False: "NO", None: "-"}[f.met], f.note)
            for f in figures
        ]
        widths = [max(len(r[i]) for r in rows) for i in range(4)]
        print()
        for n, r in enumerate(rows):
            print("  ".join(c.ljust(w) for c, w in zip(r[:4], widths, strict=True)) + "  " + r[4])
            if n == 0:
                print("  ".join("-" * w for w in widths) + "  " + "-" * 3)
