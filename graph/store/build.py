"""The build: documents -> spaCy -> mentions -> entities -> claims -> RDF -> store.

Each batch of documents is written with one SPARQL update, which both backends apply as one
transaction: every document's named graph is dropped and written again, and the registry labels of
the entities it mentions are replaced. A build killed half way therefore leaves every document
stored before it, and every finished batch, intact.

Each entity keeps one label whatever the batch (``Builder.canonical_labels``): the gazetteer's
name, else the label already stored, else the batch's most frequent spelling; the other
spellings stay as ``skos:altLabel`` in the documents that use them. The SHACL shapes check the
batch as it will be written, before it is written (``Reader.read_batch``); a batch that breaks
them is not written.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice

from rdflib import RDFS, SKOS, Graph
from spacy.language import Language

from graph.analysis.actorgraph import refresh
from graph.errors import NotFoundError
from graph.extract.entities import PersonIndex
from graph.knowledge import Knowledge
from graph.rdf.serialize import DocumentGraphs
from graph.rdf.validate import ONTOLOGY_FILE
from graph.settings import Settings
from graph.sparql_text import iri_term, string_term
from graph.store import Store
from graph.store.read import DocumentReport, ReadBatch, Reader, ntriples
from graph.text.documents import SourceDocument
from graph.vocab import PREFIXES, document_iri, entity_iri, graph_iri

__all__ = ["BuildReport", "Builder", "DocumentReport"]


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


# batches written between two updates of the actor graph in a long build: each update reads
# the whole registry, so one per batch made a build's cost grow with the square of its size; a
# build killed between two updates leaves them to the next write, whose update takes in every
# document the actor graph has not seen (``graph.analysis.actorgraph.refresh``)
REFRESH_EVERY = 16


def _batches(items: Iterable[SourceDocument], size: int) -> Iterator[list[SourceDocument]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


class Builder:
    """Builds documents into a store. Loads the spaCy pipeline on first use.

    Reading (spaCy, the gazetteer rulers, extraction, RDF, SHACL) runs in
    ``settings.build_processes()`` processes when there is more than one batch; writing stays
    here, one transaction per batch, in document order, so the store ends up the same either way.
    """

    def __init__(
        self,
        settings: Settings,
        store: Store,
        nlp: Language | None = None,
        knowledge: Knowledge | None = None,
    ) -> None:
        self.settings, self.store = settings, store
        self.reader = Reader(settings, nlp, knowledge)
        self.knowledge = self.reader.knowledge
        self._gazetteer_labels = {
            entity_iri(settings.base_iri, k): e.label
            for k, e in self.knowledge.gazetteer.entries.items()
        }
        self._people: PersonIndex | None = None
        self._ontology_loaded = False

    @property
    def nlp(self) -> Language:
        return self.reader.nlp

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

    def replace_people(self, people: PersonIndex) -> None:
        """Put a rebuilt index in place of the current one (``graph.store.parallel`` does)."""
        self._people = people

    def load_ontology(self) -> None:
        if self._ontology_loaded:
            return
        g = Graph().parse(self.settings.ontology_dir / ONTOLOGY_FILE.name)
        ont = self._graph("ontology")
        ont_term = iri_term(ont)
        triples = ntriples(g)
        self.store.update(
            f"DROP SILENT GRAPH {ont_term} ;\nINSERT DATA {{ GRAPH {ont_term} {{\n{triples}}} }}"
        )
        self._ontology_loaded = True

    def read(self, source: SourceDocument, doc: object) -> tuple[DocumentGraphs, DocumentReport]:
        """One parsed document -> its graphs and a report."""
        return self.reader.read(source, doc, self.people())

    def canonical_labels(self, batch: ReadBatch) -> dict[str, str]:
        """One label per entity of the batch, whatever the documents call it: the gazetteer's
        name when the entity is known there; else the label the store holds already; else the
        form the batch uses most often (ties: the longer form, then the first in code order)."""
        forms: dict[str, Counter[str]] = defaultdict(Counter)
        for read in batch.documents:
            for iri, label in read.labels.items():
                forms[iri][label] += 1
        stored = self._stored_labels(forms)
        chosen = {}
        for iri, counts in forms.items():
            known = self._gazetteer_labels.get(iri) or stored.get(iri)
            chosen[iri] = known or min(counts, key=lambda f: (-counts[f], -len(f), f))
        return chosen

    def _stored_labels(self, iris: Iterable[str]) -> dict[str, str]:
        wanted = sorted(i for i in iris if i not in self._gazetteer_labels)
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

    def _write(self, batch: ReadBatch) -> None:
        """The batch in one update. Every document's own spelling of an entity that is not the
        canonical label stays in that document's graph as a ``skos:altLabel``, so no surface
        form is lost; the canonical label is no altLabel."""
        eg = iri_term(self._graph("entities"))
        labels = self.canonical_labels(batch)
        parts, registry = [], set()
        alt = iri_term(str(SKOS.altLabel))
        for read in batch.documents:
            g = iri_term(self._graph("doc", read.identifier))
            own = "\n".join(
                f"{iri_term(iri)} {alt} {string_term(label)} ."
                for iri, label in sorted(read.labels.items())
                if label != labels[iri]
            )
            parts.append(f"DROP SILENT GRAPH {g}")
            parts.append(f"INSERT DATA {{ GRAPH {g} {{\n{read.document}{own}\n}} }}")
            same = "\n".join(
                f"{iri_term(iri)} {alt} {string_term(labels[iri])} ." for iri in sorted(read.labels)
            )
            if same:
                parts.append(f"DELETE DATA {{ GRAPH {g} {{\n{same}\n}} }}")
            registry.update(read.registry.splitlines())
        if labels:
            values = " ".join(iri_term(iri) for iri in labels)
            registry.update(
                f"{iri_term(iri)} <{RDFS.label}> {string_term(label)} ."
                for iri, label in labels.items()
            )
            parts.append(f"""DELETE {{ GRAPH {eg} {{ ?e rdfs:label ?l }} }}
WHERE {{ GRAPH {eg} {{ VALUES ?e {{ {values} }} ?e rdfs:label ?l }} }}""")
            triples = "\n".join(sorted(line for line in registry if line.strip()))
            parts.append(f"INSERT DATA {{ GRAPH {eg} {{\n{triples}\n}} }}")
        self.store.update(PREFIXES + " ;\n".join(parts))

    def ingest(
        self,
        sources: Iterable[SourceDocument],
        progress: Callable[[SourceDocument], None] | None = None,
        committed: Callable[[int], None] | None = None,
    ) -> BuildReport:
        """Build every document into the store, a batch (one transaction) at a time.

        With validation on, a batch is checked against the SHACL shapes as it will be written,
        before it is written; a batch with a violation is not written at all (its documents are
        listed in ``report.rejected``) and the build goes on with the next."""
        start = time.perf_counter()
        report = BuildReport()
        self.load_ontology()
        batches = list(_batches(sources, self.settings.batch_size))
        processes = min(self.settings.build_processes(), len(batches))
        if processes > 1:
            from graph.store.parallel import read_in_processes

            read = read_in_processes(
                self.reader, self.people(), batches, processes, self.replace_people
            )
        else:
            read = (self.reader.read_batch(batch, self.people()) for batch in batches)
        unrefreshed: list[SourceDocument] = []  # written, not yet in the actor graph
        for batch, done in zip(batches, read, strict=True):
            for source, document in zip(batch, done.documents, strict=True):
                report.documents.append(document.report)
                if progress:
                    progress(source)
            if done.violations:
                report.violations += done.violations
                report.rejected += [s.identifier for s in batch]
                if processes <= 1:
                    self._people = None  # forget the names this batch taught the index
                continue
            self._write(done)
            for document in done.documents:
                report.entities.update(document.labels)
            unrefreshed += batch
            if len(unrefreshed) >= REFRESH_EVERY * self.settings.batch_size:
                self.refresh_actors(unrefreshed)
                unrefreshed = []
            if committed:
                committed(len(report.documents) - len(report.rejected))
        if unrefreshed:
            self.refresh_actors(unrefreshed)
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
        refresh(self.store, self.settings, [str(document_iri(self.settings.base_iri, identifier))])

    def refresh_actors(self, sources: list[SourceDocument]) -> None:
        """Bring the actor graph up to date for these (re)written documents."""
        base = self.settings.base_iri
        refresh(self.store, self.settings, [str(document_iri(base, s.identifier)) for s in sources])
