"""The store as the server uses it: reads in killable worker processes, writes here, one at a time.

``GraphService`` is a ``graph.store.Store``, so the pure functions of ``graph.analysis`` (the
roll-up and the look-ups) take it like any other store; what differs is where the work happens.
Every read (``query``, ``select``) runs in a ``QueryPool`` worker under the time limit, every write
(``update``, ingesting or removing a document) in this process under one lock; after a write the
store is flushed and the workers reopen their read-only view before the next request.

The one exception: a SPARQL endpoint's query of a single triple pattern
(``graph.sparql_shape``), whose work is bounded by its rows, is answered here on the event loop
from a read-only view of the store that this process opens like a worker (and reopens after a
write, like a worker), within ``Settings.query_inline_rows`` rows and ``INLINE_SECONDS``; an
answer that needs more is given up and a worker answers the query. A worker costs such a
look-up two process wake-ups and a pickle each way, more than the query itself.

The SPARQL endpoint's other queries run in the pool's user lane, ``select`` (the API's own
queries) in its internal lane, which has a reserve worker that runaways on the endpoint cannot
take.

Answers to ``select`` (the question API's queries, not the SPARQL endpoint's), and whatever a
route computes from them through ``memo``, are cached until the next write: this server is the
only writer of its store (it holds RocksDB's lock), so a write is the only thing that can change
them. The roll-up behind /api/supports reads every claim, which costs Oxigraph about a second per
10,000 claims on disk; the cache makes repeated questions cheap.

Ingestion holds the write lock for the whole of ``Builder.ingest``, NLP included, because the
builder and its spaCy pipeline are not safe to share between threads. Only writers wait on that
lock; readers read the previous state of the graph from the workers until the write is done.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING, Any, TypeVar

from starlette.concurrency import run_in_threadpool

from api.pool import QueryPool, open_read_only
from graph.analysis.actorgraph import ensure, refresh
from graph.errors import OverBudgetError, StoreError
from graph.schema import load_registry
from graph.settings import Settings
from graph.sparql_shape import is_single_pattern
from graph.sparql_text import iri_term
from graph.store import EmbeddedStore, QueryResponse, RemoteStore
from graph.store.embedded import Budget

if TYPE_CHECKING:
    from spacy.language import Language

    from graph.knowledge import Knowledge
    from graph.text.documents import SourceDocument

__all__ = ["GraphService", "PipelineMissingError"]

CACHE_SIZE = 256  # answers kept; the big ones (all claims of a summary) are few
# how long an inline look-up may hold the event loop before a worker is asked instead
INLINE_SECONDS = 0.02
T = TypeVar("T")


class PipelineMissingError(StoreError):
    """Documents cannot be ingested: the extraction pipeline is not installed."""


class GraphService:
    """Reads through a pool of killable workers, writes through the one read-write store.

    With ``settings.sparql_endpoint`` the store is a remote engine instead: reads and writes go
    to it over the SPARQL 1.1 Protocol (reads cut at the time limit by the HTTP client, the engine
    enforcing its own limits), and nothing is cached, since other clients may write to it too.
    """

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.registry = load_registry(settings.data_dir)  # the relations, read once
        self._writer: EmbeddedStore | RemoteStore
        self._remote: RemoteStore | None = None
        self.pool: QueryPool | None = None
        if settings.sparql_endpoint:
            self._writer = RemoteStore(
                settings.sparql_endpoint,
                settings.sparql_update_endpoint,
                token=settings.sparql_token,
            )
            self._remote = RemoteStore(
                settings.sparql_endpoint,
                settings.sparql_update_endpoint,
                token=settings.sparql_token,
                timeout=settings.query_timeout,
            )
            ensure(self._writer, settings)  # a store built before the actor graph
        else:
            self._writer = EmbeddedStore(settings.store_path)
            ensure(
                self._writer, settings
            )  # a store built before the actor graph, or loaded by hand
            self._writer.flush()
            self.pool = QueryPool(
                settings.store_path,
                size=settings.query_workers,
                timeout=settings.query_timeout,
                reserve=settings.query_reserve,
                reserve_timeout=settings.query_reserve_seconds,
                memory_mb=settings.query_memory_mb,
            )
        self._inline: EmbeddedStore | None = None  # the read-only view for inline look-ups
        self._inline_generation = -1
        self._inline_lock = threading.Lock()
        self._inline_budget = Budget(settings.query_inline_rows, INLINE_SECONDS)
        if self.pool and settings.query_inline_rows > 0:
            self._open_inline()
        self._lock = threading.Lock()
        self._builder: Any = None
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_generation = -1
        self._cache_lock = threading.Lock()
        self._generation = 0

    @property
    def generation(self) -> int:
        """A number that changes with every write this server makes (keys for caches)."""
        return self.pool.generation if self.pool else self._generation

    # --- reading: in the workers, under the time and size limits -----------------------------

    def query(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> QueryResponse:
        if self._remote:
            return self._remote.query_limited(
                sparql,
                accept,
                max_rows=self.settings.max_result_rows,
                default_graphs=tuple(default_graphs),
                named_graphs=tuple(named_graphs),
                base_iri=base_iri,
            )
        assert self.pool is not None
        response: QueryResponse = self.pool.run(
            "query_limited",
            sparql,
            accept,
            max_rows=self.settings.max_result_rows,
            default_graphs=tuple(default_graphs),
            named_graphs=tuple(named_graphs),
            base_iri=base_iri,
        )
        return response

    async def query_async(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> QueryResponse:
        """``query`` for the event loop: the answer of a worker awaited without a thread."""
        if self._remote:
            return await run_in_threadpool(
                lambda: self.query(
                    sparql,
                    accept,
                    default_graphs=default_graphs,
                    named_graphs=named_graphs,
                    base_iri=base_iri,
                )
            )
        assert self.pool is not None
        if not default_graphs and not named_graphs and self._inline_budget.rows > 0:
            inline = await self.answer_inline(sparql, accept, base_iri)
            if inline is not None:
                return inline
        response: QueryResponse = await self.pool.run_async(
            "query_limited",
            sparql,
            accept,
            max_rows=self.settings.max_result_rows,
            default_graphs=tuple(default_graphs),
            named_graphs=tuple(named_graphs),
            base_iri=base_iri,
        )
        return response

    async def answer_inline(
        self,
        sparql: str,
        accept: Sequence[str],
        base_iri: str | None,
        *,
        shape_checked: bool = False,
    ) -> QueryResponse | None:
        """A look-up of one triple pattern answered here, within the inline budget; None when
        the query is of another shape or needs more (a worker answers it then), and always
        with a remote engine (its own limits apply) or an inline budget of no rows.
        ``shape_checked``: the caller found ``sparql`` of that shape already."""
        if self._remote or self._inline_budget.rows <= 0:
            return None
        if not shape_checked and not is_single_pattern(sparql):
            return None
        store = self._inline
        if store is None or self._inline_generation != self.generation:
            store = await run_in_threadpool(self._open_inline)  # after a write: a few ms
            if store is None:
                return None
        try:
            return store.query_limited(
                sparql,
                accept,
                max_rows=self.settings.max_result_rows,
                base_iri=base_iri,
                budget=self._inline_budget,
            )
        except OverBudgetError:
            return None
        except (OSError, RuntimeError):  # files compacted away under the view: open it anew
            self._inline_generation = -1
            return None

    def _open_inline(self) -> EmbeddedStore | None:
        """The read-only view as of the current generation, opened anew if it is older."""
        with self._inline_lock:
            generation = self.generation  # read first: a write meanwhile makes it stale again
            if self._inline is not None and self._inline_generation == generation:
                return self._inline
            try:
                self._inline = open_read_only(self.settings.store_path)
            except StoreError:
                self._inline, self._inline_generation = None, -1
                return None
            self._inline_generation = generation
            return self._inline

    def select(self, sparql: str) -> list[dict[str, str]]:
        """The rows of a SELECT, cached until the next write; callers must not change them."""
        if self._remote:
            return self._remote.select(sparql)
        pool = self.pool
        assert pool is not None
        rows: list[dict[str, str]] = self.memo(
            ("select", sparql), lambda: pool.run("select", sparql, lane="internal")
        )
        return rows

    def graph_triples(self, graph: str | None, accept: Sequence[str]) -> QueryResponse | None:
        """One graph's triples in the first of ``accept`` that fits (None: the store's own
        default graph), or None when that named graph does not exist (Graph Store Protocol)."""
        limit = self.settings.max_result_rows
        if self._remote:
            return self._remote.graph_triples(graph, accept, max_rows=limit)
        assert self.pool is not None
        answer: QueryResponse | None = self.pool.run(
            "graph_triples", graph, tuple(accept), max_rows=limit
        )
        return answer

    def write_graph(self, graph: str | None, triples: str, *, replace: bool) -> bool:
        """Put ``triples`` (N-Triples text) into ``graph`` (None: the default graph), replacing
        what it held when ``replace``; True when the graph existed before. The check and the
        write hold the write lock together, so that the answer (201 or 204) is the truth."""
        target = "DEFAULT" if graph is None else f"GRAPH {iri_term(graph)}"
        parts = [f"DROP SILENT {target}"] if replace else []
        if graph is not None:
            parts.append(f"CREATE SILENT GRAPH {iri_term(graph)}")
        if triples.strip():
            data = triples if graph is None else f"GRAPH {iri_term(graph)} {{ {triples} }}"
            parts.append(f"INSERT DATA {{ {data} }}")
        with self.writing() as store:
            existed = store.has_graph(graph)
            store.update(" ;\n".join(parts))
            refresh(store, self.settings)
        return existed

    def drop_graph(self, graph: str | None) -> bool:
        """Remove ``graph`` (None: empty the default graph); False when it did not exist."""
        with self.writing() as store:
            if not store.has_graph(graph):
                return False
            store.update("DROP DEFAULT" if graph is None else f"DROP GRAPH {iri_term(graph)}")
            refresh(store, self.settings)
        return True

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` until the next write (not with a remote
        engine, which other clients may write to)."""
        if self._remote:
            return compute()
        generation = self.generation
        with self._cache_lock:
            if self._cache_generation != generation:
                self._cache.clear()
                self._cache_generation = generation
            if key in self._cache:
                self._cache.move_to_end(key)
                return self._cache[key]  # type: ignore[no-any-return]
        value = compute()
        with self._cache_lock:
            if self._cache_generation == generation:
                self._cache[key] = value
                while len(self._cache) > CACHE_SIZE:
                    self._cache.popitem(last=False)
        return value

    # --- writing: here, one writer at a time ---------------------------------------------------

    @contextmanager
    def writing(self) -> Iterator[EmbeddedStore | RemoteStore]:
        """Hold the write lock; afterwards make the workers see what was written."""
        with self._lock:
            try:
                yield self._writer
            finally:
                self._writer.flush()
                if self.pool:
                    self.pool.data_changed()
                self._generation += 1

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        with self.writing() as store:
            if base_iri is None:
                store.update(sparql)
            else:
                store.update_with_base(sparql, base_iri=base_iri)
            # an update may change any claim or affiliation: the actor graph is rebuilt whole
            refresh(store, self.settings)

    def dump(self, media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
        return self._writer.dump(media_type, prefixes)

    def enable_ingestion(
        self, *, nlp: Language | None = None, knowledge: Knowledge | None = None
    ) -> bool:
        """Make a ``Builder`` on the read-write store; False when the pipeline is not installed."""
        try:
            from graph.store.build import Builder
        except ImportError:
            return False
        # a POST brings a few documents: read them here, with the pipeline already loaded
        self._builder = Builder(
            replace(self.settings, processes=1), self._writer, nlp=nlp, knowledge=knowledge
        )
        return True

    def ingest(self, documents: Iterable[SourceDocument]) -> Any:
        """Extract and store the documents (replacing earlier versions); the builder's report."""
        builder = self._need_builder()
        with self.writing():
            return builder.ingest(documents)

    def remove(self, identifier: str) -> None:
        """Remove a document and what was read from it (``NotFoundError`` when unknown)."""
        builder = self._need_builder()
        with self.writing():
            builder.remove(identifier)

    def close(self) -> None:
        self._inline = None
        if self.pool:
            self.pool.close()
        self._writer.close()

    def _need_builder(self) -> Any:
        if self._builder is None:
            raise PipelineMissingError(
                "this server cannot ingest documents: the extraction pipeline (graph.store.build) "
                "is not installed, or the server has no write token"
            )
        return self._builder
