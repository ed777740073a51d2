"""The one package that touches the triple store.

Two backends behind one small interface: the embedded Oxigraph store on disk (the default) and
any remote SPARQL 1.1 engine (Oxigraph server, Fuseki, QLever) reached by the SPARQL 1.1
Protocol. Everything else in the product speaks SPARQL through ``Store``; writes are SPARQL
Update requests, each of which is one transaction on both backends, so replacing a document's
graph is all or nothing.

Layout: one named graph per document (``<base>graph/doc/<identifier>``), the ontology in
``<base>graph/ontology``, the entity registry (one label, type and sameAs per entity) in
``<base>graph/entities``. Queries run over the union of all graphs unless the caller names graphs.
"""

from __future__ import annotations

from graph.settings import Settings
from graph.store.base import (
    DATASET_TYPES,
    GRAPH_RESULT_TYPES,
    SOLUTION_RESULT_TYPES,
    NotAcceptableError,
    QueryResponse,
    Store,
)
from graph.store.embedded import EmbeddedStore
from graph.store.remote import RemoteStore

__all__ = [
    "DATASET_TYPES",
    "GRAPH_RESULT_TYPES",
    "SOLUTION_RESULT_TYPES",
    "EmbeddedStore",
    "NotAcceptableError",
    "QueryResponse",
    "RemoteStore",
    "Store",
    "open_store",
]


def open_store(settings: Settings, *, read_only: bool = False) -> Store:
    """The store the settings name: the remote endpoint if one is set, else the embedded one."""
    if settings.sparql_endpoint:
        return RemoteStore(
            settings.sparql_endpoint, settings.sparql_update_endpoint, token=settings.sparql_token
        )
    return EmbeddedStore(settings.store_path, read_only=read_only)
