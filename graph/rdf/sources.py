"""A document's publisher and text fingerprint as RDF, next to its other facts."""

from __future__ import annotations

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import DCTERMS

from graph.rdf.serialize import AL
from graph.text.documents import SourceDocument
from graph.text.sources import fingerprint, publisher

__all__ = ["describe_source"]


def describe_source(g: Graph, doc: URIRef, source: SourceDocument) -> None:
    """``dcterms:publisher`` where the text or file name gives one; ``al:minhash`` and its
    ``al:minhashBand`` keys, by which a syndicated copy finds its original."""
    if name := publisher(source.identifier, source.text):
        g.add((doc, DCTERMS.publisher, Literal(name)))
    found = fingerprint(source.text)
    g.add((doc, AL.minhash, Literal(found.signature)))
    for band in found.bands:
        g.add((doc, AL.minhashBand, Literal(band)))
