"""The time limit: a runaway query is cut at it while other requests keep being answered."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import httpx

from tests.api.conftest import QUERY_TIMEOUT, Server

# a cartesian product of the whole store with itself, four times over: ~10^10 rows to count
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
SIMPLE = 'ASK { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Russia" }'


def query_workers(server: Server) -> set[int]:
    """The pids of the server's query worker processes (children started by spawn)."""
    pids = set()
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            ppid = int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1])
            cmdline = (proc / "cmdline").read_bytes()
        except (OSError, IndexError, ValueError):
            continue
        if ppid == server.process.pid and b"spawn_main" in cmdline:
            pids.add(int(proc.name))
    return pids


def test_a_runaway_query_is_cut_at_the_limit_while_a_simple_one_answers(server: Server) -> None:
    workers_before = query_workers(server)
    runaway: dict[str, object] = {}

    def send_runaway() -> None:
        start = time.monotonic()
        r = httpx.get(server.sparql, params={"query": RUNAWAY}, timeout=10 * QUERY_TIMEOUT)
        runaway.update(response=r, start=start, end=time.monotonic())

    thread = threading.Thread(target=send_runaway)
    thread.start()
    time.sleep(QUERY_TIMEOUT / 4)  # let the runaway reach its worker
    simple = httpx.get(server.sparql, params={"query": SIMPLE}, timeout=10 * QUERY_TIMEOUT)
    simple_done = time.monotonic()
    thread.join()

    assert simple.status_code == 200 and simple.json()["boolean"] is True
    response, start, end = runaway["response"], runaway["start"], runaway["end"]
    assert isinstance(response, httpx.Response)
    assert isinstance(start, float) and isinstance(end, float)
    assert response.status_code == 504
    assert "time limit" in response.json()["detail"]
    # the simple query was answered while the runaway ran, before its limit expired
    assert simple_done < start + QUERY_TIMEOUT < end
    # the runaway was stopped at the limit, not long after it
    assert end - start < 3 * QUERY_TIMEOUT

    # its worker was killed (its CPU freed) and replaced by a fresh one
    workers_after = query_workers(server)
    killed = workers_before - workers_after
    assert len(killed) == 1 and len(workers_after) == len(workers_before)
    assert not any(Path(f"/proc/{pid}").exists() for pid in killed)
    again = httpx.get(server.sparql, params={"query": SIMPLE}, timeout=10 * QUERY_TIMEOUT)
    assert again.status_code == 200


def test_a_count_over_a_cartesian_product_is_cut_too(server: Server) -> None:
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    start = time.monotonic()
    r = httpx.post(server.sparql, data={"query": query}, timeout=10 * QUERY_TIMEOUT)
    assert r.status_code == 504
    assert QUERY_TIMEOUT <= time.monotonic() - start < 3 * QUERY_TIMEOUT
