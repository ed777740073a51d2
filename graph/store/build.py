"""The build: documents -> spaCy -> mentions -> entities -> claims -> RDF -> store.

Each batch of documents is written with one SPARQL update, which both backends apply as one
transaction: every document's named graph is dropped and written again, and the registry labels of
the entities it mentions are replaced. A build killed half way therefore leaves every document
stored before it, and every finished batch, intact.

Each entity keeps one label whatever the batch (``Builder.canonical_labels``): the gazetteer's
name, else the label already stored, else the batch's most frequent spelling; the other
spellings stay as ``skos:altLabel`` in the documents that use them. The SHACL shapes check the
batch exactly as it will be written, before it is written; a batch that breaks them is not
written.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from rdflib import RDFS, SKOS, Graph, Literal, URIRef
from spacy.language import Language

from graph.errors import NotFoundError
from graph.extract.claims import extract_claims
from graph.extract.discourse import analyse
from graph.extract.entities import Entity, PersonIndex, resolve
from graph.extract.mentions import find_mentions
from graph.knowledge import Knowledge, load_knowledge
from graph.knowledge.gazetteer import Gazetteer, lineage
from graph.rdf.serialize import DocumentGraphs, to_rdf
from graph.rdf.validate import ONTOLOGY_FILE, SHAPES_FILE, validate
from graph.settings import Settings
from graph.sparql_text import iri_term
from graph.store import Store
from graph.text.documents import SourceDocument
from graph.vocab import AL, PREFIXES, entity_iri, graph_iri

__all__ = ["BuildReport", "Builder", "DocumentReport"]


@dataclass
class DocumentReport:
    identifier: str
    entities: int
    claims: int
    claim_rows: list[dict[str, object]] = field(default_factory=list)


@dataclass
class BuildReport:
    documents: list[DocumentReport] = field(default_factory=list)
    entities: set[str] = field(default_factory=set)
    violations: list[str] = field(default_factory=list)
    rejected: list[str] = field(default_factory=list)  # documents of batches not written
    seconds: float = 0.0

    @property
    def claims(self) -> int:
        return sum(d.claims for d in self.documents)


def _batches(items: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def _nt(g: Graph) -> str:
    return g.serialize(format="nt")


class Builder:
    """Builds documents into a store. Loads the spaCy pipeline on first use."""

    def __init__(
        self,
        settings: Settings,
        store: Store,
        nlp: Language | None = None,
        knowledge: Knowledge | None = None,
    ) -> None:
        self.settings, self.store, self._nlp = settings, store, nlp
        self.knowledge = knowledge or load_knowledge(settings)
        self.gaz: Gazetteer = self.knowledge.gazetteer
        base = settings.base_iri
        self._gazetteer_labels = {entity_iri(base, k): e.label for k, e in self.gaz.entries.items()}
        self._people: PersonIndex | None = None
        self._ontology_loaded = False

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from graph.text.nlp import load_pipeline

            self._nlp = load_pipeline(self.settings, self.knowledge)
        return self._nlp

    def _graph(self, *parts: str) -> str:
        return graph_iri(self.settings.base_iri, *parts)

    def people(self) -> PersonIndex:
        """People the store knows already, so that names resolve across documents."""
        if self._people is None:
            rows = self.store.select(
                PREFIXES
                + """SELECT ?e ?name WHERE {
                ?e a al:Official . { ?e rdfs:label ?name } UNION { ?e skos:altLabel ?name } }"""
            )
            base = self.settings.base_iri
            self._people = PersonIndex(
                (r["e"].removeprefix(base), r["name"]) for r in rows if r["e"].startswith(base)
            )
        return self._people

    def load_ontology(self) -> None:
        if self._ontology_loaded:
            return
        g = Graph().parse(self.settings.ontology_dir / ONTOLOGY_FILE.name)
        ont = self._graph("ontology")
        ont_term = iri_term(ont)
        self.store.update(
            f"DROP SILENT GRAPH {ont_term} ;\nINSERT DATA {{ GRAPH {ont_term} {{\n{_nt(g)}}} }}"
        )
        self._ontology_loaded = True

    def read(self, source: SourceDocument, doc: object) -> tuple[DocumentGraphs, DocumentReport]:
        """One parsed document -> its graphs and a report."""
        index = find_mentions(doc, self.knowledge)  # type: ignore[arg-type]
        res = resolve(doc, index, self.gaz, self.people(), source.date)  # type: ignore[arg-type]
        disc = analyse(doc, index, res, self.knowledge)  # type: ignore[arg-type]
        claims = extract_claims(doc, index, res, disc, self.knowledge)  # type: ignore[arg-type]
        graphs = to_rdf(source, res, claims, self.settings.base_iri, self._context(res.entities))
        self._operates_in(graphs, res.entities)
        label = {k: e.label for k, e in res.entities.items()}
        rows: list[dict[str, object]] = [
            {
                "subject": label[c.subject],
                "relation": c.relation,
                "object": label[c.object],
                "negated": c.negated,
                "hedged": c.hedged,
                "sentence": c.evidence,
            }
            for c in claims
        ]
        return graphs, DocumentReport(source.identifier, len(res.entities), len(claims), rows)

    def _context(self, entities: dict[str, Entity]) -> dict[str, Entity]:
        """Gazetteer ancestors of the mentioned (a region's state, an agency's ministry)."""
        out: dict[str, Entity] = {}
        for e in entities.values():
            entry = self.gaz.entries.get(e.key)
            for start in (e.parent, *(entry.operates_in if entry else ())):
                for key in lineage(start, self.gaz.parent):
                    if key in entities or key in out or key not in self.gaz.entries:
                        break  # the document's own, or walked up already
                    out[key] = Entity.from_entry(self.gaz.entries[key])
        return out

    def _operates_in(self, graphs: DocumentGraphs, entities: dict[str, Entity]) -> None:
        """Where the armed groups mentioned operate (al:operatesIn, not an affiliation)."""
        base = self.settings.base_iri
        for key in entities:
            entry = self.gaz.entries.get(key)
            for state in entry.operates_in if entry else ():
                iri, where = URIRef(entity_iri(base, key)), URIRef(entity_iri(base, state))
                graphs.registry.add((iri, AL.operatesIn, where))

    def canonical_labels(
        self, batch: list[tuple[SourceDocument, DocumentGraphs]]
    ) -> dict[URIRef, str]:
        """One label per entity of the batch, whatever the documents call it: the gazetteer's
        name when the entity is known there; else the label the store holds already; else the
        form the batch uses most often (ties: the longer form, then the first in code order)."""
        forms: dict[URIRef, Counter[str]] = defaultdict(Counter)
        for _, graphs in batch:
            for iri, label in graphs.labels.items():
                forms[iri][label] += 1
        stored = self._stored_labels(forms)
        chosen = {}
        for iri, counts in forms.items():
            known = self._gazetteer_labels.get(str(iri)) or stored.get(str(iri))
            chosen[iri] = known or min(counts, key=lambda f: (-counts[f], -len(f), f))
        return chosen

    def _stored_labels(self, iris: Iterable[URIRef]) -> dict[str, str]:
        wanted = sorted(str(i) for i in iris if str(i) not in self._gazetteer_labels)
        if not wanted:
            return {}
        eg = iri_term(self._graph("entities"))
        values = " ".join(iri_term(i) for i in wanted)
        rows = self.store.select(
            PREFIXES
            + f"SELECT ?e ?l WHERE {{ GRAPH {eg} {{ VALUES ?e {{ {values} }} ?e rdfs:label ?l }} }}"
        )
        stored: dict[str, str] = {}
        for r in rows:  # a store written before labels were canonical may hold two: keep one
            stored[r["e"]] = min(r["l"], stored.get(r["e"], r["l"]))
        return stored

    def _prepare(self, batch: list[tuple[SourceDocument, DocumentGraphs]]) -> tuple[str, Graph]:
        """The one SPARQL update that writes the batch, and the data it writes (for validation).

        Every document's own spelling of an entity that is not the canonical label stays in that
        document's graph as a ``skos:altLabel``, so no surface form is lost."""
        labels = self.canonical_labels(batch)
        entities_graph = self._graph("entities")
        parts, registry, data = [], Graph(), Graph()
        for source, graphs in batch:
            for iri, own in graphs.labels.items():
                if own != labels[iri] and (None, AL.mentions, iri) in graphs.document:
                    graphs.document.add((iri, SKOS.altLabel, Literal(own)))
                graphs.document.remove((iri, SKOS.altLabel, Literal(labels[iri])))
            g = self._graph("doc", source.identifier)
            parts.append(f"DROP SILENT GRAPH {iri_term(g)}")
            parts.append(f"INSERT DATA {{ GRAPH {iri_term(g)} {{\n{_nt(graphs.document)}}} }}")
            registry += graphs.registry
            data += graphs.document
        registry.remove((None, RDFS.label, None))
        for iri, label in labels.items():
            registry.add((iri, RDFS.label, Literal(label)))
        if labels:
            values = " ".join(iri_term(iri) for iri in labels)
            eg = iri_term(entities_graph)
            parts.append(f"""DELETE {{ GRAPH {eg} {{ ?e rdfs:label ?l }} }}
WHERE {{ GRAPH {eg} {{ VALUES ?e {{ {values} }} ?e rdfs:label ?l }} }}""")
            parts.append(f"INSERT DATA {{ GRAPH {eg} {{\n{_nt(registry)}}} }}")
        return PREFIXES + " ;\n".join(parts), data + registry

    def ingest(
        self,
        sources: Iterable[SourceDocument],
        progress: Callable[[SourceDocument], None] | None = None,
        committed: Callable[[int], None] | None = None,
    ) -> BuildReport:
        """Build every document into the store, a batch (one transaction) at a time.

        With validation on, a batch is checked against the SHACL shapes exactly as it will be
        written, before it is written; a batch with a violation is not written at all (its
        documents are listed in ``report.rejected``) and the build goes on with the next."""
        start = time.perf_counter()
        report = BuildReport()
        self.load_ontology()
        for batch in _batches(sources, self.settings.batch_size):
            docs = self.nlp.pipe(s.nlp_text for s in batch)
            done = []
            for source, doc in zip(batch, docs, strict=True):
                graphs, doc_report = self.read(source, doc)
                done.append((source, graphs))
                report.documents.append(doc_report)
                if progress:
                    progress(source)
            update, data = self._prepare(done)
            shapes = self.settings.ontology_dir / SHAPES_FILE.name
            violations = validate(data, shapes) if self.settings.validate else []
            if violations:
                report.violations += violations
                report.rejected += [source.identifier for source, _ in done]
                self._people = None  # forget the names this batch taught the index
                continue
            self.store.update(update)
            report.entities.update(str(i) for _, graphs in done for i in graphs.labels)
            if committed:
                committed(len(report.documents) - len(report.rejected))
        report.seconds = time.perf_counter() - start
        return report

    def remove(self, identifier: str) -> None:
        """Drop one document's graph, and registry entries no document mentions any more."""
        g = iri_term(self._graph("doc", identifier))
        if not self.store.select(f"SELECT ?s WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }} LIMIT 1"):
            raise NotFoundError(f"no document {identifier!r} in the store")
        eg = iri_term(self._graph("entities"))
        self.store.update(
            PREFIXES
            + f"""DROP GRAPH {g} ;
DELETE {{ GRAPH {eg} {{ ?e ?p ?o }} }}
WHERE {{ GRAPH {eg} {{ ?e ?p ?o }}
        FILTER NOT EXISTS {{ GRAPH ?d {{ ?doc al:mentions ?e }} }}
        FILTER NOT EXISTS {{ GRAPH {eg} {{ ?x ?q ?e }} }} }}"""
        )
        self._people = None
