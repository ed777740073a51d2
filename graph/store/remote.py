"""A remote SPARQL 1.1 engine (Oxigraph server, Fuseki, QLever), reached by the SPARQL 1.1
Protocol: writes are plain SPARQL 1.1 Update requests, each one transaction.

What each engine needs (``ALLEGIANCE_SPARQL_ENDPOINT`` is the query URL):

- Oxigraph server (``oxigraph serve --union-default-graph``): ``http://HOST:7878/query``; the
  update URL defaults to ``.../update``.
- Apache Jena Fuseki (``tdb2:unionDefaultGraph true``): ``http://HOST:3030/DATASET/query``; the
  update URL defaults to ``.../update``, which is Fuseki's too.
- QLever: its one URL for both, ``http://HOST:7001``; set ``ALLEGIANCE_SPARQL_UPDATE_ENDPOINT``
  to the same URL and ``ALLEGIANCE_SPARQL_TOKEN`` to its access token.

A dataset export (TriG, N-Quads) asks for every quad with one ``SELECT ... GRAPH ?g`` query, which
every engine answers, and writes them in the format asked for.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence

import pyoxigraph as ox

from graph.errors import QueryError, QueryTimeoutError, StoreError
from graph.sparql_text import dataset_clause, has_dataset_clause, iri_term
from graph.store.base import NotAcceptableError, QueryResponse, dump_body

__all__ = ["RemoteStore", "default_update_url", "with_base"]

_QUADS = "SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
_UNION = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
_RESULTS_JSON = "application/sparql-results+json"


def default_update_url(query_url: str) -> str:
    """The update URL an engine most likely has: ``.../query`` -> ``.../update`` (Oxigraph
    server, Fuseki); otherwise the query URL itself (QLever, our own ``/sparql``)."""
    parts = urllib.parse.urlsplit(query_url)
    if parts.path.endswith("/query"):
        path = parts.path.removesuffix("/query") + "/update"
        return urllib.parse.urlunsplit(parts._replace(path=path))
    return query_url


def with_base(sparql: str, base_iri: str | None) -> str:
    """``sparql`` with ``BASE <base_iri>`` in front, so that a remote engine resolves relative
    IRIs against our endpoint's URL, as the embedded store does, rather than its own (the
    Protocol sends no base). A ``BASE`` of the query's own still applies after it (SPARQL 1.1,
    4.1.1.1: each BASE resolves against the one before)."""
    if base_iri is None:
        return sparql
    return f"BASE {iri_term(base_iri)}\n{sparql}"


class RemoteStore:
    """A remote SPARQL 1.1 engine, reached by the SPARQL 1.1 Protocol."""

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        *,
        timeout: float = 60,
        token: str | None = None,
    ) -> None:
        self.query_url = query_url
        self.update_url = update_url or default_update_url(query_url)
        self.timeout, self.token = timeout, token

    def _post(self, url: str, form: dict[str, object], accept: str) -> tuple[bytes, str]:
        body = urllib.parse.urlencode(form, doseq=True).encode()
        req = urllib.request.Request(url, data=body, headers={"Accept": accept})
        req.add_header("Content-Type", "application/x-www-form-urlencoded")
        if self.token:
            req.add_header("Authorization", f"Bearer {self.token}")
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get_content_type()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace")[:500]
            if e.code == 400:
                raise QueryError(f"the endpoint {url} rejected the request: {detail}") from e
            if e.code == 406:
                raise NotAcceptableError("remote", [accept]) from e
            raise StoreError(f"the endpoint {url} answered {e.code}: {detail}") from e
        except TimeoutError as e:
            raise QueryTimeoutError(
                f"the endpoint {url} gave no answer within {self.timeout:g} s"
            ) from e
        except urllib.error.URLError as e:
            if isinstance(e.reason, TimeoutError | socket.timeout):
                raise QueryTimeoutError(
                    f"the endpoint {url} gave no answer within {self.timeout:g} s"
                ) from e
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {e}") from e
        except OSError as e:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {e}") from e

    def query(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> QueryResponse:
        if not default_graphs and not named_graphs and has_dataset_clause(sparql):
            # an engine with a union default graph (as we ask of it) may ignore FROM; the same
            # dataset sent as the protocol's parameters binds every engine (Protocol, 2.1.4)
            default_graphs, named_graphs = dataset_clause(sparql)
        form: dict[str, object] = {"query": sparql}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        body, media = self._post(self.query_url, form, ", ".join(accept))
        return QueryResponse(body, media)

    def query_limited(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        max_rows: int,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> QueryResponse:
        """``query``, as the server's SPARQL endpoint calls it. The engine's own limits apply
        (result size, time); relative IRIs resolve against ``base_iri`` as on the embedded store
        (``with_base``)."""
        del max_rows
        if not default_graphs and not named_graphs and has_dataset_clause(sparql):
            default_graphs, named_graphs = dataset_clause(sparql, base_iri)
        return self.query(
            with_base(sparql, base_iri),
            accept,
            default_graphs=default_graphs,
            named_graphs=named_graphs,
        )

    def has_graph(self, graph: str | None) -> bool:
        """As ``EmbeddedStore.has_graph``; for None, whether the engine's default graph holds
        anything (with a union default graph, whether the engine holds anything)."""
        ask = "ASK { ?s ?p ?o }" if graph is None else f"ASK {{ GRAPH {iri_term(graph)} {{ }} }}"
        body, _ = self._post(self.query_url, {"query": ask}, "application/sparql-results+json")
        return bool(json.loads(body)["boolean"])

    def graph_triples(
        self, graph: str | None, accept: Sequence[str], *, max_rows: int
    ) -> QueryResponse | None:
        """As ``EmbeddedStore.graph_triples``, by a CONSTRUCT over the graph (the engine's own
        limits apply)."""
        del max_rows
        if graph is not None and not self.has_graph(graph):
            return None
        where = "?s ?p ?o" if graph is None else f"GRAPH {iri_term(graph)} {{ ?s ?p ?o }}"
        return self.query(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ {where} }}", accept)

    def select(self, sparql: str) -> list[dict[str, str]]:
        body, _ = self._post(self.query_url, {"query": sparql}, "application/sparql-results+json")
        data = json.loads(body)
        return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, "*/*")

    def update_with_base(self, sparql: str, *, base_iri: str) -> None:
        """``update``, relative IRIs resolved against ``base_iri`` (``with_base``)."""
        self.update(with_base(sparql, base_iri))

    def dump(self, media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
        """As ``EmbeddedStore.dump`` (``graph.store.base.dump_body``): the named graphs read with
        one ``SELECT ... GRAPH ?g``, the union with one ``CONSTRUCT``, which every engine
        answers."""

        def quads() -> list[ox.Quad]:
            body, _ = self._post(self.query_url, {"query": _QUADS}, _RESULTS_JSON)
            solutions = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            assert isinstance(solutions, ox.QuerySolutions)
            return [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in solutions]

        def union() -> list[ox.Quad]:
            body, _ = self._post(self.query_url, {"query": _UNION}, "application/n-triples")
            return list(ox.parse(body, format=ox.RdfFormat.N_TRIPLES))

        return dump_body(media_type, prefixes, quads, union)

    def flush(self) -> None:
        """Nothing to do: each update is applied by the engine when it answers."""

    def close(self) -> None:
        pass
