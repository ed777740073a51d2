"""Fair share under load: runaways hold only their own workers; the reserve keeps the rest alive.

Each test starts its own server, because each fills every worker. Nothing here asserts a time:
the claims are about order (the short request is answered while the runaways still run) and about
what the server answers (statuses, Retry-After, replaced workers).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api.conftest import DATA, Server, load_store, start_server, stop_server
from tests.api.test_limits import query_workers

RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# sorting a cartesian product keeps every row in memory: about 500 MB a second
HUNGRY = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } ORDER BY ?a ?d ?g ?c ?f ?i"
TIMEOUT = 8.0


class Runaways:
    """``n`` runaway queries sent at once from threads; ``responses`` once each has its answer."""

    def __init__(self, server: Server, n: int, query: str = RUNAWAY) -> None:
        self.responses: list[httpx.Response] = []
        self._threads = [
            threading.Thread(target=self._send, args=(server, query)) for _ in range(n)
        ]
        for t in self._threads:
            t.start()
        time.sleep(1.0)  # let them reach their workers

    def _send(self, server: Server, query: str) -> None:
        r = httpx.get(server.sparql, params={"query": query}, timeout=10 * TIMEOUT)
        self.responses.append(r)

    @property
    def running(self) -> int:
        return sum(t.is_alive() for t in self._threads)

    def join(self) -> list[httpx.Response]:
        for t in self._threads:
            t.join()
        return self.responses


def _server(tmp: Path, **settings: object) -> Server:
    load_store(tmp / "store", DATA / "fixture.trig")
    return start_server(tmp / "store", tmp / "server.log", **settings)


@pytest.fixture(scope="module")
def busy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """Two user workers and two reserve workers; a client may run three queries at once."""
    running = _server(
        tmp_path_factory.mktemp("fair"),
        query_timeout=TIMEOUT,
        query_workers=2,
        query_reserve=2,
        query_reserve_seconds=4,
        client_queries=3,
    )
    yield running
    stop_server(running)


def test_ask_and_the_api_answer_while_every_user_worker_runs_a_runaway(busy: Server) -> None:
    workers = query_workers(busy)
    runaways = Runaways(busy, 2)
    with busy.client() as c:
        ask = c.get("/sparql", params={"query": "ASK {}"})
        # a date the cache has not seen: the roll-up runs its queries in the workers again
        supports = c.get("/api/supports", params={"since": "1999-01-02"})
        entities = c.get("/api/entities", params={"q": "rus"})
        still_running = runaways.running
    assert ask.status_code == 200 and ask.json()["boolean"] is True
    assert supports.status_code == 200 and "pairs" in supports.json()
    assert entities.status_code == 200
    assert still_running == 2  # answered while both runaways held their workers
    assert [r.status_code for r in runaways.join()] == [504, 504]
    # the two runaway workers were replaced; the reserve was never touched
    after = query_workers(busy)
    assert len(after) == len(workers) == 4 and len(workers - after) == 2


def test_a_long_query_on_the_borrowed_reserve_is_stopped_and_a_greedy_client_is_told_to_wait(
    busy: Server,
) -> None:
    runaways = Runaways(busy, 3)  # two on the user workers, the third borrows a reserve worker
    fourth = httpx.get(busy.sparql, params={"query": "ASK {}"}, timeout=30)
    statuses = sorted(r.status_code for r in runaways.join())
    assert fourth.status_code == 429, fourth.text
    assert fourth.headers["retry-after"].isdigit()
    assert fourth.json()["error"] == "TooManyRequestsError"
    assert "ALLEGIANCE_CLIENT_QUERIES" in fourth.json()["detail"]
    assert statuses == [503, 504, 504]
    busy_answer = next(r for r in runaways.responses if r.status_code == 503)
    assert busy_answer.json()["error"] == "ServerBusyError"
    assert busy_answer.headers["retry-after"].isdigit()
    # every worker is back: the same trivial query answers again
    again = httpx.get(busy.sparql, params={"query": "ASK {}"}, timeout=30)
    assert again.status_code == 200


def test_a_query_over_the_memory_cap_is_stopped_with_507(
    tmp_path_factory: pytest.TempPathFactory,
) -> None:
    server = _server(
        tmp_path_factory.mktemp("memory"),
        query_timeout=60,
        query_workers=1,
        query_reserve=1,
        query_memory_mb=200,
    )
    try:
        before = query_workers(server)
        r = httpx.get(server.sparql, params={"query": HUNGRY}, timeout=120)
        assert r.status_code == 507, r.text
        assert r.json()["error"] == "QueryMemoryError"
        assert "200 MB" in r.json()["detail"]
        assert "ALLEGIANCE_QUERY_MEMORY_MB" in r.json()["detail"]
        after = query_workers(server)
        killed = before - after
        assert len(killed) == 1 and len(after) == len(before)  # replaced, memory given back
        assert not any(Path(f"/proc/{pid}").exists() for pid in killed)
        ok = httpx.get(server.sparql, params={"query": "ASK { ?s ?p ?o }"}, timeout=30)
        assert ok.status_code == 200 and ok.json()["boolean"] is True
        assert "over the memory cap" in (server.store_path.parent / "server.log").read_text()
    finally:
        stop_server(server)
