"""What every store offers: the ``Store`` interface, its answers and the media types it speaks.

Layout: one named graph per document (``<base>graph/doc/<identifier>``), the ontology in
``<base>graph/ontology``, the entity registry (one label, type and sameAs per entity) in
``<base>graph/entities``. Queries run over the union of all graphs unless the caller names graphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

import pyoxigraph as ox

from graph.errors import StoreError

__all__ = [
    "DATASET_TYPES",
    "GRAPH_RESULT_TYPES",
    "SOLUTION_RESULT_TYPES",
    "NotAcceptableError",
    "QueryResponse",
    "Store",
    "dump_body",
    "pick_media_type",
]

SOLUTION_RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_RESULT_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
}
DATASET_TYPES: dict[str, ox.RdfFormat] = {
    "application/trig": ox.RdfFormat.TRIG,
    "application/n-quads": ox.RdfFormat.N_QUADS,
}


class NotAcceptableError(StoreError):
    """No media type the caller accepts fits the kind of result the query gives."""

    def __init__(self, kind: str, accepted: Sequence[str]) -> None:
        offered = SOLUTION_RESULT_TYPES if kind != "graph" else GRAPH_RESULT_TYPES
        super().__init__(
            f"cannot answer a {kind} query as {', '.join(accepted) or 'nothing'}; "
            f"available: {', '.join(offered)}"
        )
        self.kind = kind


@dataclass(frozen=True)
class QueryResponse:
    body: bytes
    media_type: str


class Store(Protocol):
    """What the rest of the product may do with a store."""

    def query(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> QueryResponse: ...

    def select(self, sparql: str) -> list[dict[str, str]]: ...

    def update(self, sparql: str) -> None: ...

    def dump(self, media_type: str, prefixes: dict[str, str] | None = None) -> bytes: ...

    def close(self) -> None: ...


def pick_media_type(accept: Sequence[str], offered: Iterable[str]) -> str | None:
    offered = list(offered)
    for media in accept:
        media = media.split(";")[0].strip().lower()
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            return next((o for o in offered if media == "*/*" or o.startswith(media[:-1])), None)
    return None


def dump_body(
    media_type: str,
    prefixes: dict[str, str] | None,
    quads: Callable[[], Iterable[ox.Quad]],
    union: Callable[[], Iterable[ox.Triple] | Iterable[ox.Quad]],
) -> bytes:
    """A store's whole content in ``media_type``, for both stores' ``dump``: TriG, N-Quads and
    JSON-LD (with ``prefixes`` as its ``@context``) keep the named graphs, read from ``quads()``;
    Turtle, N-Triples and RDF/XML hold the union of the graphs, read from ``union()``."""
    fmt = DATASET_TYPES.get(media_type) or GRAPH_RESULT_TYPES.get(media_type)
    if fmt is None:
        raise NotAcceptableError("dump", [media_type])
    if fmt == ox.RdfFormat.JSON_LD:
        from graph.rdf.export import jsonld_with_context

        return jsonld_with_context(ox.serialize(quads(), format=fmt) or b"", prefixes or {})
    if fmt in DATASET_TYPES.values():
        return ox.serialize(quads(), format=fmt, prefixes=prefixes) or b""
    return ox.serialize(union(), format=fmt, prefixes=prefixes) or b""
