"""At 100,000 triples, ``?actor=X`` reads X's pairs, not the graph: counted in rows, not timed.

The store is the benchmark's synthetic graph in the pipeline's shape (60 states, 120 agencies,
300 officials, 7,000 claims). Every ``select`` the question API makes is counted: one actor's page
returns a number of rows bounded by that actor's pairs and their evidence, the same whether the
rest of the graph holds 7,000 claims or 14,000.

Rows returned do not show what the engine read to find them (one query of few rows once walked
every disputed node of the store). So the queries of a page are also run again by the Oxigraph
command line (``oxigraph query --explain-file --stats``, pip ``oxigraph``, the engine we embed)
on the same store on disk, and the rows its index scans yield (the ``QuadPattern`` nodes of the
plan) are summed: the engine's own count of what it read.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from bench.bench_api import synthesise
from bench.common import oxigraph_binary
from graph.analysis.actorgraph import refresh
from graph.analysis.pairs import PairFilters, pair_page
from graph.settings import Settings
from graph.store import EmbeddedStore

SETTINGS = Settings()


class Counting:
    """A store that counts the rows its ``select`` answers."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store, self.rows, self.queries = store, 0, 0

    def select(self, sparql: str) -> list[dict[str, str]]:
        found = self.store.select(sparql)
        self.rows += len(found)
        self.queries += 1
        return found


class Recording:
    """A store that keeps the text of every query it answers."""

    def __init__(self, store: EmbeddedStore) -> None:
        self.store, self.queries = store, list[str]()

    def select(self, sparql: str) -> list[dict[str, str]]:
        self.queries.append(sparql)
        return self.store.select(sparql)


def _store(claims: int, path: Path | None = None) -> EmbeddedStore:
    store = EmbeddedStore(path)
    store._store.bulk_load(synthesise(claims).encode(), format=ox.RdfFormat.N_QUADS)
    refresh(store, SETTINGS)
    return store


@pytest.fixture(scope="module")
def small_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small store on disk, where the Oxigraph command line can read it too."""
    path = tmp_path_factory.mktemp("actor-scale") / "store"
    _store(7_000, path).close()
    return path


@pytest.fixture(scope="module")
def stores(small_path: Path) -> Iterator[tuple[EmbeddedStore, EmbeddedStore]]:
    small, large = EmbeddedStore(small_path, read_only=True), _store(14_000)
    yield small, large
    small.close()
    large.close()


def _read(store: EmbeddedStore, **filters: object) -> tuple[int, int, int]:
    counting = Counting(store)
    page = pair_page(counting, SETTINGS, "supports", PairFilters(**filters), limit=20)  # type: ignore[arg-type]
    return counting.rows, counting.queries, len(page.pairs)


def test_the_store_is_at_the_size_of_the_issue(stores: tuple[EmbeddedStore, ...]) -> None:
    small, _ = stores
    assert len(small) >= 100_000


# per pair of a page: its row, 4 relations, the 5 best claims, 5 denials, 4 disputed relations
PER_PAIR = 1 + 4 + 5 + 5 + 4


@pytest.mark.parametrize("actor", ["State 7", "state 42", None])
def test_a_page_reads_its_pairs_only_at_any_size(
    stores: tuple[EmbeddedStore, ...], actor: str | None
) -> None:
    for store, claims in zip(stores, (7_000, 14_000), strict=True):
        rows, queries, pairs = _read(store, actor=actor)
        assert queries <= 6 and 0 < pairs <= 20
        # bounded by the page, not by the graph: the same bound at twice the claims
        assert rows <= pairs * PER_PAIR + 2, (claims, rows)
        assert rows < 0.05 * claims


def _index_reads(plan: dict[str, Any]) -> int:
    """Rows the index scans of an Oxigraph query plan yielded (its ``QuadPattern`` nodes)."""
    own = plan["number of results"] if plan["name"].startswith("QuadPattern") else 0
    return int(own) + sum(_index_reads(child) for child in plan.get("children", []))


def _engine_reads(path: Path, sparql: str, scratch: Path) -> int:
    query, explain = scratch / "query.rq", scratch / "explain.json"
    query.write_text(sparql)
    subprocess.run(
        [
            str(oxigraph_binary()),
            "query",
            "--location",
            str(path),
            "--union-default-graph",
            "--query-file",
            str(query),
            "--results-format",
            "tsv",
            "--results-file",
            str(scratch / "results.tsv"),
            "--explain-file",
            str(explain),
            "--stats",
        ],
        check=True,
        capture_output=True,
    )
    return _index_reads(json.loads(explain.read_text())["plan"])


@pytest.mark.parametrize("actor", ["State 7", None])
def test_the_engine_reads_the_page_not_the_graph(
    stores: tuple[EmbeddedStore, ...], small_path: Path, tmp_path: Path, actor: str | None
) -> None:
    small, _ = stores
    recording = Recording(small)  # type: ignore[arg-type]
    page = pair_page(recording, SETTINGS, "supports", PairFilters(actor=actor), limit=20)  # type: ignore[arg-type]
    assert len(page.pairs) == 20 and page.total > 20
    reads = [_engine_reads(small_path, q, tmp_path) for q in recording.queries]
    assert all(n > 0 for n in reads[:1]), reads  # the count is live: the page's own query read
    # the whole store is 250,000 quads with the actor graph, 7,000 claims of which a page shows
    # 100 of evidence: one actor's pairs (about 170 nodes, 7 facts each) and the page's claims
    # bound what may be read; the sum of every query stays under 2% of the store
    assert sum(reads) < 0.02 * len(small), (reads, len(small))
