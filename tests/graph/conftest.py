"""Fixtures for the build side: the real command line on real on-disk stores."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from graph.vocab import PREFIXES

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
ALLEGIANCE = Path(sys.executable).parent / "allegiance"


Run = Callable[..., subprocess.CompletedProcess[str]]


def run_cli(
    *args: str | Path, env: dict[str, str] | None = None, timeout: float = 600
) -> subprocess.CompletedProcess[str]:
    """The installed ``allegiance`` command, as a user runs it."""
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [str(ALLEGIANCE), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=ROOT,
    )


def select(store: Path, sparql: str) -> list[dict[str, str]]:
    r = run_cli("query", "--store", store, "--format", "json", PREFIXES + sparql)
    assert r.returncode == 0, r.stderr
    rows = json.loads(r.stdout)["results"]["bindings"]
    return [{k: v["value"] for k, v in row.items()} for row in rows]


@pytest.fixture
def store_copy(seed_store: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "store"
    shutil.copytree(seed_store, copy)
    return copy


def canonical_quads(quads: object) -> set[str]:
    """Quads as strings with blank nodes named canonically (RDFC-1.0, as pyoxigraph does it), so
    two stores that hold the same data (the ontology's property chains are RDF lists of blank
    nodes) compare equal whatever labels each gave its blank nodes."""
    import pyoxigraph as ox

    dataset = ox.Dataset(quads)  # type: ignore[arg-type]
    dataset.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    return {str(q) for q in dataset}
