"""The whole store as a file: TriG, N-Quads, Turtle, N-Triples or JSON-LD, written to be read.

Turtle and TriG are written with ``@prefix`` lines for the vocabularies and for each kind of
entity id (``state:RUS``, ``claim:...``); JSON-LD keeps every named graph (one ``@graph`` per
document, the ontology and the entity registry) under a compact ``@context`` with the same
prefixes, so that ``al:supports`` reads as itself and the file loads as a dataset anywhere.
Turtle and N-Triples hold no graphs: they are the union of every graph's triples.
"""

from __future__ import annotations

import json
from typing import Any

from graph.vocab import ONTOLOGY_NS

__all__ = ["EXPORT_FORMATS", "export_prefixes", "jsonld_with_context"]

EXPORT_FORMATS = {
    "turtle": "text/turtle",
    "trig": "application/trig",
    "nquads": "application/n-quads",
    "jsonld": "application/ld+json",
    "ntriples": "application/n-triples",
}
VOCABULARIES = {
    "al": ONTOLOGY_NS,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "wd": "http://www.wikidata.org/entity/",
}
# prefix -> the path under the base IRI its ids live in ("organization", as org: is W3C's)
ID_KINDS = {
    "state": "state/",
    "organization": "org/",
    "agency": "agency/",
    "person": "person/",
    "official": "official/",
    "unit": "unit/",
    "group": "group/",
    "company": "company/",
    "region": "region/",
    "claim": "claim/",
    "doc": "doc/",
    "docgraph": "graph/doc/",
    "graph": "graph/",
}


def export_prefixes(base_iri: str) -> dict[str, str]:
    """Every prefix an export declares: the vocabularies, then one per kind of id."""
    return {**VOCABULARIES, **{name: base_iri + path for name, path in ID_KINDS.items()}}


def jsonld_with_context(dataset_jsonld: bytes, prefixes: dict[str, str]) -> bytes:
    """Oxigraph's expanded JSON-LD of a dataset (a list of ``{"@id": graph, "@graph": [...]}``)
    compacted by hand: one ``@context`` of the prefixes, every IRI written as ``prefix:local``
    where a prefix fits (the longest), literals without a datatype as plain strings."""
    ordered = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))

    def compact_iri(iri: str) -> str:
        for name, namespace in ordered:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{name}:{iri[len(namespace) :]}"
        return iri

    def compact(node: Any, key: str | None = None) -> Any:
        if isinstance(node, list):
            return [compact(n, key) for n in node]
        if not isinstance(node, dict):
            return compact_iri(node) if key in ("@id", "@type") and isinstance(node, str) else node
        if set(node) == {"@value"} and isinstance(node["@value"], str):
            return node["@value"]
        out: dict[str, Any] = {}
        for k, v in node.items():
            name = k if k.startswith("@") else compact_iri(k)
            out[name] = compact(v, k)
        return out

    graphs = json.loads(dataset_jsonld or b"[]")
    if isinstance(graphs, dict):
        graphs = [graphs]
    document = {"@context": dict(prefixes), "@graph": compact(graphs)}
    return json.dumps(document, ensure_ascii=False, indent=1).encode() + b"\n"
