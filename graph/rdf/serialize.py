"""Entities and claims of one document -> RDF with provenance, as rdflib graphs.

Two graphs per document: what the document says (its node, the surface forms it uses, the
affiliations it states, its claims, and the plain triples of its claims that are not negated),
and the registry facts about the entities it mentions (one type, one label, sameAs Wikidata,
membership from the gazetteer), which the store merges into the shared registry graph.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib import OWL, RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV

from graph.extract.entities import DocumentEntities, Entity
from graph.extract.model import Claim
from graph.text.documents import SourceDocument
from graph.vocab import AL, WIKIDATA, claim_iri, entity_iri
from graph.vocab import document_iri as _document_iri

__all__ = ["AL", "DocumentGraphs", "document_iri", "to_rdf"]


def document_iri(base: str, identifier: str) -> URIRef:
    return URIRef(_document_iri(base, identifier))


@dataclass
class DocumentGraphs:
    document: Graph  # goes to the document's own named graph
    registry: Graph  # merged into the entities graph
    labels: dict[URIRef, str]  # the one label of each entity (replaces the registry's)


def _bind(g: Graph) -> Graph:
    g.bind("al", AL)
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    return g


def _registry(g: Graph, iri: URIRef, ent: Entity, base: str) -> None:
    g.add((iri, RDF.type, AL[ent.cls]))
    g.add((iri, RDFS.label, Literal(ent.label)))
    if ent.wikidata:
        g.add((iri, OWL.sameAs, URIRef(WIKIDATA + ent.wikidata)))
    if ent.parent and not ent.dated:  # a dated post goes to the document's graph
        prop = AL.locatedIn if ent.cls == "Region" else AL[ent.relation or "partOf"]
        g.add((iri, prop, URIRef(entity_iri(base, ent.parent))))


def _trimmed(text: str, begin: int, end: int) -> tuple[int, int]:
    """Offsets of the sentence without the white space around it (a blanked date header)."""
    sentence = text[begin:end]
    return begin + len(sentence) - len(sentence.lstrip()), end - len(sentence) + len(
        sentence.rstrip()
    )


def _claim(g: Graph, doc: URIRef, c: Claim, ents: dict[str, URIRef], text: str) -> URIRef:
    base = str(doc).rsplit("doc/", 1)[0]
    node = URIRef(claim_iri(base, str(doc), c.begin, c.subject, c.relation, c.object, c.trigger))
    s, p, o = ents[c.subject], AL[c.relation], ents[c.object]
    g.add((node, RDF.type, AL.Claim))
    g.add((node, RDF.subject, s))
    g.add((node, RDF.predicate, p))
    g.add((node, RDF.object, o))
    g.add((node, PROV.wasDerivedFrom, doc))
    begin, end = _trimmed(text, c.begin, c.end)
    g.add((node, AL.evidence, Literal(text[begin:end])))
    g.add((node, AL.beginIndex, Literal(begin, datatype=XSD.integer)))
    g.add((node, AL.endIndex, Literal(end, datatype=XSD.integer)))
    g.add((node, AL.negated, Literal(c.negated)))
    g.add((node, AL.hedged, Literal(c.hedged)))
    g.add((node, AL.trigger, Literal(c.trigger)))
    g.add((node, AL.rule, Literal(str(c.rule))))
    g.add((node, AL.confidence, Literal(str(c.confidence), datatype=XSD.decimal)))
    if c.theme:
        g.add((node, AL.theme, Literal(c.theme)))
    if c.source and c.source in ents:
        g.add((node, AL.attributedTo, ents[c.source]))
    if not c.negated:
        g.add((s, p, o))
    return node


def to_rdf(
    source: SourceDocument,
    res: DocumentEntities,
    claims: list[Claim],
    base: str,
    context: dict[str, Entity] | None = None,
) -> DocumentGraphs:
    """The document's graph and its registry facts."""
    doc_g, reg_g = _bind(Graph()), _bind(Graph())
    doc = document_iri(base, source.identifier)
    doc_g.add((doc, RDF.type, AL.Document))
    doc_g.add((doc, DCTERMS.identifier, Literal(source.identifier)))
    if source.title:
        doc_g.add((doc, DCTERMS.title, Literal(source.title)))
    if source.date:
        doc_g.add((doc, DCTERMS.date, Literal(source.date.isoformat(), datatype=XSD.date)))
    ents = {key: URIRef(entity_iri(base, key)) for key in res.entities}
    labels = {}
    for key, ent in res.entities.items():
        iri = ents[key]
        labels[iri] = ent.label
        doc_g.add((doc, AL.mentions, iri))
        _registry(reg_g, iri, ent, base)
        for alt in sorted(ent.alt_labels):
            doc_g.add((iri, SKOS.altLabel, Literal(alt)))
    for key, ent in (context or {}).items():  # the states and bodies the mentioned belong to
        if key not in ents:
            iri = URIRef(entity_iri(base, key))
            labels[iri] = ent.label
            _registry(reg_g, iri, ent, base)
    for a in res.affiliations:
        if a.member in ents and a.group in ents:
            doc_g.add((ents[a.member], AL[a.relation], ents[a.group]))
    basis = {}  # what a claim's side rests on when the document has no date
    for key, ent in res.entities.items():
        if ent.dated and ent.parent:
            doc_g.add(
                (ents[key], AL[ent.relation or "memberOf"], URIRef(entity_iri(base, ent.parent)))
            )
            if source.date is None:
                basis[key] = ent.dated
    for c in claims:
        node = _claim(doc_g, doc, c, ents, source.nlp_text)
        for side in (c.subject, c.object):
            if side in basis:
                doc_g.add((node, AL.affiliationBasis, Literal(basis[side])))
    return DocumentGraphs(doc_g, reg_g, labels)
