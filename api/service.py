"""The store as the server uses it: reads in killable worker processes, writes here, one at a time.

``GraphService`` is a ``graph.store.Store``, so the pure functions of ``graph.analysis`` (the
roll-up and the look-ups) take it like any other store; what differs is where the work happens.
Every read (``query``, ``select``) runs in a ``QueryPool`` worker under the time limit, every write
(``update``, ingesting or removing a document) in this process under one lock; after a write the
store is flushed and the workers reopen their read-only view before the next request.

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
from typing import TYPE_CHECKING, Any, TypeVar

from api.pool import QueryPool
from graph.errors import StoreError
from graph.schema import load_registry
from graph.settings import Settings
from graph.store import EmbeddedStore, QueryResponse

if TYPE_CHECKING:
    from spacy.language import Language

    from graph.knowledge import Knowledge
    from graph.text.documents import SourceDocument

__all__ = ["GraphService", "PipelineMissingError"]

CACHE_SIZE = 256  # answers kept; the big ones (all claims of a summary) are few
T = TypeVar("T")


class PipelineMissingError(StoreError):
    """Documents cannot be ingested: the extraction pipeline is not installed."""


class GraphService:
    """Reads through a pool of killable workers, writes through the one read-write store."""

    def __init__(self, settings: Settings) -> None:
        if settings.sparql_endpoint:
            raise StoreError(
                f"`allegiance serve` serves the embedded store; the remote endpoint "
                f"{settings.sparql_endpoint} is a SPARQL server already: point clients at it"
            )
        self.settings = settings
        self.registry = load_registry(settings.data_dir)  # the relations, read once
        self._writer = EmbeddedStore(settings.store_path)
        self._writer.flush()
        self._lock = threading.Lock()
        self._builder: Any = None
        self._cache: OrderedDict[Hashable, Any] = OrderedDict()
        self._cache_generation = -1
        self._cache_lock = threading.Lock()
        self.pool = QueryPool(
            settings.store_path, size=settings.query_workers, timeout=settings.query_timeout
        )

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

    def select(self, sparql: str) -> list[dict[str, str]]:
        """The rows of a SELECT, cached until the next write; callers must not change them."""
        rows: list[dict[str, str]] = self.memo(
            ("select", sparql), lambda: self.pool.run("select", sparql)
        )
        return rows

    def memo(self, key: Hashable, compute: Callable[[], T]) -> T:
        """``compute()``, remembered under ``key`` until the next write."""
        generation = self.pool.generation
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
    def writing(self) -> Iterator[EmbeddedStore]:
        """Hold the write lock; afterwards make the workers see what was written."""
        with self._lock:
            try:
                yield self._writer
            finally:
                self._writer.flush()
                self.pool.data_changed()

    def update(self, sparql: str, *, base_iri: str | None = None) -> None:
        with self.writing() as store:
            if base_iri is None:
                store.update(sparql)
            else:
                store.update_with_base(sparql, base_iri=base_iri)

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
        self._builder = Builder(self.settings, self._writer, nlp=nlp, knowledge=knowledge)
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
        self.pool.close()
        self._writer.close()

    def _need_builder(self) -> Any:
        if self._builder is None:
            raise PipelineMissingError(
                "this server cannot ingest documents: the extraction pipeline (graph.store.build) "
                "is not installed, or the server has no write token"
            )
        return self._builder
