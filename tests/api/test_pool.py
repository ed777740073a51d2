"""The query pool awaited on the event loop (``QueryPool.run_async``, what ``/sparql`` uses): the
same answers and limits as ``run``, and a caller that leaves mid-query loses no worker. The loop
is uvloop's, as the server's (uvicorn picks it up): it makes a watched pipe non-blocking."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import pytest
import uvloop

from api.pool import QueryPool
from graph.errors import QueryTimeoutError
from tests.api.conftest import DATA, load_store
from tests.api.test_limits import RUNAWAY

ACCEPT = ["application/sparql-results+json"]
LABEL = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Russia" }'
LIMITS = {"max_rows": 1000}
T = TypeVar("T")


def on_loop(main: Coroutine[Any, Any, T]) -> T:
    """``uvloop.run`` in a thread of its own: a browser test's sync Playwright leaves a loop
    running in the main thread, where ``uvloop.run`` refuses to start another."""
    with ThreadPoolExecutor(1) as thread:
        return thread.submit(uvloop.run, main).result()


@pytest.fixture(scope="module")
def pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[QueryPool]:
    path = tmp_path_factory.mktemp("pool") / "store"
    load_store(path, DATA / "fixture.trig")
    running = QueryPool(Path(path), size=1, timeout=2.0, reserve=1, memory_mb=1024)
    assert running.wait_ready()
    yield running
    running.close()


def idle(pool: QueryPool) -> int:
    return len(pool.worker_pids())


def wait_idle(pool: QueryPool, n: int) -> None:
    """Until ``n`` workers are idle (a replaced one joins its lane once it has opened the
    store); the test's own timeout bounds it."""
    while idle(pool) < n:
        time.sleep(0.05)


def test_the_answer_on_the_event_loop_is_the_answer_of_a_thread(pool: QueryPool) -> None:
    by_thread = pool.run("query_limited", LABEL, ACCEPT, **LIMITS)
    by_loop = on_loop(pool.run_async("query_limited", LABEL, ACCEPT, **LIMITS))
    assert by_loop == by_thread and b"state/RUS" in by_loop.body


def test_a_runaway_on_the_event_loop_is_stopped_and_its_worker_replaced(pool: QueryPool) -> None:
    before = set(pool.worker_pids())
    with pytest.raises(QueryTimeoutError, match="time limit"):
        on_loop(pool.run_async("query_limited", RUNAWAY, ACCEPT, **LIMITS))
    wait_idle(pool, 2)
    after = set(pool.worker_pids())
    assert len(after) == 2 and len(before - after) == 1  # one killed, one fresh in its place
    assert on_loop(pool.run_async("query_limited", LABEL, ACCEPT, **LIMITS)).body


def test_a_caller_that_leaves_mid_query_loses_no_worker(pool: QueryPool) -> None:
    """The request is cancelled while its runaway runs: the worker is not handed to the next
    caller with an answer still due; it is stopped at the limit and replaced, and the pool
    is whole again."""
    before = set(pool.worker_pids())

    async def leave_early() -> None:
        task = asyncio.ensure_future(pool.run_async("query_limited", RUNAWAY, ACCEPT, **LIMITS))
        await asyncio.sleep(0.3)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    on_loop(leave_early())
    assert idle(pool) == 1  # the runaway's worker is not back while its query runs
    wait_idle(pool, 2)
    assert len(set(pool.worker_pids()) - before) == 1  # replaced once, not twice
    answer = on_loop(pool.run_async("query_limited", LABEL, ACCEPT, **LIMITS))
    assert b"state/RUS" in answer.body


def test_a_worker_answers_long_results_on_the_loop_and_in_a_thread_alike(pool: QueryPool) -> None:
    """The event loop watches a worker's pipe, the next caller may be a thread on the same
    worker: an answer longer than the pipe holds at once reads whole either way (a pipe left
    non-blocking by the loop failed mid-message, and the worker was taken for dead)."""
    wide = "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 900"
    for _ in range(3):
        by_loop = on_loop(pool.run_async("query_limited", wide, ACCEPT, **LIMITS))
        by_thread = pool.run("query_limited", wide, ACCEPT, **LIMITS)
        assert by_loop == by_thread and len(by_thread.body) > 256_000
