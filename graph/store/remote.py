"""A remote SPARQL 1.1 engine (Oxigraph server, Fuseki, QLever), reached by the SPARQL 1.1
Protocol: writes are plain SPARQL 1.1 Update requests, each one transaction."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence

from graph.errors import QueryError, StoreError
from graph.store.base import DATASET_TYPES, NotAcceptableError, QueryResponse

__all__ = ["RemoteStore"]


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
        self.query_url, self.update_url, self.timeout = query_url, update_url or query_url, timeout
        self.token = token

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
            raise StoreError(f"the endpoint {url} answered {e.code}: {detail}") from e
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
        form: dict[str, object] = {"query": sparql}
        if default_graphs:
            form["default-graph-uri"] = list(default_graphs)
        if named_graphs:
            form["named-graph-uri"] = list(named_graphs)
        body, media = self._post(self.query_url, form, ", ".join(accept))
        return QueryResponse(body, media)

    def select(self, sparql: str) -> list[dict[str, str]]:
        body, _ = self._post(self.query_url, {"query": sparql}, "application/sparql-results+json")
        data = json.loads(body)
        return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]

    def update(self, sparql: str) -> None:
        self._post(self.update_url, {"update": sparql}, "*/*")

    def dump(self, media_type: str, prefixes: dict[str, str] | None = None) -> bytes:
        if media_type in DATASET_TYPES:
            raise NotAcceptableError("dump", [media_type])
        return self.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", [media_type]).body

    def close(self) -> None:
        pass
