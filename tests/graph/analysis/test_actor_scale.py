"""At 100,000 triples, ``?actor=X`` reads X's pairs, not the graph: counted in rows, not timed.

The store is the benchmark's synthetic graph in the pipeline's shape (60 states, 120 agencies,
300 officials, 7,000 claims). Every ``select`` the question API makes is counted: one actor's page
returns a number of rows bounded by that actor's pairs and their evidence, the same whether the
rest of the graph holds 7,000 claims or 14,000.
"""

from __future__ import annotations

from collections.abc import Iterator

import pyoxigraph as ox
import pytest

from bench.bench_api import synthesise
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


def _store(claims: int) -> EmbeddedStore:
    store = EmbeddedStore(None)
    store._store.bulk_load(synthesise(claims).encode(), format=ox.RdfFormat.N_QUADS)
    refresh(store, SETTINGS)
    return store


@pytest.fixture(scope="module")
def stores() -> Iterator[tuple[EmbeddedStore, EmbeddedStore]]:
    small, large = _store(7_000), _store(14_000)
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
        assert queries <= 3 and 0 < pairs <= 20
        # bounded by the page, not by the graph: the same bound at twice the claims
        assert rows <= pairs * PER_PAIR + 2, (claims, rows)
        assert rows < 0.05 * claims
