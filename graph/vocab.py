"""The names the graph uses: namespaces, the SPARQL prefixes, every IRI builder, ``local_name``.

Every query starts with ``PREFIXES``; every IRI the product mints is made here:
``entity_iri`` (``<base>state/RUS``), ``document_iri`` (``<base>doc/000.txt``), ``claim_iri``,
and ``graph_iri`` (``<base>graph/doc/000.txt``, one named graph per document).
"""

from __future__ import annotations

import hashlib
import urllib.parse

from rdflib import Namespace

__all__ = [
    "AL",
    "ID_NS",
    "ONTOLOGY_NS",
    "PREFIXES",
    "WIKIDATA",
    "claim_iri",
    "document_iri",
    "entity_iri",
    "graph_iri",
    "local_name",
]

ONTOLOGY_NS = "https://w3id.org/allegiance/ontology#"
ID_NS = "https://w3id.org/allegiance/id/"
WIKIDATA = "http://www.wikidata.org/entity/"
AL = Namespace(ONTOLOGY_NS)

PREFIXES = f"""PREFIX al: <{ONTOLOGY_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""


def local_name(iri: str) -> str:
    """The last segment of an IRI: ``al:supplies`` -> ``supplies``, ``.../state/RUS`` -> ``RUS``."""
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def entity_iri(base: str, key: str) -> str:
    """An entity's IRI from its key: ``state/RUS`` -> ``<base>state/RUS``."""
    return base + "/".join(urllib.parse.quote(p, safe="-_.") for p in key.split("/"))


def document_iri(base: str, identifier: str) -> str:
    return base + "doc/" + urllib.parse.quote(identifier, safe="")


def claim_iri(
    base: str, document: str, begin: int, subject: str, relation: str, obj: str, trigger: str
) -> str:
    """A claim's IRI: stable across builds for the same sentence, sides, relation and trigger."""
    digest = hashlib.sha1(
        f"{document}|{begin}|{subject}|{relation}|{obj}|{trigger}".encode()
    ).hexdigest()[:20]
    return f"{base}claim/{digest}"


def graph_iri(base: str, *parts: str) -> str:
    """The IRI of one of our named graphs: ``graph_iri(base, "doc", "000.txt")``."""
    return base + "graph/" + "/".join(urllib.parse.quote(p, safe="") for p in parts)
