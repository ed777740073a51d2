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

import importlib
import logging
import multiprocessing as mp
import queue
import threading
import time
import traceback
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import Any

from graph.errors import AllegianceError, QueryTimeoutError, StoreError
from graph.store import EmbeddedStore

__all__ = ["QueryPool"]

log = logging.getLogger(__name__)

# what a worker may be asked to do: methods of a read-only EmbeddedStore
_OPERATIONS = ("query_limited", "select")


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection


class QueryPool:
    """Worker processes that run read-only queries on the store at ``path``."""

    def __init__(self, path: Path, *, size: int, timeout: float) -> None:
        if size < 1:
            raise ValueError(f"a query pool needs at least one worker, not {size}")
        self.path, self.size, self.timeout = path, size, timeout
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._generation = 0
        self._closed = False
        for _ in range(size):
            self._idle.put(self._spawn())

    @property
    def generation(self) -> int:
        return self._generation

    def data_changed(self) -> None:
        """Tell the workers to reopen the store before their next request (after a write)."""
        with self._lock:
            self._generation += 1

    def worker_pids(self) -> list[int]:
        """The process ids of the idle workers (for tests and diagnostics)."""
        return [w.process.pid for w in list(self._idle.queue) if w.process.pid is not None]

    def run(self, operation: str, *args: Any, **kwargs: Any) -> Any:
        """Call ``operation`` on a worker's read-only store, or raise at the time limit."""
        if operation not in _OPERATIONS:
            raise ValueError(f"unknown pool operation {operation!r}; allowed: {_OPERATIONS}")
        deadline = time.monotonic() + self.timeout
        try:
            worker = self._idle.get(timeout=self.timeout)
        except queue.Empty:
            raise QueryTimeoutError(
                f"no query worker became free within the {self.timeout:g} s limit; "
                f"all {self.size} are busy, try again later"
            ) from None
        try:
            worker.conn.send((self._generation, operation, args, kwargs))
            if not worker.conn.poll(max(0.0, deadline - time.monotonic())):
                self._replace(worker)
                raise QueryTimeoutError(
                    f"the query ran past the {self.timeout:g} s time limit and was stopped; "
                    "narrow it (more specific patterns, a LIMIT) and try again"
                )
            answer = worker.conn.recv()
        except (EOFError, OSError) as e:
            self._replace(worker)
            raise StoreError(f"the query worker died while answering: {e!r}") from e
        self._idle.put(worker)
        return _unpack(answer)

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        while True:
            try:
                worker = self._idle.get_nowait()
            except queue.Empty:
                return
            worker.conn.close()
            worker.process.join(timeout=2)
            if worker.process.is_alive():
                worker.process.kill()

    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve, args=(child, str(self.path)), name="allegiance-query", daemon=True
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _replace(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join(timeout=5)
        worker.conn.close()
        log.warning("killed query worker %s at the time limit", worker.process.pid)
        if not self._closed:
            self._idle.put(self._spawn())


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


def _serve(conn: Connection, path: str) -> None:
    """A worker's loop: answer requests on ``conn`` until the server closes it."""
    store: EmbeddedStore | None = None
    generation = -1
    while True:
        try:
            gen, operation, args, kwargs = conn.recv()
        except (EOFError, OSError):
            return
        try:
            if store is None or gen != generation:
                store, generation = _open(Path(path)), gen
            try:
                result = getattr(store, operation)(*args, **kwargs)
            except (OSError, RuntimeError):  # files compacted away under our snapshot
                store = _open(Path(path))
                result = getattr(store, operation)(*args, **kwargs)
            conn.send(("ok", result))
        except AllegianceError as e:
            conn.send(("error", type(e).__module__, type(e).__qualname__, str(e)))
        except Exception:
            conn.send(("bug", traceback.format_exc()))


def _open(path: Path, attempts: int = 20) -> EmbeddedStore:
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
