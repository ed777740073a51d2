"""SPARQL queries in worker processes, each cut at the time limit.

Why processes. pyoxigraph has no query timeout and no way to cancel a query, and it evaluates
lazily while the caller iterates: a ``COUNT`` over a cartesian product does all its work inside
one call into Rust that holds the CPU until it is done. A thread running it cannot be stopped, so
a deadline checked between rows would not help either. What can be stopped is a process. So the
server keeps a few worker processes; each opens the store read-only (``Store.read_only``, which
works while the server process holds the read-write store) and answers one request at a time over
a pipe. The server waits for the answer at most until the limit; then it kills the worker
(SIGKILL frees its CPU and memory at once), starts a fresh one in its place and answers 504.
Other requests meanwhile run in the other workers, so one runaway query never holds up the rest.

Fair share. A runaway holds only its own worker, but with every worker busy on one, everything
else would wait. So the pool has two lanes: ``size`` user workers for the SPARQL endpoint's
queries, and ``reserve`` workers kept for the API's own queries (``lane="internal"``), which take
a reserve worker first and an idle user worker after it. A user query takes a user worker; when
none is idle it may borrow a reserve worker, but never the last idle one, and only for
``reserve_timeout`` seconds: a query that needs longer is stopped (its worker replaced) and
answered ``ServerBusyError`` (503, retry later). With the default two reserve workers, ``ASK {}``
answers at once while every user worker runs a runaway, a runaway can hold a reserve worker for
at most ``reserve_timeout``, and the API always finds one free. The user workers also run at a
lower CPU priority (``USER_NICE``): on a machine with as many cores as runaways, the reserve and
the server process would otherwise get a fraction of a core each and the API's roll-up would
crawl. The server sets it from outside, once a worker is ready: a worker starts (imports Python
modules and opens the store) at the server's priority, since a replacement started niced on a
busy machine took so long that the user lane stood empty and short queries waited for it. Where
the server may lower a nice value again (as root, or with CAP_SYS_NICE), a reserve worker lent
to a user query is niced for as long as that query runs, then given its priority back.

Memory. With ``memory_mb`` set, the server reads each busy worker's resident set size from
``/proc`` every ``POLL`` seconds while it waits for the answer; a worker over the cap is killed
and replaced and the query answered ``QueryMemoryError`` (507). Watching from outside rather than
``setrlimit(RLIMIT_AS)`` inside: address space is not memory (RocksDB maps files, threads reserve
stacks), and an allocation that fails in Rust aborts the process with no way to tell why.

Replacing a worker does not make the next request wait for its start: the new process opens the
store and says it is ready before it joins its lane; until then the other workers serve.

Freshness. A read-only store sees the data as of its opening. Every write the server makes goes
through its read-write store, is flushed, and then bumps ``generation``; each request carries the
current generation and a worker whose store is older reopens it first (a few milliseconds after a
flush). Readers never wait for a writer: until the bump they read the data as it was.

The rejected alternatives: a thread per query (cannot be killed; a runaway keeps a core busy until
it ends by itself); ``concurrent.futures.ProcessPoolExecutor`` (cannot kill one task's process
without breaking the whole pool); a second query engine with timeouts (Oxigraph server, QLever)
run next to ours (another service to install and keep in step; ``Settings.sparql_endpoint``
already lets a deployment use one).

The workers are started with the ``spawn`` method: the server is multi-threaded and holds an open
RocksDB, neither of which survives ``fork`` safely. This module imports nothing heavy, because every
worker imports it.
"""

from __future__ import annotations

import asyncio
import functools
import importlib
import logging
import multiprocessing as mp
import os
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any, Literal

from api.errors import QueryMemoryError, ServerBusyError
from graph.errors import AllegianceError, QueryTimeoutError, StoreError
from graph.store import EmbeddedStore

__all__ = ["Lane", "QueryPool", "open_read_only"]

log = logging.getLogger(__name__)

# what a worker may be asked to do: methods of a read-only EmbeddedStore
_OPERATIONS = ("query_limited", "select", "graph_triples")
POLL = 0.05  # seconds between memory checks of a busy worker
START_TIMEOUT = 120.0  # seconds a new worker may take to open the store
USER_NICE = 10  # added to a user worker's nice value: runaways yield the CPU to everyone else
Lane = Literal["user", "internal"]
_PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    reserve: bool  # which lane it belongs to
    replaced: bool = False  # killed, and another started in its place


class QueryPool:
    """Worker processes that run read-only queries on the store at ``path``."""

    def __init__(
        self,
        path: Path,
        *,
        size: int,
        timeout: float,
        reserve: int = 2,
        reserve_timeout: float = 1.0,
        memory_mb: int = 0,
    ) -> None:
        if size < 1:
            raise ValueError(f"a query pool needs at least one worker, not {size}")
        if reserve < 0:
            raise ValueError(f"the reserve cannot be negative, not {reserve}")
        self.path, self.size, self.timeout = path, size, timeout
        self.reserve, self.reserve_timeout, self.memory_mb = reserve, reserve_timeout, memory_mb
        self._ctx = mp.get_context("spawn")
        self._ready = threading.Condition()
        self._idle: dict[bool, list[_Worker]] = {False: [], True: []}  # by ``reserve``
        self._starting: set[BaseProcess] = set()
        self._generation = 0
        self._closed = False
        self._base_nice = os.getpriority(os.PRIO_PROCESS, 0) if hasattr(os, "getpriority") else 0
        self._can_lower = hasattr(os, "geteuid") and os.geteuid() == 0
        # the workers open the store meanwhile; a request waits for the first one ready
        for reserve_lane in [False] * size + [True] * reserve:
            fresh = self._spawn(reserve_lane)
            threading.Thread(target=self._join_lane, args=(fresh,), daemon=True).start()

    @property
    def generation(self) -> int:
        return self._generation

    def data_changed(self) -> None:
        """Tell the workers to reopen the store before their next request (after a write)."""
        with self._ready:
            self._generation += 1

    def wait_ready(self, timeout: float = START_TIMEOUT) -> bool:
        """Wait until no worker is still opening the store; False if ``timeout`` passed first.

        The server calls it before it takes requests (after loading spaCy, which takes longer),
        so that the first requests find every lane full."""
        deadline = time.monotonic() + timeout
        with self._ready:
            while self._starting and (left := deadline - time.monotonic()) > 0:
                self._ready.wait(left)
            return not self._starting

    def worker_pids(self) -> list[int]:
        """The process ids of the idle workers (for tests and diagnostics)."""
        with self._ready:
            idle = self._idle[False] + self._idle[True]
        return [w.process.pid for w in idle if w.process.pid is not None]

    def run(self, operation: str, *args: Any, lane: Lane = "user", **kwargs: Any) -> Any:
        """Call ``operation`` on a worker's read-only store, or raise at the limits."""
        if operation not in _OPERATIONS:
            raise ValueError(f"unknown pool operation {operation!r}; allowed: {_OPERATIONS}")
        deadline = time.monotonic() + self.timeout
        worker = self._acquire(lane, deadline)
        borrowed = self._lend(worker, lane)
        if borrowed:
            deadline = min(deadline, time.monotonic() + self.reserve_timeout)
        try:
            worker.conn.send((self._generation, operation, args, kwargs))
            self._wait_answer(worker, deadline, borrowed)
            answer = worker.conn.recv()
        except (EOFError, OSError) as e:
            self._replace(worker, "died while answering")
            raise StoreError(f"the query worker died while answering: {e!r}") from e
        self._give_back(worker, borrowed)
        return _unpack(answer)

    async def run_async(
        self, operation: str, *args: Any, lane: Lane = "user", **kwargs: Any
    ) -> Any:
        """``run`` for a caller on the event loop, with the same limits and lanes.

        With a worker idle, the request goes down its pipe and the loop is told to wake when
        the answer is there: no thread in between. A thread hop each way (the event loop hands
        the call to a thread, the thread hands the answer back) cost a one-label look-up more
        than the query, on a machine with two busy cores most of all. With every worker busy,
        the wait for one happens in a thread, as for ``run``."""
        if operation not in _OPERATIONS:
            raise ValueError(f"unknown pool operation {operation!r}; allowed: {_OPERATIONS}")
        deadline = time.monotonic() + self.timeout
        from anyio import to_thread  # the server's thread pool; workers never import it

        worker = self._try_acquire(lane)
        if worker is None:
            return await to_thread.run_sync(
                functools.partial(self.run, operation, *args, lane=lane, **kwargs)
            )
        borrowed = self._lend(worker, lane)
        if borrowed:
            deadline = min(deadline, time.monotonic() + self.reserve_timeout)
        try:
            worker.conn.send((self._generation, operation, args, kwargs))
            wait = self._first_wait(deadline)
            try:
                while not await _readable(worker.conn, wait):
                    # past the first wait (a long query): the checks may kill and start a
                    # process, which is no work for the event loop
                    wait = await to_thread.run_sync(self._next_wait, worker, deadline, borrowed)
            except asyncio.CancelledError:
                # the caller is gone with the query running: a thread waits for the answer
                # (or the limit) and gives the worker back, as if the caller had stayed
                threading.Thread(
                    target=self._finish, args=(worker, deadline, borrowed), daemon=True
                ).start()
                raise
            answer = worker.conn.recv()
        except (EOFError, OSError) as e:
            self._replace(worker, "died while answering")
            raise StoreError(f"the query worker died while answering: {e!r}") from e
        self._give_back(worker, borrowed)
        return _unpack(answer)

    def _finish(self, worker: _Worker, deadline: float, borrowed: bool) -> None:
        """Wait out a query whose caller left, then make its worker available again."""
        if worker.replaced:  # stopped at a limit as the caller left
            return
        try:
            self._wait_answer(worker, deadline, borrowed)
            worker.conn.recv()
        except (EOFError, OSError):
            self._replace(worker, "died while answering")
            return
        except AllegianceError:
            return  # stopped at a limit: ``_next_wait`` replaced it
        self._give_back(worker, borrowed)

    def _lend(self, worker: _Worker, lane: Lane) -> bool:
        """Whether ``worker`` is a reserve worker lent to a user query (niced if we can)."""
        borrowed = worker.reserve and lane == "user"
        if borrowed and self._can_lower:  # on loan, a runaway yields the CPU as in its own lane
            _set_nice(worker.process.pid, self._base_nice + USER_NICE)
        return borrowed

    def _give_back(self, worker: _Worker, borrowed: bool) -> None:
        if borrowed and self._can_lower:
            _set_nice(worker.process.pid, self._base_nice)
        self._release(worker)

    def _try_acquire(self, lane: Lane) -> _Worker | None:
        """An idle worker for ``lane`` now, or None (the rules of ``_acquire``)."""
        with self._ready:
            return self._pick(lane)

    def _pick(self, lane: Lane) -> _Worker | None:
        """Internal queries prefer the reserve, users their own and then a reserve worker that
        is not the last one idle; None when the lane has none. Holds ``_ready``."""
        users, reserve = self._idle[False], self._idle[True]
        if lane == "internal" and (reserve or users):
            return (reserve or users).pop()
        if lane == "user" and users:
            return users.pop()
        if lane == "user" and len(reserve) > 1:
            return reserve.pop()
        return None

    def _acquire(self, lane: Lane, deadline: float) -> _Worker:
        """An idle worker for ``lane``: internal queries prefer the reserve, users their own
        and then a reserve worker that is not the last one idle."""
        with self._ready:
            while True:
                if (worker := self._pick(lane)) is not None:
                    return worker
                left = deadline - time.monotonic()
                if left <= 0 or self._closed:
                    raise QueryTimeoutError(
                        f"no query worker became free within the {self.timeout:g} s limit; "
                        f"all {self.size + self.reserve} are busy, try again later"
                    )
                self._ready.wait(left)

    def _release(self, worker: _Worker) -> None:
        with self._ready:
            self._idle[worker.reserve].append(worker)
            self._ready.notify()

    def _wait_answer(self, worker: _Worker, deadline: float, borrowed: bool) -> None:
        """Return once the answer is there; kill the worker at the deadline or memory cap."""
        wait = self._first_wait(deadline)
        while not worker.conn.poll(wait):
            wait = self._next_wait(worker, deadline, borrowed)

    def _first_wait(self, deadline: float) -> float:
        """How long to wait for an answer before the first look at the worker's memory."""
        left = deadline - time.monotonic()
        return max(0.0, min(left, POLL) if self.memory_mb else left)

    def _next_wait(self, worker: _Worker, deadline: float, borrowed: bool) -> float:
        """No answer yet: how long to wait for it next; at the memory cap or the deadline, the
        worker is replaced and the error raised."""
        if self.memory_mb and (rss := _resident_mb(worker.process.pid)) > self.memory_mb:
            self._replace(worker, f"over the memory cap ({rss:.0f} MB)")
            raise QueryMemoryError(
                f"the query needed more than {self.memory_mb} MB of memory, the limit per "
                "query (ALLEGIANCE_QUERY_MEMORY_MB), and was stopped; narrow it (fewer rows "
                "to sort or group, a LIMIT) and try again"
            )
        left = deadline - time.monotonic()
        if left > 0:
            return min(left, POLL) if self.memory_mb else left
        if borrowed:
            self._replace(worker, "past the reserve's time")
            raise ServerBusyError(
                f"all {self.size} query workers are busy with long queries and this one did "
                f"not finish in the {self.reserve_timeout:g} s a busy server gives; "
                "try again later",
                retry_after=max(1, round(self.timeout / 2)),
            )
        self._replace(worker, "at the time limit")
        raise QueryTimeoutError(
            f"the query ran past the {self.timeout:g} s time limit and was stopped; "
            "narrow it (more specific patterns, a LIMIT) and try again"
        )

    def close(self) -> None:
        """Stop every worker."""
        with self._ready:
            self._closed = True
            idle = self._idle[False] + self._idle[True]
            self._idle = {False: [], True: []}
            starting = list(self._starting)
            self._ready.notify_all()
        for worker in idle:
            worker.conn.close()
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()
        for process in starting:
            process.kill()

    def _spawn(self, reserve: bool) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve,
            args=(child, str(self.path), self._generation),
            name="allegiance-query",
            daemon=True,
        )
        process.start()
        child.close()
        with self._ready:
            self._starting.add(process)
        return _Worker(process, parent, reserve)

    def _join_lane(self, worker: _Worker) -> None:
        """Wait for a new worker to open the store, then make it available."""
        try:
            ready = worker.conn.poll(START_TIMEOUT) and worker.conn.recv() == "ready"
        except (EOFError, OSError):
            ready = False
        with self._ready:
            self._starting.discard(worker.process)
            closed = self._closed
            self._ready.notify_all()
        if closed or not ready:
            worker.process.kill()
            worker.conn.close()
            if not closed:
                log.error("a new query worker did not start; the pool has one fewer")
            return
        if not worker.reserve:
            _set_nice(worker.process.pid, self._base_nice + USER_NICE)
        self._release(worker)

    def _replace(self, worker: _Worker, why: str) -> None:
        with self._ready:  # once only, whoever finds it dead or over a limit first
            if worker.replaced:
                return
            worker.replaced = True
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        log.warning("killed query worker %s: %s", worker.process.pid, why)
        if self._closed:
            return
        fresh = self._spawn(worker.reserve)
        threading.Thread(target=self._join_lane, args=(fresh,), daemon=True).start()


async def _readable(conn: Connection, timeout: float) -> bool:
    """Whether ``conn`` has something to read within ``timeout`` seconds, waited for on the
    event loop (the loop watches the pipe) rather than in a thread."""
    if conn.poll(0):
        return True
    if timeout <= 0:
        return False
    loop = asyncio.get_running_loop()
    ready: asyncio.Future[bool] = loop.create_future()

    def answer(value: bool) -> None:
        if not ready.done():
            ready.set_result(value)

    fd = conn.fileno()
    loop.add_reader(fd, answer, True)  # which makes the pipe non-blocking
    timer = loop.call_later(timeout, answer, False)
    try:
        return await ready
    finally:
        timer.cancel()
        loop.remove_reader(fd)
        # blocking again, as ``Connection`` reads and writes it: a non-blocking pipe fails a
        # long answer mid-message (EAGAIN), here or in a thread's ``run`` on the same worker
        os.set_blocking(fd, True)


def _resident_mb(pid: int | None) -> float:
    """The resident set size of process ``pid`` in MB (0 when it cannot be read)."""
    try:
        with open(f"/proc/{pid}/statm", "rb") as f:
            return int(f.read().split()[1]) * _PAGE / 2**20
    except (OSError, IndexError, ValueError):
        return 0.0


def _unpack(answer: tuple[Any, ...]) -> Any:
    status = answer[0]
    if status == "ok":
        return answer[1]
    if status == "error":
        _, module, name, message = answer
        cls = getattr(importlib.import_module(module), name, StoreError)
        error: AllegianceError = cls.__new__(cls)
        Exception.__init__(error, message)
        raise error
    raise RuntimeError(f"the query worker failed:\n{answer[1]}")


def _set_nice(pid: int | None, nice: int) -> bool:
    """Give process ``pid`` the nice value ``nice`` (clamped to 19); False when not allowed."""
    if pid is None or not hasattr(os, "setpriority"):
        return False
    try:
        os.setpriority(os.PRIO_PROCESS, pid, min(nice, 19))
    except OSError:
        return False
    return True


def _serve(conn: Connection, path: str, generation: int) -> None:
    """A worker's loop: open the store, say so, answer requests until the server closes ``conn``."""
    try:
        store: EmbeddedStore | None = open_read_only(Path(path))
    except StoreError:
        store, generation = None, -1  # the first request reopens it and reports the error
    conn.send("ready")
    while True:
        try:
            gen, operation, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if store is None or gen != generation:
                store, generation = open_read_only(Path(path)), gen
            try:
                result = getattr(store, operation)(*args, **kwargs)
            except (OSError, RuntimeError):  # files compacted away under our snapshot
                store = open_read_only(Path(path))
                result = getattr(store, operation)(*args, **kwargs)
            conn.send(("ok", result))
        except AllegianceError as e:
            conn.send(("error", type(e).__module__, type(e).__qualname__, str(e)))
        except Exception:
            conn.send(("bug", traceback.format_exc()))


def open_read_only(path: Path, attempts: int = 20) -> EmbeddedStore:
    """Open the store read-only, retrying while the writer's compaction swaps files under us.

    RocksDB reads the list of live files, then opens them; a compaction finishing in between
    deletes one of them and the open fails ("Corruption: ... No such file"). The next try reads
    the new list.
    """
    for attempt in range(attempts):
        try:
            return EmbeddedStore(path, read_only=True)
        except (OSError, RuntimeError, StoreError) as e:
            if attempt == attempts - 1:
                raise StoreError(f"cannot open a read-only view of the store at {path}: {e}") from e
            time.sleep(0.01 * (attempt + 1))
    raise AssertionError("unreachable")
