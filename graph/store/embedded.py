"""The embedded store: Oxigraph on disk (the default) or in memory."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from graph.errors import (
    OverBudgetError,
    QueryError,
    RemoteServiceError,
    ResultTooLargeError,
    StoreError,
)
from graph.sparql_syntax import syntax_message
from graph.sparql_text import has_dataset_clause, outbound_targets
from graph.store.base import (
    GRAPH_RESULT_TYPES,
    SOLUTION_RESULT_TYPES,
    NotAcceptableError,
    QueryResponse,
    dump_body,
    pick_media_type,
)

__all__ = ["KEEP_OLD_LOGS", "Budget", "EmbeddedStore", "prune_old_logs"]


@dataclass(frozen=True)
class Budget:
    """How many result rows, and how many seconds, an answer may take before it is given up
    with ``OverBudgetError`` (checked between rows: see ``graph.sparql_shape`` for the queries
    whose work between two rows is bounded, the only ones a budget can bound)."""

    rows: int
    seconds: float

    def checker(self) -> _Check:
        return _Check(self.rows, time.perf_counter() + self.seconds)


class _Check:
    """One answer's budget, counted down row by row."""

    __slots__ = ("deadline", "left")

    def __init__(self, rows: int, deadline: float) -> None:
        self.left, self.deadline = rows, deadline

    def row(self) -> None:
        self.left -= 1
        if self.left < 0 or time.perf_counter() > self.deadline:
            raise OverBudgetError("the answer needs more rows or time than its budget")


def _term_value(term: object) -> str:
    return str(getattr(term, "value", term))


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_JSON = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False)  # compact, UTF-8 as is


def _boolean_body(result: ox.QueryBoolean, media: str) -> bytes:
    """An ASK answer in ``media``. The SPARQL 1.1 CSV and TSV formats define no boolean form,
    so it is written as a one-column, one-row result, the column named as Apache Jena names
    it (``_askResult``), which spreadsheets and CSV readers take like any other result."""
    fmt = SOLUTION_RESULT_TYPES[media]
    value = "true" if bool(result) else "false"
    if fmt == ox.QueryResultsFormat.CSV:
        return f"_askResult\r\n{value}\r\n".encode()
    if fmt == ox.QueryResultsFormat.TSV:
        return f"?_askResult\n{value}\n".encode()
    return result.serialize(format=fmt) or b""


def _take(
    rows: Iterable[ox.Triple], max_rows: int, what: str, check: _Check | None = None
) -> list[ox.Triple]:
    taken: list[ox.Triple] = []
    for row in rows:
        if check:
            check.row()
        if len(taken) == max_rows:
            raise ResultTooLargeError(
                f"the query gives more than {max_rows} {what}, the limit; add a LIMIT"
            )
        taken.append(row)
    return taken


def _term_json(term: object) -> dict[str, object]:
    """One RDF term in the SPARQL 1.1 Query Results JSON form."""
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != _XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, ox.Triple):
        parts = {"subject": term.subject, "predicate": term.predicate, "object": term.object}
        return {"type": "triple", "value": {k: _term_json(v) for k, v in parts.items()}}
    raise TypeError(f"not an RDF term: {term!r}")


def _solutions_json(result: ox.QuerySolutions, max_rows: int, check: _Check | None = None) -> bytes:
    """The solutions as SPARQL results JSON, or ``ResultTooLargeError`` past ``max_rows``."""
    names = [v.value for v in result.variables]
    bindings: list[dict[str, object]] = []
    for row in result:
        if check:
            check.row()
        if len(bindings) == max_rows:
            raise ResultTooLargeError(
                f"the query gives more than {max_rows} rows, the limit; add a LIMIT"
            )
        bindings.append({n: _term_json(row[i]) for i, n in enumerate(names) if row[i] is not None})
    answer = {"head": {"vars": names}, "results": {"bindings": bindings}}
    return _JSON.encode(answer).encode()


KEEP_OLD_LOGS = 5  # RocksDB's info logs of earlier openings kept in the store folder


def prune_old_logs(path: Path, keep: int = KEEP_OLD_LOGS) -> list[Path]:
    """Delete all but the ``keep`` newest ``LOG.old.*`` files in the store at ``path``.

    RocksDB renames its info log to ``LOG.old.<microseconds>`` each time the store is opened and
    never removes them (its ``keep_log_file_num`` is not reachable through pyoxigraph), so a
    server restarted or a build killed often leaves hundreds. They are diagnostics only: nothing
    reads them back. Called with the read-write store open, so no other process is opening it.
    """
    old = sorted(path.glob("LOG.old.*"), key=lambda p: (p.stat().st_mtime, p.name))
    removed = old[: max(0, len(old) - keep)]
    for log_file in removed:
        log_file.unlink(missing_ok=True)
    return removed


class EmbeddedStore:
    """Oxigraph on disk (or in memory when ``path`` is None)."""

    def __init__(self, path: Path | None, *, read_only: bool = False) -> None:
        self.path, self.read_only = path, read_only
        try:
            if path is None:
                self._store = ox.Store()
            elif read_only:
                if not (path / "CURRENT").exists():
                    raise StoreError(f"no store at {path}: run `allegiance build` first")
                self._store = ox.Store.read_only(str(path))
            else:
                path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(path))
                prune_old_logs(path)
        except OSError as e:
            if "lock" in str(e).lower():
                raise StoreError(
                    f"the store at {path} is open in another process (a running"
                    " `allegiance serve`?); stop it, or send documents to its POST /api/documents"
                ) from e
            raise StoreError(f"cannot open the store at {path}: {e}") from e

    def _run(
        self,
        sparql: str,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        kwargs: dict[str, object] = {"base_iri": base_iri}
        if default_graphs or named_graphs:
            # the protocol's dataset replaces the query's FROM / FROM NAMED entirely
            kwargs["default_graph"] = [_graph_name(g) for g in default_graphs]
            kwargs["named_graphs"] = [_graph_name(g) for g in named_graphs]
        elif not has_dataset_clause(sparql):
            # no dataset named by the protocol or by FROM: the default graph is every graph
            kwargs["use_default_graph_as_union"] = True
        try:
            return self._store.query(sparql, **kwargs)  # type: ignore[arg-type]
        except SyntaxError as e:
            raise QueryError(syntax_message("query", sparql, str(e))) from None
        except ValueError as e:
            raise QueryError(f"bad graph IRI: {e}") from e

    def query(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
    ) -> QueryResponse:
        result = self._run(sparql, default_graphs, named_graphs)
        if isinstance(result, ox.QueryTriples):
            media = pick_media_type(accept, GRAPH_RESULT_TYPES)
            if media is None:
                raise NotAcceptableError("graph", accept)
            return QueryResponse(result.serialize(format=GRAPH_RESULT_TYPES[media]) or b"", media)
        kind = "boolean" if isinstance(result, ox.QueryBoolean) else "solutions"
        media = pick_media_type(accept, SOLUTION_RESULT_TYPES)
        if media is None:
            raise NotAcceptableError(kind, accept)
        if isinstance(result, ox.QueryBoolean):
            return QueryResponse(_boolean_body(result, media), media)
        return QueryResponse(result.serialize(format=SOLUTION_RESULT_TYPES[media]) or b"", media)

    def query_limited(self, sparql: str, accept: Sequence[str], **kwargs: Any) -> QueryResponse:
        """Like ``query``, but refuses a result of more than ``max_rows`` solutions or triples.

        ``base_iri`` resolves relative IRIs in the query (the SPARQL endpoint's own URL). A
        query whose SERVICE endpoint fails raises ``RemoteServiceError``, never an ``OSError``,
        so that nothing retries it (a retry would send the request again). With a ``budget``,
        an answer that needs more rows or time than it gives raises ``OverBudgetError``
        (checked as each row comes).
        """
        try:
            return self._query_limited(sparql, accept, **kwargs)
        except OSError as e:
            if outbound_targets(sparql):
                raise RemoteServiceError(f"a SERVICE endpoint failed to answer: {e}") from None
            raise

    def _query_limited(
        self,
        sparql: str,
        accept: Sequence[str],
        *,
        max_rows: int,
        default_graphs: Sequence[str] = (),
        named_graphs: Sequence[str] = (),
        base_iri: str | None = None,
        budget: Budget | None = None,
    ) -> QueryResponse:
        check = budget.checker() if budget else None
        result = self._run(sparql, default_graphs, named_graphs, base_iri)
        if isinstance(result, ox.QueryTriples):
            media = pick_media_type(accept, GRAPH_RESULT_TYPES)
            if media is None:
                raise NotAcceptableError("graph", accept)
            triples = _take(result, max_rows, "triples", check)
            body = ox.serialize(triples, format=GRAPH_RESULT_TYPES[media]) or b""
            return QueryResponse(body, media)
        if isinstance(result, ox.QueryBoolean):
            media = pick_media_type(accept, SOLUTION_RESULT_TYPES)
            if media is None:
                raise NotAcceptableError("boolean", accept)
            return QueryResponse(_boolean_body(result, media), media)
        media = pick_media_type(accept, SOLUTION_RESULT_TYPES)
        if media is None:
            raise NotAcceptableError("solutions", accept)
        body = _solutions_json(result, max_rows, check)
        fmt = SOLUTION_RESULT_TYPES[media]
        if fmt != ox.QueryResultsFormat.JSON:
            parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            body = parsed.serialize(format=fmt) or b""
        return QueryResponse(body, media)

    def has_graph(self, graph: str | None) -> bool:
        """Whether the named graph ``graph`` exists (even empty); for None, whether the store's
        own default graph holds anything (the Graph Store Protocol's ``?default``)."""
        if graph is None:
            return (
                next(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph()), None)
                is not None
            )
        return bool(self._store.contains_named_graph(_graph_name(graph)))

    def graph_triples(
        self, graph: str | None, accept: Sequence[str], *, max_rows: int
    ) -> QueryResponse | None:
        """The triples of one graph (None: the store's own default graph) in the first of
        ``accept`` that fits, or None when the named graph does not exist."""
        if not self.has_graph(graph) and graph is not None:
            return None
        media = pick_media_type(accept, GRAPH_RESULT_TYPES)
        if media is None:
            raise NotAcceptableError("graph", accept)
        name = ox.DefaultGraph() if graph is None else _graph_name(graph)
        quads = self._store.quads_for_pattern(None, None, None, name)
        triples = _take((q.triple for q in quads), max_rows, "triples")
        return QueryResponse(ox.serialize(triples, format=GRAPH_RESULT_TYPES[media]) or b"", media)

    def update_with_base(self, sparql: str, *, base_iri: str) -> None:
        """Like ``update``, with relative IRIs resolved against ``base_iri``."""
        try:
            self._store.update(sparql, base_iri=base_iri)
        except SyntaxError as e:
            raise QueryError(syntax_message("update", sparql, str(e))) from None
        except OSError as e:
            raise StoreError(f"the store could not be written: {e}") from e

    def flush(self) -> None:
        """Write buffered changes to disk, so that read-only openers see them quickly."""
        self._store.flush()

    def select(self, sparql: str) -> list[dict[str, str]]:
        result = self._run(sparql)
        if not isinstance(result, ox.QuerySolutions):
            raise QueryError("select() takes a SELECT query")
        names = [v.value for v in result.variables]
        return [{n: _term_value(row[n]) for n in names if row[n] is not None} for row in result]

    def update(self, sparql: str) -> None:
        try:
            self._store.update(sparql)
        except SyntaxError as e:
            raise QueryError(syntax_message("update", sparql, str(e))) from None
        except OSError as e:
            raise StoreError(f"the store could not be written: {e}") from e

    def dump(self, media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
        """Everything, in ``media_type`` (``graph.store.base.dump_body``)."""

        def union() -> ox.QueryTriples:
            result = self._run("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }")
            assert isinstance(result, ox.QueryTriples)
            return result

        return dump_body(media_type, prefixes, lambda: iter(self._store), union)

    def __len__(self) -> int:
        return len(self._store)

    def close(self) -> None:
        if not self.read_only:  # a read-only instance has nothing to flush
            self._store.flush()
        del self._store


def _graph_name(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise QueryError(f"bad graph IRI {iri[:200]!r}: {e}") from None
