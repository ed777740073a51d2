"""Reading documents: parsed text -> graphs, as text the writer can take from any process.

A ``Reader`` holds what reading needs (the spaCy pipeline with the gazetteer rulers, the
gazetteer, the lexicon) and no store; the build (``graph.store.build``) reads in this process or
in several (``graph.store.parallel``), each with its own ``Reader``. What passes from one document
to the next is only the ``PersonIndex`` handed in.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field

from rdflib import RDFS, Graph, Literal, URIRef
from spacy.language import Language
from spacy.tokens import Doc

from graph.extract.claims import extract_claims
from graph.extract.confidence import calibrated
from graph.extract.discourse import Discourse, analyse
from graph.extract.entities import DocumentEntities, Entity, PersonIndex, resolve
from graph.extract.learned import DEFAULT_MODEL, PairModel, load_pair_model, propose
from graph.extract.mentions import MentionIndex, find_mentions
from graph.extract.model import Claim
from graph.knowledge import Knowledge, load_knowledge
from graph.knowledge.gazetteer import Gazetteer, lineage
from graph.rdf.serialize import DocumentGraphs, to_rdf
from graph.rdf.sources import describe_source
from graph.rdf.validate import SHAPES_FILE, validate
from graph.settings import Settings
from graph.text.chunks import parse
from graph.text.documents import SourceDocument, check_size
from graph.vocab import AL, document_iri, entity_iri

__all__ = ["DocumentReport", "Extraction", "ReadBatch", "ReadDocument", "Reader", "ntriples"]


def ntriples(g: Graph) -> str:
    return g.serialize(format="nt")


@dataclass(frozen=True)
class Extraction:
    """What reading one document finds: its mentions, entities, discourse and claims."""

    mentions: MentionIndex
    entities: DocumentEntities
    discourse: Discourse
    claims: list[Claim]


@dataclass
class DocumentReport:
    identifier: str
    entities: int
    claims: int
    claim_rows: list[dict[str, object]] = field(default_factory=list)


@dataclass
class ReadDocument:
    """One document read, as the writer needs it: N-Triples text, so that it crosses processes."""

    identifier: str
    document: str  # N-Triples of the document's own named graph
    registry: str  # N-Triples of its registry facts, every rdfs:label left out
    labels: dict[str, str]  # entity IRI -> the one label this document gives it
    report: DocumentReport


@dataclass
class ReadBatch:
    """The documents of one write transaction, read, and the SHACL violations among them."""

    documents: list[ReadDocument]
    violations: list[str]


def one_label_each(data: Graph, documents: list[ReadDocument]) -> Graph:
    """What the writer will store of a batch's labels: one per entity, the last document's word,
    not every spelling the batch's documents use ("New York", "New York City"). SHACL checks
    this, whether the batch was read in this process or in a worker."""
    labels: dict[str, str] = {}
    for text in documents:
        labels.update(text.labels)
    for iri, label in labels.items():
        data.remove((URIRef(iri), RDFS.label, None))
        data.add((URIRef(iri), RDFS.label, Literal(label)))
    return data


class Reader:
    """Parsed text -> graphs: the spaCy pipeline, the gazetteer and the lexicon; no store.

    One per process; what crosses between documents is only the ``PersonIndex`` passed in.
    """

    def __init__(
        self, settings: Settings, nlp: Language | None = None, knowledge: Knowledge | None = None
    ) -> None:
        self.settings, self._nlp = settings, nlp
        self.knowledge = knowledge or load_knowledge(settings)
        self.gaz: Gazetteer = self.knowledge.gazetteer
        self.learned: PairModel | None = (
            load_pair_model(settings.learned_model or DEFAULT_MODEL) if settings.learned else None
        )

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            from graph.text.nlp import load_pipeline

            self._nlp = load_pipeline(self.settings, self.knowledge)
        return self._nlp

    def extract(self, doc: Doc, people: PersonIndex, when: dt.date | None = None) -> Extraction:
        """One parsed document (dated ``when``) -> its entities and claims, each claim with its
        calibrated confidence; ``people`` learns its people."""
        index = find_mentions(doc, self.knowledge)
        res = resolve(doc, index, self.gaz, people, when)
        disc = analyse(doc, index, res, self.knowledge)
        claims = extract_claims(doc, index, res, disc, self.knowledge)
        if self.learned is not None:
            claims += propose(
                doc,
                index,
                res,
                disc,
                self.knowledge,
                claims,
                self.learned,
                self.settings.learned_threshold,
            )
        claims = calibrated(claims, res, self.knowledge, doc)
        return Extraction(index, res, disc, claims)

    def read(
        self, source: SourceDocument, doc: object, people: PersonIndex
    ) -> tuple[DocumentGraphs, DocumentReport]:
        """One parsed document -> its graphs and a report; ``people`` learns its people."""
        ext = self.extract(doc, people, source.date)  # type: ignore[arg-type]
        res, claims = ext.entities, ext.claims
        graphs = to_rdf(source, res, claims, self.settings.base_iri, self._context(res.entities))
        self._operates_in(graphs, res.entities)
        describe_source(
            graphs.document, URIRef(document_iri(self.settings.base_iri, source.identifier)), source
        )
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

    def read_text(
        self, source: SourceDocument, doc: object, people: PersonIndex
    ) -> tuple[ReadDocument, DocumentGraphs]:
        """``read``, as text for the writer, and its graphs with the registry's labels taken out
        (what SHACL checks of it, once ``one_label_each`` has put the batch's labels back)."""
        graphs, report = self.read(source, doc, people)
        graphs.registry.remove((None, RDFS.label, None))
        labels = {str(iri): label for iri, label in graphs.labels.items()}
        document, registry = ntriples(graphs.document), ntriples(graphs.registry)
        return ReadDocument(source.identifier, document, registry, labels, report), graphs

    def read_documents(
        self, batch: list[SourceDocument], people: PersonIndex
    ) -> Iterator[tuple[ReadDocument, DocumentGraphs]]:
        """Parse and read documents in order, one at a time (``read_text`` of each): a document
        over the size limit raises before any is parsed."""
        for source in batch:
            check_size(source, self.settings.max_document_chars)
        docs = parse(self.nlp, [s.nlp_text for s in batch])
        for source, doc in zip(batch, docs, strict=True):
            yield self.read_text(source, doc, people)

    def read_batch(self, batch: list[SourceDocument], people: PersonIndex) -> ReadBatch:
        """Parse and read one batch in document order; SHACL checks it as a whole."""
        documents, data = [], Graph()
        for text, graphs in self.read_documents(batch, people):
            documents.append(text)
            if self.settings.validate:  # the graph is built only to be checked
                data += graphs.document
                data += graphs.registry
        return ReadBatch(documents, self.check(one_label_each(data, documents)))

    def check(self, data: Graph) -> list[str]:
        """SHACL violations in ``data`` against the configured shapes (none when not validating)."""
        if not self.settings.validate:
            return []
        return validate(data, self.settings.ontology_dir / SHAPES_FILE.name)

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
